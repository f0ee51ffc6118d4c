package event_test

import "testing"

// An event noun or gerund that is the subject of a clause "that" opens
// after a verb ("acknowledged that fighting the invasion was pertinent")
// is what the clause says something about: the one who acknowledges is
// not its agent. "that" as a determiner ("launched that invasion") and a
// verb of the clause itself keep their actors. Cases of our own, from
// histories and news.
func TestThatClauseSubjectHasNoOuterAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"a gerund subject of an acknowledged clause (history)",
			"President Truman acknowledged that fighting the invasion was pertinent to the containment of communism.",
			""},
		{"a gerund subject of an acknowledged clause (news)",
			"The Soviet premier acknowledged that fighting the rebels in Afghanistan was costly.",
			""},
		{"a verb of the clause keeps its subject (news)",
			"The Soviet premier acknowledged that Soviet troops were fighting the rebels in Afghanistan.",
			"ASSAULT SUN>AFG"},
		{"that as a determiner (history)",
			"In 1990 Iraq launched that invasion of Kuwait.",
			"ASSAULT IRQ>KWT"},
	}, eventDyads)
}
