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

// TestGatheredForcesNear: forces gathered near a place or a state are
// mobilized (row gather, phrase "forces"), not the dictionary's meeting
// ("assemble forces", COOPERATE): "near" ends the object phrase
// (objects.tsv objectend). Leaders who gather near a city meet no one
// named. Sentences of our own, from a history of the October War and one
// of the First World War.
func TestGatheredForcesNear(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "COOPERATE", "CONSULT"}, []senseCase{
		{"forces near a state (October War)", "In 1973, Syria gathered forces near Israel.", "MOBILIZE SYR>ISR"},
		{"its forces near a border (First World War)", "In 1914, Russia gathered its forces near the German border.", "MOBILIZE RUS>DEU"},
		{"troops near a state (October War)", "In 1973, Syria gathered troops near Israel.", "MOBILIZE SYR>ISR"},
		{"not: leaders near a city (First World War)", "In 1914, the leaders gathered near Vienna.", ""},
	})
}
