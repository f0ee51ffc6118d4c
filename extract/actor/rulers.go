package actor

import (
	"slices"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// ruleRuler is the rule of a ruler named by title alone ("the king", "the
// Shah"), the ruler of the polity the narrative has set (rulerStates).
const ruleRuler = "agent:ruler"

// rulerReach is how many sentences before a bare title the polity whose
// ruler it names may stand (rulerStates): the passage a narrative keeps
// its ruler in.
const rulerReach = 4

// clauseMarks are the marks that bound a title's clause (clauseStart,
// title.clauseEnd): comma, semicolon, colon, em dash and en dash.
const clauseMarks = ",;:\u2014\u2013"

// title is what a bare ruler's title carries to rulerStates: the polities
// whose rulers bore it, and whether the document is scholarly, where only
// a polity named just before makes it anyone's.
type title struct {
	codes     []titleCode
	scholarly bool
	clause    int   // where the title's clause begins: after the last comma, semicolon, colon or dash before it in its sentence
	in        []int // where the words after "in" before it in its sentence begin ("In Spain the King vetoed")
	clauseEnd int   // where the title's clause ends: at the first comma, semicolon, colon or dash after it in its sentence
}

// titleCode is a polity whose rulers bore a title, in the years from-to
// (four digits; "" open).
type titleCode struct {
	code, from, to string
}

// parseTitleCode reads "CODE" or "CODE:YYYY-YYYY" (either year may be
// left out).
func parseTitleCode(s string) (titleCode, bool) {
	code, years, dated := strings.Cut(s, ":")
	tc := titleCode{code: code}
	if dated {
		var ok bool
		tc.from, tc.to, ok = strings.Cut(years, "-")
		if !ok || tc.from != "" && (len(tc.from) != 4 || !digits(tc.from)) || tc.to != "" && (len(tc.to) != 4 || !digits(tc.to)) {
			return tc, false
		}
	}
	return tc, code != ""
}

// bore reports whether the rulers of polity code bore the title at date
// (any date when it is "" or unreadable).
func (t *title) bore(code, date string) bool {
	if code == "" {
		return false
	}
	lo, hi, ok := dateRange(date)
	for _, c := range t.codes {
		if c.code == code && (!ok || (c.from == "" || hi[:4] >= c.from) && (c.to == "" || lo[:4] <= c.to)) {
			return true
		}
	}
	return false
}

// rulerEntities finds the rulers a sentence names by title alone after
// "the" ("the king", "the Shah", "the Tsar"; topical.tsv's ruler rows):
// not a title before a name ("the Emperor Napoleon") or before "of" ("the
// king of Persia", whose state is named), not one joined by a dash ("the
// king-maker"), nor one another name holds. A leader's row that holds
// the bare title ("the Tsar", "the Shah": leaders of some years) keeps
// its entity and takes the title's reading for a date its row does not
// hold (Redate). The entity's actor is found over the document
// (rulerStates).
func (v *Vocabulary) rulerEntities(tg *Tagger, txt string, s text.Sentence, si int, ents []Entity, scholarly bool) []Entity {
	if len(v.rulers) == 0 {
		return ents
	}
	ws := english.Words(txt[s.Start:s.End], s.Start)
	for k := 1; k < len(ws); k++ {
		codes, ok := v.rulers[strings.ToLower(ws[k].Key)]
		if !ok || !strings.EqualFold(ws[k-1].Key, "the") {
			continue
		}
		if k+1 < len(ws) {
			next := ws[k+1]
			if next.Start == ws[k].End && english.IsDash(english.FirstRune(next.Text)) || strings.EqualFold(next.Key, "of") ||
				english.StartsUpper(next.Text) && english.IsNameWord(next.Text) && onlySpace(txt[ws[k].End:next.Start]) {
				continue
			}
			if tg != nil && unicode.IsLower(english.FirstRune(ws[k].Text)) && unicode.IsLower(english.FirstRune(next.Text)) && onlySpace(txt[ws[k].End:next.Start]) && titleModifies(tg, txt[s.Start:s.End], s.Start, next) {
				continue // "the king cobra", "the emperor penguin": a kind of thing
			}
		}
		t := &title{codes: codes, scholarly: scholarly, clause: clauseStart(txt, s.Start, ws[k].Start), clauseEnd: s.End}
		if i := strings.IndexAny(txt[ws[k].End:s.End], clauseMarks); i >= 0 {
			t.clauseEnd = ws[k].End + i
		}
		for j := 0; j+1 < k; j++ {
			if strings.EqualFold(ws[j].Key, "in") {
				t.in = append(t.in, ws[j+1].Start)
			}
		}
		held := false
		for i := range ents {
			e := &ents[i]
			if e.Start > ws[k].Start || e.End < ws[k].End {
				continue
			}
			held = true
			if e.Label == "PERSON" && e.Match != nil && e.Match.Entry("").Kind == "leader" && strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(txt[e.Start:e.End], "the "), "The "), ws[k].Text) {
				e.ruler = t // "the Tsar" in 1830: no row's, the narrative's
			}
		}
		if !held {
			ents = append(ents, Entity{Start: ws[k].Start, End: ws[k].End, Sent: si, Label: "PERSON", Rule: ruleRuler, Agent: true, ruler: t})
		}
	}
	return ents
}

