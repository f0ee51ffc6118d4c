package lexicon_test

import "testing"

// TestCounterattackAlone: a counterattack verb (triggers.tsv, flag alone)
// names its act with no one attacked named: the source alone (PLOVER's
// "X>"); one attacked named stays its target; a counterattack in words by
// a minister or a senator names no actor (triggers43). Cases of our own.
func TestCounterattackAlone(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an army alone (history)", "In 1973 the Egyptian army counterattacked.", "ASSAULT EGY>"},
		{"forces at a place (history)", "On 16 December 1944 the German forces counterattacked in the Ardennes.", "ASSAULT DEU>"},
		{"one attacked named (history)", "In 1973 Egyptian forces counterattacked Israel.", "ASSAULT EGY>ISR"},
		{"a minister in a speech (news)", "In 1990 the minister counterattacked in a speech.", ""},
		{"a senator with a lawsuit (news)", "In 2001 the senator counterattacked with a lawsuit.", ""},
	})
}
