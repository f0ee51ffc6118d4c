package timex

import (
	"strings"
	"testing"
)

// TestModalMonth: a month name that is also a modal (tense.tsv modal:
// "may") is read as the verb where the month reading is weak (modalMonth),
// from two kinds of text for each form, with the month kept beside them.
func TestModalMonth(t *testing.T) {
	none := Document{}
	tests := []struct {
		name, text string
		want       []string
	}{
		// lower case before a number that can be a day: no month and day
		{"may before a day-like count (a statute)", "The court may 30 days after filing dismiss the claim.", nil},
		{"may before a day-like count (a clinical guide)", "The patient may 14 days after surgery resume work.", nil},
		// lower case before a two-digit number past 31: no month and year
		{"may before a year-like count (a lease)", "The tenant may 60 days before the end give notice.", nil},
		{"may before a year-like count (a charter)", "The board may 90 days after notice sell the land.", nil},
		// a year before a capitalised May with no sign between: the year alone
		{"a year before the name May (a history)", "By 1923 May had lost her seat in the assembly.", []string{"1923=1923"}},
		{"a year before the name May (a news report)", "In 2016 May became leader of the party.", []string{"2016=2016"}},
		// the month itself stays a month
		{"the month May with its day (a history)", "The garrison fell on May 30, 1871.", []string{"May 30, 1871=1871-05-30"}},
		{"the month after a year and a comma (a news report)", "In 2016, May brought heavy rains.", []string{"2016, May=2016-05"}},
		// a capitalised May alone after "and" or "to": the name
		{"the name May after to (a history)", "In 1871 the estate passed to May, the duke's niece.", []string{"1871=1871"}},
		{"the name May after and (a news report)", "In 2016 Johnson and May met in London.", []string{"2016=2016"}},
		{"the month after from ... to stays a range (a history)", "In 1871 the talks ran from April to May.", []string{"1871=1871", "from April to May=1871-04/1871-05"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, none)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
