package event_test

import "testing"

// A participle after "and" shares the auxiliary of a passive participle
// before it also when that one's agent stands between ("was blockaded by
// the Soviet Union and supplied by American aircraft"), with an agent of
// its own; before, it was read as an active verb with the subject for its
// source (AID DEU>USA). With no agent of its own, or an object, it stays
// the subject's active verb. Cases of our own, from histories and news.
func TestPassiveAfterAgentAnd(t *testing.T) {
	checkCases(t, []roleCase{
		{"and supplied by (history)", "In 1948 Berlin was blockaded by the Soviet Union and supplied by American aircraft.", "COERCE SUN>DEU; AID USA>DEU"},
		{"and sanctioned by (news)", "In 1990 Iraq was condemned by the United Nations and sanctioned by the United States.", "ACCUSE UN>IRQ; SANCTION USA>IRQ"},
		{"and attacked by (history)", "In 1973 Egypt was armed by the Soviet Union and attacked by Israel.", "COOPERATE SUN>EGY; ASSAULT ISR>EGY"},
		{"active verb with an object (history)", "In 1967 Egypt was armed by the Soviet Union and attacked Israel.", "COOPERATE SUN>EGY; ASSAULT EGY>ISR"},
		{"active verb with a preposition (news)", "In 1990 Kuwait was invaded by Iraq and appealed to the United Nations.", "ASSAULT IRQ>KWT; REQUEST KWT>UN"},
	}, modedDyads)
}
