package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/models"
)

// windowInputs are the documents the windowed run is checked on: the
// sample in its three renderings, war histories and news of the
// development sets of ../shared, and a paper of its corpus. (make test
// keeps to these; every document of the baseline corpora was checked with
// stratex run -window 1 against a whole-document run.)
func windowInputs(t *testing.T) []string {
	t.Helper()
	shared := filepath.Join("..", "..", "shared")
	var paths []string
	for _, pat := range []string{
		filepath.Join("..", "testdata", "sample", "russo-pak*"),
		filepath.Join(shared, "eval", "docs-dev", "wikiwars", "[12]*.txt"),
		filepath.Join(shared, "eval", "docs-dev", "meantime", "11*.txt"),
	} {
		m, _ := filepath.Glob(pat)
		if len(m) == 0 {
			t.Fatalf("nothing matches %s: make test needs ../shared beside the checkout (see README, Tests)", pat)
		}
		paths = append(paths, m...)
	}
	paths = append(paths, filepath.Join(shared, "corpus", "papers", "word_alam_phoenix_paludosa.pdf"))
	return paths
}

// TestWindowsGiveTheSameRecords runs every document whole and in windows
// of one paragraph and of 4 KiB: what a stage knows beyond its window (the
// document's date and day/month order, its actors for the currency of a
// bare "rupees", the readings of its entities that depend on the rest of
// it, the coder's earlier events) is computed before the windows or
// carried between them, so the records are the same.
func TestWindowsGiveTheSameRecords(t *testing.T) {
	base := config(t)
	for _, path := range windowInputs(t) {
		if strings.HasSuffix(path, "NOTICE") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) { sameRecords(t, base, path) })
	}
}

func sameRecords(t *testing.T, base *Config, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	format := corpus.Text
	if strings.HasSuffix(path, ".pdf") {
		format = corpus.PDF
	}
	p, err := Parse(corpus.Input{Path: path, Format: format}, data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var want string
	for _, window := range []int{-1, 1, 4 << 10} {
		c := *base
		c.Window = window
		got := resultJSON(t, c.Analyze(context.Background(), "doc", p))
		if window < 0 {
			want = got
			continue
		}
		if got != want {
			t.Errorf("%s: windows of %d bytes give other records than the whole document:\n%s", path, window, firstDiff(want, got))
		}
	}
}

func resultJSON(t *testing.T, r *models.Result) string {
	t.Helper()
	if r.Failed() {
		t.Fatalf("failed: %+v", r.Errors)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	if err := r.Each(func(_ models.Kind, rec any) error { return enc.Encode(rec) }); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// firstDiff shows the first line where two outputs differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "whole:    " + al[i] + "\nwindowed: " + bl[i]
		}
	}
	return "one output is a prefix of the other"
}

// news records what a run says of its documents in flight.
type news struct {
	working []string
	done    int
}

func (n *news) Start(int, int64) {}
func (n *news) Working(in corpus.Input, p extract.Progress) {
	n.working = append(n.working, fmt.Sprintf("%s %d/%d %d/%d", filepath.Base(in.Path), p.Pass, p.Passes, p.Done, p.Total))
}
func (n *news) Done(corpus.Input, *models.Result) { n.done++ }
func (n *news) Finish()                           {}

// Inside a document, a run says after each window how far each pass has
// come, in bytes of clean text, up to the whole text in each pass.
func TestRunReportsProgressInsideADocument(t *testing.T) {
	dir := t.TempDir()
	var paras []string
	for i := range 12 {
		paras = append(paras, strings.TrimSpace(strings.Repeat(fmt.Sprintf("In 19%02d Pakistan and China signed a pact on trade and arms. ", 50+i), 20)))
	}
	path := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(path, []byte(strings.Join(paras, "\n\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	ins, err := corpus.Find([]string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := *config(t)
	c.Window = 3000 // about two paragraphs
	var n news
	if _, err := c.Run(context.Background(), ins, &collect{}, Options{Workers: 1, Progress: &n}); err != nil {
		t.Fatal(err)
	}
	total := len(strings.Join(paras, "\n"))
	// the first four news of a run always arrive (its news buffer holds
	// four per worker), the later ones when the run's goroutine is free
	if n.done != 1 || len(n.working) < 4 {
		t.Fatalf("%d documents done, news %q", n.done, n.working)
	}
	// each pass goes forward, window by window, towards the whole text;
	// news is dropped when the run's goroutine is busy (a loaded machine),
	// so a pass may miss some, never go back
	var last [4]int
	prev := 1
	for _, w := range n.working {
		var pass, passes, done, of int
		if _, err := fmt.Sscanf(w, "long.txt %d/%d %d/%d", &pass, &passes, &done, &of); err != nil || passes != 3 || pass < 1 || pass > 3 || of != total {
			t.Fatalf("news %q: %v", w, err)
		}
		if done <= last[pass] || done > total || pass < prev {
			t.Errorf("news out of order: %q", n.working)
		}
		last[pass], prev = done, pass
	}
	if last[1] == 0 {
		t.Errorf("the first pass sent no news: %q", n.working)
	}
}

// A paper's citation after "the" ("the Fearon (1995) model") is read as
// one from the references at the paper's end: in every window, not only in
// the window that holds them (review9). Text of our own: the citation in
// the first paragraph, the references forty paragraphs later.
func TestWindowsKeepAPapersCitationAfterThe(t *testing.T) {
	var b strings.Builder
	b.WriteString("Bargaining and War\n\nScholars have extended the Fearon (1995) bargaining model of war to civil conflict.\n\n")
	for i := range 40 {
		fmt.Fprintf(&b, "Paragraph %d of the argument returns to the commitment problem between rival parties, as the second section set out at length.\n\n", i+1)
	}
	b.WriteString("References\n\nFearon, J. D. (1995). Rationalist explanations for war. International Organization, 49(3), 379-414.\n")
	path := filepath.Join(t.TempDir(), "paper.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	base := config(t)
	p, err := Parse(corpus.Input{Path: path, Format: corpus.Text}, []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	c := *base
	c.Window = 1
	if got := resultJSON(t, c.Analyze(context.Background(), "doc", p)); !strings.Contains(got, `"text":"Fearon","label":"PERSON","actor":null,"rule":"citation"`) {
		t.Errorf("in one-paragraph windows the first paragraph's Fearon is no citation:\n%s", got[:min(len(got), 2000)])
	}
	sameRecords(t, base, path)
}
