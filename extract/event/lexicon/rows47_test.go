package lexicon_test

import "testing"

// TestMedicalContingentSent: a contingent of nurses or doctors, a medical
// or a relief contingent sent is aid, no force deployed (review29 finding
// 4); a task force or a contingent sent stays deployed (triggers47).
// Cases of our own.
func TestMedicalContingentSent(t *testing.T) {
	checkSenses(t, []string{"AID", "MOBILIZE"}, []senseCase{
		{"a contingent of nurses (history)", "In 1950 Sweden sent a contingent of nurses to Korea.", "AID SWE>KOR"},
		{"a medical contingent (history)", "In 1950 India sent a medical contingent to Korea.", "AID IND>KOR"},
		{"a relief contingent (news)", "In 2005 Norway sent a relief contingent to Pakistan.", "AID NOR>PAK"},
		{"a task force stays deployed (history)", "In April 1982 Britain sent a task force to the Falklands.", "MOBILIZE GBR>FLK"},
		{"a contingent stays deployed (news)", "In 1990 Egypt sent a contingent to Saudi Arabia.", "MOBILIZE EGY>SAU"},
	})
}
