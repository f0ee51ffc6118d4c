package event_test

import "testing"

// TestPlanNounActIsNoAct checks that an event noun after a plan noun of
// modality.tsv's class plannoun and its "for" or "of" ("plans for an
// invasion", "preparations for the invasion") is planned, not done:
// hypothetical, whoever the paragraph makes its parties. The same noun
// with no plan before it stays asserted. Cases of our own, from a
// history and news.
func TestPlanNounActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"preparations for an invasion (history)",
			"In 1940 Germany attacked Britain from the air. In 1940 Germany bombed Britain. Preparations for an invasion of England were halted in October.",
			"ASSAULT DEU>GBR; ASSAULT DEU>GBR; ASSAULT DEU>GBR hypothetical"},
		{"plans for an invasion (news)",
			"In 2002 the United States attacked Iraq from the air. In 2002 the United States bombed Iraq. Plans for an invasion of Iraq were halted in January.",
			"ASSAULT USA>IRQ; ASSAULT USA>IRQ; ASSAULT USA>IRQ hypothetical"},
		{"a modifier between (news)",
			"In 2002 the United States attacked Iraq from the air. In 2002 the United States bombed Iraq. The plans for a ground invasion of Iraq were ready in January.",
			"ASSAULT USA>IRQ; ASSAULT USA>IRQ; ASSAULT USA>IRQ hypothetical"},
		{"the subject's plan keeps its role (news)",
			"Peru developed plans for a limited war.",
			"ASSAULT PER> hypothetical"},
		{"the invasion told as done (history)",
			"In 1940 Germany attacked Britain from the air. In 1940 Germany bombed Britain. The invasion of England was delayed in October.",
			"ASSAULT DEU>GBR; ASSAULT DEU>GBR; ASSAULT DEU>GBR"},
		{"the invasion told as done (news)",
			"In 2002 the United States attacked Iraq from the air. In 2002 the United States bombed Iraq. The invasion of Iraq began in 2003.",
			"ASSAULT USA>IRQ; ASSAULT USA>IRQ; ASSAULT USA>IRQ"},
	}, modedDyads)
}
