package event

import (
	"strings"

	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
)

// The document's structure of parties: who acts with or on whom in the
// events that name both sides in their own sentence. The paragraph's
// topic ("+topic") supplies a side a sentence leaves out: right in a
// narrative of one dyad, often another pair's side in a history of many
// parties. So the topic may supply only a counterpart that the
// document's explicit dyads so far, of the act's kind (conflict or
// cooperation), make the known side's dominant one, or one that the same
// sentence pairs with it in an explicit event. The document's earlier act
// of the same kind (past the paragraph) may give a verb of conflict its
// missing target only when this sentence or the one before names that
// target (namedNear): on histories no one tuned for, such a fill the text
// had not named again was wrong 23 times in 25 (docs/events13.md). Aid's
// and cooperation's fills, right on a narrative of one dyad, stay.

// Dominance: the counterpart has at least minDyads of the known side's
// explicit dyads of the kind, and at least domNum/domDen of them.
const (
	minDyads = 2
	domNum   = 1
	domDen   = 3
)

// conflict reports a category of the conflict side of relations: force,
// its threat and preparation, curbs, blame, refusal, protest, and the
// retreat from fighting. The others (agreement, meetings, support,
// cooperation, aid, concessions, requests) are of cooperation.
func conflict(category string) bool {
	switch category {
	case "ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "ACCUSE", "REJECT", "PROTEST", "RETREAT":
		return true
	}
	return false
}

type partyKey struct {
	conflict bool
	a, b     string
}

type sideKey struct {
	conflict bool
	a        string
}

// parties counts the document's explicit dyads by kind, without
// direction: for each actor, how often each other actor was its
// counterpart, and its dyads in all.
type parties struct {
	with  map[partyKey]int
	total map[sideKey]int
}

func newParties() *parties {
	return &parties{with: map[partyKey]int{}, total: map[sideKey]int{}}
}

// explicit reports an event whose source and target its own sentence
// names: no side taken from the paragraph, the document or an earlier
// event, and no act inside the source's own state.
func explicit(e *Span) bool {
	if len(e.Source) == 0 || len(e.Target) == 0 {
		return false
	}
	for _, fill := range []string{"+topic", "+followed", "+subject-event", "+domestic", "+anaphor", "+taker"} {
		if strings.Contains(e.Rule, fill) {
			return false
		}
	}
	return true
}

// add counts the explicit dyads of evs.
func (p *parties) add(evs []Span) {
	for k := range evs {
		e := &evs[k]
		if !explicit(e) {
			continue
		}
		c := conflict(e.Category)
		for _, s := range e.Source {
			for _, t := range e.Target {
				if s != t {
					p.with[partyKey{c, s, t}]++
					p.with[partyKey{c, t, s}]++
					p.total[sideKey{c, s}]++
					p.total[sideKey{c, t}]++
				}
			}
		}
	}
}

// dominant returns the codes of supply, the counterpart a fill-in
// proposes for known (its target when knownTarget, else its source),
// that an explicit event of this sentence before the trigger pairs with
// known that way, or else that the document's explicit dyads so far of
// tr's kind make the dominant counterpart of one of known's codes; nil
// for none.
func (sv *Sentence) dominant(tr *lexicon.Trigger, known, supply []string, knownTarget bool) []string {
	if supply == nil || sv.pairedHere(known, supply, knownTarget) {
		return supply
	}
	c := conflict(tr.Category)
	var out []string
	for _, t := range supply {
		for _, s := range known {
			if n, total := sv.dyads(c, s, t); s != t && n >= minDyads && n*domDen >= total*domNum {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// pairedHere reports an explicit event of the sentence so far with
// known on one side and supply on the other, known as its target when
// knownTarget ("visited Moscow in January, and the president's visit
// followed in June": the sentence names the counterpart).
func (sv *Sentence) pairedHere(known, supply []string, knownTarget bool) bool {
	for k := range sv.prior {
		e := &sv.prior[k]
		if !explicit(e) {
			continue
		}
		side, other := e.Source, e.Target
		if knownTarget {
			side, other = e.Target, e.Source
		}
		if syntax.Overlap(side, known) && syntax.Overlap(other, supply) {
			return true
		}
	}
	return false
}

// named returns the codes of the actors the sentence names.
func (sv *Sentence) named() []string {
	var out []string
	for _, g := range sv.Groups {
		out = syntax.AppendCodes(out, g.Codes...)
	}
	return out
}

// namedNear reports a side a fill-in proposes that this sentence or the
// one before names: a counterpart the reader has in mind ("the Romanian
// offensive ..., pushing back the Austro-Hungarian troops"). One the text
// last named sentences back is most often another pair's side in a
// history of many parties (docs/events13.md).
func (sv *Sentence) namedNear(codes []string) bool {
	return syntax.Overlap(codes, sv.here) || syntax.Overlap(codes, sv.before)
}

// fillWindow is how many sentences back, within the section, a side a
// fill-in proposes must have been named: one named further back is most
// often another pair's side in a history of many parties (judge11: 11 of
// 12 such fills on the WikiWars histories were wrong).
const fillWindow = 5

// seenNear keeps of codes those that this sentence or one of the
// section's last fillWindow sentences names; nil for none.
func (sv *Sentence) seenNear(codes []string) []string {
	var out []string
	for _, c := range codes {
		if syntax.Overlap([]string{c}, sv.here) || syntax.Overlap([]string{c}, sv.recent) {
			out = append(out, c)
		}
	}
	return out
}

// dyads returns how often b was a's counterpart in the explicit dyads of
// the kind so far (the document's sentences before, then this sentence's
// events before the trigger), and a's explicit dyads of the kind in all.
func (sv *Sentence) dyads(c bool, a, b string) (n, total int) {
	if p := sv.para.parties; p != nil {
		n, total = p.with[partyKey{c, a, b}], p.total[sideKey{c, a}]
	}
	for k := range sv.prior {
		e := &sv.prior[k]
		if !explicit(e) || conflict(e.Category) != c {
			continue
		}
		for _, x := range [2][2][]string{{e.Source, e.Target}, {e.Target, e.Source}} {
			if !syntax.Overlap(x[0], []string{a}) {
				continue
			}
			for _, t := range x[1] {
				if t != a {
					total++
					if t == b {
						n++
					}
				}
			}
		}
	}
	return n, total
}
