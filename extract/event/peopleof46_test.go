package event_test

import "testing"

// TestPeopleOfPlaceAfterClauseWord: a subject phrase "noun in <place>"
// that opens a clause after a clause word ("when dockers in Belgium
// refused") names the place's people as the source, as it does opening
// the sentence; not the main clause's subject. A named actor subject, or
// a subject with no place, stays as it was. Cases of our own, from a
// history and from news.
func TestPeopleOfPlaceAfterClauseWord(t *testing.T) {
	checkCases(t, []roleCase{
		{"dockers in two states, after when (history)",
			"Spain suffered setbacks in 1937, when dockers in Belgium and Holland refused to load such cargoes for Spain.",
			"REJECT BEL,NLD>ESP"},
		{"banks in a state, after when (news)",
			"Kuwait suffered losses in 1990, when banks in Iraq refused to pay their debts to Kuwait.",
			"REJECT IRQ>KWT"},
		{"the same phrase opening the sentence (history)",
			"In 1937 dockers in Belgium and Holland refused to load such cargoes for Spain.",
			"REJECT BEL,NLD>ESP"},
		{"a named subject after when (news)",
			"Israel was alarmed in 2006, when Hezbollah fighters attacked Israeli troops in Lebanon.",
			"ASSAULT HEZBOLLAH>ISR"},
	}, eventDyads)
}
