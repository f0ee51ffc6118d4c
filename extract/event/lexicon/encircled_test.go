package lexicon_test

import "testing"

// TestEncircledIsASiege: an encirclement done (triggers.tsv's "encircled",
// past, object=ACTOR) of a named city, state or army is a siege, ASSAULT,
// not the dictionary's show of force; a planned one ("to encircle") and
// "encircled and attacked" (the attack's record) give no siege. A state
// encircled with bases or alliances (the row's with= flag) is a figure of
// policy, no armed act, by the row nor the dictionary's "encircle"; a city
// encircled with tanks stays a siege. Only ASSAULT and MOBILIZE events are
// shown. Cases of our own, from histories and news.
func TestEncircledIsASiege(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "MOBILIZE"}, []senseCase{
		{"a capital encircled (WW2)", "On 25 April 1945, 400,000 Soviet troops encircled Berlin.", "ASSAULT SUN>DEU"},
		{"an army encircled (Polish-Soviet War)", "In 1920 the Polish army encircled the Soviet forces near Warsaw.", "ASSAULT POL>SUN"},
		{"a plan to encircle (WW1)", "The German plan of 1914 was to attack France through Belgium and then to encircle the defenders of Paris.", "ASSAULT DEU>FRA"},
		{"bases (NATO news)", "Moscow complained in 2007 that NATO had encircled Russia with military bases.", ""},
		{"alliances (Cold War history)", "In 1954 the United States encircled China with alliances.", ""},
		{"tanks (Vietnam)", "In 1982 Israeli troops encircled Beirut with tanks.", "ASSAULT ISR>LBN"},
		{"armoured divisions (WW2)", "In 1941 the German army encircled the Soviet forces with armoured divisions near Kiev.", "ASSAULT DEU>SUN"},
		{"encircled and attacked (Korean War)", "In 1950 Chinese soldiers by the thousands encircled and attacked isolated American units near the reservoir.", "ASSAULT CHN>USA"},
	})
}
