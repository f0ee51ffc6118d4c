package event_test

import "testing"

// TestNamedThingIsNoParty checks that a verb whose subject is the name of
// a thing (a treaty, a law, an event: an entity with no actor code) has
// no source from elsewhere: not an actor of another clause, not one the
// text named before. Its agent after "by" still acts, and an actor
// subject still does. Cases of our own, from histories and news.
func TestNamedThingIsNoParty(t *testing.T) {
	checkCases(t, []roleCase{
		{"a treaty signed, a place in the clause before (history)",
			"Preliminary articles were signed in Paris in 1782; the Treaty of Paris was signed in 1783.",
			""},
		{"a treaty signed, a capital in the clause before (news)",
			"Talks opened in Moscow in June; the Treaty of Moscow was signed in August.",
			""},
		{"the agent after by acts (history)",
			"The Treaty of Paris was signed by Britain in 1783.",
			"SUPPORT GBR>"},
		{"the agent after by acts (news)",
			"The Treaty of Moscow was ratified by Germany in 1970.",
			"SUPPORT DEU>"},
		{"an actor subject signs (history)",
			"Preliminary articles were signed in Paris in 1782; Britain signed the Treaty of Paris in 1783.",
			"SUPPORT GBR>"},
	}, modedDyads)
}
