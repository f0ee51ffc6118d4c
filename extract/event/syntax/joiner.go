package syntax

import (
	"strings"

	"github.com/stratex/stratex/extract/english"
)

// JoinerAt returns the number of tokens of the longest joiner of
// joiners.txt ("and", "as well as", "along with") that starts at toks[k],
// or 0: for a stage that reads a list the coordination leaves in pieces
// ("Chad and Niger, as well as Sudan").
func (v *Vocabulary) JoinerAt(toks []english.Tok, k int) int {
	for n := min(v.maxJoiner, len(toks)-k); n > 0; n-- {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = toks[k+i].Low
		}
		if v.joiners[strings.Join(ws, " ")] {
			return n
		}
	}
	return 0
}
