package extract

import (
	"strings"
	"testing"
)

// TestReportDate: a date before a noun of a report, study or interview
// (durative.tsv report) is the telling's: an act told after "that" takes
// no date from it (papers, a history, news). The telling's own act, a
// pledge it makes, a date of the act's own and a relative "that" right
// after the noun keep theirs. want lists "trigger=date/from" for every
// event, "trigger=-" undated.
func TestReportDate(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: a study's year", "A 2011 study showed that Iran funded Hezbollah.", narrative,
			[]string{"funded=-"}},
		{"a history: an interview's year", "In a 1998 interview, Mubarak recalled that Egypt supplied arms to Sudan.", narrative,
			[]string{"supplied=-"}},
		{"a paper: a memoir's year, the context before it", "In 1990 Britain attacked Iraq.\n\nIn March 1991 Iraq withdrew from Kuwait. In a 2001 memoir, the former minister wrote that Britain had threatened Iraq.", narrative,
			[]string{"attacked=1990/sentence", "withdrew=1991-03/sentence", "threatened=-"}},
		{"news: a report's day", "A 3 May 2005 report found that Egypt supplied arms to Sudan.", news("2005-05-04"),
			[]string{"supplied=-"}},
		// must not
		{"a history: the interview's own act", "In a 2004 interview, the Syrian president accused Israel of aggression.", narrative,
			[]string{"accused=2004/sentence"}},
		{"a paper: the report's own act", "In a 2005 report, the United Nations accused Egypt of aggression.", narrative,
			[]string{"accused=2005/sentence"}},
		{"a paper: a date of the act's own", "A 2005 report found that in 1998 Egypt supplied arms to Sudan.", narrative,
			[]string{"supplied=1998/sentence"}},
		{"news: a relative that", "In a 2004 interview that aired in Cairo, the Syrian president accused Israel of aggression.", news("2004-06-01"),
			[]string{"accused=2004/sentence"}},
		{"a history: no report noun", "In the 1967 war, Egypt claimed that Israel attacked Syria.", narrative,
			[]string{"attacked=1967/sentence"}},
		{"a paper: a year that is no report's", "In 1998 Mubarak said that Egypt supplied arms to Sudan.", narrative,
			[]string{"supplied=1998/sentence"}},
	}
	r.check(t, tests)
}

// TestScholarlyNarrates: in a scholarly text, an asserted act told in the
// past in -ed right after a sentence of its paragraph that dated an act of
// its own takes that paragraph's date (context), as the narrative rules do
// (a paper on Kosovo, one on the 1973 war, one on the Gulf). An argument
// sentence (present, a present perfect, a modal, a generic), a new point
// ("Further, ...") and a sentence after one that dated no act take none.
func TestScholarlyNarrates(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper on Kosovo", "In March 1999 NATO began bombing Serbia. Russia condemned the campaign.", scholarly,
			[]string{"bombing=1999-03/sentence", "condemned=1999-03/context"}},
		{"a paper on the Gulf", "On 2 August 1990 Iraq invaded Kuwait. The Security Council condemned the invasion.", scholarly, // the invasion's day is another act's: its month (dates36)
			[]string{"invaded=1990-08-02/sentence", "condemned=1990-08/context"}},
		{"a paper on 1973", "In October 1973 Egypt attacked Israel. Saudi Arabia imposed an oil embargo on the United States.", scholarly,
			[]string{"attacked=1973-10/sentence", "imposed=1973-10/context"}},
		{"a paper on Kosovo: the story goes on", "In March 1999 NATO began bombing Serbia. Russia condemned the campaign. China protested to NATO.", scholarly,
			[]string{"bombing=1999-03/sentence", "condemned=1999-03/context", "protested=1999-03/context"}},
		// must not
		{"the story stopped by an argument", "In March 1999 NATO began bombing Serbia. Russia condemns such campaigns. China protested to NATO.", scholarly,
			[]string{"bombing=1999-03/sentence", "condemns=-", "protested=-"}},
		{"an argument in the present", "In 1954 the United States signed a treaty with Taiwan. Russia threatens its neighbours when it fears encirclement.", scholarly,
			[]string{"signed=1954/sentence", "threatens=-"}},
		{"a present perfect", "In 1962 the Soviet Union deployed missiles to Cuba. Washington has often blockaded its adversaries.", scholarly,
			[]string{"deployed=1962/sentence", "blockaded=-"}},
		{"a modal", "In 1962 the Soviet Union deployed missiles to Cuba. The United States may blockade Cuba.", scholarly,
			[]string{"deployed=1962/sentence", "blockade=-"}},
		{"a new point", "In March 1999 NATO began bombing Serbia. Further, Russia condemned the campaign.", scholarly,
			[]string{"bombing=1999-03/sentence", "condemned=-"}},
		{"after a sentence that dated no act", "In March 1999 NATO began bombing Serbia. Such campaigns are costly. Russia condemned the campaign.", scholarly,
			[]string{"bombing=1999-03/sentence", "condemned=-"}},
	}
	r.check(t, tests)
}

