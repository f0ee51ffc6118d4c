package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// eventDates renders each asserted event of s as "subtype=date", in order.
func eventDates(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderEvents(t, v, s, " ", func(e event.Span) (string, bool) { return e.Subtype + "=" + e.Date, e.Mode == "" })
}

// TestFrontedDateDatesItsClause: a date that opens the clause before its
// subject dates the clause's verbs, across its comma, up to the clause's
// next date; a verb with a date of its own after it keeps that one.
// Sentences of our own.
func TestFrontedDateDatesItsClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"a later date after 'and' (history)",
			"On 4 June 1967, Israel attacked Egypt and on the 8th of that month Israeli aircraft struck Syria.",
			"attack=1967-06-04 attack=1967-06-08"},
		{"a later date after 'and' (news)",
			"On 14 April 1986, the United States bombed Libya and on the 20th of that month Libya attacked Italy.",
			"attack=1986-04-14 attack=1986-04-20"},
		{"the verb's own date (history)",
			"In 1866, the Italians retreated, and Prussia defeated Austria at Königgrätz in July of that year.",
			"withdraw=1866 war=1866-07"},
		{"the verb's own date (news)",
			"In 2019, after months of talks, India attacked Pakistan in February of that year.",
			"attack=2019-02"},
	}, eventDates)
}

// TestObjectLabelDatesNoOtherEvent: a year that labels a verb's object
// ("recalled the 1962 crisis") dates no event of the sentence but the noun
// it labels; after a preposition the label dates its clause. Sentences of
// our own.
func TestObjectLabelDatesNoOtherEvent(t *testing.T) {
	checkCases(t, []roleCase{
		{"a 'when' clause after a label (news)",
			"In 2015 Obama recalled the 1962 crisis when he met Raul Castro in Panama.",
			"meet=2015"},
		{"a 'when' clause after a label (history)",
			"In 2014 Putin praised the 1945 victory when he visited Serbia.",
			"praise=2014 visit=2014"},
		{"a verb after a label (history)",
			"In 1999 Russia violated the 1990 treaty and attacked Chechnya.",
			"attack=1999"},
		{"the label of the trigger's own object (news)",
			"In 2014 Putin praised the 1945 victory over Germany.",
			"praise=2014"},
		{"the label of the trigger's own object, no other date (history)",
			"Austria praised the 1955 treaty with the Soviet Union.",
			"praise="},
		{"the label of an event noun (history)",
			"Historians recalled the 1979 invasion of Afghanistan by the Soviet Union.",
			"invasion=1979"},
		{"the label of an event noun (news)",
			"Chinese leaders recalled the 1969 clashes with the Soviet Union.",
			"war=1969"},
		{"a label after a preposition (history)",
			"In the 1784 peace treaty, Britain recognized the United States.",
			"recognise=1784"},
		{"a label after a preposition (news)",
			"In a 1908 interview, Mexico promised Guatemala free elections.",
			"promise=1908"},
	}, eventDates)
}

// TestUndatedClauseTakesLastDateBefore: a trigger whose clause has no date
// takes the sentence's last date before it, else the sentence's first;
// a date of its own clause comes first. Sentences of our own.
func TestUndatedClauseTakesLastDateBefore(t *testing.T) {
	checkCases(t, []roleCase{
		{"the last date before the trigger (history)",
			"The first battles occurred in June 1950 and the truce talks opened in July 1951; deep in Korea, Chinese soldiers attacked American units.",
			"attack=1951-07"},
		{"the last date before the trigger (news)",
			"The war began in 1980 and the tanker war started in 1984; near Basra, Iranian troops attacked Iraqi positions.",
			"attack=1984"},
		{"the clause's own date, not the last before it (history)",
			"In 1956 the Soviets crushed the revolt; in 1968, Soviet troops invaded Czechoslovakia.",
			"invasion=1968"},
		{"no date before it: the sentence's first (news)",
			"Iranian troops attacked Iraqi positions; the figures were published in 1985 and revised in 1987.",
			"attack=1985"},
	}, eventDates)
}
