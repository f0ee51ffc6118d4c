package actor

import (
	"embed"
	"fmt"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"actors": {"data/actors/states.tsv", "data/actors/orgs.tsv", "data/actors/people.tsv", "data/actors/leaders.tsv",
		"data/actors/places.tsv", "data/actors/peoples.tsv", "data/actors/subdivisions.tsv"},
	"nonentities":   {"data/nonentities.txt"},
	"named":         {"data/named.tsv"},
	"connectors":    {"data/connectors.txt"},
	"venues":        {"data/venues.txt"},
	"suffixes":      {"data/suffixes.txt"},
	"currencywords": {"data/currencywords.txt"},
}

// Vocabulary holds the actor gazetteer and the word lists of entity
// resolution.
type Vocabulary struct {
	Actors *Gazetteer

	en          *english.Vocabulary
	nonEntities map[string]bool
	named       map[string]string // head word -> label
	connectors  map[string]bool   // lower case
	venues      map[string]bool   // lower case
	suffixes    []string
}

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary on english's, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order; for actors a form given again replaces the
// earlier meaning of that form.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{Actors: newGazetteer(), en: en, nonEntities: map[string]bool{}, named: map[string]string{},
		connectors: map[string]bool{}, venues: map[string]bool{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		switch kind {
		case "actors":
			return v.Actors.addRow(l.Fields)
		case "nonentities":
			v.nonEntities[l.Word()] = true
		case "named":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want head<TAB>label")
			}
			v.named[l.Field(0)] = l.Field(1)
		case "connectors":
			v.connectors[strings.ToLower(l.Word())] = true
		case "venues":
			v.venues[strings.ToLower(l.Word())] = true
		case "suffixes":
			v.suffixes = append(v.suffixes, l.Word())
		case "currencywords":
			w := strings.ToLower(l.Word())
			r, n := utf8.DecodeRuneInString(w)
			v.Actors.currency = append(v.Actors.currency, w, string(unicode.ToUpper(r))+w[n:], strings.ToUpper(w))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	v.Actors.build()
	return v, nil
}

// Words are the lower-case words of these lists the stages compare tokens
// with: none (names are compared as written).
func (v *Vocabulary) Words() iter.Seq[string] { return func(func(string) bool) {} }

// nonEntity reports a capitalized word that is no entity on its own: one of
// nonentities.txt or a discourse connective.
func (v *Vocabulary) nonEntity(w string) bool { return v.nonEntities[w] || v.en.Connective(w) }

// Kind returns the kind of an actor code's first vocabulary entry (state,
// igo, alliance, group, ...) and its note.
func (v *Vocabulary) Kind(code string) (kind, note string) {
	if e, ok := v.Actors.byCode[code]; ok {
		return e.Kind, e.Note
	}
	return "", ""
}

// IsState reports an actor code whose first entry is a state.
func (v *Vocabulary) IsState(code string) bool {
	k, _ := v.Kind(code)
	return k == "state"
}
