package lexicon_test

import "testing"

// TestForcesExpelled: armed forces expelling an actor (triggers.tsv,
// "expel" by=MIL with an actor right after it) drive it out by force
// (ASSAULT); a government expelling diplomats stays a sanction. Only
// ASSAULT and SANCTION events are shown. Cases of our own, from histories
// and news.
func TestForcesExpelled(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "SANCTION"}, []senseCase{
		{"an army driven from a district (news)", "In 1993 Armenian forces expelled the Azerbaijani army from Kelbajar.", "ASSAULT ARM>AZE"},
		{"an occupier driven from a peninsula (history)", "In 1944 Soviet troops expelled the Germans from Crimea.", "ASSAULT SUN>DEU"},
		{"diplomats expelled (history)", "In 1971 Britain expelled 105 Soviet diplomats.", "SANCTION GBR>SUN"},
		{"diplomats expelled (news)", "In 1986 the United States expelled Soviet diplomats.", "SANCTION USA>SUN"},
	})
}
