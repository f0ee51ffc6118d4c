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
	// the word before a date: toks[1] of "X w", as the scanner reads it
	for s, want := range map[string]int{"X will": 1, "X since": -1, "X seized": -1, "X indeed": 0, "X talks": 0, "X sold": -1,
		"is expected": 0, "be completed": 0, "be paid": 0, "was expected": -1} {
		p := &tparser{v: v, toks: english.Lex(s, 0)}
		if got := p.tenseOfTok(1); got != want {
			t.Errorf("tenseOfTok(%q) = %d, want %d", s, got, want)
		}
	}
}
