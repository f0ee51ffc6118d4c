package lexicon_test

import "testing"

// Rows of triggers.tsv added in session 11 (triggers28) for verbs and
// nouns of war that the lexicon lacked, each with a case where it names
// the event and one where it must not. Cases of our own, from histories
// and news.

// TestConquest: conquering a state or a people is taking it by force
// (ASSAULT invasion, "conquer" with the actor flag, "conquest"); a
// market, a mountain or a fear conquered is none (the actor flag and the
// NONE row with object=market|...). Only ASSAULT events are shown.
func TestConquest(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a state conquered (history)", "In 1916 the Austrians conquered Montenegro.", "ASSAULT AUT>MNE"},
		{"a state conquered (history 2)", "In 1940 Germany conquered Norway in two months.", "ASSAULT DEU>NOR"},
		{"the conquest of a state (history)", "In 1939 the German conquest of Poland took five weeks.", "ASSAULT DEU>POL"},
		{"a state's market conquered (news)", "In 1990 Japan conquered the American car market.", ""},
		{"a mountain conquered (news)", "In 1953 Britain's climbers conquered Everest.", ""},
		{"the conquest of space (history)", "The conquest of space began in 1957.", ""},
	})
}

// TestCounterattacks: a counter-attack or a counter-offensive, written
// whole or with a hyphen, is an attack (ASSAULT), as an offensive is; one
// on a budget has no actor for its target; one with no party named gives
// nothing. Only ASSAULT events are shown.
func TestCounterattacks(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a counteroffensive (history)", "In 1920 the Polish counteroffensive against the Soviet Union began on 16 August.", "ASSAULT POL>SUN"},
		{"a counter-offensive (history)", "In 1944 the German counter-offensive against the Americans in the Ardennes failed.", "ASSAULT DEU>USA"},
		{"counterattacked (history)", "In 1943 the Soviets counterattacked the Germans at Kursk.", "ASSAULT SUN>DEU"},
		{"counter-attacks (history)", "In 1941 the Soviet counter-attacks against Germany failed.", "ASSAULT SUN>DEU"},
		{"a counter-attack on a budget (news)", "In 1995 Britain's counter-attack on the Labour budget failed.", ""},
		{"no party named (history)", "The counteroffensive began in August.", ""},
	})
}

// TestPacification: a pacification of a place is a military campaign
// against its people (ASSAULT repress); a pacification programme or one of
// opinion names no party. Only ASSAULT events are shown.
func TestPacification(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a city's pacification (news)", "In 2004 the American pacification of Fallujah failed.", "ASSAULT USA>IRQ"},
		{"a province's pacification (history)", "In 1968 the American pacification of Vietnam's provinces failed.", "ASSAULT USA>VNM"},
		{"a pacification program (history)", "In 1967 the pacification program in South Vietnam cost millions of dollars.", ""},
		{"opinion pacified (history)", "The pacification of Japanese public opinion after 1945 was swift.", ""},
	})
}

// TestTearingThrough: armed forces tearing through a country or an army
// attack it ("tear", "tore", "torn" with object=through, by=MIL); a
// hurricane tearing through a state or a treaty torn up is none. Only
// ASSAULT events are shown.
func TestTearingThrough(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"armies tore through a state (history)", "In 1940 German armies tore through France.", "ASSAULT DEU>FRA"},
		{"troops tore through an army (news)", "In 2003 American troops tore through the Iraqi army near Baghdad.", "ASSAULT USA>IRQ"},
		{"a hurricane (news)", "In 2005 a hurricane tore through Louisiana.", ""},
		{"a treaty torn up (history)", "In 1990 Germany tore up the treaty with France.", ""},
	})
}

// TestPickingOff: picking off an enemy's men is an attack (ASSAULT, "pick
// off" with the actor flag); picking off seats is none. Only ASSAULT
// events are shown.
func TestPickingOff(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"infantry picked off (history)", "In 1842 the Afghans picked off the British infantry.", "ASSAULT AFG>GBR"},
		{"soldiers picked off (news)", "In 2016 Afghan snipers picked off American soldiers in Helmand.", "ASSAULT AFG>USA"},
		{"seats picked off (news)", "In 2004 the Democrats picked off three Republican seats.", ""},
	})
}

