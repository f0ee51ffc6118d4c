package pair_test

import "testing"

// TestPartyIsAnAgentOfItsSide: a state right after the party preposition
// ("in") is the party of the actor before it when that actor's phrase
// ends in an agent noun of a sector that acts for its side
// (partysectors.txt: troops, diplomats, rebels); other agents there
// ("tourists", "traders") are only present, and the state stays a scene
// the mention rule pairs with no one new. Cases from a news report and a
// history of East Africa, each with its twin.
func TestPartyIsAnAgentOfItsSide(t *testing.T) {
	checkPairs(t, []pairCase{
		{"tourists in a state: a scene (a news report)",
			"Turkish tourists in Greece were unharmed by the riots.",
			""},
		{"troops in a state: its party (a news report)",
			"Turkish troops in Greece were unharmed by the riots.",
			"TUR-GRC mention pair:sentence"},
		{"traders in a state: a scene to all (a history of East Africa)",
			"Indian traders in Kenya were robbed, and Ugandan police watched.",
			"IND-UGA mention pair:sentence"},
		{"diplomats in a state: its party (a history of East Africa)",
			"Indian diplomats in Kenya were robbed, and Ugandan police watched.",
			"IND-KEN mention pair:sentence; IND-UGA mention pair:sentence"},
		{"tourists in a state, any verb after it: a scene (a news report)",
			"Turkish tourists in Greece left after the riots.",
			""},
		{"troops in a state, any verb after it: its party (a news report)",
			"Turkish troops in Greece left after the riots.",
			"TUR-GRC mention pair:sentence"},
		{"a quantifier before the tourists: a scene (a news report)",
			"Many Turkish tourists in Greece stayed indoors.",
			""},
		{"traders in a state, an irregular past after it: a scene to all (a history of East Africa)",
			"Indian traders in Kenya lost their shops, and Ugandan police watched.",
			"IND-UGA mention pair:sentence"},
		{"diplomats in a state, an irregular past after it: its party (a history of East Africa)",
			"Indian diplomats in Kenya lost their papers, and Ugandan police watched.",
			"IND-KEN mention pair:sentence; IND-UGA mention pair:sentence"},
		{"an act noun after the actor keeps the party (a report on aid)",
			"Chinese investment in Kenya was cut, and Indian banks waited.",
			"CHN-KEN mention pair:sentence; CHN-IND mention pair:sentence"},
	})
}
