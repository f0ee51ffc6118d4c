package event_test

import "testing"

// A people the vocabulary has no code for, as the verb's object ("accused
// Jews of spying for Soviet Russia"), is the one acted on: an actor in its
// modifier is no target. An object with a code stays the target. Cases
// of our own, from histories and news.
func TestUncodedPeopleObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a people with no code, then an actor in its phrase (history)",
			"In 1920 Polish officers accused Jews of spying for Soviet Russia.",
			"ACCUSE POL>"},
		{"a people with no code, then an actor in its phrase (news)",
			"In 1998 Turkish officials accused Kurds of working for Syrian intelligence.",
			"ACCUSE TUR>"},
		{"a state as the object (news)",
			"In 1998 Turkish officials accused Syria of sheltering Kurds.",
			"ACCUSE TUR>SYR"},
		{"agents of a coded state as the object (history)",
			"In 1920 Polish officers accused Soviet agents of spying for Germany.",
			"ACCUSE POL>SUN"},
	}, eventDyads)
}
