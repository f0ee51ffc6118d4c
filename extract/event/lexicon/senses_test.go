package lexicon_test

// Trigger senses read through the whole coder: each case is a sentence and
// the asserted events it must give, so that a row of data/triggers.tsv or
// of the generated CAMEO file is checked by what it codes, not by its
// flags. The package itself imports no stage (doc.go); this external test
// does, as a user of the lexicon.

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/text"
)

// senseCase is a sentence and its asserted events as "CATEGORY SRC>TGT",
// joined by "; " ("" for none).
type senseCase struct{ name, text, want string }

// checkSenses codes each case and compares its asserted events, those of
// the categories in only when it is not empty.
func checkSenses(t *testing.T, only []string, cases []senseCase) {
	t.Helper()
	v, err := extract.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			fs := &extract.Findings{}
			if err := v.Run(context.Background(), actor.NewTagger(), text.Compose(text.TextBlocks(tt.text, false)), fs); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range fs.Events {
				if e.Mode == "" && (len(only) == 0 || contains(only, e.Category)) {
					got = append(got, dyad(e))
				}
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("%q\n got  %s\n want %s", tt.text, g, tt.want)
			}
		})
	}
}

func dyad(e event.Span) string {
	return fmt.Sprintf("%s %s>%s", e.Category, strings.Join(e.Source, ","), strings.Join(e.Target, ","))
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestBreakOffIsNoThreat: the dictionary's "- * OFF" of the DESTROY block
// (written for BREAK, code 130) is left out by cmd/vocabgen because
// triggers.tsv lists "break off": a siege or an offensive broken off is no
// threat; relations or talks broken off stay a sanction by the project's
// row. Only THREATEN and SANCTION events are shown. Cases of our own, from
// histories and news.
func TestBreakOffIsNoThreat(t *testing.T) {
	checkSenses(t, []string{"THREATEN", "SANCTION"}, []senseCase{
		{"an offensive broken off (history)", "In 1916 the German army broke off the offensive against France.", ""},
		{"an offensive broken off (news)", "Turkish forces broke off the offensive against Kurdish militias in Syria on Thursday.", ""},
		{"talks broken off (history)", "In 1965 India broke off the talks with Pakistan.", "SANCTION IND>PAK"},
		{"relations broken off (news)", "Morocco broke off relations with Iran in 2018.", "SANCTION MAR>IRN"},
	})
}
