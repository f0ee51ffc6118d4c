package money

import (
	"embed"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"currencies":     {"data/currencies.tsv", "data/iso4217.tsv"},
	"scales":         {"data/scales.tsv"},
	"weight":         {"data/weight.txt"},
	"counts":         {"data/counts.txt"},
	"counters":       {"data/counters.txt"},
	"money-keywords": {"data/money-keywords.txt"},
	"yearcues":       {"data/yearcues.txt"},
	"ranges":         {"data/ranges.tsv"},
}

// Vocabulary holds the currencies and scale words of the money scanner;
// number words are english's.
type Vocabulary struct {
	en        *english.Vocabulary
	byFirst   map[string][]*curForm // by a form's first token in lower case, and as written when it has capitals ("Pakistani", "USD")
	starts    map[string]start      // byFirst's keys and the number words: what may open a figure
	asciiSign [utf8.RuneSelf]bool   // the ASCII signs that begin a form ("$")
	byCode    map[string]*curForm   // the code forms by their code, for "MUSD", "EURbn", "AUD$"
	scales    map[string]float64    // lower-case multi-letter scale words
	letters   map[string]float64    // one-letter scales, as written ("k", "M", "bn" is not one)
	prefixes  map[string]float64    // scale letters written before a code ("MUSD")
	minorsAny []*curForm            // minor units valid for any currency ("cents")
	weight    []string              // marks of a sentence about weight
	counts    map[string]bool       // words after a bare number that make it a count, not cents
	counters  map[string]bool       // nouns after a number that count something else ("seats")
	keywords  []string
	yearCues  map[string]bool // words before a year ("in 1965"): such a year opens no range
	ranges    []rangeWord     // words that join a range's amounts (ranges.tsv); few: compares, not a map
	rangeByte [256]bool       // the first bytes of ranges' words: most tokens are answered without a compare
	exported  map[string]bool // lower-case words the lexer must know (Words)
	lexer     *english.Lexer  // for sentences that come without tokens
	// keys holds every key of starts. The scanner asks of every token
	// whether it may open a figure, and most tokens open none: keys tells
	// most of them so without a look-up in starts, a large map whose
	// look-ups were about a quarter of the scanner's time.
	keys english.Filter
}

// rangeWord is a word that joins a range's amounts and its kind: join,
// pair or open (ranges.tsv).
type rangeWord struct{ word, kind string }

// rangeKind returns the kind of a range word, "" for another word.
func (v *Vocabulary) rangeKind(w string) string {
	if w == "" || !v.rangeByte[w[0]] {
		return ""
	}
	for i := range v.ranges {
		if v.ranges[i].word == w {
			return v.ranges[i].kind
		}
	}
	return ""
}

// start is what may open a money figure at a token: the currency forms
// that begin with it (byFirst) and whether it is a number word.
type start struct {
	forms  []*curForm
	number bool
}

// startOf returns what may open a figure at a token with key w; ok is
// false when nothing may.
func (v *Vocabulary) startOf(w string) (start, bool) {
	if !v.keys.May(w) {
		return start{}, false
	}
	s, ok := v.starts[w]
	return s, ok
}

func (v *Vocabulary) addStart(w string, forms []*curForm, number bool) {
	s := v.starts[w]
	s.forms = append(s.forms, forms...)
	s.number = s.number || number
	v.starts[w] = s
	v.keys.Add(w)
}

