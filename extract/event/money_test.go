package event_test

import (
	"fmt"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// eventMoney runs every stage over s and returns each event as "trigger
// [amounts]", in order.
func eventMoney(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) { return fmt.Sprintf("%s %v", s[e.Start:e.End], e.Money), true })
}

// Money belongs to its event across a clause that names nothing new and
// from an apposition; a share given with "of which", or a clause with its
// own actor, keeps its money.
func TestMoneyOfEvent(t *testing.T) {
	v, err := extract.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text, want string }{
		{"a relative clause with no actor nor event",
			"In 2013, the European Union granted aid to Egypt, which amounted to €5 billion over three years.",
			"granted [5e+09]"},
		{"a relative clause with no actor nor event (2)",
			"In 2016, Germany provided aid to Jordan, which totalled €1.2 billion by the end of the year.",
			"provided [1.2e+09]"},
		{"a coordinated clause with no actor nor event",
			"In 2014, China signed an agreement with Pakistan, but the first tranche of $2 billion came a year later.",
			"signed [2e+09]"},
		{"a coordinated clause with no actor nor event (2)",
			"In 2008, the United States sold arms to Taiwan, and the package was worth $6.5 billion.",
			"sold [6.5e+09]"},
		{"an apposition holding an event noun",
			"In 2010, Washington pledged help to Islamabad, a $3.2 billion aid package, the largest in a decade.",
			"pledged [3.2e+09]"},
		{"an apposition holding an event noun (2)",
			"In 2009, the United States signed an agreement with Pakistan, a $7.5 billion aid deal.",
			"signed [7.5e+09]"},
		{"not a clause with its own actor",
			"In 2005, Japan granted aid to Indonesia, while Australia pledged $1 billion to Aceh.",
			"granted []; pledged [1e+09]"},
		{"not a clause with its own actor (2)",
			"In 2012, Turkey sent aid to Syria, when Qatar had spent $3 billion already.",
			"sent []"},
		{"not a share given with of which",
			"In 1975, France sold jets to Iraq worth $2 billion, out of which $500 million was paid in 1976.",
			"sold [2e+09]; sold [5e+08]"},
		{"not a share given with of which (2)",
			"In 1990, Japan gave aid to India worth $900 million, of which $300 million came in 1991.",
			"gave [9e+08]; gave [3e+08]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventMoney(t, v, tt.text); got != tt.want {
				t.Errorf("%q\n got  %s\n want %s", tt.text, got, tt.want)
			}
		})
	}
}
