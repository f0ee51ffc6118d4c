package extract

import (
	"context"
	"os"
	"testing"

	"github.com/stratex/stratex/extract/money"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/timex"
)

func testVocab(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// benchText is the seed article's clean text, split into sentences, as
// Run gives it to the scanners.
func benchText(b *testing.B) (string, []text.Sentence) {
	raw, err := os.ReadFile("../testdata/sample/russo-pak.txt")
	if err != nil {
		b.Fatal(err)
	}
	t := text.Compose(text.TextBlocks(string(raw), false))
	v := testVocab(b)
	ctx := context.Background()
	st, err := v.Text.Structure(ctx, t)
	if err != nil {
		b.Fatal(err)
	}
	sents, err := v.Text.Sentences(ctx, t, st, v.Lexer)
	if err != nil {
		b.Fatal(err)
	}
	return t.Text, sents
}

// BenchmarkScanners runs the date and money scanners together over the
// seed article, their tokenization included; MB/s is text bytes per second
// on one core.
func BenchmarkScanners(b *testing.B) {
	txt, sents := benchText(b)
	v := testVocab(b)
	ctx := context.Background()
	doc := timex.Document{DayFirst: true, OrderKnown: true}
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// lexed as Run lexes a window: one buffer for every sentence
		if err := text.Lex(ctx, v.Lexer, txt, sents); err != nil {
			b.Fatal(err)
		}
		m, _ := v.Money.Scan(ctx, txt, sents, money.Countries{})
		doc.Exclude = doc.Exclude[:0]
		for _, x := range m {
			doc.Exclude = append(doc.Exclude, [2]int{x.Start, x.End})
		}
		v.Timex.Scan(ctx, txt, sents, doc)
	}
}

func BenchmarkTimex(b *testing.B) {
	txt, sents := benchText(b)
	v := testVocab(b)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v.Timex.Scan(context.Background(), txt, sents, timex.Document{})
	}
}

func BenchmarkMoney(b *testing.B) {
	txt, sents := benchText(b)
	v := testVocab(b)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v.Money.Scan(context.Background(), txt, sents, money.Countries{})
	}
}
