package event_test

import "testing"

// TestHesitation: a verb of hesitating before "to" makes the act after it
// hypothetical; negated ("did not hesitate to", "never hesitated to") the
// act was done and is asserted; a plain negation still negates. Cases of
// our own, from histories of South Asia, Suez and the Middle East,
// and news.
func TestHesitation(t *testing.T) {
	checkCases(t, []roleCase{
		{"not hesitating to attack (history)", "In 1971 India did not hesitate to attack Pakistan.", "ASSAULT IND>PAK"},
		{"never hesitated to invade (a history of Suez)", "In 1956 Britain never hesitated to invade Egypt.", "ASSAULT GBR>EGY"},
		{"hesitated to recognise (history)", "In 1948 Britain hesitated to recognise Israel.", "SUPPORT GBR>ISR hypothetical"},
		{"a plain negation (news)", "In 1999 NATO did not attack Serbia.", "ASSAULT NATO>SRB negated"},
	}, modedDyads)
}
