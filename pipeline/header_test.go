package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// cleanLines reads a file's clean text (what stratex text prints) as lines.
func cleanLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
	}
	format := corpus.Text
	if strings.HasSuffix(path, ".pdf") {
		format = corpus.PDF
	}
	p, err := Parse(corpus.Input{Path: path, Format: format}, data)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(p.Text.Text, "\n")
}

// Issue 13 point 9: a text with no front matter is not read as front
// matter. Texts cut from the middle of papers (their clean text, as stratex
// text prints it) and of the war histories, some opening with a heading
// and closing with "Conclusion" and "References", have at most a few
// lines before their first run of prose in the header zone (a heading, the
// remains of a figure), and their events are coded.
func TestTextsCutFromTheMiddleHaveNoFrontMatter(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	paper := func(name string) string { return filepath.Join(shared, "corpus", "papers", name) }
	history := func(name string) string { return filepath.Join(shared, "eval", "docs-dev", "wikiwars", name) }
	for _, c := range []struct {
		name     string
		path     string
		from, n  int
		heading  string
		ending   bool
		header   int // sentences in the header zone
		minEvent int
	}{
		{"a review, forty lines from its middle, opening with the numbers of a figure", paper("htmldoc_chuttur_tam_review.pdf"), 100, 40, "", false, 1, 0},
		{"a foreign policy paper, forty lines, a heading and an ending", paper("ir_pimenta_bolsonaro_foreign_policy.pdf"), 60, 40, "Foreign Policy as Domestic Politics", true, 1, 4},
		{"a redistricting paper, thirty lines opening with a figure's caption", paper("polsci_deluca_curiel2022_redistricting.pdf"), 30, 30, "", false, 4, 0},
		{"a war history, sixty paragraphs, a heading and an ending", history("02_WW1.txt"), 10, 60, "The War in the West", true, 1, 50},
		{"another war history, forty paragraphs and an ending", history("06_KoreanWar.txt"), 8, 40, "", true, 0, 50},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := cleanLines(t, c.path)
			if c.from+c.n > len(lines) {
				t.Fatalf("%s has %d lines", c.path, len(lines))
			}
			var parts []string
			if c.heading != "" {
				parts = append(parts, c.heading)
			}
			parts = append(parts, lines[c.from:c.from+c.n]...)
			if c.ending {
				parts = append(parts, "Conclusion", lines[c.from], "References", "Roe, J. (2001). A History of the Region. London: Archive Press.")
			}
			res := analyzeText(t, strings.Join(parts, "\n\n"))
			if res.Failed() {
				t.Fatalf("%+v", res.Errors)
			}
			header := 0
			for i, s := range res.Sentences {
				if s.Zone != models.ZoneHeader {
					continue
				}
				header++
				if i > 0 && res.Sentences[i-1].Zone != models.ZoneHeader {
					t.Errorf("header sentence %d after a %s one: %q", i, res.Sentences[i-1].Zone, s.Text)
				}
			}
			if header != c.header {
				t.Errorf("%d header sentences, want %d", header, c.header)
			}
			if len(res.Events) < c.minEvent {
				t.Errorf("%d events, want at least %d", len(res.Events), c.minEvent)
			}
		})
	}
}
