package event_test

import "testing"

// Irregular participles of dictionary verbs that the CAMEO sweep found
// the parser did not know (syntax/data/participles.txt): in a passive with
// an actor agent they name the agent's act on the subject (before, nothing,
// or the active's direction: "was dealt a blow by Germany" gave GBR>DEU);
// as an adjective before a noun, with no agent, or as an active past
// ("dealt with"), none. Cases of our own, from histories and news.
func TestIrregularParticiples39(t *testing.T) {
	checkCases(t, []roleCase{
		{"overflown by (news)", "In 1983 Grenada was overflown by American aircraft.", "MOBILIZE USA>GRD"},
		{"underwritten by (history)", "In 1980 Iraq was underwritten by Saudi Arabia.", "COOPERATE SAU>IRQ"},
		{"dealt a blow by (history)", "In 1940 Britain was dealt a blow by Germany.", "ACCUSE DEU>GBR"},
		{"adjective (news)", "In 1980 the underwritten loans reached Iraq.", ""},
		{"adjective (history)", "In 1983 the overflown areas of Grenada were quiet.", ""},
		{"no agent (news)", "In 1983 Grenada was overflown.", ""},
		{"active past (history)", "In 1990 Britain dealt with Iraq.", ""},
	}, modedDyads)
}
