package pair_test

import "testing"

// TestExamplesAreNoComparedCase: "like" after a comma that no actor
// comes before gives examples of the noun before it ("Small states,
// like Belgium in 1914,"): its actors are the noun's, sides of the
// sentence's acts, and keep their pairs; after an actor ("Sweden, unlike
// Norway in 1940,") it compares a case, as before. A clause of "just as"
// whose auxiliary comes before a form in -ing ("Just as Germany was
// rearming") tells a time, no compared case; one with an elided act
// ("Much as Germany had done in 1914") still compares. Cases from a
// history of the Second World War and a history of the Gulf, each with
// twins.
func TestExamplesAreNoComparedCase(t *testing.T) {
	checkPairs(t, []pairCase{
		{"examples after a plural noun (the Second World War)",
			"Neutral states, like Norway in 1940, were invaded by Germany.",
			"NOR-DEU mention pair:sentence"},
		{"not: a case compared with an actor before the comma (the Second World War)",
			"Sweden, unlike Norway in 1940, kept out of the war with Germany.",
			"SWE-DEU mention pair:sentence"},
		{"examples after a plural noun (the Gulf)",
			"Several aggressors, like Iraq in 1990, underestimated the United States.",
			"IRQ-USA mention pair:sentence"},
		{"not: a case compared with an actor's last word before the comma (the Gulf)",
			"The Kuwaiti government, unlike Iran in 1980, had no army to resist Iraq.",
			"KWT-IRQ mention pair:sentence"},
		{"a clause of time, an auxiliary and a form in -ing (the Second World War)",
			"Just as Germany was rearming, Britain and France cut their budgets.",
			"DEU-GBR mention pair:sentence; DEU-FRA mention pair:sentence"},
		{"not: a clause with an elided act (the Second World War)",
			"Much as Germany had done in 1914, Russia mobilized against Austria.",
			"RUS-AUT mobilize pair:event"},
	})
}
