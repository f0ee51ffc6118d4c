package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestCountFromMonthAgrees: a count of days or weeks from a month the
// text set has one reading, timex's (offsetFromReference): its record and
// the date of the act it dates agree (dates35, reread-ap20 finding 1). Three
// in four of the month's days land in it: a day of that month (the record
// YYYY-MM-XX, APPROX; the event the month); fewer: a day of the year (the
// record YYYY-XX-XX; the event the year). From a history of the Bosnian
// war and a paper on the Gulf; must not: ten days, two weeks, a count from
// a day.
func TestCountFromMonthAgrees(t *testing.T) {
	r := newDatingRig(t)
	tests := []struct{ name, text, count, want string }{
		{"a history: a week after May", "In May 1992 Serbian forces shelled Sarajevo. A week later Croatia attacked Serbia.",
			"A week later", "1992-05-XX^APPROX attacked=1992-05/sentence"},
		{"a paper on the Gulf: four days after July", "In July 2019 Iran seized a British tanker. Four days later, Britain sent a warship to the Gulf.",
			"Four days later", "2019-07-XX^APPROX sent=2019-07/sentence"},
		// must not
		{"a history: ten days after May (21 of 31 days)", "In May 1992 Serbian forces shelled Sarajevo. Ten days later Bosnia attacked Serbia.",
			"Ten days later", "1992-XX-XX^ attacked=1992/sentence"},
		{"a paper on the Gulf: two weeks", "In July 2019 Iran seized a British tanker. Two weeks later, Britain sent a warship to the Gulf.",
			"Two weeks later", "2019-XX-XX^ sent=2019/sentence"},
		{"a history: a week after a day", "On 2 May 1992 Serbian forces shelled Sarajevo. A week later Croatia attacked Serbia.",
			"A week later", "1992-05-09^ attacked=1992-05-09/sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, f := r.run(t, tt.text, narrative)
			var got []string
			for _, x := range f.Timex {
				if tx.Text[x.Start:x.End] == tt.count {
					got = append(got, x.Value+"^"+x.Mod)
				}
			}
			for k, e := range f.Events {
				if e.Sent == 1 {
					got = append(got, fmt.Sprintf("%s=%s/%s", tx.Text[e.Start:e.End], f.Dates[k].Value, f.Dates[k].From))
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("\n got  %q\n want %q", g, tt.want)
			}
		})
	}
}

// TestReportDateAfterNoun: a date up to three words after a report noun
// ("A United Nations report of 2003 concluded that ...") is the telling's,
// as one before it is (reported): the act after "that" takes no date
// (review30 finding 5, dates35). From a paper on the Congo wars, a history
// of Georgia and an inquiry into the Iraq war; must not: the report's own
// act, a relative "that" right after the date, no telling word, a noun that
// is no report's, the act's own date after "that".
func TestReportDateAfterNoun(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: a report of a year", "A United Nations report of 2003 concluded that Rwanda had invaded Congo.", narrative,
			[]string{"invaded=-"}},
		{"a history: a study from a year", "A Human Rights Watch study from 2009 showed that Russia bombed Georgian villages.", narrative,
			[]string{"bombed=-"}},
		{"a paper: an inquiry of a year", "An inquiry of 2016 found that Britain had joined the invasion of Iraq.", narrative,
			[]string{"joined=-"}},
		// must not
		{"a paper: the report's own act", "A UN report of 2003 accused Rwanda of aggression.", narrative,
			[]string{"accused=2003/sentence"}},
		{"a paper: a relative that right after the date", "The report of 2003 that Rwanda had invaded Congo shocked the region.", narrative,
			[]string{"invaded=2003/sentence"}},
		{"a history: no telling word", "After the report of 2003, Rwanda invaded Congo.", narrative,
			[]string{"invaded=2003/sentence"}},
		{"a history: no report noun", "In the war of 1998, Egypt claimed that Israel attacked Syria.", narrative,
			[]string{"attacked=1998/sentence"}},
		{"a paper: a date of the act's own", "A UN report of 2003 concluded that in 1998 Rwanda invaded Congo.", narrative,
			[]string{"invaded=1998/sentence"}},
	}
	r.check(t, tests)
}
