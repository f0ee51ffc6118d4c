package lexicon_test

import "testing"

// TestResistanceNoun: a state's resistance to or against an attack or an
// armed side (an army, troops, forces, an occupation) is fighting back
// (ASSAULT by the resister); resistance to a plan, a treaty, pressure or
// change, to a state alone (in trade, at a court, in talks), a resistance
// movement and a wire's resistance name no attack. Only ASSAULT events are
// shown. Cases of our own, from histories, news and scholarly prose.
func TestResistanceNoun(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"adjective's resistance to an invasion (history)", "The Finnish resistance to the Soviet invasion lasted through the winter of 1939.", "ASSAULT FIN>SUN"},
		{"resistance against an army (history)", "Dutch resistance against the Spanish army continued for eighty years.", "ASSAULT NLD>ESP"},
		{"resistance to troops (history)", "Poland's resistance to German troops in 1939 lasted five weeks.", "ASSAULT POL>DEU"},
		{"resistance against forces (news)", "The Afghan resistance against Soviet forces grew in 1981.", "ASSAULT AFG>SUN"},
		{"resistance to a state's tariffs (news)", "India's resistance to American tariffs angered the United States in 2019.", ""},
		{"resistance to a state at a body (news)", "Brazil's resistance to the United States at the WTO in 2002 won support.", ""},
		{"resistance to a state over an issue (scholarly)", "Mexico's resistance to the United States over water rights grew in 1995.", ""},
		{"possessor's resistance to an invasion (history)", "Greece's resistance to the Italian invasion in 1940 surprised Mussolini.", "ASSAULT GRC>ITA"},
		{"resistance to a state alone (history)", "Ethiopian resistance to Italy ended with the fall of Addis Ababa in 1936.", ""},
		{"resistance to pressure (scholarly)", "French resistance to American pressure on trade was firm.", ""},
		{"resistance to a plan (history)", "Polish resistance to the Soviet plan for Germany stiffened in 1945.", ""},
		{"resistance to a treaty (scholarly)", "British resistance to the European treaty grew in the 1990s.", ""},
		{"resistance to an ultimatum (history)", "Serbia's resistance to the Austrian ultimatum led to war.", "ASSAULT AUT>"},
		{"resistance to claims (history)", "German resistance to French claims in the Saar persisted.", ""},
		{"resistance to an occupation (news)", "Iraqi resistance to the American occupation grew in 2004.", "ASSAULT IRQ>USA"},
		{"a resistance movement (history)", "He joined the Dutch resistance movement in 1942.", ""},
		{"the electrical sense (prose)", "The electrical resistance of the wire rises with temperature.", ""},
		{"resistance to change (scholarly)", "The resistance to change in the Soviet ministry was strong.", ""},
	})
}

// TestCeaseHostilities: ceasing, suspending or ending hostilities or the
// fighting is the ceasefire (RETREAT), not the war ceased; the war noun
// alone stays the war. Cases of our own, from histories and news.
func TestCeaseHostilities(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "RETREAT", "SANCTION"}, []senseCase{
		{"ceased hostilities (history)", "Japan and Russia ceased hostilities in September 1905.", "RETREAT JPN,RUS>"},
		{"ceased fighting (news)", "Britain and Argentina ceased fighting on 14 June 1982.", "RETREAT GBR,ARG>"},
		{"suspended hostilities (history)", "Germany and Russia suspended hostilities in December 1917.", "RETREAT DEU,RUS>"},
		{"the cessation of hostilities (news)", "The cessation of hostilities between Iran and Iraq came in August 1988.", "RETREAT IRN,IRQ>"},
		{"the fighting itself (history)", "The fighting between India and Pakistan ceased in 1971.", "ASSAULT IND,PAK>"},
		{"trading ceased is no ceasefire (news)", "Britain ceased trading with Iran in 1980.", ""},
	})
}

// TestMetInBattle: sides that meet in battle fight (ASSAULT), no
// consultation; a meeting about a battle or after one stays a meeting;
// forces that meet an actor's resistance meet no one.
// Cases of our own, from histories.
func TestMetInBattle(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "CONSULT"}, []senseCase{
		{"fleets met in battle (history)", "The British and German fleets met in battle in May 1916.", "ASSAULT GBR,DEU>"},
		{"armies met in a pitched battle (history)", "The French and Austrian armies met in a pitched battle at Solferino in 1859.", "ASSAULT FRA,AUT>"},
		{"met after a battle (history)", "The British and French generals met in Paris after the battle of the Somme.", "CONSULT GBR,FRA>"},
		{"met resistance is no meeting (history)", "Soviet forces met stiff Afghan resistance in the Panjshir valley.", ""},
		{"met resistance is no meeting (news)", "In 2008 Iraqi forces met stiff Kurdish resistance near Kirkuk.", ""},
		{"met leaders (news)", "In 1988 the Soviet army met Afghan opposition leaders in Kabul.", "CONSULT SUN>AFG"},
		{"met to discuss a battle (history)", "The Soviet and American envoys met in Geneva to discuss the battle.", "CONSULT SUN,USA>; CONSULT SUN,USA>"},
	})
}

