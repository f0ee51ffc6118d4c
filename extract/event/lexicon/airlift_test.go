package lexicon_test

import "testing"

// TestAirlift: forces airlifted to a place are deployed (triggers.tsv,
// "airlift" with an object list of forces: MOBILIZE); supplies airlifted
// are aid; neither is the dictionary's intent to meet (FLY's "* (TO)").
// Cases of our own, from histories and news.
func TestAirlift(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"troops airlifted (history)", "In 1979 the Soviet Union airlifted troops to Kabul.", "MOBILIZE SUN>AFG"},
		{"marines airlifted (news)", "In 1994 the United States airlifted marines to Haiti.", "MOBILIZE USA>HTI"},
		{"supplies airlifted (history)", "In 1948 the United States airlifted supplies to Berlin.", "AID USA>DEU"},
		{"food airlifted (news)", "In 1999 Britain airlifted food to Albania.", "AID GBR>ALB"},
	})
}
