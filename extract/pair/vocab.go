package pair

import (
	"embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"transit":      {"data/transit.txt"},
	"reciprocal":   {"data/reciprocal.txt"},
	"partysectors": {"data/partysectors.txt"},
	"opposing":     {"data/opposing.txt"},
	"jointwords":   {"data/jointwords.txt"},
}

// Vocabulary holds the pair finder's own word lists: the prepositions of
// a transit place, the reciprocal pronouns, the sectors of the agents
// that make the state they are in their side's party, the categories of
// acts that make two sides opponents and the words that say sides acted
// together.
type Vocabulary struct {
	transit    [][]string // each phrase's lower-case words
	reciprocal [][]string
	sectors    map[string]bool
	opposing   map[string]bool // PLOVER categories
	joint      [][]string
}

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{sectors: map[string]bool{}, opposing: map[string]bool{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		w := l.Word()
		if w == "" {
			return nil
		}
		switch kind {
		case "transit":
			v.transit = append(v.transit, strings.Fields(strings.ToLower(w)))
		case "jointwords":
			v.joint = append(v.joint, strings.Fields(strings.ToLower(w)))
		case "reciprocal":
			v.reciprocal = append(v.reciprocal, strings.Fields(strings.ToLower(w)))
		case "partysectors", "opposing":
			if strings.ContainsAny(w, " \t") {
				return fmt.Errorf("code %q: want one code", w)
			}
			if kind == "opposing" {
				v.opposing[strings.ToUpper(w)] = true
			} else {
				v.sectors[strings.ToUpper(w)] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// defaultVocab is the embedded vocabulary, parsed once.
var defaultVocab = sync.OnceValues(func() (*Vocabulary, error) { return New() })

// Words returns the lower-case words the finder compares tokens with (the
// words of its transit and reciprocal phrases), for the lexer.
func (v *Vocabulary) Words() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range slices.Concat(v.transit, v.reciprocal, v.joint) {
			for _, w := range p {
				if !yield(w) {
					return
				}
			}
		}
	}
}
