package timex

import "testing"

// TestNewsDayReference: in news, "the next day", "the same day", "earlier
// that day" and a count from the reference time ("a week earlier") read
// from the last day the paragraph named from the document's date ("on
// Saturday"), not from the document's date; with no such day, or in a
// new paragraph, from the document's date as before.
func TestNewsDayReference(t *testing.T) {
	news := Document{Kind: News, Ref: "2019-10-24"} // a Thursday
	tests := []struct {
		name  string
		paras []para
		want  []string
	}{
		{"the next day after a weekday (wire, Syria)", []para{p("Germany suspended arms exports to Turkey on Saturday, and the Netherlands followed suit the next day.")},
			[]string{"Saturday=2019-10-19@dct", "the next day=2019-10-20@dct"}},
		{"the same day in the next sentence (wire, Korea)", []para{p("North Korea fired two missiles on Monday.", "Japan lodged a protest the same day.")},
			[]string{"Monday=2019-10-21@dct", "the same day=2019-10-21@dct"}},
		{"a count of days from a named day (commentary, Gulf)", []para{p("Iran seized the tanker on Sunday; two days earlier, Britain had detained an Iranian ship.")},
			[]string{"Sunday=2019-10-20@dct", "two days earlier=2019-10-18@dct"}},
		// must not: no day named before, a new paragraph, a day named after
		{"no day named: the document's date", []para{p("Japan lodged a protest the following day.")},
			[]string{"the following day=2019-10-25@dct"}},
		{"a new paragraph reads from the document's date", []para{p("Germany suspended arms exports on Saturday."), p("Japan lodged a protest the same day.")},
			[]string{"Saturday=2019-10-19@dct", "the same day=2019-10-24@dct"}},
		{"a day named after the anaphor does not count", []para{p("The same day, Germany said it had suspended exports on Saturday.")},
			[]string{"The same day=2019-10-24@dct", "Saturday=2019-10-19@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, news, tt.want)
	}
}

// TestRelativeSeason: in news, "next spring" is the first one that begins
// after the document's date, "last winter" the last one over by then;
// "this spring" and a season after no such word read as before, and "the
// next fall of a town" is no season of relativeAt's.
func TestRelativeSeason(t *testing.T) {
	oct := Document{Kind: News, Ref: "2019-10-24"}
	apr := Document{Kind: News, Ref: "2019-04-10"}
	tests := []struct {
		name string
		s    string
		doc  Document
		want []string
	}{
		{"next spring in October (wire, Iran)", "Iran is expected to hold talks with Turkey next spring on border security.", oct, []string{"next spring=2020-SP@dct"}},
		{"last spring in April (commentary, sanctions)", "The sanctions Washington imposed last spring have not changed Tehran's calculus.", apr, []string{"last spring=2018-SP@dct"}},
		{"last winter in October (wire, Afghanistan)", "Fighting eased last winter as snow closed the passes.", oct, []string{"last winter=2018-WI@dct"}},
		{"next summer in March (commentary, NATO)", "The alliance will hold its summit next summer in Vilnius.", Document{Kind: News, Ref: "2019-03-02"}, []string{"next summer=2019-SU@dct"}},
		// must not change
		{"last spring in October: the value as before (its word now in the span)", "The sanctions Washington imposed last spring have not changed Tehran's calculus.", oct, []string{"last spring=2019-SP@dct"}},
		{"this spring", "The offensive will resume this spring, a commander said.", oct, []string{"spring=2019-SP@dct"}},
		{"a fall that is no season", "Analysts expect a last fall of prices before the election.", oct, nil},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, tt.doc, tt.want)
	}
}

// TestSentenceYear: in news, a month without a year in a sentence that
// named a year from the document's date ("Last year, ... in April") is of
// that year; a month before it, or in a sentence with no such year, reads
// as before.
func TestSentenceYear(t *testing.T) {
	news := Document{Kind: News, Ref: "2019-10-24"}
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"last year, then April (wire, Libya)", "Last year, the Libyan National Army launched its offensive on the capital in April.",
			[]string{"Last year=2018@dct", "April=2018-04@dct"}},
		{"last year, then March (commentary, trade)", "Exports fell last year, and in March the government devalued the currency.",
			[]string{"last year=2018@dct", "March=2018-03@dct"}},
		// must not change
		{"a month before the year", "In March, the ministry said exports had fallen last year.",
			[]string{"March=2019-03@dct", "last year=2018@dct"}},
		{"this year, then May", "Earlier this year, Turkey sent drones to Tripoli, and in May it sent troops.",
			[]string{"Earlier this year=2019@dct", "May=2019-05@dct"}},
		{"no year in the sentence", "The army launched its offensive on the capital in April.",
			[]string{"April=2019-04@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, Document{Kind: news.Kind, Ref: news.Ref}, tt.want)
	}
}

// TestPastCountIn: in news, "in a month" in a sentence that tells the past
// and no future is a stretch of time ("its fourth launch in a month"), no
// day after the document's date; with a future or conditional word, or a
// verb of expectation in the sentence, it counts ahead as before.
func TestPastCountIn(t *testing.T) {
	news := Document{Kind: News, Ref: "2019-10-24"}
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"a launch count (wire, Korea)", "North Korea fired two short-range missiles into the sea, its fourth launch in a month.", nil},
		{"a siege's length (wire, Syria)", "Government troops took the town in three days, the army said.", nil},
		// must not change
		{"a future", "The minister will return to Ankara in two weeks.", []string{"in two weeks=2019-11-07@dct"}},
		{"a conditional after said", "Officials said the talks would resume in a month.", []string{"in a month=2019-11-24@dct"}},
		{"an expectation after said (commentary)", "The envoy said he expects a deal in two weeks.", []string{"in two weeks=2019-11-07@dct"}},
		{"present tense", "Elections are due in three months.", []string{"in three months=2020-01-24@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, news, tt.want)
	}
}
