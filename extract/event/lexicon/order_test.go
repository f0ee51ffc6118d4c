package lexicon_test

import "testing"

// TestOrderIsNoAct: "order" with "to" after it (triggers.tsv, NONE) names no
// act of its own: the dictionary's OVERSEE_MANAGE block read "ordered X to"
// as an intent to cooperate (AGREE); the infinitive's verb keeps its act,
// as it has without the order. Cases of our own, from histories.
func TestOrderIsNoAct(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a general ordered to transfer arms (history)", "In 1944 Roosevelt ordered Gen. Stilwell to transfer materiel to the Chinese army.", "AID USA>CHN"},
		{"an army ordered to march (history)", "In 1813 the Prussian High Command ordered the 2nd Hussar Corps to march east toward Dresden.", ""},
		{"arms transferred, no order (history)", "In 1944 Roosevelt transferred materiel to the Chinese army.", "AID USA>CHN"},
	})
}
