package timex

import "testing"

// TestSessionDay: in news, "the day" after a session cue (datecues.tsv:
// "end", "closed", "opened", "on" before a mark) is the day the paragraph
// last named from the document's date, else the document's; not "the day
// of the vote", "the day after", "the day the war ended", "on the day he
// was sworn in", nor in a history.
func TestSessionDay(t *testing.T) {
	news := Document{Kind: News, Ref: "2019-10-24"} // a Thursday
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  []string
	}{
		{"a market report, the next sentence", []para{p("Tokyo stocks fell sharply on Monday.", "The Nikkei lost 2.1 percent to end the day at 21,164.")}, news,
			[]string{"Monday=2019-10-21@dct", "the day=2019-10-21@dct"}},
		{"an oil report, the same sentence", []para{p("Oil prices rose on Wednesday, and Brent closed the day at $68 a barrel.")}, news,
			[]string{"Wednesday=2019-10-23@dct", "the day=2019-10-23@dct"}},
		{"a summit report, no day named", []para{p("The ministers opened the day with a minute's silence for the victims.")}, news,
			[]string{"the day=2019-10-24@dct"}},
		{"on the day before a mark", []para{p("Seoul shares were down 2 percent on the day.")}, news,
			[]string{"the day=2019-10-24@dct"}},
		// must not
		{"the day of", []para{p("Voters began the day of the election in long queues.")}, news, nil},
		{"the day after", []para{p("Troops closed the border the day after the election.")}, news, nil},
		{"the day a clause follows", []para{p("Markets opened the day the war ended.")}, news, nil},
		{"on the day and a clause", []para{p("Protesters marched on the day he was sworn in.")}, news, nil},
		{"a history", []para{p("On 4 August 1914 Germany invaded Belgium.", "Britain declared war to end the day of uncertainty.")}, Document{Kind: Narrative},
			[]string{"4 August 1914=1914-08-04"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, tt.doc, tt.want)
	}
}
