package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// An inverse row (the giver or seller after "from" is the source: "bought
// arms from", "received $N from") read in an accusation makes the accused
// the buyer or receiver, with the seller named after "from" as source, and
// no record where none is named (review28 finding 1: the accused was made
// the seller and the accuser the buyer). Sentences of our own.
func TestInverseNoFill(t *testing.T) {
	checkCases(t, []roleCase{
		{"an accused buyer with no seller (paper)",
			"Washington accused Iraq of acquiring missiles in 1990.",
			"ACCUSE USA>IRQ"},
		{"an accuser is no seller (news)",
			"Israel accused Iran of buying missiles.",
			"ACCUSE ISR>IRN"},
		{"not: an accused buyer and a seller named (news)",
			"Israel accused Iran of buying missiles from Russia.",
			"ACCUSE ISR>IRN; COOPERATE RUS>IRN hypothetical"},
		{"not: a seller named (paper)",
			"Chile bought F-16 fighters from the United States in 2002.",
			"COOPERATE USA>CHL"},
		{"not: a seller named (history)",
			"In 1975 Iraq bought Mirage jets from France.",
			"COOPERATE FRA>IRQ"},
	}, eventDyadsModes)
}

// eventDyadsModes renders every event with its mode, hypothetical ones too.
func eventDyadsModes(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) {
		if e.Mode != "" {
			return dyad(e) + " " + e.Mode, true
		}
		return dyad(e), true
	})
}
