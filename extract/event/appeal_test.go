package event_test

import "testing"

// TestAppealedActIsNoAct checks that the act in the "to" complement of a
// verb of appeal.txt and its object (advised, pressed, pressured,
// encouraged, asked X to) is asked for, not done: it is no event. The
// same act told as done stays; so do the acts of verbs that imply the
// act was done ("persuaded X to"), of verbs of command ("ordered X to",
// the orderer's act), and an act after a comma. Cases of our own, from
// histories and news.
func TestAppealedActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"advised X to refuse (history)",
			"In 1968 Nixon advised Saigon to refuse the offer.",
			"REQUEST USA>RVN"},
		{"pressured X to accept (news)",
			"Paris pressured Tunis to accept the conditions of the accord.",
			""},
		{"encouraged X to invade (history)",
			"In 1935 Britain encouraged France to invade Germany.",
			"REQUEST GBR>FRA"},
		{"passive: was advised to attack (news)",
			"Serbia was advised to attack Bosnia.",
			""},
		{"passive with its agent: was called upon by X to (news)",
			"Iraq was called upon by the UN to withdraw from Kuwait.",
			"REQUEST UN>IRQ"},
		{"passive with its agent: was advised by X to (history)",
			"In 1914 Austria was advised by Germany to invade Serbia.",
			"REQUEST DEU>AUT"},
		{"called upon X to (history)",
			"In 1914 Britain called upon France to attack Germany.",
			"REQUEST GBR>FRA"},
		{"an agent phrase of another verb, told as done (history)",
			"In 1914 Austria, backed by Germany, invaded Serbia.",
			"SUPPORT DEU>AUT; ASSAULT AUT>SRB"}, // (the backing is an act of its own: TestBackedByAgent)
		{"an adverb before the act (news)",
			"Iran pressed Iraq to quickly withdraw from Kuwait.",
			"REQUEST IRN>IRQ"},
		{"the act told as done (history)",
			"In 1968 Saigon refused the offer.",
			"REJECT RVN>"},
		{"the act told as done (news)",
			"Seoul accepted the terms of the agreement.",
			"CONCEDE KOR>KOR"},
		{"persuaded: the act was done (history)",
			"Germany persuaded Bulgaria to invade Serbia.",
			"ASSAULT BGR>SRB"},
		{"ordered: the orderer's act (history)",
			"Truman ordered MacArthur to attack North Korea.",
			"ASSAULT USA>PRK"},
		{"a clause between the verb and the act (news)",
			"Iran pressed Iraq, which then invaded Kuwait.",
			"REQUEST IRN>IRQ; ASSAULT IRQ>KWT"},
	}, modedDyads)
}
