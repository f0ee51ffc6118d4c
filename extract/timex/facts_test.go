package timex

import (
	"slices"
	"testing"

	"github.com/stratex/stratex/extract/english"
)

// TestTenseBits: the facts of a token answer what the word lists answer of
// its lower-case form, for every word of the lists and for words of none;
// a word's run of storytimes.tsv frames holds every frame that opens with
// it, in the order of the file.
func TestTenseBits(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lists := []struct {
		name string
		has  func(string) bool
		bits uint16
	}{
		{"future", func(w string) bool { return v.wordTense[w] > 0 || v.conditional[w] }, tenseAhead},
		{"conditional", func(w string) bool { return v.conditional[w] }, tenseCond},
		{"past", func(w string) bool { return v.wordTense[w] < 0 }, tensePast},
		{"modal", func(w string) bool { return v.modal[w] }, tenseModal},
		{"deadline", func(w string) bool { return v.deadline[w] }, tenseDeadline},
		{"ahead", func(w string) bool { return v.ahead[w] }, tenseIntent},
		{"clauses", func(w string) bool { return v.clauseOpeners[w] }, tenseClause},
		{"retro", func(w string) bool { return v.retro[w] }, tenseRetro},
		{"notBefore", func(w string) bool { return v.notBefore[w] }, tenseNotBefore},
		{"notAfter", func(w string) bool { return v.notAfter[w] }, tenseNotAfter},
		{"lowerOnly", func(w string) bool { return v.lowerOnly[w] }, tenseLowerOnly},
	}
	words := []string{"", "the", "war", "1941", ",", "willing", "wouldn't", "hadn't", "to"}
	for w := range v.facts {
		words = append(words, w)
	}
	for _, w := range words {
		f := v.factList[v.lookFacts(w)]
		for _, l := range lists {
			if got := f.tense&l.bits == l.bits; got != l.has(w) {
				t.Errorf("%q: %s bit %v, list says %v", w, l.name, got, l.has(w))
			}
		}
		if got := f.perfAux; got != slices.Contains(v.perfectAux, w) {
			t.Errorf("%q: perfAux %v", w, got)
		}
		for k, fr := range v.storyFrames {
			if in := int32(k) >= f.frames[0] && int32(k) < f.frames[1]; in != (fr[0] == w) {
				t.Errorf("%q: frame %v in its run %v", w, fr, in)
			}
		}
	}
	// the tokens of a sentence read the same through the parser
	p := &tparser{v: v, toks: english.Lex("The treaty, which would expire by 1996, had been signed at the end of the war.", 0)}
	p.tokenFacts(nil, nil)
	for k, tk := range p.toks {
		if got, want := p.tenseOf(k)&tenseCond != 0, v.conditional[tk.Low]; got != want {
			t.Errorf("token %q: conditional %v, want %v", tk.Text, got, want)
		}
	}
	if p.tenseOf(-1) != 0 || p.tenseOf(len(p.toks)) != 0 {
		t.Error("past either end: want no bits")
	}
}
