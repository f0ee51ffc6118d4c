package event_test

import "testing"

// A subject inside a quotation that a comma opens is not the subject of a
// verb after the quotation: the speaker, in the clause before it, is
// ("Kennedy said, "Laos is the place," after meeting Khrushchev"). A verb
// inside the quotation keeps its own subject. Cases of our own, from
// histories.
func TestQuotedSubjectStaysInside(t *testing.T) {
	checkCases(t, []roleCase{
		{"a quoted place before a non-finite clause (Cold War history)",
			"In 1961 Kennedy said, \"Laos looks like the place,\" to reporters after meeting Khrushchev in Vienna.",
			"CONSULT USA>SUN"},
		{"a quoted state before a non-finite clause (Afghan history)",
			"In 1979 Brezhnev declared, \"Afghanistan is no Vietnam,\" to the Politburo before meeting Tito in Belgrade.",
			"CONSULT SUN>YUG"},
		{"a verb inside the quotation keeps its subject (Gulf history)",
			"In 1990 Bush said, \"Iraq invaded Kuwait,\" after meeting Thatcher in Aspen.",
			"ASSAULT IRQ>KWT; CONSULT USA>GBR"},
		{"no quotation: the subject of the main clause (Cold War history)",
			"In 1961 Kennedy spoke to reporters after meeting Khrushchev in Vienna.",
			"CONSULT USA>SUN"},
	}, eventDyads)
}
