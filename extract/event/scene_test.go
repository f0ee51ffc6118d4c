package event_test

import "testing"

// A capital's name after a scene preposition (kind "scenes": "in", "at")
// is where the act took place, not a party to it; a capital that is the
// verb's subject or object still stands for its state, and an act on a
// place still takes the place's state as its target. Cases of our own,
// from histories and news.
func TestCapitalSceneIsNoParty(t *testing.T) {
	checkCases(t, []roleCase{
		{"the meeting's city (history)",
			"Carter and Brezhnev met in Vienna in June 1979.",
			"CONSULT SUN>"},
		{"the signing's city (news)",
			"Serbia and Kosovo signed the deal in Brussels.",
			"SUPPORT SRB>"},
		{"a capital as subject and object (news)",
			"Moscow warned Kyiv on Monday.",
			"THREATEN RUS>UKR"},
		{"a capital as the other party (history)",
			"In 1939 Berlin signed a pact with Moscow.",
			"SUPPORT DEU>RUS"},
		{"an act on a place in a capital (news)",
			"Israel bombed targets in Damascus.",
			"ASSAULT ISR>SYR"},
	}, eventDyads)
}
