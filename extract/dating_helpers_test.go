package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

// What every dating test (dating*_test.go, dates*_test.go) sets up and
// runs, kept in one place (review33 D5: each test had its own copy).

// The kinds of document the dating tests read their texts as.
var (
	narrative = Given{Kind: "narrative"}
	scholarly = Given{Kind: "scholarly"}
)

// news reads a text as news of the given date.
func news(date string) Given { return Given{Date: date, Kind: "news"} }

// datingRig is what a dating test runs the extraction with: a vocabulary
// (the shipped one, or one with a user's rows) and an actor tagger.
type datingRig struct {
	v  *Vocabulary
	tg *actor.Tagger
}

// newDatingRig is the shipped vocabulary and a new tagger.
func newDatingRig(t *testing.T) datingRig {
	t.Helper()
	return datingRig{v: testVocab(t), tg: actor.NewTagger()}
}

// run runs the whole extraction over s, read as given.
func (r datingRig) run(t *testing.T, s string, given Given) (*text.Text, *Findings) {
	t.Helper()
	tx := text.Compose(text.TextBlocks(s, false))
	f := &Findings{Given: given}
	if err := r.v.Run(context.Background(), r.tg, tx, f); err != nil {
		t.Fatal(err)
	}
	return tx, f
}

// dates runs the extraction over s and lists "trigger=date/from" for
// every event, "trigger=-" for an undated one; a date without its
// date_from, or a date_from without a date, is an error.
func (r datingRig) dates(t *testing.T, s string, given Given) []string {
	t.Helper()
	tx, f := r.run(t, s, given)
	var got []string
	for k, e := range f.Events {
		d := f.Dates[k]
		g := tx.Text[e.Start:e.End] + "="
		if d.Value == "" {
			g += "-"
		} else {
			g += fmt.Sprintf("%s/%s", d.Value, d.From)
		}
		if d.Value == "" && d.From != "" || d.Value != "" && d.From == "" {
			t.Errorf("%s: date and date_from disagree: %+v", g, d)
		}
		got = append(got, g)
	}
	return got
}

// dateCase is one row of an event-dates table: a named text, read as
// given, and the dates its events must take in the form of dates.
type dateCase struct {
	name  string
	text  string
	given Given
	want  []string
}

// check runs a table of dateCase rows, one subtest a row.
func (r datingRig) check(t *testing.T, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.dates(t, tt.text, tt.given); strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}
