package lexicon_test

import "testing"

// TestEncircledIsASiege: an encirclement done (triggers.tsv's "encircled",
// past, object=ACTOR) of a named city, state or army is a siege, ASSAULT,
// not the dictionary's show of force; a planned one ("to encircle") and
// "encircled and attacked" (the attack's record) give no siege. Only
// ASSAULT and MOBILIZE events are shown. Cases of our own, from histories.
func TestEncircledIsASiege(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "MOBILIZE"}, []senseCase{
		{"a capital encircled (Vietnam)", "On 27 April 1975, 100,000 North Vietnamese troops encircled Saigon.", "ASSAULT VDR>RVN"},
		{"an army encircled (Polish-Soviet War)", "In 1920 the Polish army encircled the Soviet forces near Warsaw.", "ASSAULT POL>SUN"},
		{"a plan to encircle (WW1)", "In 1914 the German army executed the Schlieffen Plan, designed to attack France through Belgium before turning south to encircle the French army.", "ASSAULT DEU>FRA"},
		{"encircled and attacked (Korean War)", "In 1950 thousands of Chinese soldiers encircled and attacked scattered American units.", "ASSAULT CHN>USA"},
	})
}
