package actor

import (
	"unicode"

	"github.com/stratex/stratex/extract/english"
)

// ruleCommander is the rule of a force named after its commander, whom
// the document's own reading gives a state (commanders).
const ruleCommander = "agent:commander"

// commanders makes a force named after its commander ("Valdane's
// forces", "the army of Pausanias") that commander's state's, when the
// document's reading has given him one (nationals: "the Ruritanian
// chief of staff, Orsk Valdane"; surnames: his later
// mentions). A commander the vocabulary knows gives his force his state
// already (agentEntities: "Haile Selassie's army"); one the document does
// not place leaves it no one's. Only an armed agent (forces, army,
// cavalry) after "'s" and at most two lower-case words, or before "of"
// and the name, right after "the"; a capitalised word between names a
// unit ("Valdane's 3rd Lancer Corps").
func (v *Vocabulary) commanders(doc string, ents []Entity) []Entity {
	var add []Entity
	for i := range ents {
		p := &ents[i]
		if p.Label != "PERSON" || p.Actor == "" || p.Agent || p.Rule != ruleNational && p.Rule != ruleSurname || p.End > len(doc) || p.Start < 0 {
			continue
		}
		force := func(ws []english.Word, k int) (int, *Entry) {
			n, ag := v.agents.at(ws, foldKeys(ws), k)
			if n == 0 || !armed(ag.Sector) {
				return 0, nil
			}
			return n, ag
		}
		// "Valdane's forces", "Brenner's famous lancers"
		if ws := english.Words(doc[p.End:min(len(doc), p.End+60)], p.End); len(ws) >= 3 && ws[0].Start == p.End && possessiveBefore(ws, 2) {
			for k := 2; k < len(ws) && k <= 4; k++ {
				if n, ag := force(ws, k); n > 0 {
					e := Entity{Start: ws[k].Start, End: ws[k+n-1].End, Sent: p.Sent, Label: "ORG", Actor: p.Actor, Sector: ag.Sector, Rule: ruleCommander, Agent: true, source: p.Match}
					if !overlaps(e, ents) {
						add = append(add, e)
					}
					break
				}
				if w := ws[k].Text; !unicode.IsLower(english.FirstRune(w)) || !english.IsNameWord(w) {
					break
				}
			}
			continue
		}
		// "the army of Pausanias"
		ws := english.Words(doc[max(0, p.Start-40):p.Start], max(0, p.Start-40))
		if len(ws) < 3 || ws[len(ws)-1].Key != "of" {
			continue
		}
		for k := len(ws) - 2; k >= 1; k-- {
			if n, ag := force(ws, k); n > 0 && k+n == len(ws)-1 && ws[k-1].Key == "the" {
				e := Entity{Start: ws[k].Start, End: ws[k+n-1].End, Sent: p.Sent, Label: "ORG", Actor: p.Actor, Sector: ag.Sector, Rule: ruleCommander, Agent: true, source: p.Match}
				if !overlaps(e, ents) {
					add = append(add, e)
				}
				break
			}
		}
	}
	return mergeEntities(ents, add)
}
