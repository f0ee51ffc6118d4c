package extract

import "testing"

// BenchmarkVocabulary measures the start-up of a run: every stage's
// vocabulary parsed, the field's dictionaries included (prose's model is
// loaded on first use, not here).
func BenchmarkVocabulary(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewVocabulary(); err != nil {
			b.Fatal(err)
		}
	}
}
