package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// Source is one vocabulary file: its kind (the name of an embedded file
// without extension, such as "actors", "sections" or "currencies"), where it
// came from (for error messages), and its bytes in that file's format.
type Source struct {
	Kind   string
	Origin string
	Data   []byte
}

// Vocabulary holds every word list the rule stages use: the embedded files
// under data/, extended by user files of the same formats.
type Vocabulary struct {
	Actors *Gazetteer

	sections     map[string]string // lower-cased label -> zone
	noEvents     map[string]bool   // section labels whose text reports no events (acknowledgements)
	maxLabel     int               // words in the longest section label
	abbrevs      map[string]abbrevClass
	connectives  map[string]bool
	starters     map[string]bool
	nonEntities  map[string]bool
	affiliations map[string]bool
	months       map[string]int
	titles       map[string]bool // title words and phrases, as written
	maxTitle     int
	named        map[string]string // head word -> label
	money        *moneyVocab
	timeWords    map[string]timeWord // lower-case form -> meaning
	maxTimeWords int
	timeFirst    map[string]bool // first token of every time word
	timeStarts   map[string]bool // words that can open a temporal expression
	wordClass    map[string]tokClass
	lowForm      map[string]string     // lower-case words the scanners compare with
	triggers     map[string][]*trigger // first word (inflected) -> triggers, longest first
	relations    map[string]string     // relational noun -> relation word
	stances      map[string]stance     // stance noun -> its relation and prepositions
	domestic     map[string]bool       // nouns naming actors inside a state

	lists map[string][]string // raw lines of list files, by kind, for later stages
	rows  map[string][][]string
}

type abbrevClass uint8

const (
	abbrevNone abbrevClass = iota
	abbrevNever
	abbrevMaybe
)

// stance is what a stance noun relates: "policy towards".
type stance struct {
	relation  string
	preps     [][]string // each preposition's lower-case tokens ("vis-à-vis" is five)
	predicate bool       // an adjective or participle: its holder is the clause's subject
}

// Kinds of vocabulary a user may extend, with the embedded files behind each.
var vocabFiles = map[string][]string{
	"actors":        {"data/actors/states.tsv", "data/actors/orgs.tsv", "data/actors/people.tsv", "data/actors/leaders.tsv", "data/actors/places.tsv", "data/actors/peoples.tsv", "data/actors/subdivisions.tsv"},
	"sections":      {"data/sections.tsv"},
	"abbreviations": {"data/abbreviations.tsv"},
	"connectives":   {"data/connectives.txt"},
	"starters":      {"data/starters.txt"},
	"nonentities":   {"data/nonentities.txt"},
	"affiliations":  {"data/affiliations.txt"},
	"months":        {"data/months.tsv"},
	"titles":        {"data/titles.txt"},
	"named":         {"data/named.tsv"},
	"currencies":    {"data/currencies.tsv"},
	"scales":        {"data/scales.tsv"},
	"numbers":       {"data/numbers.tsv"},
	"timewords":     {"data/timewords.tsv"},
	"triggers":      {"data/triggers.tsv"},
	"relations":     {"data/relations.tsv"},
	"stances":       {"data/stances.tsv"},
	"domestic":      {"data/domestic.txt"},
}

// VocabularyKinds lists the kinds a user file may extend.
func VocabularyKinds() []string {
	var ks []string
	for k := range vocabFiles {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

var (
	defaultOnce  sync.Once
	defaultVocab *Vocabulary
	defaultErr   error
)

// DefaultVocabulary returns the embedded vocabulary, parsed once.
func DefaultVocabulary() (*Vocabulary, error) {
	defaultOnce.Do(func() { defaultVocab, defaultErr = NewVocabulary() })
	return defaultVocab, defaultErr
}

// NewVocabulary parses the embedded vocabulary and then the extra sources in
// order; an extra entry adds to the embedded ones, and for actors a form given
// again replaces the earlier meaning of that form.
func NewVocabulary(extra ...Source) (*Vocabulary, error) {
	var srcs []Source
	kinds := VocabularyKinds()
	for _, k := range kinds {
		for _, name := range vocabFiles[k] {
			b, err := fs.ReadFile(dataFS, name)
			if err != nil {
				return nil, fmt.Errorf("read embedded vocabulary %s: %w", name, err)
			}
			srcs = append(srcs, Source{Kind: k, Origin: name, Data: b})
		}
	}
	for _, s := range extra {
		if _, ok := vocabFiles[s.Kind]; !ok {
			return nil, fmt.Errorf("vocabulary %s: unknown kind %q (want one of %s)", s.Origin, s.Kind, strings.Join(kinds, ", "))
		}
		srcs = append(srcs, s)
	}
	v := &Vocabulary{
		Actors:       newGazetteer(),
		sections:     map[string]string{},
		noEvents:     map[string]bool{},
		abbrevs:      map[string]abbrevClass{},
		connectives:  map[string]bool{},
		starters:     map[string]bool{},
		nonEntities:  map[string]bool{},
		affiliations: map[string]bool{},
		months:       map[string]int{},
		titles:       map[string]bool{},
		named:        map[string]string{},
		money:        newMoneyVocab(),
		timeWords:    map[string]timeWord{},
		triggers:     map[string][]*trigger{},
		relations:    map[string]string{},
		stances:      map[string]stance{},
		domestic:     map[string]bool{},
		lists:        map[string][]string{},
		rows:         map[string][][]string{},
	}
	for _, s := range srcs {
		if err := v.add(s); err != nil {
			return nil, err
		}
	}
	v.Actors.build()
	v.money.build()
	v.buildTimeStarts()
	v.buildWordClass()
	for _, ts := range v.triggers {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].words) > len(ts[j].words) })
	}
	return v, nil
}

