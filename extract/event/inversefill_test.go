package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// An inverse row (the giver or seller after "from" is the source: "bought
// arms from", "received $N from") takes no source from the sentence's
// speaker or the paragraph's topic when no one is named after "from"
// (review28 finding 1); a named seller still is the source. Sentences of
// our own.
func TestInverseNoFill(t *testing.T) {
	checkCases(t, []roleCase{
		{"a speaker is no seller (paper)",
			"Washington claimed that Iraq had acquired weapons of mass destruction.",
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
