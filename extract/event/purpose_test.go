package event_test

import "testing"

// An infinitive of purpose after a military move of its clause
// ("mobilized its army to attack") is what the move is for: the text
// asserts the move, not the act it prepares.
func TestPurposeOfAMove(t *testing.T) {
	checkCases(t, []roleCase{
		{"mobilized to attack (history)",
			"In 1914 Germany mobilized its army to attack France.",
			"MOBILIZE DEU>FRA"},
		{"deployed to the border to invade (news)",
			"In 1990 Iraq deployed troops to the border to invade Kuwait.",
			"MOBILIZE IRQ>KWT"},
		{"a move and an act joined by and are both asserted (history)",
			"In 1950 China mobilized troops and attacked Korea.",
			"MOBILIZE CHN>KOR; ASSAULT CHN>KOR"},
		{"a purpose infinitive after no move stays asserted (news)",
			"In 2015 Russia used its air force to bomb Syria.",
			"ASSAULT RUS>SYR"},
	}, eventDyads)
}
