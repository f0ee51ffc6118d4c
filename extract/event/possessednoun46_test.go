package event_test

import "testing"

// TestPossessorMakesNoun: a verb trigger in -s after a possessive's "'s"
// or "'" ("the Iraqis' demands"), past its modifiers, is a noun: its act
// is the possessor's, not the clause subject's on the possessor. With an
// object after the word it stays a verb ("Iran's forces attack Iraqi
// towns"), and so does a verb after its subject, or after a demonstrative
// ("repeated these requests"). Cases of our own, from a history and from
// news.
func TestPossessorMakesNoun(t *testing.T) {
	checkCases(t, []roleCase{
		{"these requests repeated: the subject's act (history)",
			"In 1979 the Afghan government repeated these requests to the Soviet Union.",
			"REQUEST AFG>SUN"},
		{"the Iraqis' demands: the possessor's (news)",
			"In 1990 Kuwait ignored the Iraqis' demands for money.",
			"REQUEST IRQ>"},
		{"the Lithuanians' demands: the possessor's (history)",
			"In 1919 Poland ignored the Lithuanians' demands for Vilnius.",
			"REQUEST LTU>"},
		{"Baghdad's demands: the possessor's (news)",
			"In 1990 Kuwait ignored Baghdad's demands for money.",
			"REQUEST IRQ>"},
		{"a verb after its subject (news)",
			"In 1990 Iraq demands that Kuwait pay its debts.",
			"REQUEST IRQ>KWT"},
		{"a possessor's forces with an object after the verb (news)",
			"In 2004 Iran's forces attack Iraqi towns every night.",
			"ASSAULT IRN>IRQ"},
	}, eventDyads)
}

// TestThisActIsNoNewAct: "this" right before a base form that is a verb
// trigger makes a noun, whatever follows ("this attack the US military
// counted" is no subject and verb): the earlier act named again, no act
// of its own. "the French attack the German lines" stays a verb. Cases of
// our own, from news and from a history.
func TestThisActIsNoNewAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"this attack, a subject after it (news)",
			"In 2011 Syrian rebels attacked Iranian advisers in Homs. In the wake of this attack the Iranian command counted the losses.",
			"ASSAULT SYR>IRN"},
		{"this attack, a subject after it (history)",
			"In 1914 German forces attacked French troops in Alsace. After this attack the French army withdrew to the Vosges.",
			"ASSAULT DEU>FRA"},
		{"the French attack the lines: a verb (history)",
			"In 1914 German forces attacked French troops in Alsace. In 1915 the French attack the German lines again.",
			"ASSAULT DEU>FRA; ASSAULT FRA>DEU"},
	}, eventDyads)
}
