package actor

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// ruleForceName is the rule of a force's proper name that takes the state
// the document introduced it with (forceNames).
const ruleForceName = "coref:force"

// ordinalBefore is a number's ordinal right before a force's name, part of
// it: "the 1st Cavalry Division".
var ordinalBefore = regexp.MustCompile(`\b\d+(?:st|nd|rd|th) $`)

// forceNames reads the numbered name of a force that no stage coded: a
// capitalised name ending in a word of topical.tsv's unit rows, with an
// ordinal or a roman numeral ("the Sixth Army", "X Corps", "the 1st
// Cavalry Division"; not a name of its own, "the Ukrainian Insurgent
// Army", "the British Salvation Army": the famous ones are rows of
// agencies.tsv, "the Grand Fleet"). It is the state the document
// introduced it with: a state's name or demonym right before it ("the
// German Sixth Army", "the US 1st Cavalry Division": that state's, sector
// MIL, as "the German army" is), or a coded possessor ("Valdane's 3rd
// Lancer Corps"), or "of" and a state's name after it ("the Eighth Army
// of Britain", "the Ninth Army of the United States"); a possessor no stage
// coded ("Montgomery's Eighth Army") introduces it with no state, which
// takes none and makes its later mentions no one's. Its later mentions with
// no such word ("the Sixth Army") take that state; before its first introduction,
// and where the document introduced the name with two states ("the
// British First Army", "the French First Army": "the First Army" is
// either's), they stay no one's. A name is its words and its ordinal, so
// "the 1st" and "the 2nd Cavalry Division" are two forces. Such a name
// the tagger took for a person ("the 3rd Army", "III Corps") is an
// organisation, whether or not a state is found for it. One pass to
// index, one to read.
func (v *Vocabulary) forceNames(doc string, ents []Entity) []Entity {
	if len(v.unitHeads) == 0 {
		return ents
	}
	name := func(e *Entity) (string, int) { // a force's name with its ordinal and where it starts, or ""
		if e.Label != "ORG" && e.Label != "PERSON" || e.Actor != "" || e.Agent || e.Start < 0 || e.End > len(doc) || e.Start >= e.End {
			return "", 0
		}
		n := doc[e.Start:e.End]
		start := e.Start
		if m := ordinalBefore.FindStringIndex(doc[max(0, e.Start-8):e.Start]); m != nil {
			start = max(0, e.Start-8) + m[0] // "the Soviet 62nd Army"
		}
		k := strings.LastIndexByte(n, ' ')
		if k < 0 && start == e.Start || !v.unitHeads[strings.ToLower(n[k+1:])] || e.Label == "PERSON" && start == e.Start && !v.numeral(n[:max(0, k)]) {
			// (the tagger's person is a force only after an ordinal, "the
			// 62nd Army", "the 1st Cavalry Division", or as a numeral and
			// the unit's word alone, "III Corps", "Third Army")
			return "", 0
		}
		numbered := start < e.Start
		for k, w := range strings.Fields(n) {
			if k == 0 && ordinalWord.MatchString(w) && len(ordinalWord.FindString(w)) == len(w) {
				numbered = true // untaggedForces' name: "4th Infantry Division"
				continue
			}
			if !english.StartsUpper(w) {
				return "", 0 // a name another phrase ends: "Division of the Third Army"
			}
			if nw, ok := v.en.Number(strings.ToLower(w)); ok && nw.Kind == "ordinal" || isRoman(w) {
				numbered = true
			}
		}
		if !numbered {
			return "", 0 // a name of its own: "the Ukrainian Insurgent Army", "the British Salvation Army"
		}
		return strings.TrimPrefix(doc[start:e.End], "The "), start
	}
	type intro struct {
		code  string // "" for two states
		at    int    // the first introduction's offset
		match *Match
	}
	intros := map[string]*intro{}
	drop := map[int]bool{}
	introduced := map[int]bool{}
	for i := range ents {
		e := &ents[i]
		n, start := name(e)
		if n == "" {
			continue
		}
		if e.Label == "PERSON" {
			e.Label = "ORG" // a force's name, no person's, whoever's it is
		}
		var src *Match
		switch p := &ents[max(0, i-1)]; {
		case i > 0 && p.End <= start && p.Actor != "" && doc[p.End:start] == " " && !p.Agent && p.Label != "PERSON" && stateOf(p) != "" && !coordinatedBefore(doc, p.Start):
			// "the German Sixth Army": one entity, as "the German army";
			// not a name of two states' ("the Australian and New
			// Zealand Army Corps")
			e.Start, e.Label, e.Actor, e.Sector, e.Rule, e.Match, e.source, e.Agent = p.Start, "ORG", p.Actor, "MIL", "agent:modifier", p.Match, p.Match, true
			src = p.Match
			drop[i-1] = true
		case possessedAt(doc, start):
			// "Valdane's 3rd Lancer Corps"; an uncoded possessor's
			// ("Montgomery's Eighth Army") is an introduction with no
			// state, which neither takes another's nor lends one
			if i > 0 && p.End <= start && p.Actor != "" && possessiveBetween(doc[p.End:start]) {
				src = p.Match
				if p.Agent {
					src = p.source
				}
				e.Label, e.Actor, e.Sector, e.Rule, e.source, e.Agent = "ORG", p.Actor, "MIL", ruleForceName, src, true
			}
		case i+1 < len(ents) && (v.ledByCommander(doc, e.End, &ents[i+1]) || ofState(doc, e.End, &ents[i+1])):
			// "the Eighth Army under General Ridgway": his state's; "the
			// Eighth Army of Britain", "the Ninth Army of the United
			// States": its own state's
			q := &ents[i+1]
			src = q.Match
			e.Label, e.Actor, e.Sector, e.Rule, e.source, e.Agent = "ORG", q.Actor, "MIL", ruleForceName, src, true
		default:
			continue
		}
		introduced[i] = true
		if in, ok := intros[n]; !ok {
			intros[n] = &intro{code: e.Actor, at: e.Start, match: src}
		} else if in.code != e.Actor {
			in.code = ""
		}
	}
	if len(intros) == 0 {
		return ents
	}
	for i := range ents {
		e := &ents[i]
		if introduced[i] || drop[i] {
			continue
		}
		n, _ := name(e)
		if in := intros[n]; n != "" && in != nil && in.code != "" && in.at < e.Start {
			e.Label, e.Actor, e.Sector, e.Rule, e.source, e.Agent, e.Where = "ORG", in.code, "MIL", ruleForceName, in.match, true, ""
		}
	}
	if len(drop) == 0 {
		return ents
	}
	out := ents[:0]
	for i, e := range ents {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// untaggedForces adds the numbered force names that the tagger left
// untagged: an ordinal in digits, then up to four capitalised words, the
// last a word of topical.tsv's unit rows ("the French 4th Infantry
// Division", "the 1st Armoured Division"); after a state's name or
// demonym, also an ordinal word ("the US Seventh Fleet"). Each is added
// as an organisation of no one's, which forceNames then joins to the
// state before it or to the state its first mention was introduced with.
// Not across a line's end, nor where an entity lies inside the name.
func (v *Vocabulary) untaggedForces(doc string, sents []text.Sentence, ents []Entity) []Entity {
	if len(v.unitHeads) == 0 {
		return ents
	}
	var add []Entity
	// free reports no entity overlapping [a, b): the entities' spans by
	// start, with the furthest end among each prefix, searched in log time
	spans := make([][2]int, len(ents))
	for i, e := range ents {
		spans[i] = [2]int{e.Start, e.End}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	reach := make([]int, len(spans))
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	free := func(a, b int) bool {
		k := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= b }) // those before k start before b
		return k == 0 || reach[k-1] <= a
	}
	// name reads the capitalised words from offset at up to a unit's word,
	// and returns the end of that word, or 0
	name := func(at int) int {
		end := at - 1
		for _, f := range strings.SplitN(doc[at:min(len(doc), at+80)], " ", 5)[:] {
			w := strings.TrimRightFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
			if w == "" || !english.StartsUpper(w) || strings.ContainsAny(w, "\n") {
				return 0
			}
			end += 1 + len(w)
			if v.unitHeads[strings.ToLower(w)] {
				return end
			}
			if len(w) < len(f) {
				return 0 // a comma or a full stop ends the name
			}
		}
		return 0
	}
	for _, m := range ordinalWord.FindAllStringIndex(doc, -1) {
		at := m[1] + 1
		if at >= len(doc) || doc[m[1]] != ' ' {
			continue
		}
		if end := name(at); end > 0 && free(m[0], end) && sentAt(sents, m[0]) >= 0 {
			add = append(add, Entity{Start: m[0], End: end, Sent: sentAt(sents, m[0]), Label: "ORG", Rule: "prose"})
		}
	}
	for i := range ents {
		p := &ents[i]
		if p.Agent || p.Label == "PERSON" || stateOf(p) == "" || p.End+1 >= len(doc) || doc[p.End] != ' ' {
			continue
		}
		at := p.End + 1
		w, _, _ := strings.Cut(doc[at:min(len(doc), at+20)], " ")
		if !v.numeral(w) {
			continue
		}
		if end := name(at); end > 0 && free(at, end) {
			add = append(add, Entity{Start: at, End: end, Sent: p.Sent, Label: "ORG", Rule: "prose"})
		}
	}
	if len(add) == 0 {
		return ents
	}
	out := append(ents, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// ordinalWord is a number's ordinal in digits: "4th", "101st".
var ordinalWord = regexp.MustCompile(`\b\d{1,3}(?:st|nd|rd|th)\b`)

// sentAt returns the index of the sentence that holds offset at, or -1.
func sentAt(sents []text.Sentence, at int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > at })
	if i < len(sents) && sents[i].Start <= at {
		return i
	}
	return -1
}

// possessorAt reports "'s " (straight or curly) right after offset at: the
// name that ends there possesses what follows ("under Rommel's attack").
func possessorAt(doc string, at int) bool {
	return strings.HasPrefix(doc[at:], "'s ") || strings.HasPrefix(doc[at:], "’s ")
}

// possessedAt reports "'s " right before offset at: a possessor's name
// ends there ("Montgomery's Eighth Army").
func possessedAt(doc string, at int) bool {
	b := doc[max(0, at-5):min(at, len(doc))]
	return strings.HasSuffix(b, "'s ") || strings.HasSuffix(b, "’s ")
}

// ofState reports a state's name q right after offset at, after "of" or
// "of the" ("the Eighth Army of Britain").
func ofState(doc string, at int, q *Entity) bool {
	if q.Agent || q.Start < at || q.Start > len(doc) || stateOf(q) == "" {
		return false
	}
	gap := doc[at:q.Start]
	return gap == " of " || gap == " of the "
}

// ledByCommander reports a coded person q right after offset at, after a
// word of topical.tsv's ledby rows ("under", "led by") and at most a
// comma before it and a title (the person's own form or one word of
// capitals, "General", "Gen."): the commander of the force whose name
// ends at at.
func (v *Vocabulary) ledByCommander(doc string, at int, q *Entity) bool {
	if q.Label != "PERSON" || q.Actor == "" || q.Agent || q.Start < at || q.End > len(doc) || q.Start-at > 60 || possessorAt(doc, q.End) {
		return false // (not "under Rommel's attack": the enemy's)
	}
	gap := strings.TrimPrefix(doc[at:q.Start], ",")
	for _, w := range v.ledBy {
		rest, ok := strings.CutPrefix(gap, " "+w+" ")
		if !ok {
			continue
		}
		if rest == "" {
			return true
		}
		t := strings.TrimSuffix(rest, " ")
		return !strings.Contains(t, " ") && english.StartsUpper(t) || v.en.Title(strings.TrimSuffix(t, "."))
	}
	return false
}

// coordinatedBefore reports "and", "or" or a comma right before offset at:
// a name there is the second of a coordination.
func coordinatedBefore(doc string, at int) bool {
	b := strings.TrimRight(doc[max(0, at-5):at], " ")
	return strings.HasSuffix(b, ",") || strings.HasSuffix(b, " and") || strings.HasSuffix(b, " or")
}

// numeral reports w one roman numeral or ordinal word ("III", "Third").
func (v *Vocabulary) numeral(w string) bool {
	if isRoman(w) {
		return true
	}
	nw, ok := v.en.Number(strings.ToLower(w))
	return ok && nw.Kind == "ordinal"
}

// isRoman reports a roman numeral of a unit's number, up to 39 ("X",
// "IX", "XXX").
func isRoman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}
