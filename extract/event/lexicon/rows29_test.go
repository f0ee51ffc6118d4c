package lexicon_test

import "testing"

// Rows of triggers.tsv added in session 11 (triggers29) for other senses
// of war words read on the held-out texts: attacks in words, things torn
// down or up, a participle used as an adjective, and men picked off for
// talks. Each has a case where the act is coded and one where it must not
// be. Cases of our own, from histories and news.

// TestAttacksInWords: a verbal, rhetorical or scathing (counter)attack is a
// speech against someone, no armed act (NONE rows "verbal counterattack",
// "scathing attack", ...); an armed counterattack stays ASSAULT. Only
// ASSAULT events are shown.
func TestAttacksInWords(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an armed counterattack (news)", "In 1982 Iraqi forces launched a counterattack against Iran near Basra.", "ASSAULT IRQ>IRN"},
		{"an armed attack (history)", "In 1914 the German attack on Belgium began on 4 August.", "ASSAULT DEU>BEL"},
		{"a verbal counterattack (news)", "In 1991 Iraq launched a verbal counterattack against its American critics.", ""},
		{"a scathing attack (history)", "The Vietnamese president blamed Washington in 1975 in a scathing attack on American policy.", ""},
		{"a rhetorical attack (news)", "In 2003 France made a rhetorical attack on Britain at the United Nations.", ""},
		{"verbal attacks (news)", "In 2017 the verbal attacks of North Korea on Japan grew.", ""},
	})
}

// TestCampaignsOfWords: a diplomatic, political or propaganda
// counterattack or offensive, or a counterattack by diplomats, officials
// or the press (NONE "counterattack by" object=@speakers), is a campaign
// of words; one by tanks, troops or an army stays ASSAULT. Only ASSAULT
// events are shown.
func TestCampaignsOfWords(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a counterattack by tanks (news)", "In 1982 the counterattack by Iraqi tanks against Iran came at dawn.", "ASSAULT IRQ>IRN"},
		{"counterattacks by troops (history)", "In 1941 the counterattacks by Soviet troops against Germany failed.", "ASSAULT SUN>DEU"},
		{"a counterattack by diplomats (news)", "In 1991 the counterattack by Iraqi diplomats against Britain came at the United Nations.", ""},
		{"a diplomatic counteroffensive (news)", "In 1990 Iraq launched a diplomatic counteroffensive against Britain at the United Nations.", ""},
		{"a propaganda offensive (history)", "In 1940 Germany began a propaganda offensive against France.", ""},
	})
}

// TestTearingDown: tearing down or tearing up a thing (a flag, a wall, a
// treaty) harms no one, so the dictionary's TEAR gives nothing there (NONE
// rows "tear down", "tore up", ... with object=flag|wall|deal|...); forces
// tearing through a state, or tearing down an enemy's defences or lines,
// still attack it. Only ASSAULT events are shown.
func TestTearingDown(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"troops tore through an army (news)", "In 2003 American troops tore through the Iraqi army near Baghdad.", "ASSAULT USA>IRQ"},
		{"armies tore through a state (history)", "In 1940 German armies tore through France.", "ASSAULT DEU>FRA"},
		{"flags torn down (history)", "In 1941 German troops tore down the Soviet flags in Riga.", ""},
		{"a deal torn up (news)", "In 2018 the United States tore up the nuclear deal with Iran.", ""},
		{"a wall torn down (history)", "In 1989 East German crowds tore down the wall in Berlin.", ""},
		{"defences torn down (history)", "In 1943 the Soviet troops tore down the German defences at Kursk.", "ASSAULT SUN>DEU"},
		{"lines torn up (news)", "In 1982 Iraqi troops tore up the Iranian lines near Basra.", "ASSAULT IRQ>IRN"},
	})
}

// TestEthnicallyCleansedPlaces: "ethnically cleansed" after a determiner or
// a preposition is an adjective naming a place's state, no act (NONE rows
// "the ethnically cleansed", "on ethnically cleansed", ...); forces
// ethnically cleansing a place stay ASSAULT. Only ASSAULT events are shown.
func TestEthnicallyCleansedPlaces(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"villages cleansed (history)", "In 1992 Serb forces ethnically cleansed the Muslim villages of Bosnia.", "ASSAULT SRB>BIH"},
		{"looted and cleansed (news)", "In 1993 Croat forces looted and ethnically cleansed villages in Bosnia.", "ASSAULT HRV>BIH"},
		{"a report on cleansed areas (news)", "In 1995 the UN report on ethnically cleansed areas of Bosnia was published.", ""},
		{"a return to cleansed villages (history)", "In 1996 refugees returned to the ethnically cleansed villages of Croatia.", ""},
	})
}

// TestPickingOffMen: picking off fighting men, tanks or aircraft is
// shooting them one by one (ASSAULT; object=@troops|infantry|...);
// officers count only when armed forces pick them off (by=MIL); picking
// off a state's officers for talks or a rival's voters is no shot (the
// NONE row with object=officials|voters|...). Only ASSAULT and AGREE
// events are shown.
func TestPickingOffMen(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "AGREE"}, []senseCase{
		{"infantry picked off (history)", "In 1842 the Afghans picked off the British infantry.", "ASSAULT AFG>GBR"},
		{"soldiers picked off (news)", "In 1985 Afghan snipers picked off Soviet soldiers one by one.", "ASSAULT AFG>SUN"},
		{"officers picked off for talks (news)", "In 1991 the United States picked off Iraq's best officers for defection talks.", ""},
		{"voters picked off (news)", "In 2005 Britain picked off French voters in the election.", ""},
		{"officers picked off by an army (news)", "In 1982 the Iraqi army picked off Iranian officers one by one near Basra.", "ASSAULT IRQ>IRN"},
	})
}

// TestTrainedAsAdjective: "trained" after an adverb of degree or a
// determiner names soldiers' skill, no training given (NONE rows "well
// trained", "highly trained", "the trained", ...); a state training another
// state's troops stays COOPERATE train. Only COOPERATE events are shown.
func TestTrainedAsAdjective(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"troops trained (news)", "In 2005 the United States trained Iraqi soldiers.", "COOPERATE USA>IRQ"},
		{"the troops of a state trained (news)", "In 2007 Israel trained the troops of Georgia.", "COOPERATE ISR>GEO"},
		{"well trained soldiers used (news)", "In 1982 Iraq used well trained soldiers against Iran.", ""},
		{"highly trained men (history)", "In 1916 the Germans had highly trained men on the Somme.", ""},
	})
}
