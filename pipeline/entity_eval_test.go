package pipeline

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

type mention struct {
	start, end int // byte offsets into the clean text
	label      string
}

// goldMentions reads the hand annotation and finds every whole-word
// occurrence of its surfaces, longest first, outside the reference zone.
func goldMentions(t *testing.T, text string, refStart int) []mention {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "eval", "seed-entities.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type entry struct{ surface, label string }
	var es []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		s, lab, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("bad gold line %q", l)
		}
		es = append(es, entry{s, lab})
	}
	sort.SliceStable(es, func(i, j int) bool { return len(es[i].surface) > len(es[j].surface) })
	taken := make([]bool, len(text))
	var out []mention
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for _, e := range es {
		for from := 0; ; {
			i := strings.Index(text[from:refStart], e.surface)
			if i < 0 {
				break
			}
			s, en := from+i, from+i+len(e.surface)
			from = en
			before, _ := utf8.DecodeLastRuneInString(text[:s])
			after, _ := utf8.DecodeRuneInString(text[en:])
			if (s > 0 && isWord(before)) || (en < len(text) && isWord(after)) {
				continue
			}
			free := true
			for k := s; k < en; k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := s; k < en; k++ {
				taken[k] = true
			}
			if e.label != "-" {
				out = append(out, mention{s, en, e.label})
			}
		}
	}
	return out
}

// scoreMentions counts predictions that match a gold mention exactly (span
// and label), and lets a hyphenated compound that prose keeps whole
// ("Sino-Pak" GPE) count for the gold parts it covers.
func scoreMentions(text string, gold, pred []mention) (tp, npred, ngold int, wrong []string) {
	byStart := map[[2]int]string{}
	for _, g := range gold {
		byStart[[2]int{g.start, g.end}] = g.label
	}
	found := map[[2]int]bool{}
	for _, p := range pred {
		npred++
		k := [2]int{p.start, p.end}
		if byStart[k] == p.label {
			tp++
			found[k] = true
			continue
		}
		// A compound of gold parts joined by dashes.
		var parts []mention
		for _, g := range gold {
			if g.start >= p.start && g.end <= p.end {
				parts = append(parts, g)
			}
		}
		if len(parts) >= 2 && parts[0].start == p.start && parts[len(parts)-1].end == p.end {
			ok := true
			for i := 1; i < len(parts); i++ {
				gap := strings.TrimSpace(text[parts[i-1].end:parts[i].start])
				ok = ok && (gap == "-" || gap == "–")
			}
			if ok {
				tp++
				for _, g := range parts {
					found[[2]int{g.start, g.end}] = true
				}
				continue
			}
		}
		wrong = append(wrong, text[p.start:p.end]+"/"+p.label)
	}
	return tp, npred, len(gold), wrong
}

// bareProse returns prose's entities as it gives them, run on each of our
// sentences, aligned back to the text.
func bareProse(text string, sents []models.Sentence, refStart int) []mention {
	var out []mention
	base, _ := prose.NewDocument("", prose.WithSegmentation(false)) // load the model once
	labels := map[string]string{"ORGANIZATION": "ORG", "LOCATION": "LOC", "GPE": "GPE", "PERSON": "PERSON", "FACILITY": "FAC"}
	for _, s := range sents {
		start := byteAt(text, s.Span[0])
		if start >= refStart {
			break
		}
		end := byteAt(text, s.Span[1])
		doc, err := prose.NewDocument(text[start:end], prose.WithSegmentation(false), prose.UsingModel(base.Model))
		if err != nil {
			continue
		}
		cur := start
		for _, e := range doc.Entities() {
			i := strings.Index(text[cur:end], e.Text)
			if i < 0 {
				continue // prose joined tokens with spaces the text does not have
			}
			l := labels[e.Label]
			if l == "" {
				l = e.Label
			}
			out = append(out, mention{cur + i, cur + i + len(e.Text), l})
			cur += i + len(e.Text)
		}
	}
	return out
}

func byteAt(text string, runes int) int {
	n := 0
	for i := range text {
		if n == runes {
			return i
		}
		n++
	}
	return len(text)
}

// TestEntityPrecisionOnSeedArticle measures entity precision and recall on
// the seed article against the hand annotation, for prose as it comes and
// for our stage. Run with -v to see the figures and the wrong predictions.
func TestEntityPrecisionOnSeedArticle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "sample", "russo-pak.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(corpus.Input{Format: corpus.Text}, data)
	if err != nil {
		t.Fatal(err)
	}
	res := config(t).Process(context.Background(), corpus.Input{Path: "russo-pak.txt", Format: corpus.Text}, data)
	text := p.Text.Text
	refStart := len(text)
	for _, s := range res.Document.Sections {
		if s.Zone == models.ZoneReferences {
			refStart = byteAt(text, s.Start)
			break
		}
	}
	gold := goldMentions(t, text, refStart)
	var ours []mention
	for _, e := range res.Entities {
		s := byteAt(text, e.Span[0])
		if s < refStart {
			ours = append(ours, mention{s, byteAt(text, e.Span[1]), e.Label})
		}
	}
	before := bareProse(text, res.Sentences, refStart)
	for _, run := range []struct {
		name       string
		pred       []mention
		minP, minR float64
	}{{"prose as it comes", before, 0, 0}, {"stratex", ours, 0.95, 0.93}} {
		tp, np, ng, wrong := scoreMentions(text, gold, run.pred)
		prec, rec := float64(tp)/float64(np), float64(tp)/float64(ng)
		t.Logf("%-18s precision %.3f (%d/%d)  recall %.3f (%d/%d)", run.name, prec, tp, np, rec, tp, ng)
		if testing.Verbose() && run.name == "stratex" {
			t.Logf("wrong: %s", strings.Join(wrong, "; "))
		}
		if prec < run.minP || rec < run.minR {
			t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f, %.2f", run.name, prec, rec, run.minP, run.minR)
		}
	}
}
