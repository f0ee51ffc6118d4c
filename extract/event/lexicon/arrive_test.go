package lexicon_test

import "testing"

// TestForcesArrive: armed forces arriving in or at a place (triggers.tsv,
// "arrive" by=MIL) are deployed there, MOBILIZE, not the dictionary's
// military aid of ARRIVE's "&MILITARY *"; an envoy who arrives keeps the
// visit. Cases of our own, from histories and news.
func TestForcesArrive(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "AID", "CONSULT"}, []senseCase{
		{"troops arrived in a country (history)", "In 1990 American troops arrived in Saudi Arabia.", "MOBILIZE USA>SAU"},
		{"soldiers arrived in a country (history)", "In 1917 the first American soldiers arrived in France.", "MOBILIZE USA>FRA"},
		{"forces arrived at a city (news)", "In 2003 British forces arrived at Basra.", "MOBILIZE GBR>IRQ"},
		{"an envoy arrived (news)", "In 1962 the Soviet foreign minister arrived in Washington.", "CONSULT SUN>USA"},
	})
}
