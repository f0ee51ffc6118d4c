package lexicon_test

import "testing"

// TestOrderIsNoAct: "order" with "to" after it (triggers.tsv, NONE) names no
// act of its own: the dictionary's OVERSEE_MANAGE block read "ordered X to"
// as an intent to cooperate (AGREE); the infinitive's verb keeps its act,
// as it has without the order. Cases of our own, from histories.
func TestOrderIsNoAct(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a general ordered to transfer arms (history)", "In 1950 Truman ordered Gen. MacArthur to transfer materiel to the South Korean army.", "AID USA>KOR"},
		{"an army ordered to march (history)", "In 1920 the Soviet High Command ordered the 1st Cavalry Army to march north toward Warsaw.", ""},
		{"arms transferred, no order (history)", "In 1950 Truman transferred materiel to the South Korean army.", "AID USA>KOR"},
	})
}
