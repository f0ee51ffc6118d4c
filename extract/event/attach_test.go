package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
)

// eventDates renders each asserted event of s as "subtype=date", in order.
func eventDates(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	var out []string
	for _, e := range codedEvents(t, v, s) {
		if e.Mode == "" {
			out = append(out, e.Subtype+"="+e.Date)
		}
	}
	return strings.Join(out, " ")
}

// TestFrontedDateDatesItsClause: a date that opens the clause before its
// subject dates the clause's verbs, across its comma, up to the clause's
// next date; a verb with a date of its own after it keeps that one.
// Sentences of our own.
func TestFrontedDateDatesItsClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"a later date after 'and' (history)",
			"On 4 June 1967, Israel attacked Egypt and on the 8th of that month Israeli aircraft struck Syria.",
			"attack=1967-06-04 attack=1967-06"},
		{"a later date after 'and' (news)",
			"On 14 April 1986, the United States bombed Libya and on the 20th of that month Libya attacked Italy.",
			"attack=1986-04-14 attack=1986-04"},
		{"the verb's own date (history)",
			"In 1918, the Austrians retreated, and Italy defeated Austria at Vittorio Veneto in October of that year.",
			"withdraw=1918 war=1918-10"},
		{"the verb's own date (news)",
			"In 2019, after months of talks, India attacked Pakistan in February of that year.",
			"attack=2019-02"},
	}, eventDates)
}
