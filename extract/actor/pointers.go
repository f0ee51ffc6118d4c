package actor

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// rulePointer marks "the former" or "the latter" standing alone, read as
// the first or the second of the two actors named before it (formerLatter).
const rulePointer = "coref:pointer"

// rulePair marks a plural noun after "the two" or "both" read as the two
// states named before it (pairNoun).
const rulePair = "coref:pair"

// formerLatter reads "the former" and "the latter" standing alone (topical.tsv
// kinds pointer, alone, object: "The former threatened to invade the
// islands", "with the former.") as the first or the second of the two
// actors the sentence names before them, else the nearest of the two
// sentences before it that names any actor: only when that names exactly
// two (two codes, in text order), never an actor inside brackets (a
// citation's), never past a heading. One that modifies a noun ("the
// former Soviet Union", "the former view", "the former occupied
// territories") names no one. Work: one pass over the sentences' tokens
// and one over the entities.
func (v *Vocabulary) formerLatter(doc string, sents []text.Sentence, zones []string, ents []Entity) []Entity {
	if len(v.pointers) == 0 || len(sents) == 0 {
		return ents
	}
	var added []Entity
	for si, s := range sents {
		if s.Heading || si < len(zones) && zones[si] != "body" || s.End > len(doc) {
			continue
		}
		low := strings.ToLower(doc[s.Start:s.End])
		former := false // "the" and a word of kind pointer ("the former")
		for w := range v.pointers {
			former = former || strings.Contains(low, "the "+w)
		}
		if !former && !strings.Contains(low, "two ") && !strings.Contains(low, "both ") {
			continue
		}
		toks := s.Toks
		if toks == nil {
			toks = english.Lex(doc[s.Start:s.End], s.Start)
		}
		for k := 1; k < len(toks); k++ {
			if e, ok := v.pairNoun(doc, sents, ents, si, toks, k); ok {
				added = append(added, e)
			}
		}
		for k := 1; former && k+1 < len(toks); k++ {
			n := v.pointers[toks[k].Low]
			if n == 0 || toks[k-1].Low != "the" || !v.standsAlone(toks, k+1) {
				continue
			}
			at, end := int(toks[k-1].Start), int(toks[k].End)
			if slices.ContainsFunc(ents, func(e Entity) bool { return e.Start < end && at < e.End }) {
				continue
			}
			two := namedPair(doc, sents, ents, si, at, false)
			if len(two) != 2 {
				continue
			}
			e := two[n-1]
			added = append(added, Entity{Start: at, End: end, Sent: si, Label: e.Label, Actor: e.Actor, Sector: e.Sector, Rule: rulePointer})
		}
	}
	return mergeEntities(ents, added)
}

// standsAlone reports "the former" standing alone before toks[k]: a word
// of kind alone, or a lower-case word in -ed that a word of kind object
// follows ("the latter reinforced its garrisons").
func (v *Vocabulary) standsAlone(toks []english.Tok, k int) bool {
	if k >= len(toks) {
		return true
	}
	w := toks[k].Low
	if v.pointerAlone[w] {
		return true
	}
	return strings.HasSuffix(w, "ed") && toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) &&
		k+1 < len(toks) && v.pointerObject[toks[k+1].Low]
}

// namedPair returns the two coded entities the sentence si names before
// at, else the nearest of the two sentences before it (past no heading)
// that names any, in text order: nil where it names one, more than two
// (a sentence of four mentions of two actors, "Amin ... Taraki ... Amin
// ... a CIA agent", is about more than a pair), or two of one actor, and
// with states, where either is not a state's name or demonym (GPE, NORP:
// "Nehru also wrote to Kennedy. The two countries ..." are not theirs).
// An entity inside brackets (a citation's) does not count.
func namedPair(doc string, sents []text.Sentence, ents []Entity, si, at int, states bool) []Entity {
	for back := 0; back <= 2 && si-back >= 0; back++ {
		k := si - back
		if sents[k].Heading {
			return nil
		}
		var out []Entity
		for _, e := range ents {
			if e.Sent != k || e.Actor == "" || back == 0 && e.Start >= at || e.Rule == rulePointer {
				continue
			}
			if e.Start > sents[k].Start && e.Start <= len(doc) && strings.Count(doc[sents[k].Start:e.Start], "(") > strings.Count(doc[sents[k].Start:e.Start], ")") {
				continue // a citation's
			}
			out = append(out, e)
		}
		if len(out) > 0 {
			if len(out) != 2 || out[0].Actor == out[1].Actor || states && (!stateLabel(out[0].Label) || !stateLabel(out[1].Label)) {
				return nil
			}
			return out
		}
	}
	return nil
}

