package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
	"github.com/stratex/stratex/extract/mention"
	"github.com/stratex/stratex/extract/money"
	"github.com/stratex/stratex/extract/pair"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/timex"
	"github.com/stratex/stratex/extract/vocab"
)

// Source is one vocabulary file of a kind (see Kinds).
type Source = vocab.Source

// stages are the stage packages, each with the kinds it reads.
var stages = []struct {
	name  string
	kinds vocab.Kinds
}{
	{"english", english.Kinds},
	{"text", text.Kinds},
	{"actor", actor.Kinds},
	{"timex", timex.Kinds},
	{"money", money.Kinds},
	{"event/syntax", syntax.Kinds},
	{"event/lexicon", lexicon.Kinds},
	{"mention", mention.Kinds},
	{"pair", pair.Kinds},
	{"dating", DatingKinds},
}

// Kinds lists the kinds a user file may extend, sorted.
func Kinds() []string {
	var ks []string
	for _, s := range stages {
		ks = append(ks, s.kinds.Names()...)
	}
	slices.Sort(ks)
	return ks
}

// Owner returns the stage package that reads a kind ("" for none).
func Owner(kind string) string {
	for _, s := range stages {
		if _, ok := s.kinds[kind]; ok {
			return s.name
		}
	}
	return ""
}

// Vocabulary is the composite vocabulary: each stage's, built from its
// embedded data and the user's sources of its kinds.
type Vocabulary struct {
	English *english.Vocabulary
	Text    *text.Vocabulary
	Actor   *actor.Vocabulary
	Timex   *timex.Vocabulary
	Money   *money.Vocabulary
	Syntax  *syntax.Vocabulary
	Lexicon *lexicon.Vocabulary
	Event   *event.Vocabulary
	Mention *mention.Vocabulary
	Pair    *pair.Vocabulary
	Dating  *Onsets // the acts a since-date dates (DateEvents)

	// Lexer tokenizes sentences for the later stages: it knows every
	// word a stage compares tokens with.
	Lexer *english.Lexer
}

var defaultVocab = sync.OnceValues(func() (*Vocabulary, error) { return NewVocabulary() })

// DefaultVocabulary returns the embedded vocabulary, parsed once.
func DefaultVocabulary() (*Vocabulary, error) { return defaultVocab() }

// NewVocabulary parses every stage's embedded vocabulary and then the extra
// sources in order, each in the stage that owns its kind; an extra entry
// adds to the embedded ones, and for actors a form given again replaces
// the earlier meaning of that form.
func NewVocabulary(extra ...Source) (*Vocabulary, error) {
	byStage := map[string][]Source{}
	for _, s := range extra {
		o := Owner(s.Kind)
		if o == "" {
			return nil, fmt.Errorf("vocabulary %s: unknown kind %q (want one of %s)", s.Origin, s.Kind, joinKinds())
		}
		byStage[o] = append(byStage[o], s)
	}
	v := &Vocabulary{}
	var err error
	if v.English, err = english.New(byStage["english"]...); err != nil {
		return nil, err
	}
	if v.Text, err = text.New(v.English, byStage["text"]...); err != nil {
		return nil, err
	}
	if v.Actor, err = actor.New(v.English, byStage["actor"]...); err != nil {
		return nil, err
	}
	if v.Timex, err = timex.New(v.English, byStage["timex"]...); err != nil {
		return nil, err
	}
	if v.Money, err = money.New(v.English, byStage["money"]...); err != nil {
		return nil, err
	}
	if v.Syntax, err = syntax.New(v.English, byStage["event/syntax"]...); err != nil {
		return nil, err
	}
	if v.Lexicon, err = lexicon.New(byStage["event/lexicon"]...); err != nil {
		return nil, err
	}
	if v.Mention, err = mention.New(v.Syntax, byStage["mention"]...); err != nil {
		return nil, err
	}
	if v.Pair, err = pair.New(byStage["pair"]...); err != nil {
		return nil, err
	}
	if v.Dating, err = NewOnsets(v.English, byStage["dating"]...); err != nil {
		return nil, err
	}
	v.Lexer = english.NewLexer(v.English.Words(), v.Text.Words(), v.Actor.Words(), v.Timex.Words(), v.Money.Words(),
		v.Syntax.Words(), v.Lexicon.Words(), v.Pair.Words())
	v.Event = &event.Vocabulary{Lexicon: v.Lexicon, Syntax: v.Syntax, Actors: v.Actor, Lexer: v.Lexer}
	return v, nil
}

func joinKinds() string { return strings.Join(Kinds(), ", ") }

// Tokenize returns s as one sentence, tokenized as Run tokenizes sentences:
// for running one stage alone on a short text (the development sets).
func (v *Vocabulary) Tokenize(s string) []text.Sentence {
	return []text.Sentence{{Start: 0, End: len(s), Toks: v.Lexer.Lex(s, 0)}}
}
