package lexicon_test

import "testing"

// Mends of session 11 (review17's findings 4, 5 and 9) to rows of
// triggers.tsv, each with cases where the row names the event and cases
// where it must not. Cases of our own, from histories and news.

// TestPushingIsNoPersuasion: armed forces push another's forces back, out
// of a place, across or beyond a line (ASSAULT, objects.tsv's pushed);
// pushing for more forces, pushing forces to act, or pushing one's own
// forces into a place attacks no one. Only ASSAULT events are shown.
func TestPushingIsNoPersuasion(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"troops pushed across a river (history)", "In 1945 the Soviet army pushed the German troops across the Oder.", "ASSAULT SUN>DEU"},
		{"forces pushed out of a province (news)", "In 2015 the Iraqi army pushed the Iranian forces out of the province.", "ASSAULT IRQ>IRN"},
		{"pushed for more troops (history)", "In 1967 the American army pushed for more troops in Vietnam.", ""},
		{"pushed for forces (news)", "In 2008 the British army pushed for more forces in Afghanistan.", ""},
		{"forces pushed to act (history)", "In 1999 the American army pushed the NATO forces to enter Kosovo.", ""},
		{"forces pushed to act (news)", "In 2014 the French army pushed the Malian forces to negotiate with the rebels.", ""},
		{"its own forces pushed into a country (history)", "In 1944 the Soviet army pushed its forces into Romania to help the partisans.", ""},
		{"their own troops pushed back (news)", "In 2016 the Syrian army pushed their troops back to Aleppo.", ""},
	})
}

// TestTroopsMovedAtRequest: troops moved into another's country occupy it
// (COERCE), but moved at its request or to reassure or help it they deploy
// there (MOBILIZE, the "move troops into" rows); a state that moves to
// help another moves no troops. Only COERCE and MOBILIZE events are shown.
func TestTroopsMovedAtRequest(t *testing.T) {
	checkSenses(t, []string{"COERCE", "MOBILIZE"}, []senseCase{
		{"troops moved in (history)", "In 1990 Iraq moved troops into Kuwait.", "COERCE IRQ>KWT"},
		{"forces moved in (news)", "Russia moved forces into Georgia in 2008.", "COERCE RUS>GEO"},
		{"troops moved in to reassure (news)", "In 2017 NATO moved troops into Estonia to reassure its allies.", "MOBILIZE NATO>EST"},
		{"troops moved in to help (history)", "In 1914 Britain moved troops into Belgium to help defend it against Germany.", "MOBILIZE GBR>BEL"},
		{"troops moved in at request (history)", "In 1976 Syria moved troops into Lebanon at the request of its president.", "MOBILIZE SYR>LBN"},
		{"moved to help (news)", "In 1990 Britain moved to help Kuwait.", ""},
	})
}

// TestHurriedVisits: a government's leader or envoy rushing, hurrying or
// racing to a place to meet someone or for talks visits it (CONSULT, the
// "rush to", "hurry to" and "race to" rows with by=GOV); troops racing to
// a coast, a president rushing to sign a bill, to condemn a state or to
// its aid, and troops rushed to a state name no visit. Only CONSULT
// events are shown.
func TestHurriedVisits(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"an envoy rushed to a capital (history)", "In 1973 Kissinger rushed to Cairo to see the Egyptian leaders.", "CONSULT USA>EGY"},
		{"a president hurried to a capital (history)", "In 1961 President Kennedy hurried to Paris to confer with de Gaulle.", "CONSULT USA>FRA"},
		{"a minister raced to a capital (news)", "In 2003 the British Foreign Secretary raced to Washington to consult the Americans.", "CONSULT GBR>USA"},
		{"troops raced to a coast (history)", "In 1950 the Chinese troops raced to the coast.", ""},
		{"rushed to sign (news)", "In 1964 President Johnson rushed to sign the bill.", ""},
		{"raced to win (news)", "In 1990 the Prime Minister raced to win the election.", ""},
		{"rushed to a state's aid (history)", "In 1941 President Roosevelt rushed to Britain's aid.", ""},
		{"rushed to condemn (news)", "In 1990 President Bush rushed to condemn Iraq.", ""},
		{"rushed troops (history)", "In 1950 President Truman rushed troops to Korea to meet the invasion.", ""},
		{"rushed to meet a deadline (news)", "In 2019 the Prime Minister rushed to meet the Brexit deadline.", ""},
	})
}
