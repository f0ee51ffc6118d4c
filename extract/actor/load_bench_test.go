package actor

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/english"
)

// BenchmarkLoad measures the load of every actor vocabulary: the project's
// files, the dictionaries' (31,000 rows) and the agents, parsed into their
// tries. make bench runs it; the start-up target is 300 ms for every
// vocabulary of every stage (extract's BenchmarkVocabulary).
func BenchmarkLoad(b *testing.B) {
	en, err := english.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(en); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch measures the gazetteer on prose: every form of the
// vocabularies (tens of thousands) tried at every word, by the trie. It
// reports words per second.
func BenchmarkMatch(b *testing.B) {
	v := testVocab(b)
	para := strings.Repeat("In 1987 Mikhail Gorbachev met Ronald Reagan in Washington, while Soviet troops "+
		"fought the mujahideen in Afghanistan and the Pakistani army trained rebels in Peshawar; "+
		"the Government of India and the United Nations Security Council called for talks. ", 20)
	words := len(english.Words(para, 0))
	b.SetBytes(int64(len(para)))
	b.ResetTimer()
	for b.Loop() {
		if len(v.Actors.Match(para, 0)) == 0 {
			b.Fatal("no match")
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
