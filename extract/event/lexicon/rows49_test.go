package lexicon_test

import "testing"

// Rows of triggers49 (held-out recall classes of session 17: verb + object
// frames, event nouns, verbs missing). Cases of our own, from histories of
// other wars (the Crimean, Franco-Prussian, Balkan, Winter and Iran-Iraq
// wars, the Polish risings) and news; only the categories named are shown.

// TestScatteredArmyIsAttack: scattering or immobilizing another's army,
// and brushing aside its defences, beat it in battle; leaves, a car,
// objections and one's own troops name no attack.
func TestScatteredArmyIsAttack(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"Kumanovo (Balkan wars)", "In 1912 the Serbian army scattered the Ottoman army at Kumanovo.", "ASSAULT SRB>TUR"},
		{"Suomussalmi (Winter war)", "In 1940 the Finnish army immobilized the Soviet divisions at Suomussalmi.", "ASSAULT FIN>SUN"},
		{"Khorramshahr (Iran-Iraq war)", "In 1980 the Iraqi army brushed aside the Iranian defences at Khorramshahr.", "ASSAULT IRQ>IRN"},
		{"leaves (other sense)", "In 1870 the wind scattered the leaves.", ""},
		{"its own troops (Winter war)", "In 1940 Finland scattered its troops across the country.", ""},
		{"a car (other sense)", "In 1940 the police immobilized the car.", ""},
		{"objections (Iran-Iraq war)", "In 1980 Iraq brushed aside the objections of Iran.", ""},
		{"concerns (news)", "In 2003 the United States brushed aside France's concerns.", ""},
	})
}

// TestStatePushedFormations: a state named for its army that pushes
// another's formations back attacks them, as armed forces do; pushing for
// talks, or pushing a reform back, is none.
func TestStatePushedFormations(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "REQUEST"}, []senseCase{
		{"divisions (Iran-Iraq war)", "In 1987 Iran pushed the Iraqi divisions back across the border.", "ASSAULT IRN>IRQ"},
		{"a corps (Balkan wars)", "In 1912 Bulgaria pushed the Ottoman corps back to Chatalja.", "ASSAULT BGR>TUR"},
		{"its own troops (Iran-Iraq war)", "In 1987 Iran pushed its troops towards Basra.", ""},
		{"a reform (other sense)", "In 1987 Iran pushed the reform back to 1988.", ""},
	})
}

// TestInsurgencyNoun: an insurgency against a state is a rebellion; one
// with no actor in its slots names none.
func TestInsurgencyNoun(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"the January rising (1863)", "The Polish insurgency against Russia began in 1863.", "ASSAULT POL>RUS"},
		{"the Algerian war", "In 1954 the Algerian insurgency against France began.", "ASSAULT DZA>FRA"},
		{"no actor (1864)", "The insurgency was crushed in 1864.", ""},
	})
}

// TestMusteredForces: mustering or gathering an army, troops or a fleet is
// mobilizing them, the state alone when no side is named; a meeting, the
// harvest or the courage gathered is none.
func TestMusteredForces(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"an army (Franco-Prussian war)", "In 1870 Prussia mustered an army of 300,000 men.", "MOBILIZE DEU>"},
		{"troops (Franco-Prussian war)", "In 1870 Prussia mustered its troops on the Rhine.", "MOBILIZE DEU>"},
		{"a fleet (Crimean war)", "In 1854 Britain gathered a fleet in the Baltic.", "MOBILIZE GBR>"},
		{"leaders met (other sense)", "In 1870 the leaders gathered in Paris.", ""},
		{"the harvest (other sense)", "In 1940 Finland gathered the harvest.", ""},
		{"the courage (other sense)", "In 1870 Prussia mustered the courage to resist.", ""},
		{"troops as subject (Crimean war)", "In 1854 the troops gathered at Varna.", ""},
	})
}

// TestBurnedBuildings: burning another's buildings or records destroys
// them; a house that burns, wood burned and one's own documents are none.
func TestBurnedBuildings(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a manor house (Crimean war)", "In 1854 the British fleet burned the manor house of a Finnish merchant.", "ASSAULT GBR>FIN"},
		{"archives (1941)", "In 1941 the German army burned the archives of Kiev.", "ASSAULT DEU>UKR"},
		{"its own documents (Winter war)", "In 1940 the Soviet embassy burned its documents.", ""},
		{"the house burned (intransitive)", "The manor house burned in 1905.", ""},
		{"wood (other sense)", "In 1940 Finland burned wood for fuel.", ""},
		{"anger (other sense)", "In 1940 the Soviet army burned with anger at Finland.", ""},
	})
}

// TestResistanceEncountered: armed forces that encounter resistance from a
// party are fought by it; a plan's resistance, resistance with no party
// named, and armies that encounter each other are none.
func TestResistanceEncountered(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"the Alma (Crimean war)", "In 1854 the British army encountered fierce resistance from the Russian army at the Alma.", "ASSAULT RUS>GBR"},
		{"Adrianople (Balkan wars)", "In 1912 the Bulgarian army encountered resistance from the Ottoman garrison at Adrianople.", "ASSAULT TUR>BGR"},
		{"a plan (Franco-Prussian war)", "In 1870 the French plan encountered resistance from Prussia.", ""},
		{"no party (Winter war)", "In 1940 the Soviet army encountered resistance in Karelia.", ""},
		{"armies meet (Crimean war)", "In 1854 the British army encountered the Russian army at the Alma.", ""},
	})
}

// TestNationalizingNouns: a state's Russification or Magyarization of a
// people it rules coerces them; with no actor in the noun's slots, or in
// its negation, there is no act.
func TestNationalizingNouns(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"Finland (1899)", "In 1899 Russia began the Russification of Finland.", "COERCE RUS>FIN"},
		{"Slovakia (1880)", "In 1880 Hungary began the Magyarization of Slovakia.", "COERCE HUN>SVK"},
		{"Poland (1939)", "In 1939 Germany began the Germanization of Poland.", "COERCE DEU>POL"},
		{"words (other sense)", "The Germanization of English words was slow.", ""},
		{"a language (other sense)", "The Russification of the Russian language was debated in 1900.", ""},
		{"negated (1899)", "In 1899 Russia did not begin the Russification of Finland.", ""},
	})
}
