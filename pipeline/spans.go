package pipeline

import (
	"unicode/utf8"

	"github.com/stratex/stratex/models"
)

// runeIndex converts byte offsets of a text (always at rune starts) into
// code-point offsets, with a checkpoint every few hundred bytes.
type runeIndex struct {
	text  string
	ascii bool
	pos   []int // pos[i]: first rune start at or after byte i*step
	count []int // count[i]: code points in text[:pos[i]]
}

const step = 256

func newRuneIndex(text string) *runeIndex {
	ri := &runeIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if ri.ascii {
		return ri
	}
	p, n := 0, 0
	for b := 0; b <= len(text); b += step {
		for p < b {
			_, size := utf8.DecodeRuneInString(text[p:])
			p += size
			n++
		}
		ri.pos = append(ri.pos, p)
		ri.count = append(ri.count, n)
	}
	return ri
}

// at returns the number of code points in text[:b].
func (ri *runeIndex) at(b int) int {
	if ri.ascii {
		return b
	}
	i := b / step
	for i > 0 && ri.pos[i] > b {
		i--
	}
	return ri.count[i] + utf8.RuneCountInString(ri.text[ri.pos[i]:b])
}

func (ri *runeIndex) span(start, end int) models.Span {
	return models.Span{ri.at(start), ri.at(end)}
}
