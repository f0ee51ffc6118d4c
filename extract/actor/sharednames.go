package actor

import (
	"slices"
	"strings"
)

// sharedStateNames reads a name two states bear, with no dates to tell
// them apart ("Congo", "Congolese": the Republic of the Congo's and the
// Democratic Republic's), as the state of the two the document names by a
// name of its own alone (its full name, another name or its capital:
// "Zaire", "the DRC", "Kinshasa"; "Brazzaville"; a place in it the
// dictionaries know: "Leopoldville", "Goma"; or one of its people or
// bodies: "Kabila", "Sassou Nguesso"), the one it names most
// where it names both; where it names neither, or both as often, as the
// first row of the form the document writes first gives it (the field's
// dictionaries' reading, states.tsv), for every form: one document, one
// Congo. An agent counts as a mention of its claimant ("the Israeli
// navy": Israel). An agent
// the shared name claimed ("Congolese troops") follows it. A ship's prefix
// two navies use ("INS": India's and Israel's, ships.tsv) is read so too.
func (v *Vocabulary) sharedStateNames(ents []Entity) {
	bearers := func(m *Match) []string {
		var codes []string
		for _, x := range m.Entries {
			if !x.Dict && x.Code != "" && x.From == "" && x.To == "" && (stateForm(x.Kind) || x.Kind == "ship") && !slices.Contains(codes, x.Code) {
				codes = append(codes, x.Code)
			}
		}
		return codes
	}
	var named map[string]int // state -> mentions by a name of its own alone
	count := func() {
		named = map[string]int{}
		for _, o := range ents {
			m := o.Match
			if o.Agent {
				m = o.source // an agent's claimant: "the Israeli navy" names Israel
			}
			if m != nil && o.Actor == "" {
				if en := m.Entry(""); en.Code == "" && (en.Kind == "place" || en.Kind == "province") && en.In() != "" {
					named[en.In()]++ // a place of its own: "Leopoldville", "Goma"
				}
			}
			if m == nil || o.Actor == "" {
				continue
			}
			if c := bearers(m); len(c) == 0 || len(c) == 1 && c[0] == o.Actor && m.Entry("").Kind != "ship" {
				named[o.Actor]++
			}
		}
	}
	first := map[string]string{} // bearers -> the reading of the first mention the document gives no evidence for
	for i := range ents {
		e := &ents[i]
		m := e.Match // the name that gives the actor: an agent's claimant
		if e.Agent {
			m = e.source
		}
		if m == nil || e.Actor == "" || !e.Agent && e.Rule != "vocab:"+m.Entry("").Kind {
			continue
		}
		codes := bearers(m)
		if len(codes) < 2 || !slices.Contains(codes, e.Actor) {
			continue
		}
		if named == nil {
			count()
		}
		best, most := "", 0
		for _, c := range codes {
			switch n := named[c]; {
			case n > most:
				best, most = c, n
			case n == most && n > 0:
				best = "" // as often: the first row decides
			}
		}
		if best != "" {
			e.Actor = best
		} else if key := strings.Join(slices.Sorted(slices.Values(codes)), "|"); first[key] != "" {
			e.Actor = first[key] // one document, one Congo
		} else {
			first[key] = e.Actor // the first row's: the field's reading
		}
	}
}

// stateForm reports the kinds of rows that name a state itself: its names,
// demonyms and capital.
func stateForm(kind string) bool {
	return kind == "state" || kind == "alias" || kind == "demonym" || kind == "capital"
}