func stateLabel(l string) bool { return l == "GPE" || l == "NORP" }

// pairNoun reads a noun of kind pair at toks[k] after a pairopener of
// topical.tsv ("the two", "both": "The two governments broke off
// relations", "Both sides accused each other") as the two states named in
// two mentions before it (namedPair with states), an entity of the noun
// alone with no Actor and the two in Pair. Not one a possessive, a state's or a name follows ("the two
// governments of Mexico", "both countries' leaders"), nor one before a
// capitalised word ("the two Koreas" is a name's).
func (v *Vocabulary) pairNoun(doc string, sents []text.Sentence, ents []Entity, si int, toks []english.Tok, k int) (Entity, bool) {
	if !v.pairNouns[toks[k].Low] || toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) {
		return Entity{}, false
	}
	if !slices.ContainsFunc(v.pairOpeners, func(p []string) bool { return wordsBefore(toks, k, p) }) {
		return Entity{}, false
	}
	if k+1 < len(toks) && (toks[k+1].Low == "of" || toks[k+1].Low == "'" || toks[k+1].Low == "’" || toks[k+1].Low == "'s") {
		return Entity{}, false
	}
	at, end := int(toks[k].Start), int(toks[k].End)
	if slices.ContainsFunc(ents, func(e Entity) bool { return e.Start < end && int(toks[k-1].Start) < e.End }) {
		return Entity{}, false
	}
	two := namedPair(doc, sents, ents, si, int(toks[k-1].Start), true)
	if len(two) != 2 {
		return Entity{}, false
	}
	return Entity{Start: at, End: end, Sent: si, Label: "ORG", Rule: rulePair, Pair: []string{two[0].Actor, two[1].Actor}}, true
}

// citedElsewhere clears the actor of an office holder's one-word form that
// the document writes as a citation's author elsewhere (ruleCitedSurname:
// "Kennedy (1987) describes") where a scholar's verb of citeverbs.txt
// follows it right after one space: "Kennedy argued that Britain lost its
// lead" is the historian the paper cites, not the president. A form the
// document never cites ("Kennedy argued with Khrushchev" in a history)
// and one before another verb ("Kennedy met Khrushchev") keep the actor.
func (v *Vocabulary) citedElsewhere(doc string, ents []Entity) {
	var cited map[string]bool
	for i := range ents {
		if e := &ents[i]; e.Rule == ruleCitedSurname && e.End <= len(doc) {
			if cited == nil {
				cited = map[string]bool{}
			}
			cited[doc[e.Start:e.End]] = true
		}
	}
	if cited == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Actor == "" || e.Label != "PERSON" || e.End+1 >= len(doc) || !cited[doc[e.Start:e.End]] || doc[e.End] != ' ' {
			continue
		}
		if v.citeVerbs[strings.ToLower(leadingWord(doc[e.End+1:min(len(doc), e.End+40)]))] {
			e.Actor, e.Sector, e.Rule = "", "", ruleCitedSurname
		}
	}
}

// wordsBefore reports whether the tokens right before toks[k] are the
// lower-case words ws, in order.
func wordsBefore(toks []english.Tok, k int, ws []string) bool {
	if len(ws) == 0 || k < len(ws) {
		return false
	}
	for i, w := range ws {
		if toks[k-len(ws)+i].Low != w {
			return false
		}
	}
	return true
}
