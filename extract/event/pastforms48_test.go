package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/event/syntax"
)

// Past and Participle are the one shape test of a past form and of a
// participle form the parser and the stages share: a form in -ed (of five
// letters or more for a past tense) or a row of participles.txt or
// pastforms.txt.
func TestPastAndParticipleForms(t *testing.T) {
	v, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		w                string
		past, participle bool
	}{
		{"invaded", true, true}, // -ed
		{"grew", true, false},   // a past tense of pastforms.txt
		{"fought", true, true},  // a past of participles.txt
		{"taken", false, true},  // a participle only
		{"used", false, true},   // -ed under five letters and no row: no past by shape
		{"invasion", false, false},
		{"invading", false, false},
	} {
		if got := v.Past(c.w); got != c.past {
			t.Errorf("Past(%q) = %v, want %v", c.w, got, c.past)
		}
		if got := v.Participle(c.w); got != c.participle {
			t.Errorf("Participle(%q) = %v, want %v", c.w, got, c.participle)
		}
	}
}
