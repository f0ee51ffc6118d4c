package timex

import "testing"

// TestSuperlativeStretch: in news, "in" and a count of units after a
// superlative in its noun phrase ("its lowest level in five years") is the
// stretch back to now the superlative is measured over, no day ahead of
// the document's date; "in two weeks" after no superlative, or after one
// that a verb or another "in" parts from it, stays a day ahead.
func TestSuperlativeStretch(t *testing.T) {
	news := Document{Kind: News, Ref: "2008-10-09"}
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"lowest level in five years (wire, markets)", "Tokyo's Nikkei index now stands at its lowest level in five years.", nil},
		{"first profit in two years (business, carmaker)", "The carmaker posts its first quarterly profit in two years, analysts expect.", nil},
		{"deadliest in a decade (wire, Pakistan)", "The clash is the deadliest for the army in a decade.", nil},
		// must not
		{"a verb between: a day ahead", "The lowest bidder will be chosen in two weeks.", []string{"in two weeks=2008-10-23@dct"}},
		{"another in between: a day ahead", "The plant will be the largest in the region in two years.", []string{"in two years=2010-10-09@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, news, tt.want)
	}
}

// TestSameUnitYear: "the same month last year", "the same quarter a year
// earlier", "the same month of 2007": the unit of the reference time in
// the year named after it, one expression; "the same month" alone stays
// the reference time's.
func TestSameUnitYear(t *testing.T) {
	news := Document{Kind: News, Ref: "2008-11-03"}
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  []string
	}{
		{"the same month last year (business, cars)", []para{p("Car sales in Japan fell 27% compared to the same month last year.")}, news,
			[]string{"the same month last year=2007-11@dct"}},
		{"the same quarter a year earlier (wire, oil)", []para{p("Exports from the Gulf producers rose 9% from the same quarter a year earlier.")}, news,
			[]string{"the same quarter a year earlier=2007-Q4@dct"}},
		{"the same month of a year (wire, trade)", []para{p("Chinese imports are lower than in the same month of 2006.")}, news,
			[]string{"the same month of 2006=2006-11@dct"}},
		{"the same month a year later (history, the Baltic)", []para{p("Germany invaded Poland in September 1939, and the Soviet Union annexed Lithuania in the same month a year later.")}, Document{Kind: Narrative},
			[]string{"September 1939=1939-09", "the same month a year later=1940-09@narrative"}},
		// must not change
		{"the same month alone", []para{p("The two envoys met again in the same month.")}, news,
			[]string{"the same month=2008-11@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, tt.doc, tt.want)
	}
}

// TestProgressiveAhead: in news, a present progressive near a weekday ("is
// arriving Friday", "are meeting ... on Friday") names a day to come, even
// where a reporting verb after it is past; a past progressive, or a past
// verb nearer the date, keeps the day before.
func TestProgressiveAhead(t *testing.T) {
	news := Document{Kind: News, Ref: "2000-04-05"} // a Wednesday
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"is arriving Friday (wire, Cuba)", "The boy's father is arriving Friday, his lawyer said.", []string{"Friday=2000-04-07@dct"}},
		{"are meeting on Friday (wire, East Africa)", "Kenyan officials are meeting their Ugandan counterparts on Friday, a spokesman said.", []string{"Friday=2000-04-07@dct"}},
		// must not change
		{"a past progressive: the day before", "The envoy was traveling to Damascus on Friday, officials said.", []string{"Friday=2000-03-31@dct"}},
		{"a past verb nearer the date", "The father, who is staying in Washington, arrived Friday.", []string{"Friday=2000-03-31@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, news, tt.want)
	}
}

// TestSetForAhead: "is set for", "are set for" (tense.tsv) make a sentence
// tell a time to come: its weekday is the one ahead, not the nearer one
// before; "was set for" keeps the one before.
func TestSetForAhead(t *testing.T) {
	news := Document{Kind: News, Ref: "2000-04-05"} // a Wednesday
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"is set for Monday (wire, Sudan)", "A new round of talks between Khartoum and the rebels is set for Monday in Nairobi.", []string{"Monday=2000-04-10@dct"}},
		{"are set for a summit (commentary, Korea)", "The two Korean leaders are set for a summit in Pyongyang on Monday.", []string{"Monday=2000-04-10@dct"}},
		// must not change
		{"was set for: the one before", "The vote was set for Monday, but the opposition boycotted it.", []string{"Monday=2000-04-03@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, news, tt.want)
	}
}

// TestReportedPresent: in news, a clause that a past verb and "that" open
// and that has no tense of its own ("officials said that the talks ...
// resume on Friday") tells what holds at the time of writing: its date is
// the nearest, not the one before; a past verb in the clause keeps it
// before.
func TestReportedPresent(t *testing.T) {
	news := Document{Kind: News, Ref: "1989-10-25"} // a Wednesday
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"said that ... resume on Friday (wire, Cyprus)", "Officials said that the talks between the two communities resume on Friday.", []string{"Friday=1989-10-27@dct"}},
		{"announced that ... apply from Nov. 15 (business, visas)", "The ministry announced that the new visa rules for foreign workers apply from Nov. 15.", []string{"Nov. 15=1989-11-15@dct"}},
		// must not change
		{"a past verb in the clause: the Friday before", "Officials said that the talks between the two communities collapsed on Friday.", []string{"Friday=1989-10-20@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, news, tt.want)
	}
}
