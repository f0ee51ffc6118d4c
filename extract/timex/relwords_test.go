package timex

import (
	"strings"
	"testing"
)

// TestRelativeWords: the relative words of timestarts.txt (their
// direction, and where they stand: after "the", after "this", before
// "this year") read from a news report's date (a Thursday), each from two
// kinds of text.
func TestRelativeWords(t *testing.T) {
	news := Document{Kind: News, Ref: "1998-08-20"}
	tests := []struct {
		name, text string
		want       []string
	}{
		// after "this": the word after it gives the direction
		{"this coming (a wire report)", "The envoys will meet again this coming month.", []string{"this coming month=1998-09"}},
		{"this past (a business report)", "Sales rose 4 percent this past year.", []string{"this past year=1997"}},
		{"this upcoming (a sports report)", "The league adds two clubs this upcoming year.", []string{"this upcoming year=1999"}},
		// after "the"
		{"the coming (a business report)", "Prices should ease over the coming month.", []string{"the coming month=1998-09"}},
		{"the past (a wire report)", "Rebels shelled the town twice in the past month.", []string{"the past month=1998-07"}},
		// alone
		{"upcoming alone (a wire report)", "Elections are due in upcoming year, aides said.", []string{"upcoming year=1999"}},
		{"previous alone (a trade report)", "Imports rose 8 percent over previous year.", []string{"previous year=1997"}},
		// before "this year"
		{"later this year (a business report)", "The plant will open later this year.", []string{"later this year=1998"}},
		{"earlier this year (a wire report)", "The minister resigned earlier this year.", []string{"earlier this year=1998"}},
		// a kind of year between the relative word and its unit (year-kind)
		{"this calendar year (a business report)", "Sales will top two billion dollars this calendar year.", []string{"this calendar year=1998"}},
		{"last financial year (a ministry report)", "The deficit narrowed in the last financial year.", []string{"last financial year=1997"}},
		{"next fiscal year (a budget office)", "Outlays will rise next fiscal year.", []string{"next fiscal year=1999"}},
		// a fiscal year's word before its number (fiscal)
		{"fiscal and a year (a company report)", "Revenue fell in fiscal 1997, the company said.", []string{"fiscal 1997=1997"}},
		{"fiscal and a year (a history)", "Army spending peaked in fiscal 1953 as the war dragged on.", []string{"fiscal 1953=1953"}},
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
