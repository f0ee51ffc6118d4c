package actor

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
)

// BenchmarkLoad measures the load of every actor vocabulary: the project's
// files, the dictionaries' and the agents, parsed into the tries.
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
