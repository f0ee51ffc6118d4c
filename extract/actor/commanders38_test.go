package actor

import "testing"

// TestCommanderRows checks leaders.tsv's commanders (hand rows: the
// field's dictionaries lack them): the commander is his state's with the
// sector MIL, his surname's later mentions and the force named after him
// are his state's, a subdivision's form that is his surname ("General
// William Westmoreland" ... "Westmoreland") is he; and a name that is no
// such commander stays as it was. A history of the Korean war, one of the
// desert war, one of the Vietnam war, a paper on the Iraq war, news.
func TestCommanderRows(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"In 1950 General Matthew Ridgway took command. Ridgway's Eighth Army pushed the Chinese back.",
			[]string{"Matthew Ridgway/USA", "Ridgway/USA", "Eighth Army/USA/MIL"}, nil},
		{"In 1942 Field Marshal Erwin Rommel attacked Egypt. Rommel's army was defeated at El Alamein.",
			[]string{"Erwin Rommel/DEU", "Rommel/DEU", "army/DEU/MIL"}, nil},
		{"In 1967 General William Westmoreland asked for more troops. Westmoreland predicted victory.",
			[]string{"William Westmoreland/USA", "Westmoreland/USA"}, nil},
		// must not: a place of the surname; the surname alone of a
		// commander listed only in full; a subdivision with no commander
		{"In 1943 General Bernard Montgomery landed in Sicily. In 1955 the boycott began in Montgomery, Alabama.",
			[]string{"Bernard Montgomery/GBR", "Montgomery/"}, []string{"Montgomery/GBR"}},
		{"In 1967 the Patton tanks of Jordan advanced.", nil, []string{"Patton/USA"}},
		{"In 1951 Bradley testified to the Senate.", nil, []string{"Bradley/USA"}},
		{"Floods struck Westmoreland in 2005. Governor William Smith visited the county.", []string{"Westmoreland/"}, nil},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		{"In 1918 Ludendorff resigned.", "Ludendorff/PERSON/DEU/MIL"},
		{"In 1944 Marshal Zhukov took Warsaw.", "Marshal Zhukov/PERSON/SUN/MIL"},
		{"In 1956 Zhukov sent troops to Hungary.", "Zhukov/PERSON/SUN/GOV"},
		// the dictionaries code him as Iraq's
		{"In 2003 General Tommy Franks led the invasion of Iraq.", "General Tommy Franks/PERSON/USA/MIL"},
		// must not: another Haig, a Montgomery of 1776 (too early to be
		// the field marshal)
		{"In 1981 Haig flew to Beijing.", "Haig/PERSON/USA/GOV"},
		{"In 1776 General Montgomery attacked Quebec.", "General Montgomery/PERSON//"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}
