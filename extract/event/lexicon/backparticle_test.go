package lexicon_test

import "testing"

// TestBackAsParticle: "back" after buy, pay, bring, go, get or look
// (triggers.tsv, NONE rows) is the verb's particle, no endorsement; the
// verb "back" with an object stays SUPPORT. Only SUPPORT events are shown.
// Cases of our own, from news and histories.
func TestBackAsParticle(t *testing.T) {
	checkSenses(t, []string{"SUPPORT"}, []senseCase{
		{"a plant bought back (news)", "Bucharest, unhappy with Daewoo, bought back the car plant in 2006.", ""},
		{"a debt paid back (news)", "In 2010 Iceland paid back the loans to Britain.", ""},
		{"prisoners brought back (history)", "In 1953 China brought back the prisoners from Korea.", ""},
		{"a plan backed (history)", "In 1947 the United States backed the partition of Palestine.", "SUPPORT USA>PSE"},
		{"a candidate backed (news)", "In 2014 Russia backed the separatists in Ukraine.", "SUPPORT RUS>UKR"},
	})
}
