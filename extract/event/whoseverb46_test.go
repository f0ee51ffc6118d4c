package event_test

import "testing"

// TestWhoseStopsAtVerb: the people or place a subject phrase names
// ("Demonstrators in Baghdad") are read only inside the phrase: a verb of
// its own ends it, so the "of" phrase of an earlier verb's object ("The
// agreement guaranteed the independence of Vietnam and called for
// elections") names no subject of a later conjunct. Cases of our own,
// from histories and news.
func TestWhoseStopsAtVerb(t *testing.T) {
	checkCases(t, []roleCase{
		{"an agreement's second verb (history)",
			"The agreement guaranteed the independence of Vietnam and called for elections in the North and South.",
			""},
		{"a treaty's second verb (history)",
			"The 1973 treaty recognised the borders of Vietnam and called for a ceasefire.",
			""},
		{"a state's second verb (news)",
			"In 1973 the United States recognised the borders of Vietnam and called for a ceasefire.",
			"SUPPORT USA>VNM; REQUEST USA>"},
		{"people of a place as the subject (news)",
			"Demonstrators in Baghdad protested against the war in 2003.",
			"PROTEST IRQ>IRQ"},
	}, eventDyads)
}
