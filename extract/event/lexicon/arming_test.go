package lexicon_test

import "testing"

// TestArmingIsAid: the arming of another (triggers.tsv, the noun "arming"
// with "of") is giving it arms, AID; the dictionary's verb "arm" reads no
// noun. Only AID events are shown. Cases of our own, from histories.
func TestArmingIsAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"the arming of a group (history)", "In 1985 the United States began the arming of the mujahideen.", "AID USA>MUJAHIDEEN"},
		{"the arming of a state (history)", "In 1954 the United States began the arming of Pakistan.", "AID USA>PAK"},
		{"an arming of no one (history)", "In 1954 the United States began the arming.", ""},
	})
}
