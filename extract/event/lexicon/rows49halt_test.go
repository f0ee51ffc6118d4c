package lexicon_test

import "testing"

// TestHaltedAdvanceIsDefence: halting another's advance fights the side
// that advances (patch triggers49-halted-advance: the halt row that was
// NONE); a thing that halts it, one's own advance halted, or the advance
// of reforms names no attack. Cases of our own, from histories of other
// wars.
func TestHaltedAdvanceIsDefence(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "RETREAT"}, []senseCase{
		{"Gravelotte (Franco-Prussian war)", "In 1870 the French army halted the Prussian advance at Gravelotte.", "ASSAULT FRA>DEU"},
		{"the Carpathians (1915)", "In 1915 the Russian army halted the Austrian advance in the Carpathians.", "ASSAULT RUS>AUT"},
		{"the rain (Franco-Prussian war)", "In 1870 the rain halted the Prussian advance.", ""},
		{"its own advance (1941)", "In 1941 Germany halted its advance on Moscow.", ""},
		{"their own advance (1941)", "In 1941 the German armies halted their advance on Moscow.", ""},
		{"reforms (other sense)", "In 1870 Prussia halted the advance of its reforms.", ""},
	})
}
