package lexicon_test

import "testing"

// TestForcesLandThere: armed forces landing "there", at a place told
// before (triggers.tsv, "land" by=MIL), are deployed, as forces landing in
// or at a named place are; a landing by others is none. Cases of our own,
// from histories.
func TestForcesLandThere(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"troops landed there (history)", "The Allies chose Gallipoli, and in April 1915 British troops landed there.", "MOBILIZE GBR>"},
		{"marines landed there (history)", "The port was open, and in 1950 American marines landed there.", "MOBILIZE USA>"},
		{"astronauts landed (history)", "In 1969 American astronauts landed on the Moon.", ""},
	})
}
