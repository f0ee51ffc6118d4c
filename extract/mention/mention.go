package mention

import (
	"context"
	"embed"
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/event/syntax"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"definite":   {"data/definite.txt"},
	"indefinite": {"data/indefinite.txt"},
	"npbreaks":   {"data/npbreaks.txt"},
}

// Vocabulary holds the word lists of the pass, on the event parser's.
type Vocabulary struct {
	syn        *syntax.Vocabulary
	definite   map[string]bool
	indefinite map[string]bool
	breaks     map[string]bool
}

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order, on the event parser's vocabulary syn (its
// prepositions, clause words, auxiliaries, linking verbs, pronouns and
// determiners end a noun phrase).
func New(syn *syntax.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{syn: syn, definite: map[string]bool{}, indefinite: map[string]bool{}, breaks: map[string]bool{}}
	sets := map[string]map[string]bool{"definite": v.definite, "indefinite": v.indefinite, "npbreaks": v.breaks}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		sets[kind][strings.ToLower(l.Word())] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// maxModifiers is how many words (adjectives, names, numbers) may stand
// between a determiner and its event noun: "the massive northward air
// offensive" has three.
const maxModifiers = 3

// Drop returns evs, a document's events in order, without the later
// mentions of events it has already reported (see the package comment). src
// is the document's clean text, sents its sentences (the events' Sent
// indexes them; their tokens are not needed). Each record costs one map
// look-up, and the sentence of a record that may go is tokenized once more
// (english.Lex, every word in lower case: the run's lexer need not know the
// pass's words).
// evs is filtered in place.
func (v *Vocabulary) Drop(ctx context.Context, src string, sents []text.Sentence, evs []event.Span) ([]event.Span, error) {
	reported := map[string]bool{} // the keys of the records kept so far that report an act: asserted, not an intent
	out := evs[:0]
	for i, e := range evs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		k := key(src, e)
		if strings.HasPrefix(e.Rule, "event:noun") && e.Date == "" && reported[k] &&
			e.Sent >= 0 && e.Sent < len(sents) && v.definiteAt(src, sents[e.Sent], e.Start) {
			continue
		}
		if e.Mode == "" && !e.Intent {
			reported[k] = true
		}
		out = append(out, e)
	}
	return out, nil
}

// key is what two mentions of one event share: the category, the source
// and target sets and the trigger's lemma.
func key(src string, e event.Span) string {
	var b strings.Builder
	b.WriteString(e.Category)
	for _, set := range [][]string{e.Source, e.Target} {
		b.WriteByte(0)
		s := slices.Clone(set)
		slices.Sort(s)
		b.WriteString(strings.Join(slices.Compact(s), ","))
	}
	b.WriteByte(0)
	if e.Start >= 0 && e.Start <= e.End && e.End <= len(src) {
		b.WriteString(lemma(src[e.Start:e.End]))
	}
	return b.String()
}

// lemma is a trigger's words in lower case, a plural's "s" taken off the
// last ("attacks" and "attack" are one trigger; "talks" and "talk" too).
func lemma(trigger string) string {
	var ws []string
	for _, t := range english.Lex(trigger, 0) {
		ws = append(ws, t.Low)
	}
	if n := len(ws); n > 0 {
		if w := ws[n-1]; len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			ws[n-1] = w[:len(w)-1]
		}
	}
	return strings.Join(ws, " ")
}

// definiteAt reports whether the noun phrase of the event noun that starts
// at byte at of sentence s is definite: read backwards from the noun over
// at most maxModifiers words, a definite determiner or possessive pronoun,
// or a possessor's "'s" (or a plural's bare apostrophe), comes before
// anything that ends the phrase (an indefinite determiner, a break word,
// one of the parser's function words, punctuation).
func (v *Vocabulary) definiteAt(src string, s text.Sentence, at int) bool {
	if s.Start < 0 || s.End > len(src) || at < s.Start || at > s.End {
		return false
	}
	toks := english.Lex(src[s.Start:s.End], s.Start)
	i := 0
	for i < len(toks) && int(toks[i].Start) < at {
		i++
	}
	words := 0
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		glued := english.Glued(toks, k)
		if t.Kind == english.Sym {
			switch {
			case t.Low == "'" && glued && toks[k-1].Kind != english.Sym:
				// "X's" or "Xs'": a possessor
				return true
			case t.Low == "-" && glued && k+1 < len(toks) && english.Glued(toks, k+1):
				// inside a compound ("cross-border")
				continue
			case t.Low == "." && glued && toks[k-1].Kind == english.Alpha && strings.Contains(toks[k-1].Low, "."):
				// an abbreviation's last dot ("U.S.")
				continue
			}
			return false
		}
		if t.Low == "s" && glued && k > 0 && toks[k-1].Low == "'" {
			continue // the possessor's "s": its apostrophe is next
		}
		if t.Kind == english.Alpha {
			w := t.Low
			switch {
			case v.definite[w]:
				return true
			case v.indefinite[w] || v.breaks[w] || v.syn.Determiner(w) || v.syn.Pronoun(w) != "" ||
				v.syn.Preposition(w) || v.syn.ClauseWord(w) || v.syn.Auxiliary(w) || v.syn.Linking(w):
				return false
			case verbForm(t) && !glued && !v.opensPhrase(toks, k-1):
				// a word in -ed or -ing is a modifier only right after
				// the determiner or a possessor ("the renewed bombing",
				// "Pakistan's renewed bombing") or inside a compound
				// ("the Soviet-backed offensive"); elsewhere it is the
				// verb the noun follows ("the crews started bombing")
				return false
			}
		}
		if glued && k > 0 && toks[k-1].Kind != english.Sym {
			continue // the rest of a word the lexer split
		}
		if words++; words > maxModifiers {
			return false
		}
	}
	return false
}

// verbForm reports a lower-case word of five letters or more in -ed or
// -ing: a past or a participle, or a gerund.
func verbForm(t english.Tok) bool {
	w := t.Low
	return len(w) > 4 && t.Text == w && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// opensPhrase reports a definite word or a possessor's "'s" (or a plural's
// bare apostrophe) at toks[k].
func (v *Vocabulary) opensPhrase(toks []english.Tok, k int) bool {
	switch {
	case k < 0:
		return false
	case v.definite[toks[k].Low]:
		return true
	case toks[k].Low == "'":
		return k > 0 && toks[k-1].Kind != english.Sym
	case toks[k].Low == "s" && k > 0 && toks[k-1].Low == "'":
		return true
	}
	return false
}
