package event

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/syntax"
	"github.com/stratex/stratex/extract/timex"
)

// rulePairSubject marks a pair noun the event stage read as its
// paragraph's last pair (pairSubjects).
const rulePairSubject = "event:pair-subject"

// pairSubjects reads a subject "the two" or "both" and a word of
// pairnouns.txt ("The two leaders met at Camp David", "In 1968 the two
// states signed an arms agreement"), or "the two" alone ("In 1988 the two
// signed a ceasefire"), that the actor stage left unread
// (it looks two sentences back and knows fewer nouns) as the pair the
// paragraph last named: the two sides of its last event with two, else
// of its last sentence that names exactly two actors (paragraph.pair).
// The sentence's own actors before the noun come first: exactly two
// states' names or demonyms are the pair; one, more than two, or a
// person's ("Nehru wrote to Kennedy, and the two countries") make it no
// one's. Not when the paragraph
// has named a third actor since its pair (paragraph.since), nor a noun a
// possessive, "of" or a capitalised word follows, nor one after a
// preposition or a verb (a subject only: the clause's start, a comma, a
// coordinator, a clause word or a date before it). It returns ents with
// the pair entities added (the view's Group.Pair), in order.
func (c *Coder) pairSubjects(toks []english.Tok, ents []actor.Entity, tx []timex.Span, si int) []actor.Entity {
	nouns := c.v.Lexicon.PairNouns
	var added []actor.Entity
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		first := k - 1
		if f := c.v.Syntax.PairOpenerEnding(toks, k, true); f >= 0 {
			// "The two signed a ceasefire in 1988": "the two" with no
			// noun is the pair itself (pairActs: a verb right after it;
			// pairopeners.txt marked alone)
			first = f
		} else if !nouns[t.Low] || t.Kind != english.Alpha || english.IsUpperWord(t.Text) {
			continue
		} else if first = c.v.Syntax.PairOpenerEnding(toks, k-1, false); first < 0 {
			continue // no "both", "the two" (pairopeners.txt) before the noun
		}
		if k+1 >= len(toks) {
			continue
		}
		if nx := toks[k+1]; nx.Kind != english.Alpha || english.IsUpperWord(nx.Text) || nx.Low == "of" || c.v.Syntax.Preposition(nx.Low) {
			continue
		}
		if first > 0 && !c.subjectOpens(toks, first, tx) {
			continue
		}
		at, end := int(toks[first].Start), int(t.End)
		if slices.ContainsFunc(ents, func(e actor.Entity) bool { return e.Start < end && at < e.End }) {
			continue // the actor stage's
		}
		var own []string
		persons := false
		for _, e := range ents {
			if e.Actor != "" && e.End <= at {
				own = syntax.AppendCodes(own, e.Actor)
				persons = persons || e.Label != "GPE" && e.Label != "NORP"
			}
		}
		two := own
		if persons {
			two = nil // "Nehru wrote to Kennedy, and the two countries": not theirs
		}
		if len(own) == 0 {
			two = c.para.pair
			if len(syntax.AppendCodes(slices.Clone(two), c.para.since...)) > 2 {
				two = nil
			}
		}
		if len(two) != 2 {
			continue
		}
		added = append(added, actor.Entity{Start: int(t.Start), End: end, Sent: si, Label: "ORG", Rule: rulePairSubject, Pair: slices.Clone(two)})
	}
	if len(added) == 0 {
		return ents
	}
	out := append(slices.Clone(ents), added...)
	slices.SortStableFunc(out, func(a, b actor.Entity) int { return a.Start - b.Start })
	return out
}

// subjectOpens reports a subject's place before toks[k]: a comma, a
// semicolon, a word of subjectopeners.txt ("and", "then") or a clause
// word, or the end of a date ("In 1968 the two
// states").
func (c *Coder) subjectOpens(toks []english.Tok, k int, tx []timex.Span) bool {
	p := toks[k-1]
	if p.Low == "," || p.Low == ";" || c.v.Syntax.SubjectOpener(p.Low) || c.v.Syntax.ClauseWord(p.Low) {
		return true
	}
	for _, s := range tx {
		if s.End == int(p.End) {
			return true
		}
	}
	return false
}

// notePair keeps the paragraph's last pair (pairSubjects) after a
// sentence: the two sides of its last event with exactly two when the
// sentence names no third actor, else the sentence's actors when it names
// exactly two, both states' names or demonyms ("Unlike France, Spain refused to recognize the United
// States. Both countries had provided assistance": no pair). A capital
// after a preposition is a venue, no side ("after talks in Algiers had
// collapsed"). The states a sentence names besides the pair gather in
// since (an organisation does not: "The OAU proposed a framework, which
// Ethiopia accepted").
func (p *paragraph) notePair(sv *Sentence, evs []Span) {
	var here, states []string
	for _, g := range sv.Groups {
		if g.Pair || g.Capital && g.First > 0 && sv.Preposition(sv.Toks[g.First-1].Low) {
			continue
		}
		here = syntax.AppendCodes(here, g.Codes...)
		if g.Label == "GPE" || g.Label == "NORP" {
			states = syntax.AppendCodes(states, g.Codes...)
		}
	}
	for i := len(evs) - 1; i >= 0; i-- {
		sides := syntax.AppendCodes(slices.Clone(evs[i].Source), evs[i].Target...)
		if len(sides) == 2 && len(syntax.AppendCodes(slices.Clone(sides), here...)) == 2 {
			p.pair, p.since = sides, nil
			return
		}
	}
	if len(here) == 2 && len(states) == 2 {
		p.pair, p.since = here, nil
		return
	}
	for _, c := range states {
		if !slices.Contains(p.pair, c) {
			p.since = syntax.AppendCodes(p.since, c)
		}
	}
}

// pairActs reports that every pair noun pairSubjects read is the subject
// of a verb trigger right after it, past an adverb in -ly ("the two
// states signed", "the two countries finally signed"): a pair noun
// before any other word ("Both leaders had the 1955 summit in mind")
// is left unread.
func (sv *Sentence) pairActs() bool {
	toks := sv.Toks
	for _, g := range sv.Groups {
		if !g.Pair {
			continue
		}
		k := g.Last + 1
		if k < len(toks) && strings.HasSuffix(toks[k].Low, "ly") {
			k++
		}
		if k >= len(toks) {
			return false
		}
		if tr, _ := sv.triggerAt(k); tr == nil || tr.Noun {
			return false
		}
	}
	return true
}
