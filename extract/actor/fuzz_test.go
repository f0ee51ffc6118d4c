package actor_test

import (
	"context"
	"testing"
	"time"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

// FuzzEntities: the entities of any text lie inside their sentences, in
// order, with a label, in bounded time.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"The US sold arms to Pakistan, and the U.S. Congress objected.",
		"A robust Sino-Pak alliance and deteriorated U.S.-Pakistan relations. The subsequent Tashkent agreement held.",
		"(Hasan 1968, Ayoob 1968 and Menon 1982) Prime Minister Imran Khan met Ms. Georgia Smith in Islamabad.",
		"Ships crossed the Indian Ocean. Mrs. Mary J. O'Connell of the Ministry of Foreign Affairs of Ghana spoke.",
	} {
		f.Add(s)
	}
	v, err := extract.DefaultVocabulary()
	if err != nil {
		f.Fatal(err)
	}
	tg := actor.NewTagger()
	f.Fuzz(func(t *testing.T, s string) {
		t0 := time.Now()
		ctx := context.Background()
		tx := text.Compose(text.TextBlocks(s, false))
		st, err := v.Text.Structure(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		sents, err := v.Text.Sentences(ctx, tx, st, v.Lexer)
		if err != nil {
			t.Fatal(err)
		}
		zones := make([]string, len(sents))
		for i := range zones {
			zones[i] = "body"
		}
		ents, err := v.Actor.Entities(ctx, tg, v.Lexer, tx.Text, sents, zones, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range ents {
			if e.Sent < 0 || e.Sent >= len(sents) || i > 0 && e.Sent < ents[i-1].Sent {
				t.Fatalf("entity %+v out of order", e)
			}
			sn := sents[e.Sent]
			if e.Start < sn.Start || e.End > sn.End || e.Start >= e.End || e.Label == "" {
				t.Fatalf("entity %d:%d %q outside sentence %d:%d of %q", e.Start, e.End, e.Label, sn.Start, sn.End, tx.Text)
			}
		}
		if d := time.Since(t0); d > 5*time.Second {
			t.Fatalf("%d bytes took %s", len(s), d)
		}
	})
}
