package extract

import (
	"testing"

	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/timex"
)

// DateEvents reads a sentence's context only where one is given: an event
// of a sentence past the contexts keeps its own date (a review found one
// rule reading the context there).
func TestDateEventsPastTheContexts(t *testing.T) {
	evs := []event.Span{{Sent: 3, Date: "1916", DateAt: [2]int{0, 4}, Start: 10, End: 18}}
	got := DateEvents(evs, []timex.Context{{}}, timex.Narrative, nil, nil, nil, nil, nil)
	if len(got) != 1 || got[0].Value != "1916" || got[0].From != "sentence" {
		t.Errorf("got %+v, want 1916 from the sentence", got)
	}
}
