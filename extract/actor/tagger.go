package actor

import (
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/stratex/stratex/extract/english"
)

// Tagger holds prose's part-of-speech and entity models, loaded once, on
// the first sentence that needs them: a run whose documents name only what
// the vocabularies know never pays the half second they take to load. The
// models are only read while tagging, so one Tagger serves every worker.
type Tagger struct {
	model func() *prose.Model
}

var shared = &Tagger{model: sync.OnceValue(func() *prose.Model {
	doc, _ := prose.NewDocument("", prose.WithSegmentation(false))
	return doc.Model
})}

// NewTagger returns the shared Tagger; its models load on first use.
func NewTagger() *Tagger { return shared }

// Model returns prose's model the Tagger shares, loading it if need be.
func (tg *Tagger) Model() *prose.Model { return tg.model() }

// Token is a prose token aligned to the text it came from.
type Token struct {
	Start, End int // byte offsets; Start < 0 when it could not be aligned
	Text       string
	Tag        string // part of speech
	Label      string // IOB entity label: O, B-GPE, I-PERSON, ...
}

// Tag tokenizes, tags and labels s (a sentence); offsets are relative to base.
func (tg *Tagger) Tag(s string, base int, entities bool) []Token {
	doc, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithExtraction(entities), prose.UsingModel(tg.model()))
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	out := make([]Token, len(toks))
	cur := 0
	for i, t := range toks {
		out[i] = Token{Start: -1, End: -1, Text: t.Text, Tag: t.Tag, Label: t.Label}
		if st, en, ok := align(s, cur, t.Text); ok {
			out[i].Start, out[i].End = base+st, base+en
			cur = en
		}
	}
	return out
}

// align finds tok in s at or after from, treating curly and straight quotes
// as equal (prose's tokenizer straightens them). Only spaces may be skipped.
func align(s string, from int, tok string) (int, int, bool) {
	i := from
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for _, tr := range tok {
		if j >= len(s) {
			return 0, 0, false
		}
		sr, n := utf8.DecodeRuneInString(s[j:])
		if sr != tr && english.FoldRune(sr) != english.FoldRune(tr) {
			return 0, 0, false
		}
		j += n
	}
	return i, j, true
}
