package text

import (
	"embed"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"sections":      {"data/sections.tsv"},
	"abbreviations": {"data/abbreviations.tsv"},
	"affiliations":  {"data/affiliations.txt"},
	"smallwords":    {"data/smallwords.txt"},
	"spelling":      {"data/spelling.tsv"},
	"headerdates":   {"data/headerdates.tsv"},
	"nottitle":      {"data/nottitle.txt"},
	"issuemarks":    {"data/issuemarks.txt"},
	"particles":     {"data/particles.txt"},
	"headerorder":   {"data/headerorder.txt"},
}

type abbrevClass uint8

const (
	abbrevNone abbrevClass = iota
	abbrevNever
	abbrevMaybe
)

// section is what a section label opens.
type section struct {
	zone     string
	noEvents bool // back matter whose text reports no events (acknowledgements)
	list     bool // a list of terms follows, maybe in lower case (keywords)
	prose    bool // often opens an ordinary sentence: needs a colon or a line of its own
}

// Vocabulary holds the word lists of clean-up, structure, header and
// sentences.
type Vocabulary struct {
	en           *english.Vocabulary
	sections     map[string]*section // lower-cased label
	maxLabel     int                 // words in the longest section label
	abbrevs      map[string]abbrevClass
	affiliations map[string]bool
	smallWords   map[string]bool
	spelling     spelling
	headerLabels map[string]string // lower-case phrase -> date label
	headerRE     *regexp.Regexp
	notTitle     []string
	issueMarks   []string
	particles    map[string]bool
	headerOrder  []string // the header date labels that date a paper, best first
}

// HeaderOrder returns the labels of the front matter's dates that date a
// paper, best first (headerorder.txt).
func (v *Vocabulary) HeaderOrder() []string { return v.headerOrder }

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary on english's, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{en: en, sections: map[string]*section{}, abbrevs: map[string]abbrevClass{}, affiliations: map[string]bool{},
		smallWords: map[string]bool{}, headerLabels: map[string]string{}, particles: map[string]bool{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		switch kind {
		case "sections":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want label<TAB>zone")
			}
			z := l.Field(1)
			if z != "abstract" && z != "body" && z != "references" {
				return fmt.Errorf("zone must be abstract, body or references")
			}
			label := strings.ToLower(l.Field(0))
			s := v.sections[label]
			if s == nil {
				s = &section{}
				v.sections[label] = s
			}
			s.zone = z
			for _, f := range vocab.Split(l.Field(2), ",") {
				switch f {
				case "noevents":
					s.noEvents = true
				case "list":
					s.list = true
				case "prose":
					s.prose = true
				default:
					return fmt.Errorf("unknown flag %q (want noevents, list or prose)", f)
				}
			}
			v.maxLabel = max(v.maxLabel, len(strings.Fields(label)))
		case "abbreviations":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want abbreviation<TAB>never|maybe")
			}
			switch l.Field(1) {
			case "never":
				v.abbrevs[l.Field(0)] = abbrevNever
			case "maybe":
				v.abbrevs[l.Field(0)] = abbrevMaybe
			default:
				return fmt.Errorf("class must be never or maybe")
			}
		case "affiliations":
			v.affiliations[strings.ToLower(l.Word())] = true
		case "smallwords":
			v.smallWords[strings.ToLower(l.Word())] = true
		case "spelling":
			form := strings.ToLower(l.Fields[0])
			switch l.Field(1) {
			case "british":
				v.spelling.add(form, true)
			case "american":
				v.spelling.add(form, false)
			default:
				return fmt.Errorf("want form<TAB>british|american")
			}
		case "headerdates":
			if len(l.Fields) < 2 || l.Field(0) == "" {
				return fmt.Errorf("want phrase<TAB>label")
			}
			v.headerLabels[strings.ToLower(l.Field(0))] = l.Field(1)
		case "nottitle":
			v.notTitle = append(v.notTitle, strings.ToLower(l.Word()))
		case "issuemarks":
			v.issueMarks = append(v.issueMarks, strings.ToUpper(l.Word()))
		case "particles":
			v.particles[l.Word()] = true
		case "headerorder":
			if w := strings.ToLower(l.Word()); !slices.Contains(v.headerOrder, w) {
				v.headerOrder = append(v.headerOrder, w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The label phrases, longest first, so that a longer phrase wins over
	// one it starts with.
	phrases := slices.Sorted(func(yield func(string) bool) {
		for p := range v.headerLabels {
			if !yield(p) {
				return
			}
		}
	})
	slices.SortStableFunc(phrases, func(a, b string) int { return len(b) - len(a) })
	for i, p := range phrases {
		phrases[i] = regexp.QuoteMeta(p)
	}
	v.headerRE, err = regexp.Compile(`(?i)\b(` + strings.Join(phrases, "|") + `)(?:\s+date)?(?:\s+on)?\s*[:：\-–]?\s*`)
	if err != nil {
		return nil, fmt.Errorf("header date labels: %w", err)
	}
	return v, nil
}

// Words are the lower-case words of these lists the stages compare tokens
// with: none (the text stages compare words as written).
func (v *Vocabulary) Words() iter.Seq[string] { return func(func(string) bool) {} }

// ReportsNoEvents reports whether a section title names back matter whose
// sentences report no events of the paper's subject: acknowledgements,
// funding, declarations ("noevents" in sections.tsv).
func (v *Vocabulary) ReportsNoEvents(title string) bool {
	s := v.sections[strings.ToLower(strings.TrimRight(strings.TrimSpace(title), ":."))]
	return s != nil && s.noEvents
}

// English returns the shared word lists this vocabulary reads with.
func (v *Vocabulary) English() *english.Vocabulary { return v.en }
