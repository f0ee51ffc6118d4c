package event_test

import "testing"

// A row flagged abroad (an act on another's ground) whose only target is
// the source's own ground, a region of its own state, names no act: no
// X>X occupation or invasion. A target of another state stays. Cases of
// our own, from histories and the news.
func TestAbroadOnOwnGroundIsNone(t *testing.T) {
	checkCases(t, []roleCase{
		{"troops moved into an own region (history)",
			"In 1936 Germany moved troops into the Rhineland.",
			""},
		{"troops moved into an own region (news)",
			"In 2020 India moved troops into Ladakh.",
			""},
		{"troops moved into another state (history)",
			"In 1990 Iraq moved troops into Kuwait.",
			"COERCE IRQ>KWT"},
		{"forces moved into another state (news)",
			"Russia moved forces into Georgia in 2008.",
			"COERCE RUS>GEO"},
	}, eventDyads)
}
