package money

import (
	"embed"
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"currencies":     {"data/currencies.tsv"},
	"scales":         {"data/scales.tsv"},
	"weight":         {"data/weight.txt"},
	"counts":         {"data/counts.txt"},
	"money-keywords": {"data/money-keywords.txt"},
}

// Vocabulary holds the currencies and scale words of the money scanner;
// number words are english's.
type Vocabulary struct {
	en        *english.Vocabulary
	byFirst   map[string][]*curForm
	scales    map[string]float64 // lower-case multi-letter scale words
	letters   map[string]float64 // one-letter scales, as written ("k", "M", "bn" is not one)
	byCode    map[string]bool
	minorsAny []*curForm      // minor units valid for any currency ("cents")
	weight    []string        // marks of a sentence about weight
	counts    map[string]bool // words after a bare number that make it a count, not cents
	keywords  []string
	lexer     *english.Lexer // for sentences that come without tokens
}

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary on english's, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{en: en, byFirst: map[string][]*curForm{}, scales: map[string]float64{}, letters: map[string]float64{},
		byCode: map[string]bool{}, counts: map[string]bool{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		switch kind {
		case "weight":
			v.weight = append(v.weight, strings.ToLower(strings.TrimRight(l.Text, " ")))
		case "counts":
			v.counts[strings.ToLower(l.Word())] = true
		case "money-keywords":
			v.keywords = append(v.keywords, strings.ToLower(l.Word()))
		default:
			return v.add(kind, l.Fields)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	v.build()
	v.lexer = english.NewLexer(en.Words(), v.Words())
	return v, nil
}

// Words are the lower-case words the money scanner compares tokens with:
// the first words of currency forms, scale words and its keywords.
func (v *Vocabulary) Words() iter.Seq[string] {
	all := slices.AppendSeq(slices.Collect(maps.Keys(v.byFirst)), maps.Keys(v.scales))
	return slices.Values(append(all, v.keywords...))
}
