package event

import (
	"slices"

	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/timex"
)

// dateFor picks the event's date: a "when" clause takes the date just
// before "when"; else the nearest date in the trigger's clause; a noun in a
// background phrase ("owing to the Soviet invasion") only a date next to
// it; else the sentence's first date.
func (sv *Sentence) dateFor(i, n int, tr *lexicon.Trigger) (string, [2]int) {
	if len(sv.Timex) == 0 {
		return "", [2]int{}
	}
	toks := sv.Toks
	tokOf := func(x timex.Span) (int, int) { return sv.Within(x.Start, x.End) }
	cl := sv.Clause[i]
	start := i
	for start > 0 && sv.Clause[start-1] == cl {
		start--
	}
	if start > 0 && toks[start].Low == "when" {
		for _, x := range sv.Timex {
			if _, b := tokOf(x); b >= 0 && b >= start-3 && b < start {
				return x.Value, [2]int{x.Start, x.End}
			}
		}
	}
	background := false
	if tr.Noun {
		for k := max(0, i-5); k < i; k++ {
			if sv.lex.Background[toks[k].Low] {
				background = true
			}
		}
	}
	best, bestD := -1, 1<<30
	for xi, x := range sv.Timex {
		a, b := tokOf(x)
		if a < 0 || b < 0 {
			continue
		}
		d := 0
		switch {
		case b < i:
			d = i - b
			// "the group in 2002, followed by a dialogue ... in 2003": a
			// date before a comma belongs to what precedes it
			for k := b + 1; k < i; k++ {
				if toks[k].Low == "," || toks[k].Low == ";" {
					d += 3
					break
				}
			}
		case a >= i+n:
			d = a - (i + n - 1)
		}
		if background && d > 6 || sv.Clause[a] != cl && sv.Clause[b] != cl {
			continue
		}
		// A date right next to another trigger is that event's date.
		if d > 2 && sv.nextToOtherTrigger(a, b, i) {
			continue
		}
		if d < bestD {
			best, bestD = xi, d
		}
	}
	if best >= 0 {
		x := sv.Timex[best]
		return x.Value, [2]int{x.Start, x.End}
	}
	if background {
		return "", [2]int{}
	}
	x := sv.Timex[0]
	return x.Value, [2]int{x.Start, x.End}
}

// nextToOtherTrigger reports whether the tokens a..b sit within two tokens
// of a trigger other than the one at i.
func (sv *Sentence) nextToOtherTrigger(a, b, i int) bool {
	for _, t := range sv.trigs {
		if t == i {
			continue
		}
		if t > b && t-b <= 2 || t < a && a-t <= 2 {
			return true
		}
	}
	return false
}

// moneyFor attaches the money figures of the trigger's clause.
func (sv *Sentence) moneyFor(i int) []float64 {
	out := []float64{}
	cl := sv.Clause[i]
	for _, m := range sv.Money {
		if k := sv.TokAt(m.Start); k >= 0 {
			t := sv.nearestTrigger(k)
			// the nearest trigger may be a noun that completes this
			// one ("got military aid worth 5.81 Billion Dollars")
			mine := t == i || t > i && t-i <= 6 && sv.complement(i+1, t)
			if sv.Clause[k] == cl && mine && !slices.Contains(out, m.Amount) {
				out = append(out, m.Amount)
			}
		}
	}
	return out
}

// nearestTrigger returns the trigger of token k's clause nearest to it.
func (sv *Sentence) nearestTrigger(k int) int {
	best, bd := -1, 1<<30
	for _, t := range sv.trigs { // in token order: the earlier wins a tie
		if sv.Clause[t] != sv.Clause[k] {
			continue
		}
		if d := max(k-t, t-k); d < bd {
			best, bd = t, d
		}
	}
	return best
}

// elided reads the events a coordination adds without repeating the verb,
// each with the date after its own target, else the verb's: "sold arms to
// Iran in 1967 and later to Kuwait in 1977", "sent troops to Mali and to
// South Sudan".
func (sv *Sentence) elided(from int, ev Span) []Span {
	toks := sv.Toks
	var out []Span
	for k := from; k+2 < len(toks); k++ {
		if toks[k].Low != "and" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Low == "later" || toks[j].Low == "then" || toks[j].Low == "also" || toks[j].Low == "again") {
			j++
		}
		if j+1 >= len(toks) || (toks[j].Low != "to" && toks[j].Low != "with") || sv.CoordAt[j+1] < 0 {
			continue
		}
		co := sv.Coords[sv.CoordAt[j+1]]
		e := ev
		e.Target = co.Codes(sv.Groups)
		e.Rule = ev.Rule + "+elided"
		e.Date, e.DateAt = "", [2]int{}
		for _, x := range sv.Timex {
			if x.Start >= int(toks[co.Last].End) && x.Start-int(toks[co.Last].End) < 12 {
				e.Date, e.DateAt = x.Value, [2]int{x.Start, x.End}
				break
			}
		}
		if e.Date == "" {
			e.Date, e.DateAt = ev.Date, ev.DateAt
		}
		out = append(out, e)
	}
	return out
}
