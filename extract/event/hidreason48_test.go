package event_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// hiddenReasons codes s and renders each event the stage hid as
// "subtype:reason" (Span.Hid), in order.
func hiddenReasons(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	f := stagetest.Findings(t, v, s)
	c := v.Event.Coder(s, f.Sentences, f.Zones, f.Entities, f.Timex, f.Money)
	var out []string
	for {
		sv, done, err := c.Next(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if done {
			break
		}
		if sv == nil {
			continue
		}
		for _, h := range sv.Hidden {
			out = append(out, h.Subtype+":"+h.Hid)
		}
	}
	return strings.Join(out, " ")
}

// The event stage says why it hid an event (Span.Hid), so the pair finder
// need not work it out again: in a demand's complement, an appeal's
// infinitive, a mandate's subjunctive, a noun that completes its verb. An
// event it reports, or an act told after a demand's object, is hidden for
// no reason. Sentences of our own.
func TestHiddenReason(t *testing.T) {
	checkCases(t, []roleCase{
		{"demanded (news)",
			"In 1962 Kennedy demanded that Moscow withdraw its missiles from Cuba.",
			"withdraw:" + event.HidDemanded},
		{"appealed (history)",
			"In 1935 Britain pressured France to invade Germany.",
			"invasion:" + event.HidAppealed},
		{"mandated (history)",
			"In 1965 Washington insisted that Saigon fight Hanoi alone.",
			"war:" + event.HidMandated},
		{"completes (essay)",
			"In 1965 Britain stopped its aid to Pakistan.",
			"aid:" + event.HidCompletes},
		{"not: a told act after a demand's object (news)",
			"In 1999 Russia threatened retaliation for the NATO bombing of Serbia.",
			""},
		{"not: a reported act (essay)",
			"In 1990 Iraq invaded Kuwait.",
			""},
	}, hiddenReasons)
}