// TestCountedFromAct: a sentence that opens with a count of days or weeks
// and "after" or "before" an act dated inside that opening dates its main
// clause's act the count away; the act counted from keeps its date (a
// paper on 1948, a history of 1939, a paper on 1971, news on 1990). A
// count with no number, no count, a date after the comma and an act inside
// the opening keep the date as before.
func TestCountedFromAct(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: a day after", "A day after Israel declared its independence on 14 May 1948, Egypt, Syria and Jordan invaded Israel.", narrative,
			[]string{"invaded=1948-05-15/sentence"}},
		{"a history: the day before", "The day before Germany invaded Poland on 1 September 1939, Britain warned Germany.", narrative,
			[]string{"invaded=1939-09-01/sentence", "warned=1939-08-31/sentence"}},
		{"a paper: two days after, the act counted from keeps its date", "Two days after Pakistan attacked India on 3 December 1971, India recognized Bangladesh.", scholarly,
			[]string{"attacked=1971-12-03/sentence", "recognized=1971-12-05/sentence"}},
		{"news: two weeks after", "Two weeks after Iraq invaded Kuwait on 2 August 1990, the United States deployed troops to Saudi Arabia.", news("1990-09-01"),
			[]string{"invaded=1990-08-02/sentence", "deployed=1990-08-16/sentence"}},
		// must not
		{"a paper: a count with no number", "Days after Pakistan attacked India on 3 December 1971, India recognized Bangladesh.", narrative,
			[]string{"attacked=1971-12-03/sentence", "recognized=1971-12-03/sentence"}},
		{"a history: no count", "After Pakistan attacked India on 3 December 1971, India recognized Bangladesh.", narrative,
			[]string{"attacked=1971-12-03/sentence", "recognized=1971-12-03/sentence"}},
		{"a history: the date after the comma", "Two days after Pakistan attacked India, on 3 December 1971 India recognized Bangladesh.", narrative,
			[]string{"attacked=1971-12-03/sentence", "recognized=1971-12-03/sentence"}},
		{"news: no word that counts from", "The day Germany invaded Poland on 1 September 1939, Britain warned Germany.", news("1939-09-02"),
			[]string{"invaded=1939-09-01/sentence", "warned=1939-09-01/sentence"}},
	}
	r.check(t, tests)
}

// TestWeekFromMonth: a count of days or weeks from a month the paragraph
// set dates the act as timex reads the count (review30 finding 5: "a week
// later" after May 1992): in the month where three in four of that month's
// days land, from a paper on the Gulf and a history of the Balkans; ten
// days (21 of May's 31) or two weeks, a year alone, a day and a season keep
// the year or what they gave (dates35: one rule, timex's; the timex
// record and the event agree).
func TestWeekFromMonth(t *testing.T) {
	r := newDatingRig(t)
	tests := []struct{ name, text string }{
		{"a paper on the Gulf: a week", "In July 2019 Iran seized a British tanker. A week later, Britain sent a warship to the Gulf.|seized=2019-07/sentence sent=2019-07/sentence"},
		{"a history: the month in the sentence", "Austria-Hungary attacked Serbia in October 1915; four days later Bulgaria attacked Serbia.|attacked=1915-10/sentence attacked=1915-10/sentence"},
		// must not
		{"a paper on Karabakh: ten days, the year (timex: 1992-XX-XX)", "In May 1992 Armenian forces captured Shusha. Ten days later, Armenia attacked Azerbaijan.|attacked=1992/sentence"},
		{"a history: four days after December, December (timex: 1915-12-XX; before dates35 no count and the coder's date)", "Austria-Hungary attacked Serbia in December 1915; four days later Bulgaria attacked Serbia.|attacked=1915-12/sentence attacked=1915-12/sentence"},
		{"two weeks", "In July 2019 Iran seized a British tanker. Two weeks later, Britain sent a warship to the Gulf.|seized=2019-07/sentence sent=2019/sentence"},
		{"from a year", "In 2019 Iran seized a British tanker. A week later, Britain sent a warship to the Gulf.|seized=2019/sentence sent=2019/context"},
		{"from a day", "On 19 July 2019 Iran seized a British tanker. A week later, Britain sent a warship to the Gulf.|seized=2019-07-19/sentence sent=2019-07-26/sentence"},
		{"a month", "In May 1992 Armenian forces captured Shusha. A month later, Armenia attacked Azerbaijan.|attacked=1992-06/sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, want, _ := strings.Cut(tt.text, "|")
			if got := r.dates(t, s, narrative); strings.Join(got, " ") != want {
				t.Errorf("\n got  %q\n want %q", got, want)
			}
		})
	}
}