// curForm is one way a text writes a currency.
type curForm struct {
	keys    []string // token keys: lower case, or as written when exact
	spaced  []bool   // whether the form has a space before each token
	exact   bool     // codes and signs: match as written (or in lower case when lower is set)
	lower   bool
	kind    string // code, name, symbol, minor, default, context
	kbit    kindSet
	sign    bool   // written with a sign ("$", "US$"): placed before its number
	word    bool   // also an ordinary word or a name: money only after its number
	unit    bool   // also a unit of weight
	one     bool   // a singular abbreviation: an amount of one or less
	single  bool   // a word-like form in the singular ("mark"): after one only
	code    string // the currency; for context, the default (XXX: none)
	ratio   float64
	context map[string]string // context: actor code -> currency code
	// first is a word form's first token as its list writes it, when that
	// has capitals ("Russian roubles"): the key under which byFirst files
	// it besides keys[0], a name the lexer keeps as written in text, which
	// formAt then matches without strings.EqualFold (set only where that
	// would match it too)
	first string
}

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary on english's, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{en: en, byFirst: map[string][]*curForm{}, byCode: map[string]*curForm{},
		scales: map[string]float64{}, letters: map[string]float64{}, prefixes: map[string]float64{}, counts: map[string]bool{}, counters: map[string]bool{},
		yearCues: map[string]bool{}, exported: map[string]bool{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		switch kind {
		case "weight":
			v.weight = append(v.weight, strings.ToLower(strings.TrimRight(l.Text, " ")))
		case "counts":
			v.counts[strings.ToLower(l.Word())] = true
		case "counters":
			v.counters[strings.ToLower(l.Word())] = true
		case "money-keywords":
			v.keywords = append(v.keywords, strings.ToLower(l.Word()))
		case "yearcues":
			w := strings.ToLower(l.Word())
			v.yearCues[w] = true
			v.keywords = append(v.keywords, w)
		case "ranges":
			switch k := l.Field(1); k {
			case "join", "pair", "open":
				w := strings.ToLower(l.Field(0))
				if w == "" {
					return fmt.Errorf("want word<TAB>join, pair or open")
				}
				v.ranges = slices.DeleteFunc(v.ranges, func(r rangeWord) bool { return r.word == w })
				v.ranges = append(v.ranges, rangeWord{w, k})
				v.rangeByte[w[0]] = true
			default:
				return fmt.Errorf("want word<TAB>join, pair or open")
			}
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
// the first words of the currency forms written in lower case, scale words
// and its keywords (money-keywords, yearcues). A form's first word written
// with capitals ("Pakistani rupees", "USD") is found as written, so the
// lexer need not lower-case it.
func (v *Vocabulary) Words() iter.Seq[string] {
	all := slices.AppendSeq(slices.Collect(maps.Keys(v.exported)), maps.Keys(v.scales))
	return slices.Values(append(all, v.keywords...))
}

func (v *Vocabulary) add(kind string, f []string) error {
	get := func(i int) string {
		if i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	switch kind {
	case "scales":
		x, err := strconv.ParseFloat(get(1), 64)
		if err != nil || get(0) == "" || get(2) != "" && get(2) != "prefix" {
			return fmt.Errorf("want form<TAB>multiplier[<TAB>prefix]")
		}
		if len([]rune(get(0))) == 1 {
			v.letters[get(0)] = x
			if get(2) == "prefix" {
				v.prefixes[get(0)] = x
			}
		} else {
			v.scales[strings.ToLower(get(0))] = x
		}
	case "currencies":
		return v.addCurrency(get(0), get(1), get(2), get(3))
	}
	return nil
}

// addCurrency reads one line of a currencies file (format in currencies.tsv).
func (v *Vocabulary) addCurrency(code, k, forms, extra string) error {
	if code == "" || forms == "" {
		return fmt.Errorf("want code<TAB>kind<TAB>forms[<TAB>extra]")
	}
	base := curForm{kind: k, kbit: kindBits[k], code: code, ratio: 1}
	switch k {
	case "code", "symbol":
		base.exact = true
	case "context":
		base.context = map[string]string{}
	case "name", "default", "minor":
	default:
		return fmt.Errorf("unknown currency kind %q", k)
	}
	ratio := false
	for _, x := range strings.FieldsFunc(extra, func(r rune) bool { return r == ' ' || r == ',' }) {
		switch {
		case x == "lower" && k == "code":
			base.lower = true
		case x == "word":
			base.word = true
		case x == "unit":
			base.unit = true
		case x == "one":
			base.one = true
		case x == "singular":
			base.single = true
		case k == "context" && strings.Contains(x, ":"):
			a, c, _ := strings.Cut(x, ":")
			if a == "" || c == "" {
				return fmt.Errorf("context pair %q: want ACTOR:CODE", x)
			}
			base.context[a] = c
		default:
			r, err := strconv.ParseFloat(x, 64)
			if err != nil || r <= 0 || k != "code" && k != "symbol" && k != "minor" {
				return fmt.Errorf("extra %q: want lower, word, unit, one, singular, a multiplier (code, symbol, minor) or ACTOR:CODE (context)", x)
			}
			base.ratio, ratio = r, true
		}
	}
	if k == "minor" && (!ratio || base.ratio >= 1) {
		return fmt.Errorf("minor unit needs its fraction of the major unit, got %q", extra)
	}
	for _, text := range strings.Split(forms, "|") {
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		f := base
		toks := english.Lex(text, 0)
		for _, t := range toks {
			f.spaced = append(f.spaced, t.Space)
			if f.exact {
				f.keys = append(f.keys, t.Text)
			} else {
				f.keys = append(f.keys, t.Low)
			}
		}
		if len(f.keys) == 0 {
			continue
		}
		f.sign = strings.IndexFunc(text, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) < 0 || f.kind == "symbol"
		fp := &f
		first := toks[0].Text
		low := strings.ToLower(first)
		v.byFirst[low] = append(v.byFirst[low], fp)
		if !f.exact && first != f.keys[0] && strings.EqualFold(first, f.keys[0]) {
			f.first = first
		}
		if first != low {
			v.byFirst[first] = append(v.byFirst[first], fp)
		} else if toks[0].Kind == english.Alpha {
			v.exported[low] = true
		}
		if toks[0].Kind == english.Sym && first[0] < utf8.RuneSelf {
			v.asciiSign[first[0]] = true
		}
		if k == "code" && len(f.keys) == 1 && len(first) == 3 {
			v.byCode[first] = fp
		}
		if k == "minor" && code == "XXX" {
			v.minorsAny = append(v.minorsAny, fp)
		}
	}
	return nil
}

// kindSet is a set of form kinds, for the rules that accept some only.
type kindSet uint8

const (
	kCode kindSet = 1 << iota
	kName
	kSymbol
	kMinor
	kDefault
	kContext

	majors = kCode | kName | kSymbol | kDefault | kContext // all but minor units
)

var kindBits = map[string]kindSet{"code": kCode, "name": kName, "symbol": kSymbol, "minor": kMinor, "default": kDefault, "context": kContext}

func (v *Vocabulary) build() {
	v.starts = map[string]start{}
	for k, fs := range v.byFirst {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].keys) > len(fs[j].keys) })
		v.addStart(k, fs, false)
	}
	for w := range v.en.Numbers() {
		v.addStart(w, nil, true)
	}
}

// formsAt returns the currency forms that may start at token t: by its
// lower-case key, which is the word as written when the lexer kept its
// capitals (a name: "Pakistani rupees", "USD"). Punctuation that begins no
// form is not looked up.
func (v *Vocabulary) formsAt(t *english.Tok) []*curForm {
	if t.Kind == english.Sym && t.Text[0] < utf8.RuneSelf && !v.asciiSign[t.Text[0]] {
		return nil
	}
	s, _ := v.startOf(t.Low)
	return s.forms
}
