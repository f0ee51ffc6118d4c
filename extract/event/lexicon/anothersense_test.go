package lexicon_test

import "testing"

// Rows of triggers.tsv (and one pattern left out of the dictionary) for a
// trigger word used in another sense than its event's. Cases of our own,
// from histories and news.

// TestUsingOwnForcesIsNoCooperation: the dictionary's UTILIZE "* &MILITARY"
// (062, written for EXERCISE) is left out (cmd/vocabgen/data/
// cameo-patterns-dropped.tsv): using one's own forces or military force
// is no cooperation with the target; the fight is the event. Its weapon
// pattern stays. Only COOPERATE and ASSAULT events are shown.
func TestUsingOwnForcesIsNoCooperation(t *testing.T) {
	checkSenses(t, []string{"COOPERATE", "ASSAULT"}, []senseCase{
		{"reserves used to fight (history)", "In 1879 Chile used most of its naval reserves to fight Peru.", "ASSAULT CHL>PER"},
		{"military force used (news)", "In 2003 the United States used military force against Iraq.", ""},
		{"chemical weapons used (news)", "In 1988 Iraq used chemical weapons against Iran.", "ASSAULT IRQ>IRN"},
	})
}

// TestTourOfDutyIsNoVisit: a tour of duty (NONE rows) is a soldier's term
// of service; a tour of a country stays a visit. Only CONSULT events are
// shown.
func TestTourOfDutyIsNoVisit(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"tours of duty (news)", "In 2005 the Pentagon extended the tours of duty of US troops in Iraq.", ""},
		{"a tour of duty (history)", "In 1968 American soldiers began a tour of duty in Vietnam.", ""},
		{"a country toured (history)", "In 1972 Nixon toured China.", "CONSULT USA>CHN"},
		{"a tour made (news)", "In 2006 the Chinese president began a tour of Africa in Nigeria.", "CONSULT CHN>NGA"},
	})
}

// TestBackInACompound: "back" joined by a hyphen to the word after it is a
// word of a compound (NONE row "back -"), not the verb "back" (endorse).
// Only SUPPORT events are shown.
func TestBackInACompound(t *testing.T) {
	checkSenses(t, []string{"SUPPORT"}, []senseCase{
		{"back-against-the-sea (history)", "Pinned to the coast in 1950, the Americans held a \"back-against-the-sea\" perimeter around Pusan.", ""},
		{"back-to-the-wall (history)", "In 1941 Britain fought a back-to-the-wall defence against Germany.", ""},
		{"back-channel (news)", "In 1971 the United States opened back-channel talks with China.", ""},
		{"rebels backed (history)", "In 1980 the United States backed the Afghan rebels.", "SUPPORT USA>AFG"},
		{"a plan backed (news)", "In 2019 France backed the German plan.", "SUPPORT FRA>DEU"},
	})
}

// TestVetoHeldIsNoVeto: a veto power held (NONE rows: "royal veto", "veto
// power", "right of veto") is no veto cast; a veto cast or a verb "veto"
// stays a rejection. Only REJECT events are shown.
func TestVetoHeldIsNoVeto(t *testing.T) {
	checkSenses(t, []string{"REJECT"}, []senseCase{
		{"a royal veto retained (history)", "In 1791 France's king still held a royal veto.", ""},
		{"a veto power (news)", "In 1946 the Soviet Union kept its veto power in the United Nations.", ""},
		{"a right of veto (history)", "In 1815 Austria claimed a right of veto over German affairs.", ""},
		{"a resolution vetoed (news)", "In 2017 Russia vetoed a British resolution on Syria.", "REJECT RUS>GBR"},
		{"a resolution vetoed (history)", "In 1956 Britain and France vetoed an American resolution on Suez.", "REJECT GBR,FRA>USA"},
	})
}

// TestSeizingControlIsOneSeizure: "seize control" is one seizure (COERCE);
// "control" is its object, no show of force of its own. Only COERCE and
// MOBILIZE events are shown.
func TestSeizingControlIsOneSeizure(t *testing.T) {
	checkSenses(t, []string{"COERCE", "MOBILIZE"}, []senseCase{
		{"control seized from forces (news)", "In 2014 the Mahdi Army tried to seize control from Syrian security forces.", "COERCE MAHDI_ARMY>SYR"},
		{"control of a city seized (history)", "In 1996 the Taliban seized control of Kabul from the government.", "COERCE TALIBAN>AFG"},
		{"a town seized (history)", "In 1940 German troops seized the Norwegian port of Narvik.", "COERCE DEU>NOR"},
	})
}

// TestApproachingAStageNamed: approaching what someone names (NONE rows
// "approach what they", "approach what he") is no move on a place; armed
// forces approaching a place stay a deployment. Only MOBILIZE events are
// shown.
func TestApproachingAStageNamed(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"a stage they name (news)", "In 2011 NATO commanders approached what they called the handover in Libya.", ""},
		{"a stage he names (history)", "In 1944 the Soviet army approached what he called the decisive phase of the war.", ""},
		{"a capital approached (history)", "Soviet cavalry approached Warsaw from the east in August 1920.", "MOBILIZE SUN>POL"},
		{"a town left approached (history)", "In 1945 Soviet troops approached what was left of Berlin.", "MOBILIZE SUN>DEU"},
	})
}

// TestExpellingForcesIsAssault: armed forces that expel another's forces
// from a place drive them out by force (ASSAULT, by=MIL with an object of
// forces); a state that expels diplomats or troops keeps the sanction.
// Only ASSAULT and SANCTION events are shown.
func TestExpellingForcesIsAssault(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "SANCTION"}, []senseCase{
		{"an army expelled (history)", "In 1950 American troops expelled the North Korean army from Seoul.", "ASSAULT USA>PRK"},
		{"forces expelled (history)", "In 1945 Soviet troops expelled the German forces from Poland.", "ASSAULT SUN>DEU"},
		{"troops expelled by a state (history)", "In 1972 Egypt expelled the Soviet troops.", "SANCTION EGY>SUN"},
		{"a diplomat expelled (news)", "In 1980 Iran expelled the Iraqi ambassador.", "SANCTION IRN>IRQ"},
		{"families expelled by an army (news)", "In 1982 the Israeli army expelled Palestinian families from their homes.", "SANCTION ISR>PSE"},
	})
}

// TestCuttingOffAnothersSupplies: cutting off supplies from another stops
// them on their way (COERCE blockade); cutting off one's own aid to another
// stays a sanction. Only COERCE and SANCTION events are shown.
func TestCuttingOffAnothersSupplies(t *testing.T) {
	checkSenses(t, []string{"COERCE", "SANCTION"}, []senseCase{
		{"supplies from a state (history)", "In 1808 British forces cut off grain and powder supplies from France.", "COERCE GBR>FRA"},
		{"arms from a state (news)", "In 1962 the United States cut off arms supplies from the Soviet Union to Cuba.", "COERCE USA>SUN"},
		{"aid to a state (news)", "In 1990 the Soviet Union cut off aid to Cuba.", "SANCTION SUN>CUB"},
		{"arms to a state (history)", "In 1965 Britain cut off arms supplies to India.", "SANCTION GBR>IND"},
	})
}
