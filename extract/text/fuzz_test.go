package text

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// FuzzSentences: any text splits into sentences that lie inside the clean
// text, in order, each at most MaxSentence bytes, with tokens inside it,
// in bounded time.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Consequently, in 1951, Chile signed an agreement. The U.S. They objected.",
		"Abstract This paper studies aid.\nReferences\n1. Ali, M. (2019). Aid. 2. Arif, K. (1984). Documents.",
		"In March 1972, the President visited MoscowFurther, both sides aimed to cooperate.",
		"policy.The end (Arif 1984 and Sattar 2007). p. 47 et al. U.S.S.R.",
	} {
		f.Add(s)
	}
	v := testVocab(f)
	lx := english.NewLexer(v.en.Words())
	f.Fuzz(func(t *testing.T, s string) {
		t0 := time.Now()
		tx := Compose(TextBlocks(s, false))
		st, err := v.Structure(context.Background(), tx)
		if err != nil {
			t.Fatal(err)
		}
		sents, err := v.Sentences(context.Background(), tx, st, lx)
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, x := range sents {
			if x.Start < prev || x.Start >= x.End || x.End > len(tx.Text) || x.End-x.Start > MaxSentence {
				t.Fatalf("bad sentence %d:%d (after %d) in %q", x.Start, x.End, prev, tx.Text)
			}
			if utf8.ValidString(tx.Text) && !utf8.ValidString(tx.Text[x.Start:x.End]) {
				t.Fatalf("sentence %d:%d cuts a rune in %q", x.Start, x.End, tx.Text)
			}
			for _, k := range x.Toks {
				if int(k.Start) < x.Start || int(k.End) > x.End || k.Start >= k.End {
					t.Fatalf("token %d:%d outside its sentence %d:%d", k.Start, k.End, x.Start, x.End)
				}
			}
			prev = x.End
		}
		if d := time.Since(t0); d > 5*time.Second {
			t.Fatalf("%d bytes took %s", len(s), d)
		}
	})
}
