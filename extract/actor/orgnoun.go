package actor

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// ruleOrgNoun is the rule of a bare head noun that re-mentions the one
// organisation the document named before it ("the agency" after the
// IAEA; orgNouns).
const ruleOrgNoun = "coref:orgnoun"

// orgNouns reads a bare head noun of topical.tsv's orgnoun rows right
// after "the" ("the agency", "the alliance", "the organisation") as the
// organisation (an igo or alliance row) the document named before it,
// where that is the one organisation it named before it, and it named
// no state body either ("the CIA" ... "the agency" is no one's when the
// IAEA is named too): "The IAEA sent inspectors. The agency demanded
// access", "NATO bombed Serbia. The alliance lost no aircraft". Not
// before "of" or a capitalised word ("the alliance of 1894", "the
// Alliance Party"), not after a word that makes the noun another's ("a
// new alliance", "their alliance", "an alliance": only "the"), nor a
// plural. One pass over the entities, one over each sentence's words.
func (v *Vocabulary) orgNouns(doc string, sents []text.Sentence, ents []Entity) []Entity {
	if len(v.orgNounWords) == 0 {
		return ents
	}
	var add []Entity
	i := 0              // the next entity not yet counted
	one, kinds := "", 0 // the one organisation named so far; how many coded bodies
	for si, s := range sents {
		if s.End > len(doc) {
			break
		}
		ws := english.Words(doc[s.Start:s.End], s.Start)
		for k := 1; k < len(ws); k++ {
			for ; i < len(ents) && ents[i].Start < ws[k].Start; i++ {
				e := &ents[i]
				if e.Agent || e.Label != "ORG" || e.Actor == "" || e.Match == nil {
					continue
				}
				switch e.Match.Entry("").Kind {
				case "igo", "alliance":
					if one != e.Actor {
						one = e.Actor
						kinds++
					}
				default:
					kinds = 2 // a state's body or another organisation: the noun may be its
				}
			}
			if kinds != 1 || !v.orgNounWords[ws[k].Text] || !strings.EqualFold(ws[k-1].Key, "the") {
				continue
			}
			if k+1 < len(ws) && (strings.EqualFold(ws[k+1].Key, "of") || english.StartsUpper(ws[k+1].Text) || ws[k+1].Start == ws[k].End && !strings.ContainsAny(ws[k+1].Text, ".,;:!?)'’")) {
				continue
			}
			if !covered(ws[k].Start, ws[k].End, ents) {
				add = append(add, Entity{Start: ws[k].Start, End: ws[k].End, Sent: si, Label: "ORG", Actor: one, Rule: ruleOrgNoun})
			}
		}
	}
	if len(add) == 0 {
		return ents
	}
	ents = append(ents, add...)
	slices.SortStableFunc(ents, func(a, b Entity) int { return a.Start - b.Start })
	return ents
}
