package lexicon_test

import "testing"

// TestViolatedSanctionsAreBackground: sanctions violated, evaded or
// circumvented are background (a NONE phrase row's object is no trigger,
// event/trigger.go inNoneObject): no sanction is imposed there, and
// "sanctions on X" makes X no source. Sanctions imposed in the same
// sentence and an arms embargo violated (the dictionary's defiance) keep
// their events. Cases of our own, from news and histories.
func TestViolatedSanctionsAreBackground(t *testing.T) {
	checkSenses(t, []string{"SANCTION", "REJECT"}, []senseCase{
		{"violating sanctions (news)", "The Treasury fined BNP Paribas $8.9 billion in 2014 for violating sanctions on Sudan, Iran and Cuba.", ""},
		{"evaded sanctions (history)", "Several firms evaded American sanctions on Cuba in 2012.", ""},
		{"circumvented an embargo (history)", "In 1993 Serbian traders circumvented the American embargo on Cuba.", ""},
		{"imposed after violated (news)", "Firms that violated the sanctions were fined, and the United States imposed new sanctions on Iran in 2012.", "SANCTION USA>IRN"},
		{"imposed (history)", "The United States imposed sanctions on Cuba in 1962.", "SANCTION USA>CUB"},
		{"an arms embargo violated (news)", "Turkey violated the arms embargo on Libya in 2020.", "REJECT TUR>LBY"},
	})
}
