package timex

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/text"
)

// TestDeicticWords: the plain deictic words of timestarts.txt (mark
// deictic: last, this, next) where they stand beside a date's name, each
// form from two kinds of text.
func TestDeicticWords(t *testing.T) {
	news := Document{Kind: News, Ref: "1998-08-20"} // a Thursday
	tests := []struct {
		name, text string
		ctx        Document
		want       []string
	}{
		// a weekday before one and "week": that weekday of the week named
		{"a weekday before next week (a sports report)", "The team flies out Friday next week.", news, []string{"Friday next week=1998-08-28"}},
		{"a weekday before last week (a business report)", "Results came out Monday last week.", news, []string{"Monday last week=1998-08-10"}},
		// a weekday in lower case after one is a weekday
		{"a lower-case weekday after last (a chat log)", "police said the raid happened last friday.", news, []string{"last friday=1998-08-14"}},
		{"a lower-case weekday after next (a forum post)", "we meet again next tuesday at noon.", news, []string{"next tuesday=1998-08-25"}},
		// a month after one is no month alone (relativeAt reads it in news)
		{"a month after last in a history (a governor's letter)", "In 1871 the governor wrote that the harvest had failed last May.", Document{Kind: Narrative}, []string{"1871=1871"}},
		{"a month after last in a history (an envoy's memoir)", "In 1903 the envoy recalled that the talks had stalled last March.", Document{Kind: Narrative}, []string{"1903=1903"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, tt.ctx)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDeicticsCount: Vocabulary.Deictics counts a deictic word before a
// unit, a season, a weekday or a month, from two kinds of text.
func TestDeicticsCount(t *testing.T) {
	v := testVocab(t)
	for _, tt := range []struct {
		name, text string
		want       int
	}{
		{"a business report", "Profits rose this quarter and will rise again next spring.", 2},
		{"a wire report", "Troops left the border last week.", 1},
		{"a history with no deictic word", "The troops left the border in the week after the truce.", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := v.Deictics(tt.text, []text.Sentence{{Start: 0, End: len(tt.text)}}); got != tt.want {
				t.Errorf("Deictics(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}
