package lexicon_test

import "testing"

// TestForcesMoveOnAPlace: armed forces making for, heading for, closing in on, bearing
// down on, pushing on towards or marching to a place or an army
// (triggers.tsv, by=MIL) move on it, MOBILIZE, as approaching it does; a
// story, a storm, investigators or protesters name no such move, nor
// soldiers that "made for good targets", nor an army marching to relieve
// its own province (abroad). Only MOBILIZE events are shown. Cases of our
// own, from histories and news.
func TestForcesMoveOnAPlace(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"made for a capital (history)", "In 1812 the French army made for Moscow.", "MOBILIZE FRA>RUS"},
		{"made for a city (news)", "In 1990 Iraqi troops made for Kuwait City.", "MOBILIZE IRQ>KWT"},
		{"closed in on a capital (history)", "In 1945 Soviet troops closed in on Berlin.", "MOBILIZE SUN>DEU"},
		{"closed in on positions (history)", "In 1950 Chinese troops closed in on the American positions.", "MOBILIZE CHN>USA"},
		{"pushed on towards a capital (history)", "In 1944 the Soviet army pushed on towards Warsaw.", "MOBILIZE SUN>POL"},
		{"marched to a capital (history)", "In 1940 German troops marched to Paris.", "MOBILIZE DEU>FRA"},
		{"marched towards a capital (history)", "In 1914 German troops marched towards Paris.", "MOBILIZE DEU>FRA"},
		{"headed for a capital (history)", "In 1941 German troops headed for Moscow.", "MOBILIZE DEU>RUS"},
		{"headed towards the front (history)", "In 1944 British troops headed towards the front.", "MOBILIZE GBR>"},
		{"a delegation headed for a city (other subject)", "In 1990 the delegation headed for Geneva.", ""},
		{"talks headed towards collapse (other subject)", "In 1990 the talks headed towards collapse.", ""},
		{"soldiers headed for home (own ground)", "In 1944 the soldiers headed for home.", ""},
		{"bore down on a fleet (history)", "In 1588 Spanish warships bore down on the English fleet.", "MOBILIZE ESP>"},
		{"a story made for a film (other sense)", "The story made for a good film.", ""},
		{"talks made for a week (other sense)", "In 1990 the talks made for a tense week.", ""},
		{"soldiers made for targets (other sense)", "In 1990 Iraqi soldiers made for good targets.", ""},
		{"investigators closed in (other subject)", "In 2005 investigators closed in on the suspects.", ""},
		{"a storm bore down (other subject)", "In 1995 the storm bore down on Florida.", ""},
		{"protesters marched to an embassy (other subject)", "In 2003 protesters marched to the American embassy.", ""},
		{"marched to relieve its own province (history)", "In 1914 the German army marched to relieve East Prussia.", ""},
	})
}

// TestForcesHoldOffAnEnemy: armed forces holding off an enemy or its
// attack repel it (triggers.tsv, by=MIL), ASSAULT, as the dictionary's
// REPULSE block codes repel and repulse; a senator holding off a decision
// or a party holding off a challenge names no act. Only ASSAULT events are
// shown. Cases of our own, from histories and news.
func TestForcesHoldOffAnEnemy(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"held off an army (history)", "In 1941 Soviet forces held off the German army at Moscow.", "ASSAULT SUN>DEU"},
		{"held off an offensive (history)", "In 1916 French troops held off the German offensive at Verdun.", "ASSAULT FRA>DEU"},
		{"a decision held off (other subject)", "In 1995 the senator held off a decision on the bill.", ""},
		{"a challenge held off (other subject)", "In 1990 the party held off the challenge from the left.", ""},
		{"held off on a decision (other sense)", "In 1944 the army held off on its decision.", ""},
	})
}

// TestResistingAnAttack: armed forces resisting or withstanding
// an attack, an invasion or an offensive fight it (triggers.tsv's resist,
// withstand, object class assailed), ASSAULT; the dictionary's RESIST and
// WITHSTAND, with no code, stay for a temptation, pressure, an order,
// reforms or a shock. Only ASSAULT events
// are shown. Cases of our own, from histories and news.
func TestResistingAnAttack(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an attack resisted (history)", "In 1940 the British army resisted the German attack.", "ASSAULT GBR>DEU"},
		{"an invasion resisted (history)", "Finnish troops resisted the Soviet invasion in 1939.", "ASSAULT FIN>SUN"},
		{"a temptation resisted (other sense)", "In 1990 the minister resisted the temptation to resign.", ""},
		{"pressure resisted (other object)", "In 1991 Soviet troops resisted Lithuanian pressure to leave.", ""},
		{"an order resisted (other object)", "In 1990 the Soviet army resisted the government's order to withdraw.", ""},
		{"reforms resisted (other object)", "Germany resisted the reforms in 1995.", ""},
		{"an onslaught withstood (history)", "In 1941 the Soviet army withstood the German onslaught.", "ASSAULT SUN>DEU"},
		{"a shock withstood (other subject)", "In 1990 the economy withstood the shock.", ""},
		{"pressure withstood (other object)", "Finland withstood the Soviet pressure in 1940.", ""},
	})
}

