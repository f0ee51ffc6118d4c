package lexicon_test

import "testing"

// TestOrderIsNoAct: "order" with "to" after it (triggers.tsv, NONE) names no
// act of its own: the dictionary's OVERSEE_MANAGE block read "ordered X to"
// as an intent to cooperate (AGREE); the infinitive's verb keeps its act,
// as it has without the order. An order of goods names no act either
// ("ordered arms for" an ally; without the row it was a CONSULT with the
// ally). The "ordered X to" cases also pass without the row, since
// cmd/vocabgen drops OVERSEE_MANAGE's "* TO" (cameo-patterns-dropped.tsv):
// the order of goods is the case that needs the row. Cases of our own,
// from histories.
func TestOrderIsNoAct(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a ministry ordered to transfer arms (history)", "Fearing a Greek collapse in 1947, Truman ordered the Pentagon to transfer rifles and aircraft to Athens.", "AID USA>GRC"},
		{"arms ordered for an ally (own)", "In 1950 the Pentagon ordered arms for the Greek army.", ""},
		{"an army ordered to march (history)", "In 1813 the Prussian High Command ordered the 2nd Hussar Corps to march east toward Dresden.", ""},
		{"arms transferred, no order (history)", "The Pentagon transferred rifles and aircraft to Athens in 1947.", "AID USA>GRC"},
	})
}