// rulerStates gives each ruler named by title alone (rulerEntities) whom
// its date leaves no one the ruler of the polity the narrative has set:
// the nearest polity named before it in its sentence whose rulers bore
// the title at its date, in an earlier clause or after "in" ("Athens
// appealed to Sparta, and the king refused": Sparta's; "In 1830 Persia
// fought Russia, and the Shah sued for peace": Persia's; not "Spain
// protested to the King", the verb's other party); else the polity with
// the title at that date that the document names most often, at least
// twice, none on a tie, none when another side of the document had the
// title and is named more than half as often (a war of two kingdoms), and
// none when the title's clause names it by name after the title while the
// document names another polity of the title ("The King of Burma sacked
// Ayutthaya ... The King then attacked Siam again") ("the King" in
// a history of the French revolution, whatever ally or enemy the sentence
// before named; "the king" of a history of Xerxes' invasion is Persia's,
// not Sparta's, which Greece's history names less). A scholarly document
// tells no one narrative: there only a polity named in the title's
// sentence or the rulerReach before makes it anyone's. Polities are named
// by name, demonym, capital or an agent of theirs ("Persian troops"), each
// as its date reads it; run after the dates (Redate). date gives a
// sentence's date, as Redate's does.
func rulerStates(ents []Entity, date func(sent int) string) {
	var counts map[string]int
	var sides map[string]bool
	var before []string
	for i := range ents {
		e := &ents[i]
		if e.ruler == nil || e.Actor != "" {
			continue
		}
		d := date(e.Sent)
		if d == "" && !e.noCarry {
			if before == nil {
				before = narrative(ents, date)
			}
			if e.Sent >= 0 && e.Sent < len(before) {
				d = before[e.Sent]
			}
		}
		bore := func(c string) bool { return e.ruler.bore(c, d) }
		// the nearest polity of the title named before it in its own
		// sentence ("Athens appealed to Sparta, and the king refused")
		// (in a scholarly document, or in the rulerReach before, the
		// nearest: no other polity is the narrative's there)
		reach := 0
		if e.ruler.scholarly {
			reach = rulerReach
		}
		for j := i - 1; j >= 0 && ents[j].Sent >= e.Sent-reach; j-- {
			if x := &ents[j]; x.ruler == nil && bore(polityOf(x)) && (x.Sent != e.Sent || x.End <= e.ruler.clause || slices.Contains(e.ruler.in, x.Start)) {
				e.Actor, e.Sector = polityOf(x), "GOV"
				break
			}
		}
		if e.Actor != "" || e.ruler.scholarly {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
			for k := range ents {
				if x := &ents[k]; x.ruler == nil && polityOf(x) != "" {
					counts[polityOf(x)]++
				}
			}
			sides = narrativeSides(counts)
		}
		best, most, tie := "", 0, false
		for c, n := range counts {
			if !bore(c) {
				continue
			}
			switch {
			case n > most:
				best, most, tie = c, n, false
			case n == most:
				tie = true
			}
		}
		if tie || most < 2 || !sides[best] {
			continue
		}
		// another side of the title named more than half as often: the
		// narrative's two kingdoms, no one's; another polity of the title
		// named at all, and best named by name after the title in its
		// clause: the verb's other party ("The King of Burma sacked Ayutthaya. ...
		// The King then attacked Siam again")
		rival, other := false, false
		for c, n := range counts {
			if c != best && bore(c) {
				other = true
				rival = rival || sides[c] && 2*n > most
			}
		}
		for j := i + 1; other && j < len(ents) && ents[j].Sent == e.Sent; j++ {
			x := &ents[j] // by its name: not "moved to Paris", "Persian rule"
			rival = rival || x.ruler == nil && x.Start < e.ruler.clauseEnd && polityOf(x) == best && x.Match != nil && (x.Match.Entry("").Kind == "state" || x.Match.Entry("").Kind == "alias")
		}
		if !rival {
			e.Actor, e.Sector = best, "GOV"
		}
	}
}

