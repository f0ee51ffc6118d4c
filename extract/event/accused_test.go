package event_test

import "testing"

// A people named after a verb ("accused the Russians of spying for
// Germany") is the verb's object: the "of" phrase after it says what they
// did, not where they live, so a state named in it does not code them.
// A people "of" or "in" a place is still coded by that place. Cases of
// our own, from histories and news.
func TestAccusedPeopleKeepTheirCode(t *testing.T) {
	checkCases(t, []roleCase{
		{"of and a gerund (history)",
			"Polish officers accused the Russians of spying for Germany.",
			"ACCUSE POL>RUS"},
		{"of and a gerund with its object (news)",
			"The Croatian government accused the Serbs of attacking Bosnia.",
			"ACCUSE HRV>SRB"},
		{"a people of a place (news)",
			"The Croatian government accused the Serbs of Bosnia of attacking Dubrovnik.",
			"ACCUSE HRV>BIH"},
		{"a people of a region of a state (history)",
			"The Kurds of northern Iraq demanded autonomy from Baghdad.",
			"REQUEST IRQ>"},
	}, mainDyad)
}
