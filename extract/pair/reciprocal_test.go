package pair_test

import "testing"

// TestReciprocalSourcesAreCounterparts: the sources of an event that a
// reciprocal pronoun (reciprocal.txt) follows in its clause did the act to
// each other: they are paired with the event's relation, not as allies
// (joint_). A reciprocal after another actor, or in another clause, is
// that one's; the sources of the event stay allies. Cases from a history
// of the Cold War, a news report and a history of South Asia, each with
// twins where it must not fire.
func TestReciprocalSourcesAreCounterparts(t *testing.T) {
	checkPairs(t, []pairCase{
		{"threatened each other, with a target the event stage takes (a Cold War history)",
			"In 1962 the United States and the Soviet Union threatened each other over Cuba.",
			"USA-CUB threaten pair:event; SUN-CUB threaten pair:event; USA-SUN threaten pair:reciprocal"},
		{"threatened one another, no target (a news report)",
			"Kenya and Uganda threatened one another with sanctions in 1976.",
			"KEN-UGA threaten pair:reciprocal"},
		{"attacked each other's posts (a history of South Asia)",
			"India and Pakistan attacked each other's positions along the border in 1965.",
			"IND-PAK attack pair:reciprocal"},
		{"not: no reciprocal, the sources attack one target together",
			"In 1962 the United States and Britain threatened Cuba.",
			"USA-CUB threaten pair:event; GBR-CUB threaten pair:event; USA-GBR joint_threaten pair:joint"},
		{"not: the reciprocal after another actor is that one's",
			"Kenya and Uganda urged Somalia and Ethiopia to stop attacking each other.",
			"KEN-SOM demand pair:event; KEN-ETH demand pair:event; UGA-SOM demand pair:event; UGA-ETH demand pair:event; KEN-UGA joint_demand pair:joint; SOM-ETH mutual pair:mutual"},
		{"not: a cooperative event pairs its sources with its relation already",
			"Chile and Peru signed treaties with each other in 1929.",
			"CHL-PER sign_agreement pair:event"},
		{"not: the reciprocal in a clause of its own",
			"French and British troops attacked at dawn, while the rebels fought each other.",
			"FRA-GBR joint_attack pair:joint"},
	})
}
