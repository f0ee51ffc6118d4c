package lexicon_test

import "testing"

// TestOccupyingPositionsIsNoOccupation: occupying positions, ground,
// heights, a line or trenches (triggers.tsv's NONE rows "occupy defensive
// positions", "occupy the heights", ...) is taking them up on one's own
// front, no COERCE occupation of another's ground; the fighting keeps its
// own record. A state, a port or a named height occupied stays an
// occupation. Only COERCE and ASSAULT events are shown. Cases of our own,
// from histories.
func TestOccupyingPositionsIsNoOccupation(t *testing.T) {
	checkSenses(t, []string{"COERCE", "ASSAULT"}, []senseCase{
		{"defensive positions (WW1)", "In 1914 the Serbian army fought the Austrians, occupying defensive positions on the south side of the Drina.", "ASSAULT SRB>AUT"},
		{"the heights (Gallipoli)", "In 1915 the Turks fought the Australians, occupying the heights above the beaches.", "ASSAULT TUR>AUS"},
		{"a named height (Six-Day War)", "In 1967 Israeli forces fought the Syrians, occupying the Golan Heights.", "ASSAULT ISR>SYR; COERCE ISR>SYR"},
		{"a state (WW2)", "In 1940 German troops occupied Norway.", "COERCE DEU>NOR"},
		{"a port (Mexican Revolution)", "In 1914 American forces seized and occupied the port of Veracruz.", "COERCE USA>MEX; COERCE USA>MEX"},
	})
}
