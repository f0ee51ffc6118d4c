package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

// A user's word list reaches every stage that reads its kind: a
// connective added with -vocab connectives=FILE opens a sentence before a
// province that acts for its state (the event syntax's placeHead reads
// english's connectives), as the embedded "Later" does.
func TestUserConnectiveReachesEventSyntax(t *testing.T) {
	const doc = "Thereupon Quebec sent aid to Haiti in 2015."
	for _, c := range []struct {
		name  string
		extra []Source
		want  bool
	}{
		{"embedded lists only", nil, false},
		{"the user's connective", []Source{{Kind: "connectives", Origin: "mine.txt", Data: []byte("Thereupon\n")}}, true},
	} {
		v, err := NewVocabulary(c.extra...)
		if err != nil {
			t.Fatal(err)
		}
		tx := text.Compose(text.TextBlocks(doc, false))
		f := &Findings{}
		if err := v.Run(context.Background(), actor.NewTagger(), tx, f); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range f.Events {
			if e.Category == "AID" && strings.Join(e.Source, ",") == "CAN" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: AID from CAN %v, want %v (events %+v)", c.name, got, c.want, f.Events)
		}
	}
}
