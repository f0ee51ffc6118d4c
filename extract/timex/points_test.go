package timex

import (
	"strings"
	"testing"
)

// TestPointingWords: a word right before a date of news that places it
// back or ahead of the document's date whatever the verbs near say
// (tense.tsv points-back, points-ahead), each way from two kinds of text.
func TestPointingWords(t *testing.T) {
	news := Document{Kind: News, Ref: "1998-08-20"} // a Thursday
	tests := []struct {
		name, text string
		want       []string
	}{
		{"by after a past verb (a wire report)", "The ministry said the report was due by Friday.", []string{"Friday=1998-08-21"}},
		{"before after a past verb (a business report)", "Shareholders were told they must sell before Monday.", []string{"Monday=1998-08-24"}},
		{"until after a past verb (a sports report)", "The coach said the striker was out until Sunday.", []string{"Sunday=1998-08-23"}},
		{"since after a future verb (a wire report)", "The strike, which will end soon, has run since Monday.", []string{"Monday=1998-08-17"}},
		{"since after a future verb (a business report)", "Prices will stay high, as they have been since Tuesday.", []string{"Tuesday=1998-08-18"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, news)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
