package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/models"
)

// hostile is a file of the hostile PDF corpus in ../shared.
func hostile(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "corpus", "hostile", name)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
	}
	return p
}

// Point 8: two hostile PDFs whose only text is a form field's value and an
// annotation's appearance give that text, in run and in text; a PDF with
// no text is a failed document: its record is written, one error record
// says why, the run exits 3, and text says so on standard error (exit 3).
func TestPDFTextInFormsAndPDFWithoutText(t *testing.T) {
	form, annot, empty := hostile(t, "secHandler.pdf"), hostile(t, "arial_unicode_en_cidfont.pdf"), hostile(t, "empty.pdf")
	want := map[string]string{form: "Security Handler", annot: "This is an Arial Unicode PDF from OpenOffice."}
	out := filepath.Join(t.TempDir(), "out")
	r := execute(t, binary("run", "-q", "-out", out, form, annot, empty))
	if r.code != 3 {
		t.Fatalf("exit %d, want 3: %s", r.code, r.stderr)
	}
	docs := jsonLines[models.Document](t, filepath.Join(out, "documents.jsonl"))
	bySource := map[string]models.Document{}
	for _, d := range docs {
		bySource[d.Source] = d
	}
	sents := map[string][]string{}
	for _, s := range jsonLines[models.Sentence](t, filepath.Join(out, "sentences.jsonl")) {
		sents[s.Doc] = append(sents[s.Doc], s.Text)
	}
	for path, text := range want {
		d, ok := bySource[path]
		if !ok {
			t.Errorf("%s: no document record", path)
			continue
		}
		if got := strings.Join(sents[d.Doc], " "); got != text {
			t.Errorf("%s: sentences %q, want %q", path, got, text)
		}
		code, stdout, stderr := stratex(t, "", "text", path)
		if code != 0 || strings.TrimSpace(stdout) != text || stderr != "" {
			t.Errorf("stratex text %s: exit %d, stdout %q, stderr %q", path, code, stdout, stderr)
		}
	}
	d, ok := bySource[empty]
	if !ok || d.Pages < 1 || d.Chars != 0 || len(sents[d.Doc]) != 0 {
		t.Errorf("%s: document record %+v (%v), sentences %q", empty, d, ok, sents[d.Doc])
	}
	errs := jsonLines[models.Error](t, filepath.Join(out, "errors.jsonl"))
	if len(errs) != 1 || errs[0] != (models.Error{Doc: d.Doc, Source: empty, Stage: "pdf", Error: "no text"}) {
		t.Errorf("error records %+v, want one for %s, stage pdf, \"no text\"", errs, empty)
	}
	code, stdout, stderr := stratex(t, "", "text", empty)
	if code != 3 || stdout != "" || stderr != "stratex: "+empty+": no text\n" {
		t.Errorf("stratex text %s: exit %d, stdout %q, stderr %q; want 3, nothing, the reason", empty, code, stdout, stderr)
	}
}
