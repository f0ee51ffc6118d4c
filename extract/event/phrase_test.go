package event_test

import "testing"

// A dictionary phrase that holds its own object ("wage war") takes its
// target after one preposition: "waged war on Ukraine". It had needed the
// target right after the phrase, so the commonest way to write a war gave
// no event, while "waged a war on" (the project's row) gave one.
func TestPhraseWithItsObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a phrase and its target after 'on' (news)",
			"Russia waged war on Ukraine in 2022.",
			"ASSAULT RUS>UKR"},
		{"a phrase and its target after 'against' (history)",
			"In 1980 Iraq waged war against Iran.",
			"ASSAULT IRQ>IRN"},
		// a phrasal verb whose particle is no object keeps its own reading
		{"a particle, then a place (history)",
			"Soviet troops pulled out of Afghanistan in 1989.",
			"RETREAT SUN>AFG"},
	}, eventDyads)
}
