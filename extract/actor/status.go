package actor

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// ruleStatus is the rule of an agent a word of its state's kind claims
// ("federal troops", "the federal government"; statusAgents).
const ruleStatus = "agent:status"

// status is a word of a state's kind (topical.tsv status rows): the
// states of that kind, and whether it claims only armed forces
// ("imperial troops", not "the imperial authorities").
type status struct {
	codes     []string
	armedOnly bool
}

// statusAgents reads an armed force or a government after a word of a
// state's kind (topical.tsv status rows: "federal", the federal states;
// "imperial", the empires, for armed forces only)
// as the one state of that kind the document names as a side: "Federal
// troops invaded the north of Biafra" in a history of Nigeria's civil
// war, "the federal army" of a history of Mexico's revolution, "Federal
// troops" of the Union in the American Civil War. The side is the state
// of that kind the document names most often by name, capital or demonym,
// none when it names none or another of that kind more than half as
// often (a war of two federations); not after a word that blocks a
// topical agent ("a federal government", "its federal army"), nor where
// the word opens a longer name ("the Federal Republic", "the Federal
// Reserve"). An uncoded agent or one the paragraph's topic gave takes the
// state; where no entity holds the noun, the two words are one. One pass
// over the entities, one over each sentence's words.
func (v *Vocabulary) statusAgents(doc string, sents []text.Sentence, ents []Entity) []Entity {
	if len(v.statusWords) == 0 {
		return ents
	}
	counts := map[string]int{}
	for i := range ents {
		e := &ents[i]
		if e.Agent || e.Label != "GPE" && e.Label != "NORP" {
			continue
		}
		c := stateOf(e)
		if c == "" && e.Actor == "" && boundedMatch(e.Match) && len(e.Match.Entries) == 1 {
			switch e.Match.Entries[0].Kind {
			case "state", "capital", "demonym", "alias":
				c = e.Match.Entries[0].Code // "the Union" of 1861-1865, dated later (Redate)
			}
		}
		if c != "" {
			counts[c]++
		}
	}
	side := func(codes []string) string {
		best, most, second := "", 0, 0
		for _, c := range codes {
			switch n := counts[c]; {
			case n > most:
				best, most, second = c, n, most
			case n > second:
				second = n
			}
		}
		if most == 0 || 2*second > most {
			return ""
		}
		return best
	}
	held := func(start, end int) int {
		for i := range ents {
			if ents[i].Start <= start && ents[i].End >= end {
				return i
			}
		}
		return -1
	}
	n := len(ents)
	for si, s := range sents {
		if s.End > len(doc) {
			break
		}
		ws := english.Words(doc[s.Start:s.End], s.Start)
		for k := 0; k+1 < len(ws); k++ {
			st, ok := v.statusWords[strings.ToLower(ws[k].Key)]
			if !ok || !onlySpace(doc[ws[k].End:ws[k+1].Start]) || k > 0 && v.notTopical[strings.ToLower(ws[k-1].Key)] || covered(ws[k].Start, ws[k].End, ents) {
				continue
			}
			fm := v.agents.all[strings.ToLower(ws[k+1].Key)]
			if fm == nil || len(fm.entries) == 0 || !armed(fm.entries[0].Sector) && (fm.entries[0].Sector != "GOV" || st.armedOnly) {
				continue
			}
			code := side(st.codes)
			if code == "" {
				continue
			}
			if i := held(ws[k+1].Start, ws[k+1].End); i >= 0 {
				if e := &ents[i]; e.Agent && (e.Actor == "" || e.Rule == ruleTopic) {
					e.Actor, e.Sector, e.Rule = code, fm.entries[0].Sector, ruleStatus
				}
				continue
			}
			ents = append(ents, Entity{Start: ws[k].Start, End: ws[k+1].End, Sent: si, Label: "ORG", Agent: true, Actor: code, Sector: fm.entries[0].Sector, Rule: ruleStatus})
		}
	}
	if len(ents) > n {
		slices.SortStableFunc(ents, func(a, b Entity) int { return a.Start - b.Start })
	}
	return ents
}
