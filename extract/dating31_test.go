package extract

import (
	"strings"
	"testing"
)

// TestSinceDatesNoEvent: a date after "since" that starts no comparison
// starts a state that holds up to the time the clause tells (timex's
// Context.Since): the clause's event takes no date from it, nor from the
// paragraph (papers, histories, news). A comparison's "since" and a causal
// "since" leave the events' dates as they were (review26 finding 10).
// want lists "trigger=date/from" for every event, "trigger=-" undated.
func TestSinceDatesNoEvent(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: a negated war since a year", "In 1864 Brazil attacked Paraguay. Brazil has not fought an interstate war since 1870.", narrative,
			[]string{"attacked=1864/sentence", "fought=-"}},
		{"a history: aid since a year", "In 1978 Egypt and Israel signed the Camp David Accords. Since 1979, the United States has given Egypt military aid every year.", narrative,
			[]string{"signed=1978/sentence", "given=-"}},
		{"news: shelling since a day", "Iran has shelled Kurdish positions in Iraq since August 16.", news("2007-09-01"),
			[]string{"shelled=-"}},
		// must not
		{"a comparison's since: the act takes its own date", "The raid was the first incursion since 1995, and India protested to Pakistan in March 1999.", narrative,
			[]string{"protested=1999-03/sentence"}},
		{"a causal since: the act keeps its date", "Egypt attacked Israel in October 1973, since Cairo sought to recover the Sinai.", narrative,
			[]string{"attacked=1973-10/sentence"}},
		{"a comparison's since in a history", "In April 1940 Germany invaded Norway, the largest landing since 1915.", narrative,
			[]string{"invaded=1940-04/sentence"}},
	}
	r.check(t, tests)
}

// TestDaysFromMonthDates: an event told a count of days or weeks after a
// month the text has set takes the year timex's YYYY-XX-XX gives, and the
// sentences after it go on from that year, not from the month (review26
// finding 12).
func TestDaysFromMonthDates(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"Korea", "In January 1968, North Korean commandos attacked South Korea. Two days later North Korea seized an American ship. North Korea then expelled the American crew.", narrative,
			[]string{"attacked=1968-01/sentence", "seized=1968-01/sentence", "expelled=1968/context"}}, // (dating33: under two weeks from a month, the month)
		{"the Balkans", "In October 1915 Austria-Hungary attacked Serbia. Four days later Bulgaria attacked Serbia. The Serbian army retreated into Albania.", narrative,
			[]string{"attacked=1915-10/sentence", "attacked=1915-10/sentence", "retreated=1915/context"}},
		// must not: a day reference gives the day
		{"a day reference", "On 5 June 1967 Israel attacked Egypt. Two days later Israel attacked Syria.", narrative,
			[]string{"attacked=1967-06-05/sentence", "attacked=1967-06-07/sentence"}},
	}
	r.check(t, tests)
}

// TestCiteVerbCitation: through the whole extraction, a name's year in
// brackets that a verb of the actor stage's citeverbs follows is a
// citation in a document read as narrative (a paper with no reference
// list, a history quoting a historian); a leader's year an act follows
// stays a date (review26 finding 8).
func TestCiteVerbCitation(t *testing.T) {
	r := newDatingRig(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a paper with no reference list", "The United States and South Korea signed a defence treaty in October 1953. Snyder (1984) argues that allies fear abandonment.",
			[]string{"October 1953=1953-10", "1984=1984!cite"}},
		{"a history quoting a historian", "Germany invaded Belgium in August 1914. Tuchman (1962) argues that the generals' plans drove the war.",
			[]string{"August 1914=1914-08", "1962=1962!cite"}},
		// must not
		{"a leader's year an act follows", "Sadat (1977) offered Israel peace. Egypt and Israel signed a treaty in 1979.",
			[]string{"1977=1977", "1979=1979"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, f := r.run(t, tt.text, narrative)
			var got []string
			for _, x := range f.Timex {
				g := tx.Text[x.Start:x.End] + "=" + x.Value
				if x.Citation {
					g += "!cite"
				}
				got = append(got, g)
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}
