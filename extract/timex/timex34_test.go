package timex

import "testing"

// TestYearlessDateline: a wire dateline without its year ("KHARTOUM, May
// 20 (Reuters) -") is the document's date without its year (XXXX-05-20),
// unless the text gives the year: a full date in the dateline's month or
// the month before, or a year it calls this year. A full date further
// off, or a cited year, gives none (review30 finding 3).
func TestYearlessDateline(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		name  string
		paras []para
		want  string
	}{
		{"no year anywhere (wire, Sudan)", []para{p("KHARTOUM, May 20 (Reuters) - Sudan's army rejected a proposal for a truce on Saturday.", "Egypt sent two aircraft on Monday.")},
			"XXXX-05-20 dct:dateline-year"},
		{"this year's budget (wire, Kenya)", []para{p("NAIROBI, March 3 (Reuters) - Kenya's parliament approved this year's 2024 defence budget on Friday.")},
			"2024-03-03 dct:dateline-year"},
		{"a full date of the same month (wire, Turkey)", []para{p("ANKARA, Jan 25 (Reuters) - Turkey shelled Kurdish positions in Syria on Sunday."), p("On January 23, 2024, the Turkish parliament voted to ratify the protocol.")},
			"2024-01-25 dct:dateline-year"},
		{"a full date of the December before (wire, Russia)", []para{p("MOSCOW, Jan 3 (AFP) - Russia expelled two Moldovan diplomats on Tuesday."), p("Moldova had expelled a Russian diplomat on December 30, 2022.")},
			"2023-01-03 dct:dateline-year"},
		// must not: a full date far from the dateline's month, a cited year
		{"a full date of another month: no year (wire, Lebanon)", []para{p("BEIRUT, Oct 14 (Reuters) - Israel struck targets in southern Lebanon on Sunday."), p("The strikes were the heaviest since the war that began on July 12, 2006.")},
			"XXXX-10-14 dct:dateline-year"},
		{"a cited year: no year (wire, Sudan)", []para{p("KHARTOUM, May 20 (Reuters) - Sudan's army rejected a truce."), p("Analysts said the UAE had flown weapons to the RSF (Reuters, 2023).")},
			"XXXX-05-20 dct:dateline-year"},
		{"this year as a phrase, a year later: no year (commentary)", []para{p("GENEVA, June 2 (AP) - The talks this year echo those of 2019, officials said.")},
			"XXXX-06-02 dct:dateline-year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt, sents, xs := scanNarrative(t, v, tt.paras)
			d, ok := v.FindDCT(txt, sents, xs)
			got := ""
			if ok {
				got = d.Value + " " + d.Rule
			}
			if got != tt.want || !d.Dateline {
				t.Errorf("FindDCT = %q dateline=%v, want %q", got, d.Dateline, tt.want)
			}
			if k := v.DecideKind(txt, sents, false, d.Value, true, xs); k != News {
				t.Errorf("kind %v, want news", k)
			}
		})
	}
}

// TestYearlessNews: news read from a document's date without its year
// (XXXX-05-20) gives what the month and day allow: counts of days and
// months, the month of a weekday whose every possible day lies in the
// month; nothing that needs the year (a year, a holiday, a season ahead,
// a count of years), nor a weekday near the month's edge, and only the
// month for a count of days across the end of February.
func TestYearlessNews(t *testing.T) {
	may := Document{Kind: News, Ref: "XXXX-05-20"}
	oct := Document{Kind: News, Ref: "XXXX-10-14"}
	mar := Document{Kind: News, Ref: "XXXX-03-01"}
	tests := []struct {
		name string
		s    string
		doc  Document
		want []string
	}{
		{"days ago and last month (wire, Sudan)", "Kenya's president met Burhan's envoy two days ago, and the RSF captured the factory last month.", may,
			[]string{"two days ago=XXXX-05-18@dct", "last month=XXXX-04@dct"}},
		{"a weekday mid-month (wire, Sudan)", "Sudan's army rejected the proposal on Saturday.", may,
			[]string{"Saturday=XXXX-05@dct"}},
		{"next month and a weekday (wire, Lebanon)", "France condemned the strikes on Monday, and Washington will send a carrier next month.", oct,
			[]string{"Monday=XXXX-10@dct", "next month=XXXX-11@dct"}},
		{"yesterday across February: the month (wire, Egypt)", "Egypt expelled Ethiopia's envoy yesterday.", mar,
			[]string{"yesterday=XXXX-02@dct"}},
		// must not
		{"a weekday near the month's start: none", "Sudan condemned the move on Tuesday.", mar, nil},
		{"last year and a year ago: none", "Ethiopia sent troops to the border last year, and Uganda withdrew a year ago.", may, nil},
		{"two years ago: none", "Tanzania hosted talks two years ago.", oct, nil},
		{"last Christmas: none", "Libya offered to mediate last Christmas.", may, nil},
		{"earlier this year: none", "Somalia protested earlier this year.", oct, nil},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, tt.doc, tt.want)
	}
}