// mayRule reports whether the document names, at any date, a polity
// whose ruler the bare title of ents[i] may name (rulerStates): in a
// scholarly document one in its sentence or the rulerReach before, else
// one anywhere. A title with none is no entity (DocumentContext).
func mayRule(ents []Entity, i int) bool {
	t := ents[i].ruler
	for j := range ents {
		x := &ents[j]
		if x.ruler != nil || x.Match == nil || t.scholarly && (j > i || x.Sent < ents[i].Sent-rulerReach) {
			continue
		}
		if slices.ContainsFunc(x.Match.Entries, func(en *Entry) bool {
			switch en.Kind {
			case "state", "alias", "demonym", "capital", "combining", "seat":
				return slices.ContainsFunc(t.codes, func(c titleCode) bool { return c.code == en.Code })
			}
			return false
		}) {
			return true
		}
	}
	return false
}

// polityOf is the polity an entity names for rulerStates: a state's
// (stateOf), or a people's that its date makes a state's ("the Persians"
// before 1935: Persia's).
func polityOf(e *Entity) string {
	if c := stateOf(e); c != "" {
		return c
	}
	if e.Actor != "" && !e.Agent && e.Match != nil && e.Match.Entry("").Kind == "ethnic" {
		return e.Actor
	}
	return ""
}

// titleModifies reports a title that modifies the common noun after it,
// next ("the king cobra", "the emperor penguin", "the king prawn"), as
// prose's tagger reads the sentence st (from base): a singular noun (NN)
// after a title written in lower case. A verb ("the king refused"), a
// plural that may be one ("the king orders the army"), an adverb or a
// pronoun ("the emperor himself") leave the title a person; so does a
// capitalised title, a name ("These operations, the King felt, would":
// the tagger reads such a parenthesis's verb as a noun). Only a sentence
// with a title before a lower-case word is tagged, and the whole of it: a
// few words read alone tag more verbs as nouns.
func titleModifies(tg *Tagger, st string, base int, next english.Word) bool {
	for _, t := range tg.Tag(st, base, false) {
		if t.Start == next.Start && t.End == next.End {
			return t.Tag == "NN"
		}
	}
	return false
}

// narrativeSides returns the polities a narrative is about, for a title
// whose sentence names none of its polities: the two the document names
// most, whatever their titles (a war's sides: Britain and America in a
// history of the American revolution, Persia and Greece in one of
// Xerxes' invasion), and any named as often as the second. A polity the
// document names in passing ("Siam" twice in a chess report from Paris)
// sets no ruler for "the king's gambit".
func narrativeSides(counts map[string]int) map[string]bool {
	first, second := 0, 0
	for _, n := range counts {
		switch {
		case n > first:
			first, second = n, first
		case n > second:
			second = n
		}
	}
	sides := map[string]bool{}
	for c, n := range counts {
		if n >= second {
			sides[c] = true
		}
	}
	return sides
}

// clauseStart returns where the clause of the word at pos begins in the
// sentence from start: just after the last comma, semicolon, colon or
// dash before it. A polity named before that ("Athens appealed to
// Sparta, and the king refused") may be the title's; one in its own
// clause is the verb's other party ("Spain protested to the King").
func clauseStart(txt string, start, pos int) int {
	if i := strings.LastIndexAny(txt[start:pos], clauseMarks); i >= 0 {
		return start + i + 1
	}
	return start
}
