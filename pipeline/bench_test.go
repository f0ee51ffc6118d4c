package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/stratex/stratex/corpus"
)

func seedText(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "sample", "russo-pak.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkNLPStages runs every text stage (structure, sentences, header,
// entities, money, timex, events, pairs) over the seed article: the NLP
// stage of the issue 6 benchmark.
func BenchmarkNLPStages(b *testing.B) {
	data := seedText(b)
	c := config(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res := c.Process(context.Background(), corpus.Input{Path: "seed.txt", Format: corpus.Text}, data)
		if res.Document == nil {
			b.Fatal(res.Errors)
		}
	}
}

// BenchmarkBareProse is prose.NewDocument with every stage on (tokens,
// segmentation, tags, entities) over the same text: the baseline the NLP
// stage is measured against.
func BenchmarkBareProse(b *testing.B) {
	text := string(seedText(b))
	model := config(b).Tagger // loads prose's model once, as a run does
	_ = model
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := prose.NewDocument(text)
		if err != nil || len(doc.Sentences()) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareProseSharedModel is BenchmarkBareProse with prose's model
// loaded once and shared, as a careful user would: the stricter baseline.
func BenchmarkBareProseSharedModel(b *testing.B) {
	text := string(seedText(b))
	model := config(b).Tagger.Model()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := prose.NewDocument(text, prose.UsingModel(model))
		if err != nil || len(doc.Sentences()) == 0 {
			b.Fatal(err)
		}
	}
}
