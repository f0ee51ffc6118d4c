package event_test

import (
	"context"
	"testing"
	"time"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

// FuzzEvents: every stage runs over any text; its events name a trigger
// inside their sentence, a category, and a date and money figures from
// that sentence, in bounded time.
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"Consequently, in 1954, Pakistan signed a Mutual Defence Assistance Agreement with the US and joined SEATO.",
		"The Soviet Union sold arms worth Dollar One Billion, out of which $53 million was in 1954, and later to Kuwait in 1977.",
		"Jack Straw said the Sudanese government must reach an agreement. It was reportedly not the first time they met.",
		"Israel launched an invasion of Lebanon in June 1982; Syria protested to Washington about Israeli incursions.",
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
		tx := text.Compose(text.TextBlocks(s, false))
		fs := &extract.Findings{}
		if err := v.Run(context.Background(), tg, tx, fs); err != nil {
			t.Fatal(err)
		}
		for _, e := range fs.Events {
			if e.Sent < 0 || e.Sent >= len(fs.Sentences) {
				t.Fatalf("event %+v names no sentence", e)
			}
			sn := fs.Sentences[e.Sent]
			if e.Start < sn.Start || e.End > sn.End || e.Start >= e.End || e.Category == "" || e.Subtype == "" {
				t.Fatalf("event %+v outside sentence %d:%d of %q", e, sn.Start, sn.End, tx.Text)
			}
			if e.Date != "" && (e.DateAt[0] < sn.Start || e.DateAt[1] > sn.End) {
				t.Fatalf("event %+v dated from outside its sentence", e)
			}
		}
		for _, p := range fs.Pairs {
			if p.Sent < 0 || p.Sent >= len(fs.Sentences) || p.A == "" || p.B == "" || p.A == p.B {
				t.Fatalf("bad pair %+v", p)
			}
		}
		if d := time.Since(t0); d > 5*time.Second {
			t.Fatalf("%d bytes took %s", len(s), d)
		}
	})
}
