package timex

import (
	"strings"
	"testing"
)

// TestNewsForms: expressions read from a news document's date, each rule
// on two texts.
func TestNewsForms(t *testing.T) {
	news := Document{Kind: News, Ref: "1998-08-20"} // a Thursday
	tests := []struct {
		name string
		text string
		want []string
	}{
		// "July last year" is one expression: its year's words are not read again
		{"a month and last year (a party)", "The party split in June last year.", []string{"June last year=1997-06"}},
		{"a month and this year after a modifier (exports)", "Exports rose in early October this year.", []string{"early October this year=1998-10"}},
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
