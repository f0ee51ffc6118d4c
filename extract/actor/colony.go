package actor

import (
	"slices"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/english"
)

// colony reports a row that names a colony as its colonial power (the
// note "colony"): it holds only where colonyHolds says.
func (e *Entry) colony() bool {
	return slices.Contains(strings.Fields(e.Note), "colony")
}

// colonyReading drops from m the colony rows that do not hold in the
// sentence st (base its offset), so that the entity resolves at any date
// to the other rows of its form, the later state's. A colony's demonym is
// the colonial power's only before a body of troops (an agent noun of
// sector MIL or a troops word of colonies.tsv, perhaps after words of
// forcemods.txt or another demonym and "and": "the Eritrean Corps",
// "Libyan battalions", "Eritrean and Somali askaris"); its people are not
// ("Libyan rebels", "Libyan tribes"), and the plural noun, the people or
// the troops, is no actor in those years. A colony's name is
// the colonial power's land but after a word of colonies.tsv that makes it
// the land taken ("Italy annexed Libya", "the pacification of Libya").
func (v *Vocabulary) colonyReading(st string, base int, m *Match) {
	var col *Entry
	for _, e := range m.Entries {
		if e.colony() {
			col = e
			break
		}
	}
	if col == nil {
		return
	}
	var holds bool
	if col.Kind == "demonym" {
		holds = v.troopsAfter(st[m.End-base : min(len(st), m.End-base+80)])
	} else {
		holds = !v.takenBefore(st[max(0, m.Start-base-40) : m.Start-base])
	}
	if holds {
		return
	}
	// The plural noun ("the Eritreans", "the Libyans") names the colony's
	// people or its colonial troops, and the words around it seldom say
	// which: in the colonial years, no actor.
	people := col.Kind == "demonym" && strings.HasSuffix(m.Text, "s")
	kept := make([]*Entry, 0, len(m.Entries))
	for _, e := range m.Entries {
		switch {
		case !e.colony():
			kept = append(kept, e)
		case people:
			none := *e
			none.Code = ""
			kept = append(kept, &none)
		}
	}
	m.Entries = kept
}

// troopsAfter reports a body of troops at the start of rest, the text
// after a demonym: past at most two demonyms joined by "and", "or" or a
// comma and at most two military modifiers.
func (v *Vocabulary) troopsAfter(rest string) bool {
	ws := english.Words(rest, 0)
	i := 0
	for k := 0; k < 2 && i+1 < len(ws) && (ws[i].Key == "," || v.joiners[strings.ToLower(ws[i].Key)]) && english.StartsUpper(ws[i+1].Text); k++ {
		i += 2
	}
	low := foldKeys(ws)
	for k := 0; k <= 2 && i < len(ws); k++ {
		if v.colonyTroops[strings.ToLower(ws[i].Key)] {
			return true
		}
		if n, ag := v.agents.at(ws, low, i); n > 0 && ag.Sector == "MIL" {
			return true
		}
		if !v.forceMods[strings.ToLower(ws[i].Key)] {
			return false
		}
		i++ // "Libyan motorised battalions"; a modifier may be the noun: "Eritrean Infantry"
	}
	return false
}

// takenBefore reports a word of colonies.tsv that makes a colony's name
// the land taken, at the end of before (the text before the name), perhaps
// followed by "of" and "the": "annexed ", "the annexation of ".
func (v *Vocabulary) takenBefore(before string) bool {
	ws := strings.Fields(before)
	if len(before) > 0 && !unicode.IsSpace(rune(before[len(before)-1])) {
		return false // the name goes on a word: "anti-Libya"
	}
	n := len(ws)
	if n > 0 && strings.EqualFold(ws[n-1], "the") {
		n--
	}
	if n > 0 && ws[n-1] == "of" {
		n--
	}
	return n > 0 && v.colonyTaken[strings.ToLower(ws[n-1])]
}
