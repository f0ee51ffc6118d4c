package pair_test

import "testing"

// TestTerseSentenceOfThree: a sentence that names three actors with
// fewer other words than actors is prose when a verb of its own stands in
// it ("Pakistan leaned on China against India"): the mention rule pairs
// its actors as in a longer sentence. A run of names and affiliations
// with no such verb, even one with a participle in -ing, relates none. A
// history of South Asia, one of the Cold War in the Middle East, a
// contributors' line and an editorial line.
func TestTerseSentenceOfThree(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a terse sentence of three (a history of South Asia)",
			"Pakistan leaned on China against India.",
			"PAK-CHN mention pair:sentence; PAK-IND mention pair:sentence"},
		{"a terse sentence of three (a history of the Cold War in the Middle East)",
			"Egypt looked to the Soviet Union, not to Britain.",
			"EGY-SUN mention pair:sentence; EGY-GBR mention pair:sentence"},
		{"a contributors' line has no verb (a volume's front matter)",
			"Contributors: Ama Mensah (Ghana), Kenji Sato (Japan), Lars Berg (Sweden).",
			""},
		{"a participle in -ing is no verb of the line (a journal's masthead)",
			"Ama Mensah, Ghana; Kenji Sato, visiting Japan; Lars Berg, Sweden",
			""},
	})
}
