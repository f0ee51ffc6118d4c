package lexicon_test

import "testing"

// TestFightingAsModifier: "fighting" before a noun it describes (the NONE
// compounds of triggers.tsv: "fighting units", "fighting strength",
// "fighting vehicles", as "fighting forces") names a force, a thing or a
// quality, no fighting; "fighting" with an object is the act. Cases of our
// own, from histories and news.
func TestFightingAsModifier(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"units (news)", "In 1967 Israeli fighting units reached the Suez Canal.", ""},
		{"strength (history)", "In 1943 German fighting strength on the Eastern Front fell by a third.", ""},
		{"vehicles (history)", "In 1944 Soviet fighting vehicles crossed the Vistula.", ""},
		{"fighting units of an enemy (history)", "In 1951 Chinese troops were fighting UN units near the river.", "ASSAULT CHN>UN"},
		{"fighting a state (history)", "In 1914 Serbia was fighting Austria-Hungary.", "ASSAULT SRB>AUT"},
	})
}
