package event_test

import "testing"

// A form in -ed between a number that counts and the noun it modifies is an
// adjective ("1,550 deployed warheads"); a year before a verb is a time, and
// a verb with a count for its object still acts. Sentences of our own.
func TestCountedParticiple(t *testing.T) {
	checkCases(t, []roleCase{
		{"a count before a participle (paper)",
			"Russia and the United States cut their 700 deployed launchers by 2018.",
			""},
		{"a count before a participle (news)",
			"NATO counted 40,000 mobilised reservists in Estonia.",
			""},
		{"not: a year before the verb (history)",
			"NATO in 1999 bombed targets in Serbia.",
			"ASSAULT NATO>SRB"},
		{"not: a count after the verb (news)",
			"In 1990 Iraq deployed 100,000 troops to the border with Kuwait.",
			"MOBILIZE IRQ>KWT"},
		{"not: a count in the subject (history)",
			"In 1973 Egypt and 2 allied states attacked Israel.",
			"ASSAULT EGY>ISR"},
	}, eventDyads)
}