// TestSoughtOfDefeated: reparations, an indemnity or concessions sought
// from a party are a request (REQUEST) of it; sought for one's own people
// they ask no party. Cases of our own, from histories and news.
func TestSoughtOfDefeated(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"reparations from (history)", "Germany sought reparations from France in 1871.", "REQUEST DEU>FRA"},
		{"an indemnity of a sum from (history)", "China sought an indemnity of 50 million taels from Japan in 1895.", "REQUEST CHN>JPN"},
		{"concessions from (history)", "Japan sought concessions from China in 1915.", "REQUEST JPN>CHN"},
		{"reparations for its own (news)", "France sought reparations for its farmers in the European court.", ""},
		{"territory sought is an aim (history)", "Germany sought territory in the east.", ""},
	})
}

// TestDeclaredIllegal: a party, union or movement declared illegal is
// banned (COERCE); a war, an annexation or a blockade declared illegal is
// a judgement, no ban. Cases of our own, from histories and news.
func TestDeclaredIllegal(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"a party declared illegal (history)", "Germany declared the Communist Party illegal in 1933.", "COERCE DEU>DEU"},
		{"a union declared unlawful (news)", "In 1981 Poland declared the Solidarity trade union unlawful.", "COERCE POL>POL"},
		{"an annexation declared unlawful (history)", "Britain declared the Soviet annexation of the Baltic states unlawful.", ""},
		{"war declared (history)", "Germany declared war on Russia in 1914.", ""},
	})
}

// TestOpenedFront: a front opened against an actor is an attack on it
// (ASSAULT); a united front, a front office or a front opened in a
// dispute names none. Cases of our own, from histories and news.
func TestOpenedFront(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a second front against (history)", "Britain opened a second front against Germany in 1944.", "ASSAULT GBR>DEU"},
		{"a front against (news)", "In 2015 Turkey opened a front against the Islamic State in northern Syria.", "ASSAULT TUR>ISIS"},
		{"a united front (history)", "The party opened a united front against Japan in 1937.", ""},
		{"a front in a dispute (news)", "Britain opened a new front in the trade dispute with France.", ""},
		{"a front office (news)", "The United States opened a front office in Berlin.", ""},
	})
}

// TestDispatchedUnits: the unit words of an army or a navy dispatched are
// a deployment (MOBILIZE); a letter or an envoy dispatched is none. Cases
// of our own, from histories and news.
func TestDispatchedUnits(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"a battalion (news)", "France dispatched a battalion to Lebanon in 1982.", "MOBILIZE FRA>LBN"},
		{"an expedition (history)", "Britain dispatched an expedition to Egypt in 1882.", "MOBILIZE GBR>EGY"},
		{"a squadron (history)", "In 1915 Britain dispatched a squadron of battleships to Turkey.", "MOBILIZE GBR>TUR"},
		{"a squadron sent (history)", "Britain sent a squadron to the Dardanelles in 1915.", "MOBILIZE GBR>"},
		{"a contingent of observers (news)", "France dispatched a contingent of election observers to Haiti.", ""},
		{"a detachment of clerks (history)", "The British Foreign Office dispatched a detachment of clerks to Paris.", ""},
		{"a letter (history)", "Britain dispatched a letter to France in 1939.", ""},
		{"an envoy (history)", "France dispatched an envoy to Germany in 1938.", ""},
	})
}

// TestCounterCompounds: a counter-proposal or a counteroffer to an actor
// is a proposal (AGREE); a counter-raid an attack; counter-terrorism is
// a modifier and names no act. Cases of our own, from news and histories.
func TestCounterCompounds(t *testing.T) {
	checkSenses(t, []string{"AGREE", "ASSAULT"}, []senseCase{
		{"a counter-proposal to (news)", "Syria made a counter-proposal to Israel in 1999.", "AGREE SYR>ISR"},
		{"a counteroffer to (history)", "In 1911 Germany made a counteroffer to France over Morocco.", "AGREE DEU>FRA"},
		{"a counter-raid on (history)", "The Israeli counter-raid on Jordan in 1966 killed eighteen soldiers.", "ASSAULT ISR>JOR"},
		{"a counter-proposal with no addressee (news)", "The counter-proposal was discussed in the Israeli cabinet.", ""},
		{"a counter-terrorism law (news)", "Britain passed a counter-terrorism law in 2000.", ""},
	})
}
