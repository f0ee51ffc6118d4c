package event

import (
	"slices"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
	"github.com/stratex/stratex/extract/timex"
)

// dateFor picks the event's date: a "when" clause takes the date just
// before "when"; else the nearest date in the trigger's clause (a date that
// opens the clause before its subject, "On 8 August, X took Y", is the date
// of its verbs up to the clause's next date); a noun in a background
// phrase ("because of the Iraqi invasion") only a date next to it; else the
// sentence's first date. A year that labels a verb's object ("recalled the
// 1962 crisis") dates only the noun it labels.
func (sv *Sentence) dateFor(i, n int, tr *lexicon.Trigger) (string, [2]int) {
	if len(sv.Timex) == 0 {
		return "", [2]int{}
	}
	toks := sv.Toks
	tokOf := func(x timex.Span) (int, int) { return sv.Within(x.Start, x.End) }
	// other reports a year that labels a verb's object other than the
	// trigger ("recalled the 1962 crisis when he met", "praised the 1945
	// victory"); the noun it labels keeps it ("the 2003 invasion")
	other := func(x timex.Span) bool {
		a, b := tokOf(x)
		return a >= 0 && b >= 0 && sv.objectLabel(x, a, b) && !sv.labels(b, i)
	}
	cl := sv.Clause[i]
	start := sv.ClauseStart(i)
	if start > 0 && toks[start].Low == "when" {
		for _, x := range sv.Timex {
			if _, b := tokOf(x); b >= 0 && b >= start-3 && b < start && !other(x) {
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
	// the verb's own date after it, in its clause (not for a noun)
	own := !tr.Noun && sv.ownDateAfter(i+n, cl)
	best, bestD := -1, 1<<30
	for xi, x := range sv.Timex {
		a, b := tokOf(x)
		if a < 0 || b < 0 || other(x) {
			continue
		}
		d := 0
		switch {
		case b < i && sv.opensClause(a, cl):
			// "On 3 May, X seized Y and on the 19th of that month ...": a
			// date that opens the clause before its subject is the date of
			// its verbs up to the clause's next date (a noun is as near as
			// its words make it: "owing to the invasion"), unless the verb has
			// its own after it ("In 1918, X ..., being defeated at Y in
			// October of that year")
			d = i - b
			if !tr.Noun && !sv.dateBetween(b, i) && !own {
				d = 1
			}
		case b < i:
			d = i - b
			// "the pact in 1939, followed by an invasion ... in 1941": a
			// date before a comma belongs to what precedes it; the verb's
			// own date after it, before any "and" or comma, is its date
			// however far ("Venezuela bought aircraft in 2006, and Caracas
			// signed arms contracts worth $4 billion with Moscow in 2007"),
			// and so is a verb's joined by "and" or "but" after the date
			for k := b + 1; k < i; k++ {
				if w := toks[k].Low; (w == "and" || w == "but") && own {
					// "applied for membership in May 2022 and joined the
					// alliance on 4 April 2023": the verb joined after the
					// date has its own after it
					d = 1 << 30
					break
				}
				if toks[k].Low == "," || toks[k].Low == ";" {
					d += 3
					if own {
						d = 1 << 30
					}
					break
				}
			}
		case a >= i+n:
			d = a - (i + n - 1)
		}
		if background && d > 6 || sv.Clause[a] != cl && sv.Clause[b] != cl {
			continue
		}
		// A date right next to another trigger is that event's date, but
		// not one in the verb's own stretch after it, before any "and" or
		// comma ("attacked China in July 1937 and occupied Nanjing in
		// December 1937": July is the attack's; "signed a ceasefire in
		// August 1988": August is the signing's, not only the ceasefire's).
		if d > 2 && !(own && a >= i+n && !sv.dateBetween(i+n-1, a)) && sv.nextToOtherTrigger(a, b, i) {
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
	// no date in the trigger's clause: the last date told before the
	// trigger ("... clashes took place on 4 March 1969; far into the
	// valley, Soviet patrols shelled ..."), else the sentence's first
	last := -1
	for xi, x := range sv.Timex {
		if _, b := tokOf(x); b >= 0 && b < i && !other(x) {
			last = xi
		}
	}
	if last >= 0 {
		x := sv.Timex[last]
		return x.Value, [2]int{x.Start, x.End}
	}
	for _, x := range sv.Timex {
		if !other(x) {
			return x.Value, [2]int{x.Start, x.End}
		}
	}
	return "", [2]int{}
}

// opensClause reports a date at token a that opens clause cl, with only
// prepositions and determiners before it in the clause ("On 8 August, ...",
// "In the spring of 1979, ...").
func (sv *Sentence) opensClause(a, cl int) bool {
	if sv.Clause[a] != cl {
		return false // a date the clause's bound cuts ("March 5-9, 1918")
	}
	for k := a - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if w := sv.Toks[k].Low; !sv.Preposition(w) && !sv.Determiner(w) {
			return false
		}
	}
	return true
}

// dateBetween reports a date of the sentence inside the tokens after b and
// before i.
func (sv *Sentence) dateBetween(b, i int) bool {
	for _, x := range sv.Timex {
		if a, _ := sv.Within(x.Start, x.End); a > b && a < i {
			return true
		}
	}
	return false
}

// ownDateAfter reports a date in clause cl from token from on, before
// any "and", comma or semicolon: the verb's own date, not the next
// predicate's ("took Minsk and on the 28th ...").
func (sv *Sentence) ownDateAfter(from, cl int) bool {
	toks := sv.Toks
	for k := from; k < len(toks) && sv.Clause[k] == cl; k++ {
		if w := toks[k].Low; w == "and" || w == "," || w == ";" {
			return false
		}
		for _, x := range sv.Timex {
			if a, _ := sv.Within(x.Start, x.End); a == k {
				return true
			}
		}
	}
	return false
}

// objectLabel reports a date x at tokens a..b that is a year, or a month
// and year, used as a label before a noun that is a verb's object: an
// article before it, a word after it, and before the article a lower-case
// word that is no preposition ("recalled the 1962 crisis", "praised the
// 1945 victory"). After a preposition the label may set the scene of its
// clause ("In the 1784 peace treaty, ...", "in a 1908 interview",
// "Despite the failure of the April 1917 offensive, ...").
func (sv *Sentence) objectLabel(x timex.Span, a, b int) bool {
	toks := sv.Toks
	if x.Type != "DATE" || x.Mod != "" || !(len(x.Value) == 4 || len(x.Value) == 7) || a < 2 || b+1 >= len(toks) {
		return false
	}
	if !english.Article(toks[a-1].Low) || toks[b+1].Kind != english.Alpha {
		return false
	}
	w := toks[a-2]
	return w.Kind == english.Alpha && !english.IsUpperWord(w.Text) && !sv.Preposition(w.Low) && !sv.ClauseWord(w.Low) &&
		!sv.Determiner(w.Low) && sv.Pronoun(w.Low) == "" && w.Low != "and" && w.Low != "or" && w.Low != "but"
}

// labels reports the noun phrase after a label that ends at token b
// holding the trigger at i: "the 1979 invasion", "the 1784 peace treaty"
// (lower-case words up to it, no conjunction, preposition or clause word).
func (sv *Sentence) labels(b, i int) bool {
	if i <= b || i > b+3 {
		return false
	}
	for k := b + 1; k < i; k++ {
		if w := sv.Toks[k]; w.Kind != english.Alpha || sv.Preposition(w.Low) || sv.ClauseWord(w.Low) || w.Low == "and" || w.Low == "or" {
			return false
		}
	}
	return true
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

// moneyFor attaches the money figures of the trigger's clause. A figure
// that opens an apposition (", a $3.2 billion aid package") belongs to the
// trigger before the comma: the apposition renames that event's object,
// whatever event noun it holds. A figure in the next clause belongs to the
// trigger the clause follows when that clause names no event and no actor
// of its own (", which amounted to €5 billion", "but the first tranche of
// $2 billion came later"), unless it gives a share of it (", of which
// $40 million ...").
func (sv *Sentence) moneyFor(i int) []float64 {
	out := []float64{}
	cl := sv.Clause[i]
	for _, m := range sv.Money {
		k := sv.TokAt(m.Start)
		if k < 0 {
			continue
		}
		t, mcl := sv.nearestTrigger(k), sv.Clause[k]
		if c := sv.appositionComma(k); c >= 0 && sv.lastTrigger(c, sv.Clause[c]) >= 0 {
			t = sv.lastTrigger(c, sv.Clause[c])
		} else if t < 0 && mcl == cl+1 && !sv.namesActor(mcl) && !sv.partitiveClause(mcl) {
			t, mcl = sv.lastTrigger(k, cl), cl
		}
		// the nearest trigger may be a noun that completes this
		// one ("received economic aid worth 13 billion dollars")
		mine := t == i || t > i && t-i <= 6 && sv.complement(i+1, t)
		if mcl == cl && mine && !slices.Contains(out, m.Amount) {
			out = append(out, m.Amount)
		}
	}
	return out
}

// appositionComma returns the comma that opens an apposition beginning at
// token k (", $7.5 billion", ", a $3.2 billion package"), -1 if none.
func (sv *Sentence) appositionComma(k int) int {
	toks := sv.Toks
	switch {
	case k > 0 && toks[k-1].Low == ",":
		return k - 1
	case k > 1 && toks[k-2].Low == "," && sv.Determiner(toks[k-1].Low):
		return k - 2
	}
	return -1
}

// lastTrigger returns the last trigger before token k in clause cl, -1 if
// there is none.
func (sv *Sentence) lastTrigger(k, cl int) int {
	best := -1
	for _, t := range sv.trigs {
		if t < k && sv.Clause[t] == cl {
			best = t
		}
	}
	return best
}

// partitiveClause reports a clause that opens with "of which": its money
// is a share of the event before, which partitive reads.
func (sv *Sentence) partitiveClause(cl int) bool {
	for k, c := range sv.Clause {
		if c == cl {
			return k > 0 && sv.Toks[k-1].Low == "of" && sv.Toks[k].Low == "which"
		}
	}
	return false
}

// namesActor reports an actor phrase in clause cl.
func (sv *Sentence) namesActor(cl int) bool {
	for k, g := range sv.ActorAt {
		if g >= 0 && sv.Clause[k] == cl {
			return true
		}
	}
	return false
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
// each with the date after its own target, else the verb's: "sold tanks to
// Peru in 1971 and later to Chile in 1979", "sent troops to Mali and to
// South Sudan"; adverbs of syntax's elision.txt may stand after "and".
func (sv *Sentence) elided(from int, ev Span) []Span {
	toks := sv.Toks
	var out []Span
	for k := from; k+2 < len(toks); k++ {
		if toks[k].Low != "and" {
			continue
		}
		j := k + 1
		for j < len(toks) && sv.ElisionAdverb(toks[j].Low) {
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

// partitive reads a share of an event given with its own date and money
// in a clause of its own that opens with "of which": "sold jets to Iraq
// worth $2 billion, out of which $500 million was paid in 1976", "gave
// aid to India worth $900 million, of which $300 million came in 1991"
// (money_test.go).
func (sv *Sentence) partitive(evs []Span) []Span {
	var out []Span
	toks := sv.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !(toks[k].Low == "of" && toks[k+1].Low == "which") {
			continue
		}
		var base *Span
		for ei := range evs {
			if len(evs[ei].Money) > 0 && evs[ei].Start < int(toks[k].Start) {
				base = &evs[ei]
			}
		}
		if base == nil {
			continue
		}
		e := *base
		e.Money = []float64{}
		for _, m := range sv.Money {
			if m.Start > int(toks[k].Start) {
				e.Money = append(e.Money, m.Amount)
				break
			}
		}
		for _, x := range sv.Timex {
			if x.Start > int(toks[k].Start) {
				e.Date, e.DateAt = x.Value, [2]int{x.Start, x.End}
				break
			}
		}
		if len(e.Money) == 0 || e.Date == base.Date {
			continue
		}
		e.Rule = base.Rule + "+partitive"
		out = append(out, e)
	}
	return out
}

// boundDate reports a date at the byte span at that a clause preposition
// opens ("until 1990", prepositions.txt's "clause"): the bound of a time,
// not the time of an act. A date a "bound" preposition opens ("since
// 1870") is left to the dating stage, which decides for every event, negated
// or not, whether it runs from that date (extract's DateEvents).
func (sv *Sentence) boundDate(at [2]int) bool {
	if at == [2]int{} {
		return false
	}
	a, _ := sv.Within(at[0], at[1])
	return a > 0 && sv.ClausePreposition(sv.Toks[a-1].Low) && !sv.BoundPreposition(sv.Toks[a-1].Low)
}

// followedSuit reads an act a later subject repeats without naming it:
// "Tanzania recognised Biafra in April, and Gabon and Zambia followed the
// next month", "France broke off relations with Iraq, and Italy followed
// suit", "... and Spain did the same" (the phrases: syntax's repeats.txt). The new subject (the actors right
// before "followed" or "did") takes the category and target of the
// sentence's last event before it, with the date after the verb when its
// clause gives one. "followed" takes no object ("followed the river",
// "followed the talks" name no act): only "suit", the sentence's end, a
// comma or a date may come after it. A sentence that opens with the
// subject repeats the paragraph's last act of the sentence before ("Israel
// attacked Egypt in 1967. Jordan followed in June."), dated only by its
// own words.
func (sv *Sentence) followedSuit(si int, evs []Span) []Span {
	toks := sv.Toks
	var out []Span
	for k := 1; k+1 < len(toks); k++ {
		end := sv.RepeatAt(toks, k) // the last token of the phrase
		if end < 0 && sv.BareRepeat(toks[k].Low) && (toks[k+1].Kind != english.Alpha || sv.dateAt(int(toks[k+1].Start)) || (toks[k+1].Low == "in" || toks[k+1].Low == "on") && k+2 < len(toks) && sv.dateAt(int(toks[k+2].Start))) {
			end = k
		}
		if end < 0 {
			continue
		}
		c := sv.CoordAt[k-1]
		if c < 0 || sv.Coords[c].Last != k-1 {
			continue
		}
		subj := sv.Coords[c].Codes(sv.Groups)
		var base *Span
		for ei := range evs {
			if evs[ei].Start < int(toks[sv.Coords[c].First].Start) {
				base = &evs[ei]
			}
		}
		before := false // the act is the sentence before's
		if base == nil && sv.Coords[c].First == 0 && sv.para != nil && len(sv.para.events) > 0 && sv.para.events[len(sv.para.events)-1].Sent == si-1 {
			base, before = &sv.para.events[len(sv.para.events)-1], true
		}
		if base == nil || len(subj) == 0 || syntax.Overlap(base.Source, subj) || len(base.Target) == 0 {
			continue
		}
		e := *base
		e.Source, e.Target = subj, syntax.Remove(base.Target, subj)
		if len(e.Target) == 0 {
			continue
		}
		e.Start, e.End = int(toks[k].Start), int(toks[end].End)
		e.Rule, e.Main, e.Money, e.Sent = base.Rule+"+followed-suit", false, []float64{}, si
		if before {
			e.Date, e.DateAt = "", [2]int{}
		}
		for _, x := range sv.Timex {
			if x.Start >= int(toks[end].End) && x.Start-int(toks[end].End) < 12 {
				e.Date, e.DateAt = x.Value, [2]int{x.Start, x.End}
				break
			}
		}
		out = append(out, e)
	}
	return out
}

// dateAt reports a timex that opens at byte b.
func (sv *Sentence) dateAt(b int) bool {
	for _, x := range sv.Timex {
		if x.Start == b {
			return true
		}
	}
	return false
}