// TestFortifying: an armed force or a state building a wall around a
// place or fortifications, preparing defensive positions or digging
// trenches makes a military preparation (triggers.tsv, MOBILIZE fortify:
// the dictionary's STRENGTHEN "* {&MILITARY FORTIFICATION}", 150); a wall
// of silence or of debt, a plan, archives dug into name none. Only
// MOBILIZE events are shown. Cases of our own, from histories and news.
func TestFortifying(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"a wall built around a city (history)", "In 1961 East German troops built a wall around West Berlin.", "MOBILIZE DDR>DEU"},
		{"fortifications built (history)", "Finland built fortifications along the border in 1939.", "MOBILIZE FIN>"},
		{"a barrier built (news)", "Israel built a barrier along the West Bank in 2003.", "MOBILIZE ISR>PSE"},
		{"positions prepared (history)", "In 1939 the Polish army prepared defensive positions along the Vistula.", "MOBILIZE POL>"},
		{"trenches dug (history)", "In 1916 German troops dug trenches along the Somme.", "MOBILIZE DEU>"},
		{"a plan prepared (other object, news)", "In 2014 Russian troops prepared a plan for the exercise.", ""},
		{"a wall of debt (other sense)", "Germany built a wall of debt in 1995.", ""},
		{"a wall of silence (other sense)", "In 1975 the government built a wall of silence around the affair.", ""},
		{"a plan prepared (other object)", "In 1920 the French army prepared a defensive plan.", ""},
		{"archives dug into (other sense)", "In 2001 the police dug into the archives.", ""},
	})
}

// TestAllianceEnteredOrFormed: entering into or concluding an alliance or
// a treaty with another makes it (triggers.tsv's "enter into", conclude,
// SUPPORT, the dictionary's ENTER and CONCLUDE "* &TREATY", 057), as
// allying itself with another does (ALLY, 050; forces allied with a
// government hold a stance), as forming a pact does (a pact is an
// agreement); forming a league establishes a body ("form", COOPERATE, as
// forming an alliance does). Entering into talks or
// a war is none of them, and a coalition or a league of nations formed by
// no named actor names no party. Only SUPPORT and COOPERATE events are
// shown. Cases of our own, from histories and news.
func TestAllianceEnteredOrFormed(t *testing.T) {
	checkSenses(t, []string{"SUPPORT", "COOPERATE"}, []senseCase{
		{"an alliance entered into (history)", "In 1939 France entered into an alliance with Poland.", "SUPPORT FRA>POL"},
		{"a treaty entered into (news)", "In 2002 Russia entered into a treaty with China.", "SUPPORT RUS>CHN"},
		{"a pact formed (history)", "In 1921 Poland formed a mutual-defence pact with Romania.", "SUPPORT POL>ROU"},
		{"a pact formed against (history)", "In 1936 Germany and Japan formed a pact against the Comintern.", "SUPPORT DEU,JPN>COMINTERN"},
		{"an alliance concluded (history)", "In 1894 France concluded an alliance with Russia.", "SUPPORT FRA>RUS"},
		{"allied themselves with a state (history)", "In 1914 the Bulgarians allied themselves with Germany.", "SUPPORT BGR>DEU"},
		{"allied itself with a state (history)", "In 1914 the Ottoman Empire allied itself with Germany.", "SUPPORT TUR>DEU"},
		{"rebels allied with a government (stance)", "In 1990 rebels allied with the government attacked the town.", ""},
		{"militias allied with a state (stance, news)", "The militias allied with Iran clashed with American troops in 2007.", ""},
		{"a state allied with another (a state of affairs)", "Poland is allied with the United States.", ""},
		{"talks entered into (other object)", "In 1939 France entered into negotiations with the Soviet Union.", ""},
		{"a war entered into (other object)", "In 1914 Britain entered into the war against Germany.", ""},
		{"a coalition formed (other object)", "In 1990 the two parties formed a coalition.", ""},
	})
}
