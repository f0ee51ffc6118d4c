package pair_test

import "testing"

// TestThreeListedStatesNoRelation: three actors or more that one list names
// as the doers of a mobilisation with no target (each acting on its own),
// or as the givers a preposition's list names ("aid from France, Gabon
// and Ivory Coast"), are related by no word and make no pair; an act of cooperation of three ("signed by Britain,
// France and Russia", "formed the Warsaw Pact") still pairs them, and so
// does any act of two. Cases from histories of 1914, of 1939, of the
// Nigerian civil war, of the Chad wars and of the Cold War.
func TestThreeListedStatesNoRelation(t *testing.T) {
	checkPairs(t, []pairCase{
		{"three mobilise (1914)",
			"In August 1914 Britain, France and Russia mobilised their armies.",
			""},
		{"three mobilise (1939)",
			"In March 1939 Poland, Romania and Hungary mobilised their reserves.",
			""},
		{"aid from three (the Nigerian civil war)",
			"In 1968 the secessionists received aid from France, Gabon and Ivory Coast.",
			""},
		{"weapons from three (the Chad wars)",
			"In 1982 the rebels received weapons from Libya, Syria and Iraq.",
			""},
		// still pairs
		{"not: signed by three (1907)",
			"The treaty was signed by Britain, France and Russia in 1907.",
			"GBR-FRA sign_agreement pair:event; GBR-RUS sign_agreement pair:event; FRA-RUS sign_agreement pair:event"},
		{"not: three sign a pact (the Second World War)",
			"In 1940 Germany, Italy and Japan signed the Tripartite Pact.",
			"DEU-ITA sign_agreement pair:event; DEU-JPN sign_agreement pair:event; ITA-JPN sign_agreement pair:event"},
		{"not: an alliance of three (the Cold War)",
			"In 1955 Poland, Hungary and the Soviet Union formed the Warsaw Pact.",
			"POL-WARSAW_PACT sign_agreement pair:event; HUN-WARSAW_PACT sign_agreement pair:event; SUN-WARSAW_PACT sign_agreement pair:event; POL-HUN joint_sign_agreement pair:joint; POL-SUN joint_sign_agreement pair:joint; HUN-SUN joint_sign_agreement pair:joint"},
		{"not: three each on its own, said so (the Chad wars)",
			"In 1982 Libya, Syria and Iraq each sent weapons to the rebels.",
			"LBY-SYR mention pair:sentence; LBY-IRQ mention pair:sentence; SYR-IRQ mention pair:sentence"}, // TestEachOnItsOwn
		{"not: aid from three to a coded recipient (the Nigerian civil war)",
			"In 1968 Biafra received aid from France, Gabon and Ivory Coast.",
			"FRA-BIAFRA aid pair:event; GAB-BIAFRA aid pair:event; CIV-BIAFRA aid pair:event"},
		{"not: two mobilise (1914)",
			"In August 1914 Britain and France mobilised their armies.",
			"GBR-FRA mention pair:sentence"},
		{"not: weapons from two (the Chad wars)",
			"In 1982 the rebels received weapons from Libya and Syria.",
			"LBY-SYR aid pair:event"},
	})
}
