package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// Three one-page PDFs, as the reader rebuilds a file with no
// cross-reference table: a scan (an image and nothing else), a page that
// draws a rectangle, a form whose only text is a field's value.
const (
	scannedPDF = "%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Count 1/Kids[3 0 R]>>\nendobj\n" +
		"3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</XObject<</Im1 5 0 R>>>>/Contents 4 0 R>>\nendobj\n" +
		"4 0 obj\n<</Length 30>>\nstream\nq 612 0 0 792 0 0 cm /Im1 Do Q\nendstream\nendobj\n" +
		"5 0 obj\n<</Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/ASCIIHexDecode/Length 9>>\nstream\n00ffff00>\nendstream\nendobj\n%%EOF\n"
	drawingPDF = "%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Count 1/Kids[3 0 R]>>\nendobj\n" +
		"3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>\nendobj\n" +
		"4 0 obj\n<</Length 27>>\nstream\n0 0 1 rg 72 72 100 100 re f\nendstream\nendobj\n%%EOF\n"
	formPDF = "%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R/AcroForm<</Fields[4 0 R]/NeedAppearances true/DA(/Helv 10 Tf 0 g)>>>>\nendobj\n" +
		"2 0 obj\n<</Type/Pages/Count 1/Kids[3 0 R]>>\nendobj\n" +
		"3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Annots[4 0 R]>>\nendobj\n" +
		"4 0 obj\n<</Type/Annot/Subtype/Widget/FT/Tx/T(summary)/Rect[72 700 540 720]" +
		"/V(The delegations of Chile and Peru met in Lima on 12 May 2014.)>>\nendobj\n%%EOF\n"
)

// TestPDFWithNoTextIsAFailedDocument runs PDFs that give no text through
// worker processes: each keeps its document record and gains an error
// record for the whole document saying why, and the run counts it as
// failed (exit 3). The form's field value is text.
func TestPDFWithNoTextIsAFailedDocument(t *testing.T) {
	dir := t.TempDir()
	files := []struct{ name, data, warning string }{
		{"scan.pdf", scannedPDF, "no text layer: scanned image?"},
		{"drawing.pdf", drawingPDF, "no text"},
		{"form.pdf", formPDF, ""},
	}
	var ins []corpus.Input
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		ins = append(ins, corpus.Input{Path: p, Format: corpus.PDF, Size: int64(len(f.data))})
	}
	c := *config(t)
	c.PDF = testPool(t, 1, 20*time.Second)
	var sink collect
	sum, err := c.Run(context.Background(), ins, &sink, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 2 || sum.PageErrors != 0 {
		t.Errorf("summary %+v: want 2 failed documents, no page errors", sum)
	}
	for i, f := range files {
		r := sink.results[i]
		if r.Document == nil {
			t.Errorf("%s: no document record: %+v", f.name, r.Errors)
			continue
		}
		if f.warning == "" {
			if len(r.Errors) != 0 || r.Failed() || !strings.Contains(sentences(r), "The delegations of Chile and Peru met in Lima on 12 May 2014.") {
				t.Errorf("%s: errors %+v, sentences %q", f.name, r.Errors, sentences(r))
			}
			continue
		}
		want := models.Error{Doc: r.Document.Doc, Source: ins[i].Path, Stage: StagePDF, Error: f.warning}
		if len(r.Errors) != 1 || r.Errors[0] != want || !r.Failed() || r.Document.Pages != 1 || r.Document.Chars != 0 {
			t.Errorf("%s: document %+v, errors %+v; want one record %+v", f.name, r.Document, r.Errors, want)
		}
	}
}

func sentences(r *models.Result) string {
	var b strings.Builder
	for _, s := range r.Sentences {
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
