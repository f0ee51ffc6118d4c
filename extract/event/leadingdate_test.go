package event_test

import "testing"

// TestStateSubjectAfterOpeningDate: a state-subject row (by=STATE) holds
// when an opening date phrase with no comma stands before the subject ("In
// 1962 the United States confronted ..."), as it does after a comma
// (triggers36's patch to stateSubject). An army is still no state. Cases of
// our own, from a history and a news story.
func TestStateSubjectAfterOpeningDate(t *testing.T) {
	checkCases(t, []roleCase{
		{"an opening year without a comma (history)",
			"In 1962 the United States confronted the Soviet Union over missiles in Cuba.",
			"ACCUSE USA>SUN"},
		{"an opening year without a comma (news)",
			"In 2003 the United States led an attack on Iraq.",
			"ASSAULT USA>IRQ"},
		{"an opening year with a comma, as before (history)",
			"In 1956, Britain led the invasion of Egypt.",
			"ASSAULT GBR>EGY"},
		{"an army is no state: no confrontation over a river (history)",
			"In 1944 the French army confronted the German army over the Rhine.",
			""},
	}, eventDyads)
}
