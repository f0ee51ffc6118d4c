package lexicon_test

import "testing"

// TestPushedTowards: armed forces that push another's forces towards a
// place attack them (row push by=MIL, objects.tsv pushedto); a state's
// "pushed troops towards X" moves its own forces and is no attack on X.
// Sentences of our own, from a history of the October War, one of the
// Six-Day War and one of 1812.
func TestPushedTowards(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "REQUEST"}, []senseCase{
		{"a state's troops (October War)", "In 1973, Egypt pushed troops towards Israel.", ""},
		{"a state's forces (Six-Day War)", "In 1967, Israel pushed forces toward Egypt.", ""},
		{"not: an army pushes the enemy's armies (1812)", "In 1812, the Russian army pushed the French armies towards the river.", "ASSAULT RUS>FRA"},
		{"not: pushed back (Iran-Iraq war)", "In 1987 Iran pushed the Iraqi divisions back across the border.", "ASSAULT IRN>IRQ"},
	})
}
