package gentext

import (
	_ "embed"
	"math/rand/v2"
	"strings"
)

//go:embed words.txt
var wordsFile string

func words() []string {
	var ws []string
	for _, l := range strings.Split(wordsFile, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			ws = append(ws, l)
		}
	}
	return ws
}

// Unpunctuated returns n words drawn from the vocabulary with the given
// seed, separated by spaces, on one line with no sentence punctuation.
func Unpunctuated(n int, seed uint64) string {
	ws := words()
	r := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ws[r.IntN(len(ws))])
	}
	b.WriteByte('\n')
	return b.String()
}
