package event_test

import "testing"

// TestMustDemands: "X said that Y must (should) act" (modality.tsv's class
// obligation) is X's demand of Y; the act demanded stays hypothetical. A
// "would" (no obligation) after the same saying is no demand. Sentences of
// our own, from news and a history.
func TestMustDemands(t *testing.T) {
	checkCases(t, []roleCase{
		{"must (news)",
			"On Tuesday Chile said that Peru must withdraw its troops from the border.",
			"RETREAT PER> hypothetical; REQUEST CHL>PER"},
		{"should (history)",
			"In 1898 Britain said that France should withdraw from Fashoda.",
			"RETREAT FRA> hypothetical; REQUEST GBR>FRA"},
		{"not: would (news)",
			"On Tuesday Chile said that Peru would withdraw its troops from the border.",
			"AGREE PER>"},
	}, eventDyadsModes)
}
