package lexicon_test

import "testing"

// Rows of triggers.tsv for military motion, event nouns and verb-object
// phrases that judge12's recall reading found missing. Cases of our own,
// from histories and news.

// TestArmedAdvanceInto: armed forces advancing into another's country make
// an incursion (ASSAULT); advancing alone, advancing a plan, and
// "advanced" as an adjective are no incursion. Only ASSAULT events are
// shown.
func TestArmedAdvanceInto(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"troops advancing into a country (news)", "Turkish columns advanced into Northern Iraq in February 2008 to hunt PKK fighters.", "ASSAULT TUR>IRQ"},
		{"an army advancing into a country (history)", "In 1917 the Italian army advanced into Austria.", "ASSAULT ITA>AUT"},
		{"an army advancing a distance (history)", "In 1918 the German army advanced ten miles.", ""},
		{"a timetable advanced (news)", "In 1999 the Serbian army advanced its timetable for the offensive.", ""},
		{"an adjective (news)", "In 1950 the army's highly advanced weapons impressed China.", ""},
	})
}

// TestArmedReach: armed forces reaching a place an actor names end a move
// on it (MOBILIZE); reaching an agreement, a strength or a river names no
// place. Only MOBILIZE events are shown.
func TestArmedReach(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"a capital reached (history)", "In 1944 Soviet troops reached Warsaw.", "MOBILIZE SUN>POL"},
		{"a capital reached (news)", "In 2003 the American army reached Baghdad.", "MOBILIZE USA>IRQ"},
		{"an agreement reached (news)", "In 1984 the Pakistani army reached an agreement with India.", ""},
		{"a strength reached (history)", "In 1950 the army reached a strength of 100,000 men.", ""},
		{"a conclusion reached (history)", "In 1945 the Soviet army reached the conclusion that Germany was beaten.", ""},
	})
}

// TestCrossingABorder: armed forces crossing a border or a dividing
// parallel invade (ASSAULT); crossing a river, refugees crossing, and a
// right to cross claimed are none. Only ASSAULT events are shown.
func TestCrossingABorder(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a border crossed (news)", "In 1990 the Iraqi army crossed the Kuwaiti border.", "ASSAULT IRQ>KWT"},
		{"a border crossed (history)", "In 1939 German troops crossed the Polish border.", "ASSAULT DEU>POL"},
		{"a river crossed (history)", "In 1950 the North Korean army crossed the Han River.", ""},
		{"refugees crossing (news)", "In 2015 Syrian refugees crossed the Turkish border.", ""},
		{"a right to cross (news)", "In 2019 the Iranian military asserted its right to cross the Afghan border.", ""},
	})
}

// TestDrivingOutAndMarchingOn: armed forces driving out an enemy's forces
// or marching on a place use force (ASSAULT); students marching on a
// building, or against a war, do not. Only ASSAULT events are shown.
func TestDrivingOutAndMarchingOn(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an army driven out (news)", "In 1991 American forces drove out the Iraqi army from Kuwait.", "ASSAULT USA>IRQ"},
		{"a city marched on (history)", "In 1812 the French army marched on Moscow.", "ASSAULT FRA>RUS"},
		{"students marching on a building (history)", "In 1968 students marched on the Pentagon.", ""},
		{"students marching against a war (news)", "In 1963 American students marched against the war.", ""},
		{"protesters driven out (news)", "In 1980 the police drove the protesters out of the square.", ""},
	})
}

// TestMakingAStand: armed forces making a stand against an enemy fight it
// (ASSAULT); a stand against a cause by no armed subject is none. Only
// ASSAULT events are shown.
func TestMakingAStand(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a stand against an army (history)", "In 1915 British troops made a stand against the Ottoman army.", "ASSAULT GBR>TUR"},
		{"a stand after a retreat (history)", "Having retreated for weeks, the Serbian army made a stand against the Austrians in 1915.", "ASSAULT SRB>AUT"},
		{"a stand against a cause (news)", "In 1965 King made a stand against segregation.", ""},
	})
}

