package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSinceOnset: a since-date dates an act that runs from it (durative.tsv:
// an occupation, sanctions, a blockade; an act told going on, "had been
// shelling"), asserted, with no count of its acts: the date is its onset,
// from the sentence (papers, histories, news). A negated act, a threat of
// the act, a count of acts (a number, "twice", "repeatedly"), an act no
// row names and a comparison's since
// take no date, as before. want lists "trigger=date/from" for every event,
// "trigger=-" undated.
func TestSinceOnset(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: sanctions since a year", "Since 1991 the United States has imposed sanctions on Cuba.", narrative,
			[]string{"imposed=1991/sentence"}},
		{"a history: an occupation since a month", "On 20 July 1974 Turkey invaded Cyprus. Turkish troops have occupied northern Cyprus since August 1974.", narrative,
			[]string{"invaded=1974-07-20/sentence", "occupied=1974-08/sentence"}},
		{"news: shelling going on since a day", "Iran had been shelling Kurdish positions in Iraq since August 16.", news("2007-09-01"),
			[]string{"shelling=2007-08-16/sentence"}},
		{"a history: a possessive after the trigger", "Turkish troops have occupied Cyprus's north since August 1974.", narrative,
			[]string{"occupied=1974-08/sentence"}},
		// must not
		{"a paper: a count of the acts", "Since 2006 Israel has imposed three blockades on Gaza.", narrative,
			[]string{"blockades=-"}},
		{"a history: a count word", "Since 1991 the United States has imposed sanctions on Cuba twice.", narrative,
			[]string{"imposed=-"}},
		{"a paper: a count word after a possessive", "Since 2006 the United States has imposed sanctions on Iran's banks twice.", narrative,
			[]string{"imposed=-"}},
		{"news: a count after a possessive", "Russia has blockaded Ukraine's Black Sea ports three times since 2014.", news("2016-01-05"),
			[]string{"blockaded=-"}},
		{"news: a count word before the trigger", "Israel has repeatedly blockaded Gaza since 2007.", news("2010-05-01"),
			[]string{"blockaded=-"}},
		{"a history: a negated act", "Britain has not imposed sanctions on Israel since 1982.", narrative,
			[]string{"imposed=-"}},
		{"a paper: a threat of the act", "Since 1991 the United States has threatened to impose sanctions on Cuba.", narrative,
			[]string{"threatened=-"}},
		{"news: an act no row names", "Turkey has attacked Kurdish positions in Iraq since 2015.", news("2016-01-05"),
			[]string{"attacked=-"}},
		{"a history: a comparison's since", "The blockade of Gaza was the longest since 1948, when Egypt blockaded Israel.", narrative,
			[]string{"blockaded=-"}},
	}
	r.check(t, tests)
}

// TestDurativeVocab: a user's durative row makes an act of its subtype one
// that runs from its since-date; a row of an unknown role is an error.
func TestDurativeVocab(t *testing.T) {
	r := newDatingRig(t)
	s := "Turkey has attacked Kurdish positions in Iraq since 2015."
	if got := r.dates(t, s, narrative); strings.Join(got, " | ") != "attacked=-" {
		t.Errorf("shipped rows: got %q, want attacked=-", got)
	}
	v, err := NewVocabulary(Source{Kind: "durative", Origin: "user", Data: []byte("attack\tsubtype\tASSAULT\n")})
	if err != nil {
		t.Fatal(err)
	}
	if got := (datingRig{v: v, tg: r.tg}).dates(t, s, narrative); strings.Join(got, " | ") != "attacked=2015/sentence" {
		t.Errorf("user row: got %q, want attacked=2015/sentence", got)
	}
	if _, err := NewVocabulary(Source{Kind: "durative", Origin: "user", Data: []byte("attack\tstate\n")}); err == nil {
		t.Error("a row of role state: no error")
	}
}

// TestSinceOnsetFlag: the date a since-date gives an act that runs from it
// is marked as its onset (EventDate.Onset); a date the act was done on is
// not ("In 1991 ... imposed"), nor an act dated by its context.
func TestSinceOnsetFlag(t *testing.T) {
	r := newDatingRig(t)
	tests := []struct {
		text string
		want []bool // of each event
	}{
		{"Since 1991 the United States has imposed sanctions on Cuba.", []bool{true}},
		{"Iran had been shelling Kurdish positions in Iraq since August 16, 2007.", []bool{true}},
		// must not
		{"In 1991 the United States imposed sanctions on Cuba.", []bool{false}},
		{"In 1991 Iraq invaded Kuwait. The United States imposed sanctions on Iraq.", []bool{false, false}},
	}
	for _, tt := range tests {
		_, f := r.run(t, tt.text, narrative)
		var got []bool
		for k := range f.Events {
			if f.Dates[k].Value == "" {
				t.Errorf("%q: event %d undated", tt.text, k)
			}
			got = append(got, f.Dates[k].Onset)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: onsets %v, want %v", tt.text, got, tt.want)
		}
	}
}
