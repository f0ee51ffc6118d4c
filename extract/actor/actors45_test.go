package actor

import "testing"

// labelledCase is a document of dated sentences (datedDoc) and the
// "label/code/sector" the entity form of sentence sent should have, or
// "(none)" for no entity of that text.
type labelledCase struct {
	sentences []string
	sent      int
	form      string
	want      string
}

func checkLabelled(t *testing.T, v *Vocabulary, cases []labelledCase) {
	t.Helper()
	for _, c := range cases {
		text, es := datedDoc(t, v, c.sentences)
		got := "(none)"
		if e := entityAt(text, es, c.sent, c.form); e != nil {
			got = e.Label + "/" + e.Actor + "/" + e.Sector
		}
		if got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}

// TestUntaggedForces45 checks a numbered force's name that the tagger
// leaves untagged after a demonym: the state's military, as "the French
// 2nd Armored Division" is (untaggedForces); not a name written in lower
// case nor one with no number.
func TestUntaggedForces45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a history of the campaign of 1940 and one of the liberation of
		// the Netherlands
		{[]string{"In 1940 units of the French 4th Infantry Division crossed the Meuse."}, 0, "French 4th Infantry Division", "ORG/FRA/MIL"},
		{[]string{"In 1944 the Polish 1st Armoured Division reached Breda."}, 0, "Polish 1st Armoured Division", "ORG/POL/MIL"},
		// a later mention with no demonym takes the state it was
		// introduced with
		{[]string{"In 1940 units of the French 4th Infantry Division crossed the Meuse.", "In 1940 the 4th Infantry Division held Arras."}, 1, "4th Infantry Division", "ORG/FRA/MIL"},
		{[]string{"In 1944 the Polish 1st Armoured Division reached Breda.", "In 1944 the 1st Armoured Division crossed the Mark."}, 1, "1st Armoured Division", "ORG/POL/MIL"},
		// negative twins: no name, no number
		{[]string{"In 1940 the French 4th infantry division crossed the Meuse."}, 0, "French", "NORP/FRA/"},
		{[]string{"In 1944 the Polish Armoured Division reached Breda."}, 0, "Polish", "NORP/POL/"},
		// one never introduced with a state is an organisation of no one's
		{[]string{"In 1950 the 24th Infantry Division held the river."}, 0, "24th Infantry Division", "ORG//"},
		// negative twin: an ordinal before a name that ends in no unit's word
		{[]string{"In 1950 the 24th Street Bridge was closed."}, 0, "24th Street Bridge", "(none)"},
	})
}

// TestCivilFleets45 checks "fleet" before "of" and a civil noun
// (unless.tsv): no navy, while a fleet of warships stays one.
func TestCivilFleets45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a news report on fishing in the South China Sea and one on
		// airlines in the pandemic
		{[]string{"In 2016 a Chinese fleet of fishing trawlers entered the zone."}, 0, "Chinese fleet", "(none)"},
		{[]string{"In 2020 the Saudi fleet of airliners was grounded."}, 0, "Saudi fleet", "(none)"},
		{[]string{"In 2020 the Saudi fleet of airliners was grounded."}, 0, "Saudi", "NORP/SAU/"},
		// with a count between "of" and the civil noun
		{[]string{"In 2016 a Chinese fleet of 200 fishing boats entered the zone."}, 0, "Chinese fleet", "(none)"},
		{[]string{"In 1985 a Soviet fleet of forty trawlers fished off Angola."}, 0, "Soviet fleet", "(none)"},
		{[]string{"In 1942 the Japanese fleet of four carriers sailed east."}, 0, "Japanese fleet", "ORG/JPN/MIL"},
		// negative twins: a naval fleet, whatever follows
		{[]string{"In 1942 the Japanese fleet of carriers sailed south."}, 0, "Japanese fleet", "ORG/JPN/MIL"},
		{[]string{"In 1588 the Spanish fleets of galleons sailed north."}, 0, "Spanish fleets", "ORG/ESP/MIL"},
	})
}

