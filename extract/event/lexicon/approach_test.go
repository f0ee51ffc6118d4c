package lexicon_test

import "testing"

// TestForcesApproach: armed forces approaching a place (triggers.tsv,
// "approach" by=MIL) move on it, MOBILIZE, not the dictionary's military
// aid of ARRIVE's "&MILITARY *"; a state that approaches another keeps the
// dictionary's consultation. Cases of our own, from histories and news.
func TestForcesApproach(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "AID", "CONSULT"}, []senseCase{
		{"armies approached a capital (history)", "Soviet armies approached Warsaw from the north in August 1920.", "MOBILIZE SUN>POL"},
		{"troops approached a capital (history)", "In 1941 German troops approached Moscow.", "MOBILIZE DEU>RUS"},
		{"a state approached another (news)", "In 2003 Iran approached Russia.", "CONSULT IRN>RUS"},
	})
}
