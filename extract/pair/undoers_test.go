package pair_test

import "testing"

// TestNegatedEndingLeavesRelation checks review24's finding 4: a negation
// before a verb of ending, breaking off, preventing or holding back
// (undoers.txt) says the relation went on, so the pair keeps no negated
// mode from it; a negation of another verb still negates ("could not
// afford a war with Britain", "never trusted Italy"). Sentences of our own
// from histories of the Cold War, the Gulf and the Caucasus, and news.
func TestNegatedEndingLeavesRelation(t *testing.T) {
	cases := []pairCase{
		{"a rivalry not ended (a history of the Gulf)",
			"In 1988 Iraq did not end its rivalry with Iran.", "IRQ-IRN asserted"},
		{"an alliance not broken (a history of the Cold War)",
			"In 1962 the Soviet Union could not break the alliance between Britain and the United States.", "GBR-USA asserted"},
		{"troops not withdrawn (news of the Caucasus)",
			"In 2009 Russia had not withdrawn its troops from Georgia.", "RUS-GEO asserted"},
		{"support without hesitation (a history of the Caribbean)",
			"In 1962 the Soviet Union did not hesitate to support Cuba.", "SUN-CUB asserted"},
		{"a war not afforded stays negated (a history of the Naval race)",
			"In 1912 Germany could not afford a war with Britain.", "DEU-GBR negated"},
		{"distrust stays negated (a history of the Axis)",
			"In 1939 Germany never trusted Italy.", "DEU-ITA negated"},
	}
	checkPairModes(t, cases)
}
