package lexicon_test

import "testing"

// TestPressingOnIsNoRequest: an army that presses forward, on, ahead, to
// a point of the compass or its advantage advances (triggers.tsv's "press
// forward" ... NONE rows); one that presses another to act or presses for
// a thing asks (REQUEST). Only REQUEST events are shown. Cases of our own,
// from histories and news.
func TestPressingOnIsNoRequest(t *testing.T) {
	checkSenses(t, []string{"REQUEST", "ASSAULT", "COERCE"}, []senseCase{
		{"pressed forward (history)", "In 1979 the Soviet army pressed forward to attack Herat.", "ASSAULT SUN>AFG"},
		{"pressed forward (WW2)", "In 1942 the German army pressed forward to attack Stalingrad.", "ASSAULT DEU>RUS"},
		{"pressed on (history)", "In 1942 the German army pressed on to attack Stalingrad.", "ASSAULT DEU>RUS"},
		{"pressed south (history)", "In 1950 the North Korean army pressed south to capture Pusan.", ""},
		{"pressed its advantage (history)", "In 1986 Iran pressed its advantage to capture the Fao peninsula from Iraq.", ""},
		{"pressed a state to act (history)", "In 1971 India pressed the Soviet Union to sign a treaty.", "REQUEST IND>SUN"},
		{"pressed a state for a thing (history)", "In 1965 the United States pressed Pakistan for a ceasefire.", "REQUEST USA>PAK"},
		{"pressed a state to act (news)", "In 1990 Iraq pressed Kuwait to cut its oil output.", "REQUEST IRQ>KWT"},
	})
}
