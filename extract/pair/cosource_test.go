package pair_test

import "testing"

// TestCoSourcesAreAllies: the sources of one event that did together
// what it says of one side to another (no target named: "Kenya and
// Uganda sent troops"; or a fight with a target: "France and Britain went
// to war with Germany") are allies, paired as "joint_" of the event, not
// as if they had done it to each other. The sources of a mutual event
// with no target ("fought a war"), of a cooperative one ("signed a
// treaty", "held talks with"), and sides named after the trigger ("the
// end of the Chilean-Peruvian friendship") keep the event's relation.
func TestCoSourcesAreAllies(t *testing.T) {
	checkPairs(t, []pairCase{
		{"troops sent, no target (a report on East Africa)",
			"Kenya and Uganda sent troops in 1990.",
			"KEN-UGA joint_supply pair:joint"},
		{"an attack, no target (a history of the Andes)",
			"Chilean and Argentine troops attacked at dawn.",
			"CHL-ARG joint_attack pair:joint"},
		{"a war against a target (a history of 1914)",
			"In 1914 France and Britain went to war with Germany.",
			"FRA-DEU war pair:event; GBR-DEU war pair:event; FRA-GBR joint_war pair:joint"},
		{"a war against a target (a history of the Andes)",
			"Chile and Bolivia went to war against Peru.",
			"CHL-PER war pair:event; BOL-PER war pair:event; CHL-BOL joint_war pair:joint"},
		// the sources are each other's counterpart
		{"a war between the two (a history of the Andes)",
			"Chile and Peru fought a war in 1879.",
			"CHL-PER war pair:event"},
		{"a treaty signed (a report on East Africa)",
			"Kenya and Uganda signed a treaty in 1990.",
			"KEN-UGA sign_agreement pair:event"},
		{"talks with a third (a history of the Andes)",
			"Chile and Peru held talks with Bolivia.",
			"CHL-BOL talks pair:event; PER-BOL talks pair:event; CHL-PER talks pair:event"},
		{"the sides after the trigger (a history of the Andes)",
			"The crisis marked the end of the Chilean-Peruvian friendship.",
			"CHL-PER end_relations pair:event"},
	})
}

// TestParallelMobilisation: two subjects of a mobilisation with no target
// (review12 #2) each did it on its own, rivals as often as allies: a plain
// mention, neither allies ("joint_") nor a mobilisation of one against the
// other. An act of another category keeps the allies' pair.
func TestParallelMobilisation(t *testing.T) {
	checkPairs(t, []pairCase{
		{"rivals mobilise (a history of South Asia)",
			"In 2001 India and Pakistan mobilized their armies along the border.",
			"IND-PAK mention pair:sentence"},
		{"rivals mobilise (a history of 1914)",
			"In 1914 Germany and Russia mobilized their armies.",
			"DEU-RUS mention pair:sentence"},
		// not a mobilisation: the sources act together
		{"an attack on a target (a history of the Middle East)",
			"In 1973 Egypt and Syria attacked Israel.",
			"EGY-ISR attack pair:event; SYR-ISR attack pair:event; EGY-SYR joint_attack pair:joint"},
		{"troops sent (a report on East Africa)",
			"Kenya and Uganda sent troops in 1990.",
			"KEN-UGA joint_supply pair:joint"},
	})
}
