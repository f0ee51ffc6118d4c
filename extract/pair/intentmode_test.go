package pair_test

import "testing"

// TestForetoldActIsNotAsserted: an act stated to come (the event stage's
// Intent: a plan, an announcement, "will"), which the event stage codes by
// its announcement (THREATEN, AGREE) with the act's own subtype, pairs its
// actors as hypothetical: the pair's relation names the act announced; so
// does a threat to do an act ("threatened to invade"), and a refusal to
// do one ("refused to withdraw") as negated. The act done, the threat made
// to its target, a demand refused, and a history's "would" of what came
// later, stay asserted.
func TestForetoldActIsNotAsserted(t *testing.T) {
	cases := []pairCase{
		{"an attack planned (a history of the Pacific War)",
			"In 1941 Japan planned to attack the United States.", "JPN-USA hypothetical"},
		{"rifles announced (a history of the Balkans, 1919)",
			"In 1919 France announced it would ship rifles to Romania.", "FRA-ROU hypothetical"},
		{"ties to be restored, said (a history of the Cold War)",
			"In 1962 the Soviet Union said it would restore ties with Albania.", "SUN-ALB hypothetical"},
		{"an invasion threatened (a history of the Munich crisis)",
			"In 1938 Germany threatened to invade Czechoslovakia.", "DEU-CSK hypothetical"},
		{"a cut in aid threatened (a history of the Vietnam War)",
			"In 1972 Nixon threatened to cut off aid to South Vietnam.", "USA-RVN hypothetical"},
		{"not: the threat made to its target (a history of the Cold War)",
			"In 1962 the Soviet Union threatened Turkey.", "SUN-TUR asserted"},
		{"not: a threat with sanctions (a history of the Polish-Soviet War)",
			"In 1920 Britain threatened Russia with sanctions.", "GBR-RUS asserted"},
		{"a withdrawal refused (a history of the Suez crisis)",
			"In 1956 Britain refused to withdraw from Egypt.", "GBR-EGY negated"},
		{"a recognition refused (a history of the Spanish Civil War)",
			"In 1936 Portugal refused to recognize the Spanish Republic.", "PRT-ESP negated"},
		{"not: a demand refused (a history of the Suez crisis)",
			"In 1956 Britain refused Egypt's demand.", "GBR-EGY asserted"},
		{"not: the withdrawal done (a history of the Suez crisis)",
			"In 1956 Britain withdrew from Egypt.", "GBR-EGY asserted"},
		{"not: the attack done (a history of the Pacific War)",
			"In 1941 Japan attacked the United States.", "JPN-USA asserted"},
		{"not: the supplies sent (a history of the Polish-Soviet War)",
			"In 1920 Britain sent military supplies to Poland.", "GBR-POL asserted"},
		{"not: a history's 'would' of what came later (a history of the Korean War)",
			"In 1950 Chinese armies would cross the Yalu and attack American units in October.", "CHN-USA asserted"},
	}
	checkPairModes(t, cases)
}
