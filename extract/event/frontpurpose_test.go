package event_test

import "testing"

// Phrases of purpose that open the sentence ("In order to attack Iraq,
// ...", two of them joined by a comma) say what the main clause's act is
// for: their acts are hypothetical, and their actor is the main clause's
// subject, never the paragraph's topic. The main clause after them, a
// purpose phrase after the main clause and the noun "order" stay as they
// were. Cases of our own, from histories and news.
func TestFrontedPurpose(t *testing.T) {
	checkCases(t, []roleCase{
		{"a fronted purpose is hypothetical, the subject's (news)",
			"In order to attack Iraq, American forces massed in Saudi Arabia.",
			"ASSAULT USA>IRQ hypothetical"},
		{"two fronted purposes, no coded subject: no act (history)",
			"Ethiopia attacked Italian forces in 1935. In order to kill off all living creatures, in order to poison the wells, the high command made its aircraft pass over again.",
			"ASSAULT ETH>ITA"},
		{"the main clause after a purpose is asserted (history)",
			"In order to stop the Iraqi advance, Iran attacked Basra in 1982.",
			"ASSAULT IRN>IRQ"},
		{"a purpose after the main clause is untouched (history)",
			"In 1982 Iran attacked Iraq in order to end the war.",
			"ASSAULT IRN>IRQ; ASSAULT IRN>"},
		{"the noun order is no purpose (news)",
			"The order to attack Kuwait came in July, and Iraq invaded Kuwait.",
			"ASSAULT IRQ>KWT"},
	}, modedDyads)
}
