package english

import (
	"embed"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"months":      {"data/months.tsv"},
	"numbers":     {"data/numbers.tsv"},
	"titles":      {"data/titles.txt"},
	"honorifics":  {"data/honorifics.txt"},
	"starters":    {"data/starters.txt"},
	"connectives": {"data/connectives.txt"},
	"articles":    {"data/articles.tsv"},
	"ordinals":    {"data/ordinals.txt"},
}

// NumberWord is what a number word means: its value and its kind (unit,
// teen, tens, scale, ordinal, fraction).
type NumberWord struct {
	Value float64
	Kind  string
}

// Vocabulary holds the shared word lists.
type Vocabulary struct {
	months      map[string]int  // lower-case form -> month number
	monthLower  map[string]bool // abbreviations that name the month in lower case too
	monthName   map[int]string  // the longest form of each month
	numbers     map[string]NumberWord
	titles      map[string]bool // title words and phrases, as written
	maxTitle    int             // words in the longest title
	honorifics  map[string]bool
	starters    map[string]bool
	connectives map[string]bool
	// the articles (all of them, the definite, the indefinite) and the
	// letters after a figure that make it an ordinal
	articles, definite, indefinite, ordinals shortSet
}

// shortSet is a few words the scanners ask about on their paths: the
// lengths of its words by their first byte answer most other words (a
// figure, a longer word) without a compare, and a loop of compares over so
// few is faster than a map.
type shortSet struct {
	lens  [256]uint32 // bit n: a word of n bytes (31: 31 or more) starts with this byte
	words []string
}

func (s *shortSet) has(w string) bool {
	return len(w) > 0 && s.lens[w[0]]>>min(len(w), 31)&1 != 0 && slices.Contains(s.words, w)
}

func (s *shortSet) add(w string) {
	if w != "" && !slices.Contains(s.words, w) {
		s.words = append(s.words, w)
		s.lens[w[0]] |= 1 << min(len(w), 31)
	}
}

func (s *shortSet) remove(w string) {
	if !slices.Contains(s.words, w) {
		return
	}
	words := slices.DeleteFunc(s.words, func(x string) bool { return x == w })
	*s = shortSet{}
	for _, x := range words {
		s.add(x)
	}
}

var defaultVocab = sync.OnceValues(func() (*Vocabulary, error) { return New() })

