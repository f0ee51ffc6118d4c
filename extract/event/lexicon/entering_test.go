package lexicon_test

import "testing"

// TestForcesEnteringAState: armed forces (triggers.tsv's "enter", by=MIL)
// entering another's country, an actor for its object, invade it
// (ASSAULT), as forces crossing, marching or moving into it do; entering
// a war, a phase, a market or an unnamed city is no invasion, nor is a
// delegation's entry. Cases of our own, from histories and news.
func TestForcesEnteringAState(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"troops entered a state (history)", "In 1990 Iraqi troops entered Kuwait.", "ASSAULT IRQ>KWT"},
		{"troops entered a state (history)", "In 1968 Soviet troops entered Czechoslovakia.", "ASSAULT SUN>CSK"},
		{"forces entered a state (news)", "In 2008 Russian forces entered Georgia.", "ASSAULT RUS>GEO"},
		{"a capital entered (history)", "In 1945 Soviet troops entered Berlin.", "ASSAULT SUN>DEU"},
		{"a new phase entered (news)", "In 1994 the army entered a new phase of reform.", ""},
		{"a market entered (news)", "In 2001 Chinese firms entered the Indian market.", ""},
		{"a city not named (history)", "In 1990 Iraqi troops entered the city.", ""},
		{"a delegation's entry (news)", "In 1995 an Indian delegation entered Pakistan.", ""},
	})
}
