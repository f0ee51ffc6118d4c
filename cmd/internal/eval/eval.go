package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/money"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/timex"
	"github.com/stratex/stratex/pipeline"
)

// Score counts matches of one kind of case.
type Score struct {
	Cases, TP, Pred, Gold int
	FalseCases            int // negative cases with any prediction
}

// P, R and F1 of a score; a kind with nothing to find scores 1.
func (s Score) P() float64  { return ratio(s.TP, s.Pred) }
func (s Score) R() float64  { return ratio(s.TP, s.Gold) }
func (s Score) F1() float64 { p, r := s.P(), s.R(); return ratio2(2*p*r, p+r) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func ratio2(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// Miss is one case the stage got wrong.
type Miss struct {
	ID, Kind, Text string
	Want, Got      []string
}

// Report is the result of an evaluation, by case kind.
type Report struct {
	Kinds  map[string]*Score
	Misses []Miss
}

func (r *Report) kind(k string) *Score {
	if r.Kinds[k] == nil {
		r.Kinds[k] = &Score{}
	}
	return r.Kinds[k]
}

// Write prints the report as a table, and the misses when verbose.
func (r *Report) Write(w io.Writer, verbose bool) error {
	var ks []string
	for k := range r.Kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Fprintf(w, "%-10s %6s %6s %6s %6s %7s %7s %7s\n", "kind", "cases", "gold", "pred", "tp", "P", "R", "F1")
	var all Score
	for _, k := range ks {
		s := r.Kinds[k]
		if s.Gold == 0 {
			fmt.Fprintf(w, "%-10s %6d %6d %6d %6s %7s %7s %7s  false positives on %d of %d cases (%.1f%%)\n", k, s.Cases, 0, s.Pred, "-", "-", "-", "-",
				s.FalseCases, s.Cases, 100*ratio(s.FalseCases, s.Cases))
		} else {
			fmt.Fprintf(w, "%-10s %6d %6d %6d %6d %7.3f %7.3f %7.3f\n", k, s.Cases, s.Gold, s.Pred, s.TP, s.P(), s.R(), s.F1())
		}
		all.Cases += s.Cases
		all.TP += s.TP
		all.Pred += s.Pred
		all.Gold += s.Gold
	}
	fmt.Fprintf(w, "%-10s %6d %6d %6d %6d %7.3f %7.3f %7.3f\n", "all", all.Cases, all.Gold, all.Pred, all.TP, all.P(), all.R(), all.F1())
	if verbose {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "\n%s [%s] %q\n  want %s\n  got  %s\n", m.ID, m.Kind, m.Text, strings.Join(m.Want, "; "), strings.Join(m.Got, "; "))
		}
	}
	return nil
}

type evalCase struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Text     string          `json:"text"`
	RefDate  *string         `json:"ref_date"`
	Expected []evalExpected  `json:"expected"`
	Raw      json.RawMessage `json:"-"`
}

