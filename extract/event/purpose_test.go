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

// A second verb joined by "and" between the move and "to" ("massed
// troops and went on to invade") opens a predicate of its own: the
// infinitive is what that verb leads to, told as done, not the move's
// purpose. A noun joined by "and" ("troops and tanks") keeps the purpose
// reading. Cases of our own, from histories and news.
func TestPurposeNotPastASecondVerb(t *testing.T) {
	checkCases(t, []roleCase{
		{"a linking verb after and (news)",
			"In 1990 Iraq massed troops on the border and went on to invade Kuwait.",
			"MOBILIZE IRQ>KWT; ASSAULT IRQ>KWT"},
		{"an adverb between and and the verb (history)",
			"In 1914 Austria mobilized its army and later went on to attack Serbia.",
			"MOBILIZE AUT>SRB; ASSAULT AUT>SRB"},
		{"a verb in -ed right before to after and (history)",
			"In 1939 Germany mobilized its army and proceeded to invade Poland.",
			"MOBILIZE DEU>POL; ASSAULT DEU>POL"},
		{"a verb in -ed before its particle after and (news)",
			"In 2003 the US massed troops in Kuwait and rolled on to invade Iraq.",
			"MOBILIZE USA>KWT; ASSAULT USA>IRQ"},
		{"a verb of starting not in -ed after and (history)",
			"In 1939 Germany massed troops on the border and began to invade Poland.",
			"MOBILIZE DEU>POL; ASSAULT DEU>POL"},
		{"a verb of going on after an adverb after and (news)",
			"Russia has deployed jets to Syria and now continues to bomb Syrian rebels.",
			"MOBILIZE RUS>SYR; ASSAULT RUS>SYR"},
		{"a noun after and keeps the purpose (news)",
			"In 1990 Iraq massed troops and tanks to invade Kuwait.",
			"MOBILIZE IRQ>KWT"},
		{"an adjective in -ed and its noun keep the purpose (history)",
			"In 1939 Germany mobilized its army and armed militias to invade Poland.",
			"MOBILIZE DEU>POL"},
	}, eventDyads)
}
