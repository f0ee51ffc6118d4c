package actor

import "testing"

// TestCommanderOutOfTime checks an agent that a person's vocabulary name
// claims ("Clinton's army", "Haig's army") in a text whose dates lie long
// before any the vocabulary knows of that person: the name is someone
// else (notYet), and so is the agent's state. At the person's own dates
// the agent stays the person's state's.
func TestCommanderOutOfTime(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the American revolution and one of the Balkan crises
		{[]string{"In 1778 Britain fought France.", "In 1778 Clinton's army left Philadelphia."}, 1, "army", "/"},
		{[]string{"In 1996 Clinton's administration pressed Serbia."}, 0, "administration", "USA/GOV"},
		// a history of the Western Front and one of the Falklands war
		{[]string{"In 1917 Britain attacked at Passchendaele.", "In 1917 Haig's army lost many men."}, 1, "army", "/"},
		{[]string{"In 1982 Britain fought Argentina.", "In 1982 Haig's diplomats flew to London."}, 1, "diplomats", "USA/GOV"},
	})
}

// TestCommandersForces checks a force named after its commander whom the
// document places by its own reading (nationals, surnames): his state's;
// no one's where the document does not place him, and no agent that is no
// force ("Burgoyne's supporters").
func TestCommandersForces(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Italo-Ethiopian war and one of the Saratoga campaign
		{[]string{"In 1935 the Italian general Rodolfo Graziani advanced.", "In 1935 Graziani's forces crossed the border from Somalia."}, 1, "forces", "ITA/MIL"},
		{[]string{"In 1777 the British general John Burgoyne marched south.", "In 1777 the army of Burgoyne surrendered at Saratoga."}, 1, "army", "GBR/MIL"},
		{[]string{"In 1920 Poland fought Soviet Russia.", "In 1920 Budyonny's cavalry rode west."}, 1, "cavalry", "(none)"},
		{[]string{"In 1777 the British general John Burgoyne marched south.", "In 1777 Burgoyne's supporters in London protested."}, 1, "supporters", "(none)"},
	})
}