// TestRoundingOn: rounding on a government is criticizing it (ACCUSE,
// "rounded on", "rounding on" with the actor flag); a round of talks on
// a day or a programme is the noun. Only ACCUSE events are shown.
func TestRoundingOn(t *testing.T) {
	checkSenses(t, []string{"ACCUSE"}, []senseCase{
		{"the press rounded on a government (history)", "In 1968 the French press rounded on the American government.", "ACCUSE FRA>USA"},
		{"a state rounded on another (news)", "In 2003 Germany rounded on the United States over Iraq.", "ACCUSE DEU>USA"},
		{"a round on a day (news)", "In 1990 Iraq held a second round on Monday with Iran.", ""},
		{"rounds on a programme (news)", "In 2003 the United States held two rounds on Iran's program.", ""},
		{"figures rounded (history)", "The figures were rounded on the basis of the 1990 census.", ""},
	})
}

// TestEthnicallyCleansed: ethnically cleansing a place is ethnic
// cleansing (ASSAULT) without the dictionary's "from"; a river cleansed
// is none. Only ASSAULT events are shown.
func TestEthnicallyCleansed(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"villages ethnically cleansed (history)", "In 1992 Serbian militias ethnically cleansed Bosnian villages.", "ASSAULT SRB>BIH"},
		{"ethnically cleansing a state (news)", "In 1999 Serbian forces were ethnically cleansing Croatia.", "ASSAULT SRB>HRV"},
		{"a river cleansed (news)", "The Serbs cleansed the river of pollution.", ""},
	})
}

// TestBroughtUnderControl: bringing or getting a place under one's
// control is taking it (COERCE occupy); inflation or a fire brought under
// control is none. Only COERCE events are shown.
func TestBroughtUnderControl(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"brought under its control (history)", "In 1939 the Soviet Union brought eastern Poland under its control.", "COERCE SUN>POL"},
		{"got under their control (history)", "By April 1918 the Romanian army had got under its control all of Moldova.", "COERCE ROU>MDA"},
		{"inflation brought under control (news)", "In 1990 the United States brought inflation under control.", ""},
		{"a fire brought under control (news)", "In 1990 France brought the fire under control in Paris.", ""},
	})
}

// TestTroopSupportReduced: reducing one's troop support or troop levels
// is a withdrawal (RETREAT, "reduce" with object=troop support|...);
// reducing troop support payments or support for a war is none. Only
// RETREAT events are shown.
func TestTroopSupportReduced(t *testing.T) {
	checkSenses(t, []string{"RETREAT"}, []senseCase{
		{"troop support reduced (history)", "In 1971 the United States began reducing its troop support to South Korea.", "RETREAT USA>KOR"},
		{"troop levels reduced (news)", "In 1992 the United States reduced its troop levels in Europe.", "RETREAT USA>"},
		{"troop support payments (news)", "In 1990 Japan reduced troop support payments to the United States.", ""},
		{"support for a war (history)", "In 1990 Americans reduced their support for the war.", ""},
	})
}

// TestPopularResistance: popular or civil resistance against a state is
// a protest (PROTEST); resistance to a tax, or civil resistance as a
// subject of study, names no party. Only PROTEST events are shown.
func TestPopularResistance(t *testing.T) {
	checkSenses(t, []string{"PROTEST"}, []senseCase{
		{"popular resistance (history)", "In 1774 Americans began popular resistance to Britain.", "PROTEST USA>GBR"},
		{"civil resistance (history)", "In 1930 Indians began a campaign of civil resistance against Britain.", "PROTEST IND>GBR"},
		{"resistance to a tax (history)", "Popular resistance to the tax on tea was fierce.", ""},
		{"a subject of study (news)", "Civil resistance is studied by scholars such as Gene Sharp.", ""},
	})
}

// TestBattleOfX: "the Battle of X" has no row. A battle whose sides the
// sentence names is the verb's ("defeated", "fought"), one event; the
// battle's name alone, with no actor, gives nothing, nor does a battle
// named after a state ("the Battle of Britain"). Only ASSAULT events are
// shown.
func TestBattleOfX(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"the sides by the verb (history)", "At the Battle of Sedan the Germans defeated the French.", "ASSAULT DEU>FRA"},
		{"the sides by the verb (history 2)", "In 1916 Austria-Hungary fought Montenegro at the Battle of Mojkovac.", "ASSAULT AUT>MNE"},
		{"the name alone (history)", "The Battle of Sedan was fought in 1870.", ""},
		{"named after a state (history)", "In 1940 the Battle of Britain began over England.", ""},
	})
}
