package actor

import (
	"slices"
	"testing"
)

// TestShipPrefixAgents checks that a ship prefix two navies use ("INS")
// takes the state whose agents the document names ("the Israeli navy",
// "Israeli forces"), and keeps the field's reading where the agents are
// another state's. A history of the war of attrition, a paper on the
// 1971 war at sea.
func TestShipPrefixAgents(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want []string
	}{
		{"The Israeli navy lost INS Eilat in 1967.", []string{"INS Eilat/ISR"}},
		{"In 1968 the INS Dakar vanished. Israeli forces searched the sea for weeks.", []string{"INS Dakar/ISR"}},
		// must not: the agents are another state's
		{"In 1971 the Pakistani navy sank INS Khukri.", []string{"INS Khukri/IND"}},
		{"Egyptian missiles hit the INS Vikrant in 1971.", []string{"INS Vikrant/IND"}},
	} {
		got := docEntities(t, c.doc, 0)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %v, want %s", c.doc, got, w)
			}
		}
	}
}

// TestOperationInPlace checks that a code name that runs on over "in" and
// a place ends before it: "Operation Gibraltar in Kashmir" is the
// operation "Operation Gibraltar", not the state Gibraltar, and the place
// keeps its own reading; a name whose "in" is followed by no place stays
// whole. A paper on the 1965 war, a history of Somalia, a paper on the
// war in Afghanistan.
func TestOperationInPlace(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"Pakistan launched Operation Gibraltar in Kashmir in August 1965.", "Operation Gibraltar", "Operation Gibraltar/EVENT/"},
		{"Pakistan launched Operation Gibraltar in Kashmir in August 1965.", "Gibraltar", ""},
		{"In 1992 Operation Restore Hope in Somalia began.", "Operation Restore Hope", "Operation Restore Hope/EVENT/"},
		{"In 1992 Operation Restore Hope in Somalia began.", "Somalia", "Somalia/GPE/SOM"},
		{"In 2001 Operation Enduring Freedom in Afghanistan began.", "Afghanistan", "Afghanistan/GPE/AFG"},
		// must not: "in" with no place after it; a name with "for" and a place
		{"In 1982 Operation Peace for Galilee began.", "Operation Peace for Galilee", "Operation Peace for Galilee/EVENT/"},
		{"In 1942 Operation Torch landed troops in Morocco.", "Morocco", "Morocco/GPE/MAR"},
		{"Britain launched Operation Kuwait in 1961.", "Kuwait", ""},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// TestOneCongo checks that a document that names neither Congo by a name
// of its own reads "Congo" and "Congolese" as one state (the reading of
// the form it writes first), and that a place in one Congo the
// dictionaries know ("Leopoldville", "Goma", "Pointe-Noire") is evidence
// for it. A history of the Congo crisis, a paper on the Second Congo War,
// news of Brazzaville.
func TestOneCongo(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want []string
	}{
		{"Congolese rebels attacked Belgian settlers in 1959. Belgium then sent troops to Congo.", []string{"Congolese rebels/COD/REB", "Congo/COD"}},
		{"In 1999 Congo signed a ceasefire. Congolese troops withdrew.", []string{"Congo/COG", "Congolese troops/COG/MIL"}},
		{"Belgium sent troops to Leopoldville in 1960. The UN then sent troops to Congo.", []string{"Congo/COD"}},
		{"Rebels took Goma in 1998. Congo appealed to the UN.", []string{"Congo/COD"}},
		// must not: no evidence, one form; a place of the other Congo
		{"In 1960 Belgium sent paratroopers to Congo.", []string{"Congo/COG"}},
		{"In 1997 Angolan troops entered Pointe-Noire. Congolese troops fled.", []string{"Congolese troops/COG/MIL"}},
		{"Congolese gold flowed to Kampala in 2001.", []string{"Congolese/COD"}},
	} {
		got := docEntities(t, c.doc, 0)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %v, want %s", c.doc, got, w)
			}
		}
	}
}

// TestActsNoGivenName checks that a venue word written capitalized
// (venues.txt "Acts") is no given name before a surname, as its lower-case
// rows are not, so "Acts Truman" is no person; a given name stays one.
// A history of American neutrality, a paper on British labour
// politics, a history of the American Revolution.
func TestActsNoGivenName(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"Congress kept the Neutrality Acts Truman inherited in 1945.", "Truman", "Truman/PERSON/USA"},
		{"Parliament passed the Trade Disputes Acts Churchill opposed in 1927.", "Churchill", "Churchill/PERSON/GBR"},
		{"The Intolerable Acts Gage enforced in 1774 closed Boston.", "Gage", "Gage/PERSON/"},
		// must not: a given name before a surname stays the person's
		{"In 1937 Franklin Roosevelt disliked the Neutrality Acts.", "Franklin Roosevelt", "Franklin Roosevelt/PERSON/"},
		{"In 1774 Thomas Gage enforced the Intolerable Acts.", "Thomas Gage", "Thomas Gage/PERSON/"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}