type evalExpected struct {
	Span     string  `json:"span"`
	Value    string  `json:"value"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

func readCases(path string) ([]evalCase, error) { return readJSONL[evalCase](path) }

// readJSONL reads a file of one JSON object a line; blank lines are
// skipped, and an error names the file and the line.
func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var x T
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		out = append(out, x)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// match counts the items of want found in got (each used once).
func match(want, got []string) int {
	used := make([]bool, len(got))
	tp := 0
	for _, w := range want {
		for i, g := range got {
			if !used[i] && g == w {
				used[i] = true
				tp++
				break
			}
		}
	}
	return tp
}

func (r *Report) add(c evalCase, want, got []string) {
	s := r.kind(c.Kind)
	s.Cases++
	s.Gold += len(want)
	s.Pred += len(got)
	tp := match(want, got)
	s.TP += tp
	if len(want) == 0 && len(got) > 0 {
		s.FalseCases++
	}
	if tp != len(want) || tp != len(got) {
		r.Misses = append(r.Misses, Miss{ID: c.ID, Kind: c.Kind, Text: c.Text, Want: want, Got: got})
	}
}

func moneyKey(amount float64, cur string) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.6f", amount), "0"), ".") + " " + cur
}

// Money runs the money scanner over a file of cases in the format of
// money-dev.jsonl (each text alone, with no country context) and scores
// amount and currency.
func Money(v *extract.Vocabulary, path string) (*Report, error) {
	return scoreCases(path, "money", func(c evalCase) (want, got []string, err error) {
		for _, e := range c.Expected {
			want = append(want, moneyKey(e.Amount, e.Currency))
		}
		ms, err := v.Money.Scan(context.Background(), c.Text, v.Tokenize(c.Text), money.Countries{})
		for _, m := range ms {
			got = append(got, moneyKey(m.Amount, m.Currency))
			if m.Max != nil {
				got = append(got, moneyKey(*m.Max, m.Currency))
			}
		}
		return want, got, err
	})
}

// scoreCases reads a file of cases of kind and adds each case's wanted and
// found values, as score gives them, to one report.
func scoreCases(path, kind string, score func(evalCase) (want, got []string, err error)) (*Report, error) {
	if err := checkKind(path, kind); err != nil {
		return nil, err
	}
	cs, err := readCases(path)
	if err != nil {
		return nil, err
	}
	r := &Report{Kinds: map[string]*Score{}}
	for _, c := range cs {
		want, got, err := score(c)
		if err != nil {
			return nil, err
		}
		r.add(c, want, got)
	}
	return r, nil
}

// Dates runs the date scanner over a file of cases in the format of
// dates-dev.jsonl (each text alone, read as news with its ref_date) and
// scores the normalized values. Citation years are not counted as dates.
func Dates(v *extract.Vocabulary, path string) (*Report, error) {
	return scoreCases(path, "dates", func(c evalCase) (want, got []string, err error) {
		for _, e := range c.Expected {
			want = append(want, e.Value)
		}
		doc := timex.Document{Kind: timex.News}
		if c.RefDate != nil {
			doc.Ref = *c.RefDate
		}
		doc.DayFirst, doc.OrderKnown = v.Text.DateOrder(c.Text)
		s := v.Tokenize(c.Text)
		ms, err := v.Money.Scan(context.Background(), c.Text, s, money.Countries{})
		if err != nil {
			return nil, nil, err
		}
		for _, m := range ms {
			doc.Exclude = append(doc.Exclude, [2]int{m.Start, m.End})
		}
		xs, err := v.Timex.Scan(context.Background(), c.Text, s, doc)
		for _, x := range xs {
			if !x.Citation {
				got = append(got, x.Value)
			}
		}
		return want, got, err
	})
}

type eventCase struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Expected []struct {
		Source *string `json:"source"`
		Target *string `json:"target"`
		Event  string  `json:"event"`
	} `json:"expected"`
}

// EventReport is the result of an event evaluation.
type EventReport struct {
	Cases             int
	Dyads             Score
	MainDyads         Score // with each sentence's principal event only
	Typed, TypedRight int
	Confusion         map[[2]string]int // gold category, predicted category
	Misses            []Miss
}

// ploverCode maps an actor code to the PLOVER gold's coding: organisations
// as IGO or NGO, armed groups as the state they fight in, and the old
// codes the gold keeps.
func ploverCode(v *extract.Vocabulary, code string) string {
	switch code {
	case "JPN":
		return "JAP"
	case "ITA":
		return "ITL"
	case "VNM":
		return "VTN"
	}
	kind, note := v.Actor.Kind(code)
	switch kind {
	case "igo", "alliance":
		return "IGO"
	case "ngo":
		return "NGO"
	case "group":
		if h, ok := strings.CutPrefix(note, "home:"); ok {
			return h
		}
		return "IMG" // an international militant group
	}
	if code == "SUN" {
		return "RUS"
	}
	return code
}

// Events runs the whole text path over each sentence of a file in the
// format of events-dev.jsonl and scores (source, target) dyads and the
// PLOVER category of the events whose dyad is right. Only asserted events
// count: one with a mode (negated, hypothetical) reports no act.
func Events(c *pipeline.Config, path string) (*EventReport, error) {
	if err := checkKind(path, "events"); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rep := &EventReport{Confusion: map[[2]string]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var ec eventCase
		if err := json.Unmarshal(sc.Bytes(), &ec); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rep.Cases++
		p := &pipeline.Parsed{Text: text.Compose(text.TextBlocks(ec.Text, false))}
		res := c.Analyze(context.Background(), "eval", p)
		if len(res.Errors) > 0 {
			return nil, fmt.Errorf("%s: case %s: %s: %s", path, ec.ID, res.Errors[0].Stage, res.Errors[0].Error)
		}
		type dyad struct {
			s, t, cat string
			main      bool
		}
		var want, got []dyad
		for _, e := range ec.Expected {
			d := dyad{cat: e.Event}
			if e.Source != nil {
				d.s = *e.Source
			}
			if e.Target != nil {
				d.t = *e.Target
			}
			want = append(want, d)
		}
		for _, e := range res.Events {
			if e.Modality != "" {
				continue // negated or hypothetical: not an asserted event
			}
			for _, s := range e.Source {
				if len(e.Target) == 0 {
					got = append(got, dyad{ploverCode(c.Vocab, s), "", e.Type, e.Main})
				}
				for _, t := range e.Target {
					got = append(got, dyad{ploverCode(c.Vocab, s), ploverCode(c.Vocab, t), e.Type, e.Main})
				}
			}
			if len(e.Source) == 0 {
				for _, t := range e.Target {
					got = append(got, dyad{"", ploverCode(c.Vocab, t), e.Type, e.Main})
				}
			}
		}
		mainTP, mainPred := 0, 0
		usedMain := make([]bool, len(got))
		for _, g := range got {
			if g.main {
				mainPred++
			}
		}
		for _, w := range want {
			for i, g := range got {
				if g.main && !usedMain[i] && g.s == w.s && g.t == w.t {
					usedMain[i] = true
					mainTP++
					break
				}
			}
		}
		rep.MainDyads.TP += mainTP
		rep.MainDyads.Pred += mainPred
		rep.MainDyads.Gold += len(want)
		used := make([]bool, len(got))
		tp := 0
		for _, w := range want {
			for i, g := range got {
				if !used[i] && g.s == w.s && g.t == w.t {
					used[i] = true
					tp++
					rep.Typed++
					rep.Confusion[[2]string{w.cat, g.cat}]++
					if g.cat == w.cat {
						rep.TypedRight++
					}
					break
				}
			}
		}
		rep.Dyads.TP += tp
		rep.Dyads.Gold += len(want)
		rep.Dyads.Pred += len(got)
		if tp != len(want) || tp != len(got) || mainTP != len(want) {
			m := Miss{ID: ec.ID, Text: ec.Text}
			for _, w := range want {
				m.Want = append(m.Want, w.s+">"+w.t+" "+w.cat)
			}
			for _, g := range got {
				star := ""
				if g.main {
					star = "*" // the sentence's principal event
				}
				m.Got = append(m.Got, star+g.s+">"+g.t+" "+g.cat)
			}
			rep.Misses = append(rep.Misses, m)
		}
	}
	return rep, sc.Err()
}

// Write prints the event report: dyad P/R/F1, category accuracy and the
// confusion table (rows gold, columns predicted).
func (r *EventReport) Write(w io.Writer, verbose bool) error {
	fmt.Fprintf(w, "cases %d\n", r.Cases)
	fmt.Fprintf(w, "dyads, principal events (one per sentence, as PLOVER codes):  gold %d  pred %d  tp %d  P %.3f  R %.3f  F1 %.3f\n",
		r.MainDyads.Gold, r.MainDyads.Pred, r.MainDyads.TP, r.MainDyads.P(), r.MainDyads.R(), r.MainDyads.F1())
	fmt.Fprintf(w, "dyads, all events:                                            gold %d  pred %d  tp %d  P %.3f  R %.3f  F1 %.3f\n",
		r.Dyads.Gold, r.Dyads.Pred, r.Dyads.TP, r.Dyads.P(), r.Dyads.R(), r.Dyads.F1())
	fmt.Fprintf(w, "category accuracy on matched dyads: %d/%d = %.3f\n\nconfusion (rows gold, columns predicted):\n", r.TypedRight, r.Typed, ratio(r.TypedRight, r.Typed))
	cats := map[string]bool{}
	for k := range r.Confusion {
		cats[k[0]], cats[k[1]] = true, true
	}
	var cs []string
	for c := range cats {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	fmt.Fprintf(w, "%-10s", "")
	for _, c := range cs {
		fmt.Fprintf(w, " %4.4s", c)
	}
	fmt.Fprintln(w)
	for _, g := range cs {
		fmt.Fprintf(w, "%-10s", g)
		for _, p := range cs {
			if n := r.Confusion[[2]string{g, p}]; n > 0 {
				fmt.Fprintf(w, " %4d", n)
			} else {
				fmt.Fprintf(w, " %4s", ".")
			}
		}
		fmt.Fprintln(w)
	}
	if verbose {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "\n%s %q\n  want %s\n  got  %s\n", m.ID, m.Text, strings.Join(m.Want, "; "), strings.Join(m.Got, "; "))
		}
	}
	return nil
}
