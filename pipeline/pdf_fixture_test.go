package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
)

// fold folds every run of whitespace to one space and unifies dashes,
// quotes and ellipses, which typesetting changes (LaTeX sets "…" as
// ". . .").
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-", "‐", "-", "…", "...", ". . .", "...").Replace(s)
	s = strings.ReplaceAll(s, "... ", "...")
	return strings.Join(strings.Fields(s), " ")
}

// TestFixturePDFsKeepTheBodySentences reads both renderings of the seed
// article and checks that at least 97% of the body sentences of the seed
// text appear in the PDF's clean text whole and in order, and that the
// running header appears nowhere after the first page's front matter.
func TestFixturePDFsKeepTheBodySentences(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "sample", "russo-pak.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sp, err := Parse(corpus.Input{Path: "seed.txt", Format: corpus.Text}, seed)
	if err != nil {
		t.Fatal(err)
	}
	f := &extract.Findings{}
	if err := config(t).Vocab.Run(context.Background(), config(t).Tagger, sp.Text, f); err != nil {
		t.Fatal(err)
	}
	st := f.Structure
	var body []string
	for _, s := range f.Sentences {
		if z := st.Lines[s.Line].Zone; z == "body" || z == "abstract" {
			if s.Heading {
				continue
			}
			body = append(body, fold(sp.Text.Text[s.Start:s.End]))
		}
	}
	if len(body) < 100 {
		t.Fatalf("only %d body sentences in the seed text", len(body))
	}
	for _, name := range []string{"russo-pak-1col.pdf", "russo-pak-2col.pdf"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "sample", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(corpus.Input{Path: path, Format: corpus.PDF}, data)
			if err != nil {
				t.Fatal(err)
			}
			text := fold(p.Text.Text)
			at, found := 0, 0
			var missed []string
			for _, s := range body {
				if i := strings.Index(text[at:], s); i >= 0 {
					found++
					at += i + len(s)
				} else {
					missed = append(missed, s)
				}
			}
			share := float64(found) / float64(len(body))
			t.Logf("%s: %d of %d body sentences whole and in order (%.1f%%)", name, found, len(body), 100*share)
			for _, m := range missed {
				t.Logf("missed: %.300s", m)
			}
			if share < 0.97 {
				t.Errorf("%.1f%% of body sentences found, want at least 97%%", 100*share)
			}
			// The running header: on page 1 it is the front matter; on any
			// later page it must be gone.
			for _, l := range p.Text.Lines {
				line := p.Text.Text[l.Start:l.End]
				if l.Page > 1 && (strings.Contains(line, "ISSN No.") || strings.Contains(line, "Remarking An Analisation")) {
					t.Errorf("running header on page %d: %.120q", l.Page, line)
				}
			}
		})
	}
}

// TestCorpusTitles checks the title (and authors) the header reads from
// papers of ../shared/corpus/papers whose first page sets a banner above
// the title ("RESEARCH ARTICLE Open Access", "Research Article", a
// letter-spaced "A R T I C L E") or a drop capital in the body larger than
// the title.
func TestCorpusTitles(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "papers")
	tests := []struct{ file, title, author string }{
		{"ccby_bmc_hsr_agyeman_duah2014.pdf", "Understanding the barriers to setting up a healthcare quality improvement process", "Antje Theurer"},
		{"ccby_hindawi_tully2010.pdf", "Patient Experiences of Structured Heart Failure Programmes", "Nuala E. Tully"},
		{"quark_aimag2010_soderland.pdf", "Adapting Open Information Extraction to Domain-Specific Relations", "Stephen Soderland"},
		{"polsci_deluca_moskowitz_schneer2025_ajps.pdf", "A drag on the ticket? Estimating top-of-the-ticket effects on down-ballot races", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
			}
			p, err := Parse(corpus.Input{Path: path, Format: corpus.PDF}, data)
			if err != nil {
				t.Fatal(err)
			}
			f := &extract.Findings{}
			if err := config(t).Vocab.Run(context.Background(), config(t).Tagger, p.Text, f); err != nil {
				t.Fatal(err)
			}
			h := f.Header
			if !strings.HasPrefix(h.Title, tt.title) {
				t.Errorf("title %q, want %q...", h.Title, tt.title)
			}
			if tt.author != "" && !strings.Contains(strings.Join(h.Authors, "; "), tt.author) {
				t.Errorf("authors %q, want %q among them", h.Authors, tt.author)
			}
		})
	}
}