// TestWeeksFromMonth: a count of weeks from a month the text has set is
// a day of the month where three in four of that month's days, so moved,
// land (YYYY-MM-XX, APPROX), not a day of the year (YYYY-XX-XX); "two
// weeks later" (about half and half), ten days, counts from a day, "a
// week before," read as before (review30 finding 5; dates35: the value a
// day of the month, as counts of days).
func TestWeeksFromMonth(t *testing.T) {
	narrative := Document{Kind: Narrative}
	tests := []struct {
		name  string
		paras []para
		want  []string
	}{
		{"a week after May (history, Karabakh)", []para{p("Armenian forces captured Shusha in May 1992, and Lachin fell a week later.")},
			[]string{"May 1992=1992-05", "a week later=1992-05-XX@narrative^APPROX"}},
		{"a week after July (commentary, the Gulf)", []para{p("Iran seized a British tanker in July 2019.", "A week later, Britain proposed a European maritime mission.")},
			[]string{"July 2019=2019-07", "A week later=2019-07-XX@narrative^APPROX"}},
		{"four weeks after March: April (history, Kosovo)", []para{p("NATO began bombing Yugoslavia in March 1999.", "Four weeks later, the allies met in Washington.")},
			[]string{"March 1999=1999-03", "Four weeks later=1999-04-XX@narrative^APPROX"}},
		{"a week before March (history, Iraq)", []para{p("In March 2003 the coalition invaded Iraq.", "A week earlier, Turkey had refused transit.")},
			[]string{"March 2003=2003-03", "A week earlier=2003-03-XX@narrative^APPROX"}},
		// must not
		{"two weeks after July: half and half, a day of the year", []para{p("Iran seized a British tanker in July 2019.", "Two weeks later, Britain joined the American mission.")},
			[]string{"July 2019=2019-07", "Two weeks later=2019-XX-XX@narrative"}},
		{"three weeks after December: none", []para{p("In December 1993 Azerbaijan attacked Fuzuli.", "Three weeks later, Armenia shelled Ganja.")},
			[]string{"December 1993=1993-12"}},
		{"ten days after a month: a day of the year", []para{p("In March 1994 Russia proposed a ceasefire, and ten days later Iran offered mediation.")},
			[]string{"March 1994=1994-03", "ten days later=1994-XX-XX@narrative"}},
		{"a week after a day: the day", []para{p("On 12 May 1994 the ceasefire took effect, and a week later Russia sent observers.")},
			[]string{"12 May 1994=1994-05-12", "a week later=1994-05-19@narrative"}},
		{"a week before, during and after an event", []para{p("Approval rose in July 2022.", "We compare the posts one week before, during, and one week after the meeting.")},
			[]string{"July 2022=2022-07", "one week before=2022-XX-XX@narrative"}},
		{"a month after a month", []para{p("In August 1994 Russia convened talks in Moscow.", "A month later, Armenia and Azerbaijan signed a protocol.")},
			[]string{"August 1994=1994-08", "A month later=1994-09@narrative"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, narrative, tt.want)
	}
}
