package event_test

import "testing"

// A title past a comma opens a phrase of its own: "the Korean War,
// President Truman" is a war's name and then the president, and the
// president is the verb's subject. A title before the name with no comma
// still gives the office holder the state the text names.
func TestTitlePastCommaOpensPhrase(t *testing.T) {
	checkCases(t, []roleCase{
		{"a war's name, then the president (history)",
			"Soon after the Korean War, President Eisenhower visited Seoul.",
			"CONSULT USA>KOR"},
		{"a revolution's name, then the president (essay)",
			"After the Iranian Revolution, President Reagan imposed sanctions on Iran.",
			"SANCTION USA>IRN"},
		{"a fronted phrase of time, then the president (history)",
			"Two weeks before the May Egyptian intervention in the Yemen War, President Kennedy dispatched the Sixth Fleet to the Red Sea.",
			"ASSAULT EGY>YEM; MOBILIZE USA>"},
		{"the state before the title, no comma (news)",
			"German Foreign Minister Oskar Fischer visited Paris.",
			"CONSULT DEU>FRA"},
	}, eventDyads)
}
