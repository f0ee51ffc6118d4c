package lexicon_test

import "testing"

// TestEncouragedByAnActor: only a state, its government or its forces
// encouraging or emboldening another to act asks for the act (REQUEST); a
// thing for the subject, though a people's adjective names its owner, asks
// no one ("American inaction encouraged Russia to invade") (triggers46,
// review28 finding 2). Cases of our own, from histories and news.
func TestEncouragedByAnActor(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"a government (history)", "In 1973 the Soviet government encouraged Egypt to attack Israel.", "REQUEST SUN>EGY"},
		{"a state (news)", "In 2018 Washington encouraged Seoul to negotiate with Pyongyang.", "REQUEST USA>KOR"},
		{"a leader (history)", "In 1950 Stalin encouraged Kim Il-sung to invade South Korea.", "REQUEST SUN>PRK"},
		{"inaction (news)", "In 2014 American inaction encouraged Russia to annex Crimea.", ""},
		{"weakness (history)", "In 1938 British weakness emboldened Germany to annex Austria.", ""},
		{"silence (news)", "In 1992 Western silence encouraged Serbia to continue the siege.", ""},
	})
}

// TestPaymentIsNoAid: a sum received from another for goods sold, under a
// contract, as a payment or as reparations is no aid; a sum received, or
// received for a purpose, stays aid (triggers46, review28 finding 9).
// Cases of our own, from news and histories.
func TestPaymentIsNoAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"for gas (news)", "In 2019 Russia received €5 billion from Germany for its gas.", ""},
		{"under a contract (news)", "In 2008 Ukraine received $2 billion from Russia under the transit contract.", ""},
		{"reparations (history)", "In 1952 Israel received $800 million from Germany as reparations.", ""},
		{"for oil (history)", "In 1974 Iraq received $2 billion from France for its oil.", ""},
		{"a sum (history)", "In 1979 Egypt received $2 billion from the United States.", "AID USA>EGY"},
		{"for a purpose (news)", "In 1985 Israel received $3 billion from Washington for its army.", "AID USA>ISR"},
	})
}

// TestSupportTroopsWithdrawn: support troops, units or ships withdrawn are
// troops, a retreat; support or aid withdrawn is aid stopped, also support
// for or from another's forces (triggers46, review28 finding 11). Cases of
// our own, from histories and news.
func TestSupportTroopsWithdrawn(t *testing.T) {
	checkSenses(t, []string{"RETREAT", "SANCTION"}, []senseCase{
		{"support troops (history)", "In 1941 Britain withdrew its support troops from Greece.", "RETREAT GBR>GRC"},
		{"support units (news)", "In 1986 France withdrew its support units from Chad.", "RETREAT FRA>TCD"},
		{"support for a government (history)", "In 1989 Moscow withdrew its support for the Afghan government.", "SANCTION RUS>AFG"},
		{"support from forces (history)", "In 1987 the United States withdrew its support from the Contra forces.", "SANCTION USA>CONTRAS"},
		{"support for forces (news)", "In 1991 Moscow withdrew its support for the Afghan government forces.", "SANCTION RUS>AFG"},
		{"support for troops (history)", "In 1985 Libya withdrew its support for the Chadian rebel forces.", "SANCTION LBY>TCD"},
		{"aid (news)", "In 1990 the United States withdrew its aid from Pakistan.", "SANCTION USA>PAK"},
	})
}
