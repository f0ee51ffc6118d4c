package lexicon_test

import "testing"

// TestWonVictoryOver: winning a victory over another side, or a battle or
// a war against it, is an ASSAULT of the winner on the loser
// (triggers.tsv rows "win"/"won" with object=victory over|... and
// target=over, or object=battle against|war against|... and
// target=against); a victory for a cause, the war of words, independence
// or support won name no side, a victory in a final is figurative
// (event/assert.go figurative now skips a verb row's own preposition and
// its target too), and a battle won in a place or a war over one names no
// loser.
// Only ASSAULT events told as done are shown. Cases of our own, from
// histories and news.
func TestWonVictoryOver(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"won a victory over (history)", "In 1967 Israel won a decisive victory over Egypt.", "ASSAULT ISR>EGY"},
		{"won the battle against (history)", "In 1805 Britain won the battle against France at Trafalgar.", "ASSAULT GBR>FRA"},
		{"won the war against (news)", "In 1991 the United States won the war against Iraq within weeks.", "ASSAULT USA>IRQ"},
		{"a war over a place: the noun's war, no loser (history)", "In 1982 Britain won the war over the Falklands.", "ASSAULT GBR>"},
		{"a battle in a place (history)", "In 1812 the British army won a battle in Spain.", ""},
		{"a war against a thing (scholarly)", "In 1980 France won the war against inflation.", ""},
		{"a victory in a final (sport)", "In 1979 England won a victory over Australia in the final.", ""},
		{"a victory in a cup final (news)", "On Sunday Argentina won a victory over France in the World Cup final.", ""},
		{"a victory for a cause (scholarly)", "In 1945 Britain won a victory for democracy.", ""},
		{"the war of words (news)", "In 1962 India won the war of words against China.", ""},
		{"independence won (history)", "In 1962 Algeria won independence from France.", ""},
		{"support won (history)", "In 1941 Britain won the support of the United States.", ""},
		{"never won (history)", "In 1914 Serbia never won a victory over Austria.", ""},
	})
}

// TestResistancePutUp: resistance put up or offered is the resistance
// noun's act, ASSAULT by the resister only against an attack or an armed
// side (NONE rows "put up"/"offer" with object=resistance); resistance put
// up to a reform or a plan is no ACCUSE (the dictionary's "* UP
// RESISTANCE"), nor an offer AGREE. Cases of our own, from histories and
// news.
func TestResistancePutUp(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"put up resistance to an invasion (history)", "In 1939 Finland put up fierce resistance to the Soviet invasion.", "ASSAULT FIN>SUN"},
		{"put up resistance against an army (history)", "In 1940 Greece put up stubborn resistance to the Italian army.", "ASSAULT GRC>ITA"},
		{"put up resistance to a reform (news)", "In 1990 Germany put up resistance to the reform.", ""},
		{"put up resistance to a state's plan (scholarly)", "In 1991 France put up resistance to the Soviet plan.", ""},
		{"offered resistance to a plan (news)", "In 1991 France offered resistance to the plan.", ""},
		{"put up little resistance (history)", "In 1940 Denmark put up little resistance.", ""},
	})
}

// TestPutUpIsLight: "put up" is a light verb of two words (lightverbs.txt
// "put up", read by event/roles.go afterLightVerb as a verb and its
// particle): the event noun after it, past an article and modifiers, is
// its subject's act. Nouns after a preposition, and no event noun, name
// none. Only ASSAULT and AID events are shown. Cases of our own, from
// histories and news.
func TestPutUpIsLight(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "AID"}, []senseCase{
		{"an article before the noun (history)", "In 1939 Finland put up a fierce resistance to the Soviet invasion.", "ASSAULT FIN>SUN"},
		{"a fight put up (history)", "In 1940 the Greek army put up a stubborn fight against the Italian invaders.", "ASSAULT GRC>ITA"},
		{"resistance to a reform (news)", "In 1990 Germany put up a stubborn resistance to the reform.", ""},
		{"money put up for aid (news)", "In 1991 Japan put up the money for aid to Iraq.", ""},
		{"money put up for a war (news)", "In 1991 Japan put up money for the war against Iraq.", ""},
	})
}
