package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

var testConfig *Config

func config(t testing.TB) *Config {
	t.Helper()
	if testConfig == nil {
		c, err := NewConfig()
		if err != nil {
			t.Fatal(err)
		}
		testConfig = c
	}
	return testConfig
}

// render writes a document's records in a form a person can read line by
// line: the document record, then each sentence with its entities (and,
// as later stages land, its dates, money, events and pairs) under it.
func render(r *models.Result) string {
	var b strings.Builder
	d := r.Document
	fmt.Fprintf(&b, "title: %s\nauthors: %s\npages: %d chars: %d sentences: %d\n", d.Title, strings.Join(d.Authors, "; "), d.Pages, d.Chars, d.Sentences)
	for _, hd := range d.Dates {
		fmt.Fprintf(&b, "date: %s %s %q %v ambiguous=%v\n", hd.Label, hd.Value, hd.Text, hd.Span, hd.Ambiguous)
	}
	dct := "null"
	if d.DCT != nil {
		dct = d.DCT.Value + " " + d.DCT.Source
	}
	fmt.Fprintf(&b, "dct: %s kind: %s\n", dct, d.Kind)
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "section: %s [%d,%d) %q\n", s.Zone, s.Start, s.End, s.Title)
	}
	bySent := map[int][]string{}
	for _, e := range r.Entities {
		actor := "-"
		if e.Actor != nil {
			actor = *e.Actor
		}
		bySent[e.Sent] = append(bySent[e.Sent], fmt.Sprintf("   E %-6s %-8s %q %v %s", e.Label, actor, e.Text, e.Span, e.Rule))
	}
	for _, x := range r.Timex {
		more := ""
		if x.Anchor != "" {
			more += " anchor=" + x.Anchor
		}
		if x.Mod != "" {
			more += " mod=" + x.Mod
		}
		bySent[x.Sent] = append(bySent[x.Sent], fmt.Sprintf("   T %-8s %-12s %q %v citation=%v %s%s", x.Type, x.Value, x.Text, x.Span, x.Citation, x.Rule, more))
	}
	for _, m := range r.Money {
		mx := ""
		if m.AmountMax != nil {
			mx = fmt.Sprintf("-%.0f", *m.AmountMax)
		}
		bySent[m.Sent] = append(bySent[m.Sent], fmt.Sprintf("   M %s %.0f%s %q %v %s %s", m.Currency, m.Amount, mx, m.Text, m.Span, m.Basis, m.Rule))
	}
	for _, e := range r.Events {
		date := "null"
		if e.Date != nil {
			date = *e.Date
		}
		if e.DateFrom != nil && *e.DateFrom != models.DateFromSentence {
			date += " from=" + *e.DateFrom
		}
		bySent[e.Sent] = append(bySent[e.Sent], fmt.Sprintf("   V %s %s/%s %v->%v trigger=%q money=%v mode=%s %s", date, e.Type, e.Subtype, e.Source, e.Target, e.Trigger, e.Money, e.Modality, e.Rule))
	}
	for _, p := range r.Pairs {
		bySent[p.Sent] = append(bySent[p.Sent], fmt.Sprintf("   P %s-%s directed=%v %s %s", p.A, p.B, p.Directed, p.Relation, p.Rule))
	}
	for _, s := range r.Sentences {
		h := ""
		if s.Heading {
			h = " HEADING"
		}
		fmt.Fprintf(&b, "S%d %s [%s]%s %v %q\n", s.Sent, s.Zone, s.Section, h, s.Span, s.Text)
		for _, l := range bySent[s.Sent] {
			b.WriteString(l + "\n")
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "error: %s %s\n", e.Stage, e.Error)
	}
	return b.String()
}

func TestGoldenSeedText(t *testing.T) {
	path := filepath.Join("..", "testdata", "sample", "russo-pak.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res := config(t).Process(context.Background(), corpus.Input{Path: "russo-pak.txt", Format: corpus.Text}, data)
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	checkSpans(t, string(data), res)
	got := render(res)
	golden := filepath.Join("..", "testdata", "golden", "russo-pak.txt.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline -run Golden -update to create it, then read it line by line)", err)
	}
	if d := diff(string(want), got); d != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", golden, d)
	}
}

// checkSpans verifies that every record's span covers exactly its text in
// the document's clean text, counted in code points.
func checkSpans(t *testing.T, raw string, res *models.Result) {
	t.Helper()
	p, err := Parse(corpus.Input{Format: corpus.Text}, []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(p.Text.Text)
	check := func(kind string, sp models.Span, text string) {
		if sp[0] < 0 || sp[1] > len(runes) || sp[0] > sp[1] || string(runes[sp[0]:sp[1]]) != text {
			t.Errorf("%s span %v does not cover %q", kind, sp, text)
		}
	}
	for _, s := range res.Sentences {
		check("sentence", s.Span, s.Text)
	}
	for _, e := range res.Entities {
		check("entity", e.Span, e.Text)
		if s := res.Sentences[e.Sent]; e.Span[0] < s.Span[0] || e.Span[1] > s.Span[1] {
			t.Errorf("entity %q %v outside its sentence %v", e.Text, e.Span, s.Span)
		}
	}
	for _, x := range res.Timex {
		check("timex", x.Span, x.Text)
	}
	for _, m := range res.Money {
		check("money", m.Span, m.Text)
	}
	for _, d := range res.Document.Dates {
		check("header date", d.Span, d.Text)
	}
}

// diff returns a line diff of a and b, or "" when they are equal.
func diff(a, b string) string {
	if a == b {
		return ""
	}
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Longest common subsequence on lines; the files are a few thousand lines.
	n, m := len(al), len(bl)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if al[i] == bl[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	shown := 0
	i, j := 0, 0
	for (i < n || j < m) && shown < 80 {
		switch {
		case i < n && j < m && al[i] == bl[j]:
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&out, "+%s\n", bl[j])
			j++
			shown++
		default:
			fmt.Fprintf(&out, "-%s\n", al[i])
			i++
			shown++
		}
	}
	return out.String()
}