func (v *Vocabulary) add(s Source) error {
	lineNo := 0
	sc := bufio.NewScanner(bytes.NewReader(s.Data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		bad := func(why string) error {
			return fmt.Errorf("vocabulary %s line %d: %s: %q", s.Origin, lineNo, why, line)
		}
		switch s.Kind {
		case "actors":
			if err := v.Actors.addRow(fields); err != nil {
				return bad(err.Error())
			}
		case "sections":
			if len(fields) < 2 {
				return bad("want label<TAB>zone")
			}
			z := strings.TrimSpace(fields[1])
			if z != "abstract" && z != "body" && z != "references" {
				return bad("zone must be abstract, body or references")
			}
			label := strings.ToLower(strings.TrimSpace(fields[0]))
			v.sections[label] = z
			if len(fields) > 2 && strings.TrimSpace(fields[2]) == "noevents" {
				v.noEvents[label] = true
			}
			v.maxLabel = max(v.maxLabel, len(strings.Fields(label)))
		case "abbreviations":
			if len(fields) < 2 {
				return bad("want abbreviation<TAB>never|maybe")
			}
			switch strings.TrimSpace(fields[1]) {
			case "never":
				v.abbrevs[strings.TrimSpace(fields[0])] = abbrevNever
			case "maybe":
				v.abbrevs[strings.TrimSpace(fields[0])] = abbrevMaybe
			default:
				return bad("class must be never or maybe")
			}
		case "connectives":
			w := strings.TrimSpace(line)
			v.connectives[w] = true
			v.nonEntities[w] = true
		case "starters":
			v.starters[strings.TrimSpace(line)] = true
		case "nonentities":
			v.nonEntities[strings.TrimSpace(line)] = true
		case "months":
			if len(fields) < 2 {
				return bad("want form<TAB>month number")
			}
			m := 0
			if _, err := fmt.Sscanf(strings.TrimSpace(fields[1]), "%d", &m); err != nil || m < 1 || m > 12 {
				return bad("month number must be 1 to 12")
			}
			v.months[strings.ToLower(strings.TrimSpace(fields[0]))] = m
		case "titles":
			t := strings.TrimSpace(line)
			v.titles[t] = true
			v.maxTitle = max(v.maxTitle, len(strings.Fields(t)))
		case "named":
			if len(fields) < 2 {
				return bad("want head<TAB>label")
			}
			v.named[strings.TrimSpace(fields[0])] = strings.TrimSpace(fields[1])
		case "currencies", "scales", "numbers":
			if err := v.money.add(s.Kind, fields); err != nil {
				return bad(err.Error())
			}
		case "timewords":
			if len(fields) < 3 {
				return bad("want form<TAB>kind<TAB>value")
			}
			form := strings.ToLower(strings.TrimSpace(fields[0]))
			v.timeWords[form] = timeWord{kind: strings.TrimSpace(fields[1]), value: strings.TrimSpace(fields[2])}
			v.maxTimeWords = max(v.maxTimeWords, len(lex(form, 0)))
		case "triggers":
			if err := v.addTrigger(fields); err != nil {
				return bad(err.Error())
			}
		case "relations":
			if len(fields) < 2 {
				return bad("want noun<TAB>relation")
			}
			v.relations[strings.ToLower(strings.TrimSpace(fields[0]))] = strings.TrimSpace(fields[1])
		case "stances":
			if len(fields) < 3 {
				return bad("want noun<TAB>relation<TAB>prepositions")
			}
			st := stance{relation: strings.TrimSpace(fields[1]), predicate: len(fields) > 3 && strings.TrimSpace(fields[3]) == "predicate"}
			for _, p := range strings.Split(fields[2], ",") {
				if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
					var ws []string
					for _, t := range lex(p, 0) {
						ws = append(ws, strings.ToLower(t.text))
					}
					st.preps = append(st.preps, ws)
				}
			}
			v.stances[strings.ToLower(strings.TrimSpace(fields[0]))] = st
		case "affiliations":
			v.affiliations[strings.ToLower(strings.TrimSpace(line))] = true
		case "domestic":
			v.domestic[strings.ToLower(strings.TrimSpace(line))] = true
		default:
			v.rows[s.Kind] = append(v.rows[s.Kind], fields)
			v.lists[s.Kind] = append(v.lists[s.Kind], line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("vocabulary %s: %w", s.Origin, err)
	}
	return nil
}

func (v *Vocabulary) buildTimeStarts() {
	v.timeFirst = map[string]bool{}
	v.timeStarts = map[string]bool{}
	for form := range v.timeWords {
		if ts := lex(form, 0); len(ts) > 0 {
			v.timeFirst[ts[0].low] = true
			v.timeStarts[ts[0].low] = true
		}
	}
	for m := range v.months {
		v.timeStarts[m] = true
	}
	for w, n := range v.money.numbers {
		if n.kind != "fraction" && w != "a" && w != "an" {
			v.timeStarts[w] = true
		}
	}
	for _, w := range []string{"fy", "fiscal", "mid", "early", "late", "pre", "post", "q", "h", "noughties", "last", "previous", "past",
		"next", "this", "coming", "upcoming", "following", "earlier", "later", "a", "an"} {
		v.timeStarts[w] = true
	}
}

// ReportsNoEvents reports whether a section title names back matter whose
// sentences report no events of the paper's subject: acknowledgements,
// funding, declarations ("noevents" in sections.tsv).
func (v *Vocabulary) ReportsNoEvents(section string) bool {
	return v.noEvents[strings.ToLower(strings.TrimRight(strings.TrimSpace(section), ":."))]
}
