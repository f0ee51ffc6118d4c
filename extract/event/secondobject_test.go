package event_test

import "testing"

// TestSecondObjectIsWhatIsGiven: an event noun after a verb of promising,
// giving or refusing and the actor it goes to ("would promise Mexico
// support", "pledged Hanoi assistance") is what is promised, no act of
// its own; a noun after a comma and a clause of its own, or one of
// another verb's object with its own agent, is still an act. Cases of our
// own, from a history and from news.
func TestSecondObjectIsWhatIsGiven(t *testing.T) {
	checkCases(t, []roleCase{
		{"the promised support is no act of the one promised it (history)",
			"In 1917 Germany promised Mexico support in reclaiming Texas.",
			"AGREE DEU>MEX"},
		{"the pledged assistance is no act of the one pledged it (news)",
			"In 1965 Moscow pledged Hanoi assistance against the United States.",
			"AGREE RUS>VDR"},
		{"a noun after a comma and a clause of its own is an act (history)",
			"In 1965 Moscow promised Hanoi, and Chinese aid to Hanoi grew.",
			"AGREE RUS>VDR; AID CHN>VDR"},
		{"an act with its own agent after another verb stays (news)",
			"In 1979 Washington condemned Moscow's invasion of Afghanistan.",
			"ACCUSE USA>RUS; ASSAULT RUS>AFG"},
	}, eventDyads)
}
