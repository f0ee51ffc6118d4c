package event_test

import "testing"

// An event noun or gerund that is the subject of a clause "that" opens
// after a verb ("conceded that fighting the insurgency was vital")
// is what the clause says something about: the one who acknowledges is
// not its agent. "that" as a determiner ("launched that invasion") and a
// verb of the clause itself keep their actors. Cases of our own, from
// histories and news.
func TestThatClauseSubjectHasNoOuterAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"a gerund subject of an acknowledged clause (history)",
			"President Pompidou conceded that fighting the insurgency was vital to the security of Chad.",
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
