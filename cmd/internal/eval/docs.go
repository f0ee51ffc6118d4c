package eval

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/pipeline"
)

// This file scores a run over a document set in the format of
// ../shared/eval/docs-dev (NAME.txt files and gold.jsonl) the way
// ../shared/tools/score_docs.py scores a stratex run's output folder, to
// the same numbers and lines: per document, as multisets, summed over
// documents (micro P/R/F1).

// dateShape is a value the document scorer counts: a year, month or day,
// a decade, a century, a season, a quarter or a week.
var dateShape = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?|\d{3}X|\d{2}XX|\d{4}-(SP|SU|FA|WI|Q[1-4]|W\d{2}))$`)

// goldDoc is one line of a document set's gold.jsonl.
type goldDoc struct {
	Doc   string      `json:"doc"`
	Timex []goldTimex `json:"timex"`
	Money []struct {
		Amount    *float64 `json:"amount"`
		AmountMax *float64 `json:"amount_max"`
		Currency  string   `json:"currency"`
	} `json:"money"`
}

// goldTimex is a gold temporal expression, offsets in code points.
type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
	Type  string `json:"type"`
}

// DocsReport is the score of a document set.
type DocsReport struct {
	Corpus       string
	Docs, InOut  int      // gold documents, and of them those in the output
	Missing      []string // gold documents with no output
	Unknown      []string // output documents not in the gold
	Timex, Money Score    // TP, Pred, Gold
	Lines        []string // per document misses and extras (verbose)
}

// DocsOptions tunes a document-set evaluation.
type DocsOptions struct {
	Dates   corpus.Dates // the documents' own dates, as -doc-dates gives them
	Workers int          // documents processed at once; 0 means one per core
}

// Docs runs every document of dir (the inputs stratex run dir would
// find, identical files once) and scores its dates and money against
// dir/gold.jsonl as score_docs.py does.
func Docs(ctx context.Context, c *pipeline.Config, dir string, opt DocsOptions) (*DocsReport, error) {
	gold, err := readJSONL[goldDoc](filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	found, err := corpus.Find([]string{dir}, nil)
	if err != nil {
		return nil, err
	}
	if opt.Dates != nil {
		opt.Dates.Apply(found)
	}
	m, err := corpus.Plan(context.Background(), found, 1, max(1, runtime.NumCPU()))
	if err != nil {
		return nil, err
	}
	var inputs []corpus.Input
	for i, f := range m.Firsts() {
		if f == i {
			inputs = append(inputs, m.Entries[i].Input)
		}
	}
	sink := &collect{}
	if _, err := c.Run(ctx, inputs, sink, pipeline.Options{Workers: opt.Workers}); err != nil {
		return nil, err
	}
	return scoreDocs(filepath.Base(filepath.Clean(dir)), gold, sink.results), nil
}

// collect keeps every document's records.
type collect struct{ results []*models.Result }

func (s *collect) Write(r *models.Result) error {
	s.results = append(s.results, r)
	return nil
}

// goldDates are the date-shaped DATE values of a gold document; an item
// inside another with the same value counts once.
func goldDates(g goldDoc) []string {
	items := slices.Clone(g.Timex)
	slices.SortStableFunc(items, func(a, b goldTimex) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var kept []int
	var out []string
	for i, it := range items {
		if it.Type != "DATE" || !dateShape.MatchString(it.Value) {
			continue
		}
		nested := false
		for _, k := range kept {
			if items[k].Value == it.Value && items[k].Start <= it.Start && it.End <= items[k].End {
				nested = true
				break
			}
		}
		if nested {
			continue
		}
		kept = append(kept, i)
		out = append(out, it.Value)
	}
	return out
}

// predictedDates are the date-shaped parts of the values of the timex
// records that are no citations (an interval counts as both ends).
func predictedDates(xs []models.Timex) []string {
	var out []string
	for _, x := range xs {
		if x.Citation {
			continue
		}
		for _, v := range strings.Split(x.Value, "/") {
			if dateShape.MatchString(v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// docMoneyKey is an amount rounded to six significant digits and its
// currency in capitals, written as Python writes the scorer's tuple.
func docMoneyKey(amount float64, cur string) string {
	a, _ := strconv.ParseFloat(strconv.FormatFloat(amount, 'g', 6, 64), 64)
	n := strconv.FormatFloat(a, 'g', -1, 64)
	if a == float64(int64(a)) && a < 1e18 && a > -1e18 {
		n = strconv.FormatInt(int64(a), 10)
	}
	return n + " " + strings.ToUpper(cur)
}

func scoreDocs(name string, gold []goldDoc, results []*models.Result) *DocsReport {
	r := &DocsReport{Corpus: name, Docs: len(gold)}
	tx, mo := map[string][]models.Timex{}, map[string][]models.Money{}
	out := map[string]bool{}
	for _, res := range results {
		if res.Document == nil {
			continue
		}
		n := filepath.Base(res.Document.Source)
		out[n] = true
		tx[n] = append(tx[n], res.Timex...)
		mo[n] = append(mo[n], res.Money...)
	}
	names := map[string]bool{}
	for _, g := range gold {
		names[g.Doc] = true
		if !out[g.Doc] {
			r.Missing = append(r.Missing, g.Doc)
		}
	}
	for n := range out {
		if !names[n] {
			r.Unknown = append(r.Unknown, n)
		}
	}
	slices.Sort(r.Missing)
	slices.Sort(r.Unknown)
	r.InOut = len(gold) - len(r.Missing)
	gold = slices.Clone(gold)
	slices.SortStableFunc(gold, func(a, b goldDoc) int { return strings.Compare(a.Doc, b.Doc) })
	for _, g := range gold {
		var gm, pm []string
		for _, x := range g.Money {
			gm = append(gm, moneyValues(x.Amount, x.AmountMax, x.Currency)...)
		}
		for _, x := range mo[g.Doc] {
			a := x.Amount
			pm = append(pm, moneyValues(&a, x.AmountMax, x.Currency)...)
		}
		for _, k := range []struct {
			kind       string
			gold, pred []string
			score      *Score
			money      bool
		}{
			{"timex", goldDates(g), predictedDates(tx[g.Doc]), &r.Timex, false},
			{"money", gm, pm, &r.Money, true},
		} {
			miss, extra, tp := multisetDiff(k.gold, k.pred)
			k.score.TP += tp
			k.score.Pred += len(k.pred)
			k.score.Gold += len(k.gold)
			if len(miss) > 0 || len(extra) > 0 {
				r.Lines = append(r.Lines, fmt.Sprintf("  %s %s: missed %d %s; extra %d %s", g.Doc, k.kind, len(miss), show(miss, k.money), len(extra), show(extra, k.money)))
			}
		}
	}
	return r
}

// moneyValues are the scorer's keys of one money figure: its amount, and
// its upper end when that differs.
func moneyValues(amount, max *float64, cur string) []string {
	var out []string
	if amount != nil {
		out = append(out, docMoneyKey(*amount, cur))
	}
	if max != nil && (amount == nil || *max != *amount) {
		out = append(out, docMoneyKey(*max, cur))
	}
	return out
}

// multisetDiff is what gold has that pred lacks, what pred has beyond
// gold, and how many they share.
func multisetDiff(gold, pred []string) (miss, extra []string, tp int) {
	left := map[string]int{}
	for _, p := range pred {
		left[p]++
	}
	for _, g := range gold {
		if left[g] > 0 {
			left[g]--
			tp++
		} else {
			miss = append(miss, g)
		}
	}
	used := map[string]int{}
	for _, g := range gold {
		used[g]++
	}
	for _, p := range pred {
		if used[p] > 0 {
			used[p]--
		} else {
			extra = append(extra, p)
		}
	}
	return miss, extra, tp
}

// show lists values as the scorer prints them: sorted by their Python
// string (a money key as its tuple), joined by ", " in brackets.
func show(vals []string, money bool) string {
	key := func(v string) string {
		if !money {
			return v
		}
		a, c, _ := strings.Cut(v, " ")
		return "(" + a + ", '" + c + "')"
	}
	vals = slices.Clone(vals)
	slices.SortStableFunc(vals, func(a, b string) int { return strings.Compare(key(a), key(b)) })
	return "[" + strings.Join(vals, ", ") + "]"
}

// Write prints the report as score_docs.py does; verbose adds the misses
// and extras of each document.
func (r *DocsReport) Write(w io.Writer, verbose bool) error {
	fmt.Fprintf(w, "%s: %d documents, %d in the output\n", r.Corpus, r.Docs, r.InOut)
	for _, k := range []struct {
		name string
		s    Score
	}{{"timex", r.Timex}, {"money", r.Money}} {
		if k.name == "money" && k.s.Gold == 0 {
			fmt.Fprintf(w, "  money  no gold money in this set (not annotated); %d predicted\n", k.s.Pred)
			continue
		}
		fmt.Fprintf(w, "  %-6s P %s  R %s  F1 %s   (tp %d, pred %d, gold %d)\n", k.name,
			fmtRatio(k.s.TP, k.s.Pred), fmtRatio(k.s.TP, k.s.Gold), fmtRatio(2*k.s.TP, k.s.Pred+k.s.Gold), k.s.TP, k.s.Pred, k.s.Gold)
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "  not in the output (%d): %s\n", len(r.Missing), strings.Join(r.Missing, ", "))
	}
	if len(r.Unknown) > 0 {
		fmt.Fprintf(w, "  in the output but not in gold, ignored (%d): %s\n", len(r.Unknown), strings.Join(r.Unknown, ", "))
	}
	if verbose && len(r.Lines) > 0 {
		fmt.Fprintln(w, "per document (missed / extra):")
		fmt.Fprintln(w, strings.Join(r.Lines, "\n"))
	}
	return nil
}

// fmtRatio writes a/b to three decimals, "  -  " when b is 0.
func fmtRatio(a, b int) string {
	if b == 0 {
		return "  -  "
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}
