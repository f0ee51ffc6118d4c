package lexicon_test

import "testing"

// TestThreatenedGroundIsNoThreat: an actor that threatens another's
// territory, flank or lines endangers them by its position (the NONE row
// "threaten" with object=territory|...|flank|...: it holds only with one
// of these as the verb's object); a threat to an actor, or one that
// announces an act on such ground, stays a threat. Only THREATEN events
// are shown. Cases of our own, from histories and news.
func TestThreatenedGroundIsNoThreat(t *testing.T) {
	checkSenses(t, []string{"THREATEN"}, []senseCase{
		{"territories threatened (history)", "In 1878 the Russian army threatened Turkey's Balkan provinces and Britain's communications with Egypt.", ""},
		{"a flank threatened (history)", "In 1943 the Soviet army threatened the German flank in Ukraine.", ""},
		{"an actor threatened (news)", "In 1990 Iraq threatened Kuwait with war.", "THREATEN IRQ>KWT"},
		{"an act on lines threatened (news)", "In 1990 Iraq threatened to cut Saudi Arabia's supply lines.", "THREATEN IRQ>SAU"},
		{"attacks on routes threatened (news)", "In 1979 Iran threatened the United States with attacks on its supply routes.", "THREATEN IRN>USA"},
	})
}

// TestTakenOutOfTheWar: taking a party out of a war or an alliance (the
// NONE rows "take", "took", "taken" with object=out of war|...) takes
// nothing from it; taking a town, or a town out of another's hands, stays a
// seizure. Only COERCE events are shown. Cases of our own, from histories.
func TestTakenOutOfTheWar(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"a state out of the war (history)", "In 1944 Soviet forces took Romania out of the war.", ""},
		{"a state out of the alliance (history)", "In 1955 the Soviet Union had taken Austria out of the alliance.", ""},
		{"a city taken (history)", "In 1940 Germany took Paris.", "COERCE DEU>FRA"},
		{"a city out of another's hands (history)", "In 1945 Soviet troops took Berlin out of German hands.", "COERCE SUN>DEU"},
	})
}
