package timex

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
)

func TestTense(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		sentence string
		want     int
	}{
		{"The talks will resume on Friday.", 1},                      // future auxiliary
		{"Both sides are going to meet on Monday.", 1},               // a future phrase
		{"The minister said on Friday that talks would resume.", -1}, // a past form beats "would"
		{"Troops left the town on Tuesday.", -1},                     // an irregular past form
		{"The rebels attacked the convoy on Sunday.", -1},            // a past in -ed
		{"It would rain on Thursday.", 1},                            // conditional, nothing else decides
		{"Officials need more time before Friday.", 0},               // "need" ends in -ed and is no past
		{"The agony of Friday.", 0},                                  // "ago" is a word of its own
		{"Talks are scheduled for Wednesday.", 1},                    // scheduled
		{"We'll see on Monday.", 0},                                  // the lexer splits "'ll"
	}
	for _, tt := range tests {
		if got := v.tense(english.Lex(tt.sentence, 0)); got != tt.want {
			t.Errorf("tense(%q) = %d, want %d", tt.sentence, got, tt.want)
		}
	}
	for w, want := range map[string]int{"will": 1, "since": -1, "seized": -1, "indeed": 0, "talks": 0, "sold": -1} {
		if got := v.tenseOf(w); got != want {
			t.Errorf("tenseOf(%q) = %d, want %d", w, got, want)
		}
	}
}
