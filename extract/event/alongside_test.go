package event_test

import "testing"

// Those a verb of conflict's subject fights "alongside" (prepositions.txt,
// marked company) are on its side, no target: the search for the one
// acted on goes past them ("against Austria"). A verb of cooperation keeps
// them as its partner, and an object named before "alongside" stays the
// target. Cases of our own, from histories of Europe, the Middle East and
// Afghanistan (review13/14 leftover).
func TestAlongsideIsNoTarget(t *testing.T) {
	checkCases(t, []roleCase{
		{"fought alongside X against Y (history of Europe)",
			"In 1915 Italian troops fought alongside France against Austria.",
			"ASSAULT ITA>AUT"},
		{"fought alongside a list against Y (history of the Middle East)",
			"In 1967 Jordan fought alongside Egypt and Syria against Israel.",
			"ASSAULT JOR>ISR"},
		{"fought alongside X, no enemy named (history of Europe)",
			"Australian soldiers fought alongside Britain at Gallipoli in 1915.",
			"ASSAULT AUS>"},
		{"served alongside X: a verb of cooperation keeps the partner (Afghanistan)",
			"Canadian troops served alongside the United States.",
			"COOPERATE CAN>USA"},
		{"an object before alongside stays the target (history of Europe)",
			"Britain attacked Germany alongside France in 1940.",
			"ASSAULT GBR>DEU"},
		{"fought against X alongside Y (history of Europe)",
			"France fought against Germany alongside Britain in 1914.",
			"ASSAULT FRA>DEU"},
	}, eventDyads)
}