// TestLaterRole45 checks a minister of a state that ended, named after
// its end: the dictionary's row of his new role, which holds then, not
// the project's row, which ended within the year (laterRole).
func TestLaterRole45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a history of the Caucasus wars and one of the war in Kosovo's
		// aftermath
		{[]string{"In July 1992 the Georgian leader Eduard Shevardnadze met Boris Yeltsin."}, 0, "Eduard Shevardnadze", "PERSON/GEO/GOV"},
		{[]string{"In 2000 George Robertson visited the NATO troops in Pristina."}, 0, "George Robertson", "PERSON/NATO/"},
		// negative twins: within the own row's dates
		{[]string{"In October 1991 Eduard Shevardnadze met James Baker in Moscow."}, 0, "Eduard Shevardnadze", "PERSON/SUN/GOV"},
		{[]string{"In 1998 George Robertson visited the British troops in Bosnia."}, 0, "George Robertson", "PERSON/GBR/GOV"},
	})
}

// TestTitleMods45 checks a title after a word of topical.tsv's titlemod
// rows ("Deputy President", "acting Foreign Minister"): a title still, so
// the demonym before it claims the name after it (nationals).
func TestTitleMods45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a news report from East Africa and one from Latin America
		{[]string{"In 2019 Kenyan Deputy President, Otieno Mwangi, visited Kampala."}, 0, "Otieno Mwangi", "PERSON/KEN/GOV"},
		{[]string{"In 2019 Kenyan Deputy President Otieno Mwangi visited Kampala."}, 0, "Otieno Mwangi", "PERSON/KEN/GOV"},
		{[]string{"In 2003 the Peruvian interim Foreign Minister, Luis Soto, resigned."}, 0, "Luis Soto", "PERSON/PER/GOV"},
		// negative twin: the modifier alone is no title
		{[]string{"In 2003 the Peruvian interim, Luis Soto, resigned."}, 0, "Luis Soto", "PERSON//"},
	})
}

// TestAppositionPlace45 checks a lone name the tagger took for a place,
// in apposition after a demonym and a title: a person of that state.
func TestAppositionPlace45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a news report on trade talks and a history of the War of the
		// Pacific
		{[]string{"In 2011 the Chilean ambassador, Varela, said the talks had failed."}, 0, "Varela", "PERSON/CHL/GOV"},
		{[]string{"In 1879 the Bolivian president, Daza, declared war."}, 0, "Daza", "PERSON/BOL/GOV"},
		// negative twin: no title before it, a place still
		{[]string{"In 2011 the Chilean port, Varela, was closed."}, 0, "Varela", "GPE//"},
	})
}

// TestFacilityHeads45 checks the buildings of named.tsv's FAC rows: the
// name before them is a facility's, no place of its own.
func TestFacilityHeads45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a history of Poland's arts and a news report from Cuba
		{[]string{"In 1905 the concert was held at the Grand Theater in Warsaw."}, 0, "Grand Theater", "FAC//"},
		{[]string{"In 2015 the opera opened in the Grand Theatre of Havana."}, 0, "Grand Theatre", "FAC//"},
		{[]string{"In 1962 the delegates stayed at the Grand Hotel in Rome."}, 0, "Grand Hotel", "FAC//"},
		// negative twin: a capital's name before the word keeps its actor
		{[]string{"In 1962 the delegates stayed at the Tehran hotel."}, 0, "Tehran", "GPE/IRN/"},
	})
}

// TestFoundings45 checks an undated member of a group whose row gives its
// founding (orgs.tsv's from): before it, the member is not the group's
// (foundings, At); from it, he is.
func TestFoundings45(t *testing.T) {
	v := testVocab(t)
	checkLabelled(t, v, []labelledCase{
		// a history of the Soviet war in Afghanistan and one of Egypt
		// after Sadat's assassination
		{[]string{"In 1986 Osama bin Laden financed Arab fighters in Afghanistan."}, 0, "Osama bin Laden", "PERSON//"},
		{[]string{"In 1981 Ayman al-Zawahiri was arrested in Cairo."}, 0, "Ayman al-Zawahiri", "PERSON//"},
		// negative twins: after the founding
		{[]string{"In 1998 Osama bin Laden declared war on the United States."}, 0, "Osama bin Laden", "PERSON/ALQAEDA/"},
		{[]string{"In 2011 Ayman al-Zawahiri succeeded him."}, 0, "Ayman al-Zawahiri", "PERSON/ALQAEDA/"},
	})
}
