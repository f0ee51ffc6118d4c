package event_test

import "testing"

// A passive's agent is the actor of the first "by" after its verb; a
// later "by" belongs to another verb: a participle set off by a comma
// ("..., supported by Britain") or one after "and" ("... and supplied by
// American aircraft"). Before, the last "by" of the clause overwrote the
// first, so the invasion of Iraq was Britain's and the blockade of Berlin
// the Americans'. Cases of our own, from histories and news; both ways
// (the first "by" is the agent also when it is the only one).
func TestPassiveFirstByAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"comma participle's by (news)", "In 2003 Iraq was invaded by the United States, supported by Britain.", "ASSAULT USA>IRQ; SUPPORT GBR>USA"},
		{"comma participle's by (history)", "In 1967 Egypt was attacked by Israel, backed by the United States.", "ASSAULT ISR>EGY; SUPPORT USA>ISR"},
		{"comma participle after the subject (history)", "In 1914 Austria, backed by Germany, invaded Serbia.", "SUPPORT DEU>AUT; ASSAULT AUT>SRB"},
		{"comma participle after the subject (news)", "In 2014 Ukraine, supported by the United States, condemned Russia.", "SUPPORT USA>UKR; ACCUSE UKR>RUS"},
		{"and participle's by (history)", "In 1948 Berlin was blockaded by the Soviet Union and supplied by the United States.", "COERCE SUN>DEU"},
		{"relative clause's by (history)", "In 1967 Egypt was attacked by Israel, which was backed by the United States.", "ASSAULT ISR>EGY; SUPPORT USA>ISR"},
		{"one by (news)", "In 1999 Serbia was bombed by NATO.", "ASSAULT NATO>SRB"},
		{"one by, two agents (history)", "In 2003 Iraq was invaded by the United States and Britain.", "ASSAULT USA,GBR>IRQ"},
	}, modedDyads)
}
