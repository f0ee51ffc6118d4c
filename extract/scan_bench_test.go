package extract

import (
	"os"
	"testing"
)

// benchText is the seed article's clean text, split into lines, as the
// pipeline gives it to the scanners.
func benchText(b *testing.B) (string, []SentenceSpan) {
	raw, err := os.ReadFile("../testdata/sample/russo-pak.txt")
	if err != nil {
		b.Fatal(err)
	}
	t := Compose(TextBlocks(string(raw), false))
	v := vocab(b)
	st := v.Structure(t)
	return t.Text, v.Sentences(t, st)
}

// BenchmarkScanners runs the date and money scanners together over the
// seed article, their shared tokenization included; MB/s is text bytes
// per second on one core.
func BenchmarkScanners(b *testing.B) {
	text, sents := benchText(b)
	v := vocab(b)
	ctx := TimexContext{DayFirst: true, OrderKnown: true}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.lexSentences(text, sents)
		m := v.Money(text, sents, MoneyContext{})
		ctx.Exclude = ctx.Exclude[:0]
		for _, x := range m {
			ctx.Exclude = append(ctx.Exclude, [2]int{x.Start, x.End})
		}
		v.Timex(text, sents, ctx)
	}
}

func BenchmarkTimex(b *testing.B) {
	text, sents := benchText(b)
	v := vocab(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v.Timex(text, sents, TimexContext{})
	}
}

func BenchmarkMoney(b *testing.B) {
	text, sents := benchText(b)
	v := vocab(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v.Money(text, sents, MoneyContext{})
	}
}
