package timex

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
)

// TestNameIsNoTense: a capitalized word in -ed inside a name ("the United
// States", "United Nations officials") is no past verb, so it does not turn
// a weekday of what is to come into the one before; from a wire report
// and a news brief of my own writing. Must not: a past verb still reads
// as one, a capitalized participle that opens the sentence alone
// ("Alarmed by ...") still reads as a past.
func TestNameIsNoTense(t *testing.T) {
	news := Document{Kind: News, Ref: "2026-12-02"} // a Wednesday
	tests := []struct {
		name  string
		paras []para
		want  []string
	}{
		{"a future visit to the United States (wire)", []para{p("The minister said he would travel to the United States on Thursday.")},
			[]string{"Thursday=2026-12-03@dct"}},
		{"a name before a future (brief)", []para{p("The prime minister will address the United Nations General Assembly on Thursday.")},
			[]string{"Thursday=2026-12-03@dct"}},
		{"an intent with a name after it (brief)", []para{p("Ministers agreed to meet United States negotiators on Saturday.")},
			[]string{"Saturday=2026-12-05@dct"}},
		// must not: the past is still read
		{"a past visit to the United States", []para{p("The foreign minister visited the United States on Tuesday.")},
			[]string{"Tuesday=2026-12-01@dct"}},
		{"a past with a name before it", []para{p("The United Nations envoy arrived in Kabul on Sunday.")},
			[]string{"Sunday=2026-11-29@dct"}},
		{"a capitalized participle opening the sentence", []para{p("Alarmed by the raid, the government met on Friday.")},
			[]string{"Friday=2026-11-27@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, news, tt.want)
	}
	v := testVocab(t)
	for s, want := range map[string]int{"X United": 0, "X Allied": 0, "X seized": -1, "United Nations": 0, "Alarmed by": -1} {
		p := &tparser{v: v, toks: english.Lex(s, 0)}
		k := 1
		if s[0] != 'X' {
			k = 0
		}
		if got := p.tenseOfTok(k); got != want {
			t.Errorf("tenseOfTok(%q, %d) = %d, want %d", s, k, got, want)
		}
	}
}