// Default returns the embedded vocabulary, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{months: map[string]int{}, monthLower: map[string]bool{}, monthName: map[int]string{}, numbers: map[string]NumberWord{}, titles: map[string]bool{},
		honorifics: map[string]bool{}, starters: map[string]bool{}, connectives: map[string]bool{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		switch kind {
		case "months":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want form<TAB>month number")
			}
			m := 0
			if _, err := fmt.Sscanf(l.Field(1), "%d", &m); err != nil || m < 1 || m > 12 {
				return fmt.Errorf("month number must be 1 to 12")
			}
			form := strings.ToLower(l.Field(0))
			v.months[form] = m
			if len(form) > len(v.monthName[m]) {
				v.monthName[m] = form
			}
			switch l.Field(2) {
			case "lower":
				v.monthLower[form] = true
			case "":
			default:
				return fmt.Errorf("unknown flag %q (want lower)", l.Field(2))
			}
		case "numbers":
			x, err := strconv.ParseFloat(l.Field(1), 64)
			if err != nil || l.Field(0) == "" {
				return fmt.Errorf("want form<TAB>value<TAB>kind")
			}
			v.numbers[strings.ToLower(l.Field(0))] = NumberWord{x, l.Field(2)}
		case "titles":
			t := l.Word()
			v.titles[t] = true
			v.maxTitle = max(v.maxTitle, len(strings.Fields(t)))
		case "honorifics":
			v.honorifics[l.Word()] = true
		case "starters":
			v.starters[l.Word()] = true
		case "connectives":
			v.connectives[l.Word()] = true
		case "articles":
			form := strings.ToLower(l.Field(0))
			if form == "" {
				return fmt.Errorf("want form<TAB>definite or indefinite")
			}
			v.definite.remove(form)
			v.indefinite.remove(form)
			switch l.Field(1) {
			case "definite":
				v.definite.add(form)
			case "indefinite":
				v.indefinite.add(form)
			default:
				return fmt.Errorf("want form<TAB>definite or indefinite")
			}
			v.articles.add(form)
		case "ordinals":
			v.ordinals.add(strings.ToLower(l.Word()))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// Words are the lower-case words of these lists the stages compare tokens
// with: month names and number words.
func (v *Vocabulary) Words() iter.Seq[string] {
	return slices.Values(slices.Concat(slices.Collect(maps.Keys(v.months)), slices.Collect(maps.Keys(v.numbers))))
}

// Month returns the month a lower-case form names, 0 for none.
func (v *Vocabulary) Month(low string) int { return v.months[low] }

// MonthAbbrev reports whether a lower-case month form is an abbreviation
// (not the month's longest form), and whether it names the month in lower
// case too ("aug", unlike "mar").
func (v *Vocabulary) MonthAbbrev(low string) (abbrev, lower bool) {
	m := v.months[low]
	return m > 0 && v.monthName[m] != low, v.monthLower[low]
}

// Months are the lower-case month forms.
func (v *Vocabulary) Months() iter.Seq[string] { return maps.Keys(v.months) }

// Number returns what a lower-case number word means.
func (v *Vocabulary) Number(low string) (NumberWord, bool) {
	n, ok := v.numbers[low]
	return n, ok
}

// Numbers are the number words and their meanings.
func (v *Vocabulary) Numbers() iter.Seq2[string, NumberWord] { return maps.All(v.numbers) }

// Title reports a title or office as written ("President", "Foreign Minister").
func (v *Vocabulary) Title(s string) bool { return v.titles[s] }

// MaxTitle is the number of words in the longest title.
func (v *Vocabulary) MaxTitle() int { return v.maxTitle }

// Honorific reports an honorific as written ("Mr", "Dr").
func (v *Vocabulary) Honorific(s string) bool { return v.honorifics[s] }

// Starter reports a capitalized word that opens sentences ("It", "The").
func (v *Vocabulary) Starter(w string) bool { return v.starters[w] }

// Connective reports a discourse word that opens sentences ("However", "Further").
func (v *Vocabulary) Connective(w string) bool { return v.connectives[w] }

// OpensSentence reports a capitalized word that opens sentences: a starter
// or a connective.
func (v *Vocabulary) OpensSentence(w string) bool { return v.starters[w] || v.connectives[w] }

// Article reports an article, lower case ("a", "an", "the": articles.tsv).
func (v *Vocabulary) Article(low string) bool { return v.articles.has(low) }

// Indefinite reports an indefinite article, lower case ("a", "an").
func (v *Vocabulary) Indefinite(low string) bool {
	return v.indefinite.has(low)
}

// Definite reports the definite article, lower case ("the").
func (v *Vocabulary) Definite(low string) bool {
	return v.definite.has(low)
}

// OrdinalSuffix reports the lower-case letters after a figure that make it
// an ordinal ("3rd", "19th": the tokens "3" and "rd"; ordinals.txt).
func (v *Vocabulary) OrdinalSuffix(low string) bool {
	return v.ordinals.has(low)
}

// Article reports an article of the embedded vocabulary (Default), for a
// caller that holds no Vocabulary: see Vocabulary.Article.
func Article(low string) bool {
	v, _ := Default()
	return v != nil && v.Article(low)
}

// IndefiniteArticle reports an indefinite article of the embedded
// vocabulary ("a", "an"): see Vocabulary.Indefinite.
func IndefiniteArticle(low string) bool {
	v, _ := Default()
	return v != nil && v.Indefinite(low)
}

// DefiniteArticle reports the definite article of the embedded vocabulary
// ("the"): see Vocabulary.Definite.
func DefiniteArticle(low string) bool {
	v, _ := Default()
	return v != nil && v.Definite(low)
}

// IsOrdinalSuffix reports the letters after a figure that make it an
// ordinal, in the embedded vocabulary ("3rd", "19th", the tokens "3" and
// "rd"): see Vocabulary.OrdinalSuffix.
func IsOrdinalSuffix(low string) bool {
	v, _ := Default()
	return v != nil && v.OrdinalSuffix(low)
}

// Once returns a function that builds a stage's embedded vocabulary, on
// english's, the first time it is called, and returns that one after.
func Once[V any](build func(*Vocabulary, ...vocab.Source) (V, error)) func() (V, error) {
	return sync.OnceValues(func() (V, error) {
		en, err := Default()
		if err != nil {
			var zero V
			return zero, err
		}
		return build(en)
	})
}
