package event_test

import "testing"

// A relative clause set off by commas ("a siege that was the start
// of Italy's decline,") has its own verb; the actor inside it is no
// subject of the verb after its closing comma, whose subject stands
// before it. A "that" clause whose commas set off a phrase of its own
// ("said that Germany's army, having crossed the river, attacked") keeps
// its subject. Cases of our own, from histories and news.
func TestRelativeClauseNamesNoSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a possessor inside a relative clause (news)",
			"The American-British force at Basra, a unit that was the core of Iraq's occupation, attacked Iranian boats.",
			"ASSAULT USA,GBR>IRN"},
		{"a possessor inside a relative clause before an auxiliary (history)",
			"The Franco-British squadron, a fleet that was the terror of Turkey's navy, had bombarded Egyptian forts.",
			"ASSAULT FRA,GBR>EGY"},
		{"a that clause with a phrase set off keeps its subject (history)",
			"Reports said that Germany's army, having crossed the river, attacked France.",
			"ASSAULT DEU>FRA"},
		{"a that clause with no comma keeps its subject (news)",
			"Officials wrote that the army of Iraq had attacked Kuwait.",
			"ASSAULT IRQ>KWT"},
	}, eventDyads)
}