// TestAssigningForces: forces assigned to another's command are military
// cooperation (COOPERATE); blame or a priority assigned is none. Only
// COOPERATE events are shown.
func TestAssigningForces(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"divisions assigned (history)", "In 1918 the United States assigned four divisions to the French army.", "COOPERATE USA>FRA"},
		{"divisions assigned (news)", "In 1991 the Pentagon assigned two divisions to the Saudi command.", "COOPERATE USA>SAU"},
		{"blame assigned (news)", "In 1991 Britain assigned the blame to Iraq.", ""},
		{"a priority assigned (news)", "In 1991 the United States assigned a high priority to the talks.", ""},
	})
}

// TestInterventionNoun: an intervention is a use of force in another's
// country (ASSAULT); a diplomatic or currency intervention, or one in the
// economy, is none. Only ASSAULT events are shown.
func TestInterventionNoun(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an intervention (history)", "In 1950 Chinese intervention in Korea began in October.", "ASSAULT CHN>KOR"},
		{"an intervention (news)", "In 1994 American intervention in Haiti restored Aristide.", "ASSAULT USA>HTI"},
		{"a diplomatic intervention (history)", "In 1956 Egyptian diplomatic intervention ended the dispute.", ""},
		{"a currency intervention (news)", "In 2008 Japan's currency intervention weakened the yen.", ""},
		{"an intervention in the economy (news)", "In 1985 the Reagan administration opposed government intervention in the economy.", ""},
	})
}

// TestCoupNoun: a coup is a seizure of power by force (ASSAULT); a
// diplomatic coup or a coup de grace is none. Only ASSAULT events are
// shown.
func TestCoupNoun(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a coup staged (history)", "In 1973 the Chilean army staged a coup against Allende.", "ASSAULT CHL>CHL"},
		{"a coup organized (news)", "In 1953 the CIA organized a coup against Mossadegh in Iran.", "ASSAULT USA>IRN"},
		{"a diplomatic coup (history)", "In 1972 Nixon's visit to China was a diplomatic coup.", ""},
		{"a coup de grace (history)", "In 1945 the Soviet Union delivered the coup de grace to Germany.", ""},
	})
}

// TestRisingNoun: a revolt, rebellion or uprising is an armed rising
// (ASSAULT); a tax or backbench revolt is a vote or a protest. Only
// ASSAULT events are shown.
func TestRisingNoun(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a rebellion begun (history)", "In 1857 Indian soldiers began a rebellion against British rule.", "ASSAULT IND>GBR"},
		{"an uprising begun (history)", "In 1956 Hungarians began an uprising against the Soviet Union.", "ASSAULT HUN>SUN"},
		{"a rebellion failed (news)", "In 1916 the Irish rebellion against Britain failed.", "ASSAULT IRL>GBR"},
		{"a tax revolt (news)", "In 1978 California voters staged a tax revolt against Sacramento.", ""},
		{"a backbench revolt (news)", "In 2019 British MPs staged a backbench revolt against Theresa May.", ""},
	})
}

// TestRevokingALicence: revoking a licence or license is a sanction
// (SANCTION); revoking a law is none. Only SANCTION events are shown.
func TestRevokingALicence(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"a license revoked (news)", "In 2005 Venezuela revoked the license of a Colombian oil company.", "SANCTION VEN>COL"},
		{"a law revoked (news)", "In 2005 Venezuela revoked the law on foreign investment.", ""},
	})
}

// TestProvidingMen: men and manpower provided to another are aid (AID, the
// objects.tsv class "provided"); a thing that provides men with a chance
// is none. Only AID events are shown.
func TestProvidingMen(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"men provided (history)", "In 1914 India provided men and resources to Britain.", "AID IND>GBR"},
		{"manpower provided (news)", "In 1991 Egypt provided manpower to Saudi Arabia.", "AID EGY>SAU"},
		{"men given a chance (history)", "In 1914 the war provided men with opportunities.", ""},
	})
}
