package timex

import (
	"embed"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"timewords":      {"data/timewords.tsv"},
	"tense":          {"data/tense.tsv"},
	"ahead":          {"data/ahead.txt"},
	"notyear":        {"data/notyear.tsv"},
	"datecues":       {"data/datecues.tsv"},
	"timestarts":     {"data/timestarts.txt"},
	"timex-keywords": {"data/timex-keywords.txt"},
	"anaphora":       {"data/anaphora.tsv"},
	"dctcues":        {"data/dctcues.tsv"},
	"shifts":         {"data/shifts.txt"},
	"clauses":        {"data/clauses.txt"},
	"subclauses":     {"data/subclauses.txt"},
	"perfect":        {"data/perfect.tsv"},
	"superlatives":   {"data/superlatives.txt"},
	"comparisons":    {"data/comparisons.txt"},
	"rangewords":     {"data/rangewords.txt"},
	"storytimes":     {"data/storytimes.tsv"},
}

type timeWord struct{ kind, value string }

// idiom is a figure of speech that holds a date's words (timewords.tsv
// kind idiom): "at the end of the day".
type idiom struct {
	words  []string // lower-case tokens
	always bool     // never a date ("in this day and age"); else only where its clause tells no past or future
}

// anaphoraForm is a form of anaphora.tsv.
type anaphoraForm struct {
	anaphor
	narrative bool // deictic in news: read there by relativeAt
}

// tenseForm is a word or phrase that tells a tense.
type tenseForm struct {
	words    []string // lower-case tokens
	tense    int      // +1 future, -1 past, 0 none; conditional: +2
	sentence bool     // marks the sentence
	word     bool     // marks a date it stands next to
}

// relWord is what the marks of timestarts.txt say of a word: as a relative
// word (relativeAt), or as a word of a fiscal or calendar year.
type relWord struct {
	rel       bool // a relative word, of direction dir
	dir       int8 // -1 back ("last"), 0 here ("this"), +1 ahead ("next") from the reference date
	alone     bool // it opens an expression by itself ("last year")
	afterThe  bool // it stands after "the" ("the coming week")
	afterThis bool // it stands after a relative word of here that opens alone ("this coming week")
	thisYear  bool // a vague word before "this year" ("earlier this year")
	deictic   bool // a plain one: before a weekday, after a month or weekday ("July last year", "Friday next week")
	fiscal    bool // no relative word: a fiscal year's word before its number ("FY 2002", "fiscal 1989")
	yearKind  bool // no relative word: a kind of year, before the unit ("last fiscal year", "fiscal year 1986-87")
}

// How far canStart looks past a lead word of timestarts.txt for a start.
const (
	leadNext uint8 = 1 + iota // the next two words ("in 1870")
	leadOf                    // also after "of" within five words ("the end of 1871")
)

// What a word of Vocabulary.starts opens.
const (
	opens           uint8 = 1 + iota // a temporal expression
	opensBeforeTime                  // one only before a time word or a month ("that month")
)

// Vocabulary holds the word lists of the date scanner.
type Vocabulary struct {
	en            *english.Vocabulary
	timeWords     map[string]timeWord // lower-case form -> meaning
	maxTimeWords  int
	timeFirst     map[string]bool  // first token of every time word
	starts        map[string]uint8 // words that can open a temporal expression: opens, or opensBeforeTime
	sentTense     []tenseForm      // forms that mark a sentence's tense
	wordTense     map[string]int   // words that mark a date's tense: +1, -1, or 0 for none
	ahead         map[string]bool
	conditional   map[string]bool // one-word conditional forms ("would")
	notBefore     map[string]bool // before a number: it is no year
	notAfter      map[string]bool // after a number: it is no year
	lowerOnly     map[string]bool // notAfter words that count only in lower case ("ms", not "Ms")
	shortCounts   map[string]bool // after a short number, a people: it counts them ("until 300 Romans arrived"; notyear.tsv short)
	endCues       map[string]bool // year cues before a short year that ends its sentence ("landed in 533."; datecues.tsv ends)
	boundCues     map[string]bool // before a date that opens a state holding up to the time told, dating no act ("has not fought a war since 1870"; datecues.tsv bound)
	refCues       map[string]bool // before a noun of the sentence that set the time, the reference its own count counts from ("five years after the armistice"; datecues.tsv reference)
	stemEndings   []string        // verb and plural endings a word of that sentence may add to a shared stem (sharesStem; datecues.tsv ending), longest first
	monthCues     map[string]bool
	yearCues      map[string]bool
	eraCues       map[string]bool // words before a year with an era word that keep it before a capitalised word ("around 300 BC Greek cities"; datecues.tsv era)
	seasonCues    map[string]bool
	dayCues       map[string]bool
	holidayCues   map[string]bool         // words before a holiday with no year that make it a day of the reference year's ("on Christmas Eve")
	rangeWords    map[string]bool         // words that join a range's ends ("to", "until")
	settingCues   map[string]bool         // words before a dated noun phrase that make its date the time of its clause ("in the 1916 campaign")
	namedCues     map[string]bool         // before "(1978)": the year dates the thing named, no citation
	opensName     map[string]bool         // opens a name: "Operation Barbarossa (1941)" dates the operation; compared with the lower-cased text, not in Words (the lexer would lower the word for every stage)
	anaphora      map[string]anaphoraForm // lower-case form -> offset and mod
	anaphoraFirst map[string]bool         // the first token of each form
	maxAnaphor    int                     // tokens of the longest form
	dctLabels     map[string]string       // lower-case label -> published or updated
	maxDCTLabel   int
	shifts        map[string]bool // openers of a new point
	storyFrames   [][]string      // the frames of storytimes.tsv, lower-case tokens
	idioms        []idiom         // the idioms of timewords.tsv
	partOf        map[string]bool // timewords.tsv partof: after "the last year of", a word that opens what the year is a part of ("the war", "his presidency")
	storyFirst    map[string]bool // the first word of every frame, end, ended and unmet form of storytimes.tsv: the scans skip a token that starts none
	storyNouns    map[string]bool // its nouns
	storyEnds     [][]string      // its words that tell the war's end ("armistice", "surrendered")
	storyEnded    [][]string      // its verbs that tell a noun's end ("ended": "the war ended")
	storyUnmet    [][]string      // its words that make an end only asked for or refused ("demanded": "demanded its surrender")
	shiftFirst    map[string]bool // their first tokens
	maxShift      int
	clauseOpeners map[string]bool       // words that open a clause (clauses.txt)
	subOpeners    map[string]bool       // words that open, after a comma, a clause whose dates are its own (subclauses.txt)
	conjuncts     map[string]bool       // words that join a clause to the one before ("and"; subclauses.txt joins)
	ends          map[string]bool       // deadline words that end what their clause tells ("until"; tense.tsv end)
	subStart      map[string]bool       // subOpeners that open such a clause at the start of a sentence too ("Although ..., ")
	superlatives  map[string]bool       // words that make a since-date a comparison's start (superlatives.txt)
	comparisons   map[string][][]string // phrases that open a comparison whose dates date nothing the sentence reports (comparisons.txt), by first word
	passive       map[string]bool       // present forms of "be": an -ed word after one is a passive, no past
	modal         map[string]bool       // modals ("may"): a deadline after one is ahead of the time told (tense.tsv)
	deadline      map[string]bool       // words before a deadline ("until", "by"; tense.tsv)
	retro         map[string]bool       // words that make "would" a history's future in the past ("would later"; tense.tsv)
	record        map[string]bool       // verbs of a record or finding: a date opening their clause looks back ("In 2005, files showed"; tense.tsv)
	due           map[string]bool       // nouns after a date that name a time to come ("a March 15 deadline"; tense.tsv)
	verbSeasons   map[string]bool       // season words that are as often a verb ("fall"; timewords.tsv verb)
	points        map[string]int        // words right before a date that place it back (-1) or ahead (+1): "since", "by" (tense.tsv points-back, points-ahead)
	plan          map[string]bool       // participles of a plan before "for" and a date ("planned for 1976"; tense.tsv)
	held          [][]string            // verbs that say a planned thing took place ("took place", "went ahead"; tense.tsv)
	dropped       [][]string            // verbs that say a planned thing was dropped or put off ("was cancelled", "was postponed"; tense.tsv)
	negation      map[string]bool       // words before such a verb that deny it ("never took place"; tense.tsv)
	perfect       map[string]string     // perfect.tsv: word -> auxiliary, adverb, been, participle, ends or noun
	perfectAux    []string              // its auxiliaries, looked for at every token
	keywords      []string
	openers       []string           // timestarts.txt as read: the openers
	leads         map[string]uint8   // timestarts.txt leads: leadNext or leadOf
	relatives     map[string]relWord // timestarts.txt relative words (relativeAt)
	lexer         *english.Lexer     // for sentences that come without tokens
	facts         map[string]int32   // every word above -> its index in factList (indexFacts)
	factList      []wordFacts        // what the lists say of each word; 0 for none
	seen          [1024]uint64       // by first and last byte (seenKey): the lengths of the words of facts
}

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary on english's, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{en: en, timeWords: map[string]timeWord{}, wordTense: map[string]int{}, ahead: map[string]bool{}, conditional: map[string]bool{},
		notBefore: map[string]bool{}, notAfter: map[string]bool{}, lowerOnly: map[string]bool{}, shortCounts: map[string]bool{}, endCues: map[string]bool{}, refCues: map[string]bool{}, boundCues: map[string]bool{}, monthCues: map[string]bool{}, yearCues: map[string]bool{}, eraCues: map[string]bool{}, namedCues: map[string]bool{}, opensName: map[string]bool{},
		seasonCues: map[string]bool{}, dayCues: map[string]bool{}, holidayCues: map[string]bool{}, settingCues: map[string]bool{}, rangeWords: map[string]bool{}, leads: map[string]uint8{}, relatives: map[string]relWord{}, anaphora: map[string]anaphoraForm{}, dctLabels: map[string]string{}, shifts: map[string]bool{}, storyNouns: map[string]bool{}, storyFirst: map[string]bool{}, clauseOpeners: map[string]bool{}, subOpeners: map[string]bool{}, subStart: map[string]bool{}, superlatives: map[string]bool{}, comparisons: map[string][][]string{}, partOf: map[string]bool{}, passive: map[string]bool{}, modal: map[string]bool{}, deadline: map[string]bool{}, retro: map[string]bool{}, due: map[string]bool{}, verbSeasons: map[string]bool{}, points: map[string]int{}, plan: map[string]bool{}, negation: map[string]bool{}, record: map[string]bool{}, conjuncts: map[string]bool{}, ends: map[string]bool{}, perfect: map[string]string{}}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		switch kind {
		case "timewords":
			if len(l.Fields) < 3 {
				return fmt.Errorf("want form<TAB>kind<TAB>value")
			}
			form := strings.ToLower(l.Field(0))
			if l.Field(1) == "idiom" {
				var ws []string
				for _, t := range english.Lex(form, 0) {
					if t.Kind != english.Alpha {
						return fmt.Errorf("an idiom is a phrase of words (the scanner looks for one only at a date that opens with a word)")
					}
					ws = append(ws, t.Low)
				}
				if len(ws) == 0 || l.Field(2) != "always" && l.Field(2) != "untold" {
					return fmt.Errorf("an idiom is a phrase of words and always or untold")
				}
				v.idioms = append(v.idioms, idiom{words: ws, always: l.Field(2) == "always"})
				return nil
			}
			if l.Field(1) == "partof" {
				v.partOf[form] = true // apart from the time words: no lookup of them changes
				return nil
			}
			tw := timeWord{kind: l.Field(1), value: l.Field(2)}
			switch l.Field(3) {
			case "verb":
				if tw.kind != "season" {
					return fmt.Errorf("verb: only a season word is marked verb")
				}
				v.verbSeasons[form] = true
			case "":
			default:
				return fmt.Errorf("want form<TAB>kind<TAB>value[<TAB>verb]")
			}
			v.timeWords[form] = tw
			v.maxTimeWords = max(v.maxTimeWords, len(english.Lex(form, 0)))
		case "tense":
			f := tenseForm{words: strings.Fields(strings.ToLower(l.Field(0)))}
			switch l.Field(1) {
			case "future":
				f.tense = 1
			case "past":
				f.tense = -1
			case "none":
			case "conditional":
				f.tense = 2
			case "held":
				v.held = append(v.held, f.words)
				return nil
			case "dropped":
				v.dropped = append(v.dropped, f.words)
				return nil
			case "passive", "modal", "deadline", "end", "retro", "due", "plan", "negation", "record", "points-back", "points-ahead":
				if len(f.words) != 1 {
					return fmt.Errorf("a %s form is one word", l.Field(1))
				}
				switch l.Field(1) {
				case "passive":
					v.passive[f.words[0]] = true
				case "modal":
					v.modal[f.words[0]] = true
				case "retro":
					v.retro[f.words[0]] = true
				case "due":
					v.due[f.words[0]] = true
				case "plan":
					v.plan[f.words[0]] = true
				case "negation":
					v.negation[f.words[0]] = true
				case "record":
					v.record[f.words[0]] = true
				case "end":
					v.deadline[f.words[0]], v.ends[f.words[0]] = true, true
				case "points-back":
					v.points[f.words[0]] = -1
				case "points-ahead":
					v.points[f.words[0]] = 1
				default:
					v.deadline[f.words[0]] = true
				}
				return nil
			default:
				return fmt.Errorf("want form<TAB>future|past|none|conditional|passive|modal|deadline|end|retro|due|plan|held|dropped|negation|record|points-back|points-ahead<TAB>sentence|word|both")
			}
			switch l.Field(2) {
			case "sentence":
				f.sentence = true
			case "word":
				f.word = true
			case "both":
				f.sentence, f.word = true, true
			default:
				return fmt.Errorf("want form<TAB>future|past|none|conditional|passive|modal|deadline|end|retro|due|plan|held|dropped|negation|record|points-back|points-ahead<TAB>sentence|word|both")
			}
			if len(f.words) == 0 || f.word && (len(f.words) > 1 || f.tense == 2) {
				return fmt.Errorf("a form that marks a word is one word, future, past or none")
			}
			if f.sentence {
				v.sentTense = append(v.sentTense, f)
			}
			if f.tense == 2 && len(f.words) == 1 {
				v.conditional[f.words[0]] = true
			}
			if f.word {
				v.wordTense[f.words[0]] = f.tense
			}
		case "ahead":
			v.ahead[strings.ToLower(l.Word())] = true
		case "notyear":
			w := strings.ToLower(l.Field(0))
			switch l.Field(1) {
			case "before":
				v.notBefore[w] = true
			case "after":
				if l.Field(2) != "short" {
					v.notAfter[w] = true
				}
			default:
				return fmt.Errorf("want word<TAB>before|after[<TAB>lower|short]")
			}
			switch l.Field(2) {
			case "lower":
				v.lowerOnly[w] = true
			case "short":
				if l.Field(1) != "after" {
					return fmt.Errorf("short: want word<TAB>after<TAB>short")
				}
				v.shortCounts[w] = true
			case "":
			default:
				return fmt.Errorf("want word<TAB>before|after[<TAB>lower|short]")
			}
		case "rangewords":
			v.rangeWords[strings.ToLower(l.Word())] = true
		case "datecues":
			w := strings.ToLower(l.Field(0))
			for _, c := range vocab.Split(l.Field(1), ",") {
				switch c {
				case "month":
					v.monthCues[w] = true
				case "year":
					v.yearCues[w] = true
				case "era":
					v.eraCues[w] = true
				case "season":
					v.seasonCues[w] = true
				case "day":
					v.dayCues[w] = true
				case "named":
					v.namedCues[w] = true
				case "opens":
					v.opensName[w] = true
				case "holiday":
					v.holidayCues[w] = true
				case "setting":
					v.settingCues[w] = true
				case "ends":
					v.endCues[w] = true
				case "reference":
					v.refCues[w] = true
				case "bound":
					v.boundCues[w] = true
				case "ending":
					if !slices.Contains(v.stemEndings, w) {
						v.stemEndings = append(v.stemEndings, w)
						slices.SortStableFunc(v.stemEndings, func(a, b string) int { return len(b) - len(a) })
					}
				default:
					return fmt.Errorf("want word<TAB>month, year, era, season, day, holiday, named, opens, setting, ends, reference, bound or ending, comma-separated")
				}
			}
		case "anaphora":
			if len(l.Fields) < 4 {
				return fmt.Errorf("want form<TAB>offset<TAB>mod or -<TAB>any|narrative")
			}
			form := strings.Join(strings.Fields(strings.ToLower(l.Field(0))), " ")
			off, err := strconv.Atoi(strings.TrimPrefix(l.Field(1), "+"))
			if err != nil || off < -1 || off > 1 {
				return fmt.Errorf("offset %q: want -1, 0 or +1", l.Field(1))
			}
			a := anaphoraForm{anaphor: anaphor{offset: off}}
			if m := l.Field(2); m != "-" {
				a.mod = m
			}
			switch l.Field(3) {
			case "any":
			case "narrative":
				a.narrative = true
			default:
				return fmt.Errorf("scope %q: want any or narrative", l.Field(3))
			}
			v.anaphora[form] = a
			v.maxAnaphor = max(v.maxAnaphor, len(english.Lex(form, 0)))
		case "dctcues":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want label<TAB>published|updated")
			}
			switch l.Field(1) {
			case "published", "updated":
			default:
				return fmt.Errorf("kind %q: want published or updated", l.Field(1))
			}
			form := strings.ToLower(l.Field(0))
			v.dctLabels[form] = l.Field(1)
			v.maxDCTLabel = max(v.maxDCTLabel, len(english.Lex(form, 0)))
		case "shifts":
			form := strings.Join(strings.Fields(strings.ToLower(l.Word())), " ")
			v.shifts[form] = true
			v.maxShift = max(v.maxShift, len(english.Lex(form, 0)))
		case "storytimes":
			form := strings.ToLower(l.Field(0))
			switch l.Field(1) {
			case "frame":
				var ws []string
				for _, t := range english.Lex(form, 0) {
					ws = append(ws, t.Low)
				}
				if len(ws) > 0 {
					v.storyFrames = append(v.storyFrames, ws)
					v.storyFirst[ws[0]] = true
				}
			case "noun":
				v.storyNouns[form] = true
			case "end", "ended", "unmet":
				var ws []string
				for _, t := range english.Lex(form, 0) {
					ws = append(ws, t.Low)
				}
				if len(ws) == 0 {
					break
				}
				v.storyFirst[ws[0]] = true
				switch l.Field(1) {
				case "end":
					v.storyEnds = append(v.storyEnds, ws)
				case "ended":
					v.storyEnded = append(v.storyEnded, ws)
				default:
					v.storyUnmet = append(v.storyUnmet, ws)
				}
			default:
				return fmt.Errorf("want form<TAB>frame|noun|end|ended|unmet")
			}
		case "clauses":
			v.clauseOpeners[strings.ToLower(l.Word())] = true
		case "subclauses":
			w := strings.ToLower(l.Field(0))
			switch l.Field(1) {
			case "start":
				v.subOpeners[w], v.subStart[w] = true, true
			case "joins":
				v.conjuncts[w] = true
			case "":
				v.subOpeners[w] = true
			default:
				return fmt.Errorf("want word[<TAB>start|joins]")
			}
		case "superlatives":
			v.superlatives[strings.ToLower(l.Word())] = true
		case "comparisons":
			form := strings.Fields(strings.ToLower(l.Word()))
			v.comparisons[form[0]] = append(v.comparisons[form[0]], form)
		case "perfect":
			switch r := l.Field(1); r {
			case "auxiliary", "adverb", "been", "participle", "ends", "noun":
				w := strings.ToLower(l.Field(0))
				v.perfect[w] = r
				if r == "auxiliary" && !slices.Contains(v.perfectAux, w) {
					v.perfectAux = append(v.perfectAux, w)
				}
			default:
				return fmt.Errorf("role %q: want auxiliary, adverb, been, participle, ends or noun", r)
			}
		case "timestarts":
			w := strings.ToLower(l.Field(0))
			switch l.Field(1) {
			case "":
				v.openers = append(v.openers, w)
			case "lead":
				v.leads[w] = leadNext
			case "lead-of":
				v.leads[w] = leadOf
			default:
				r := relWord{}
				for _, m := range vocab.Split(l.Field(1), ",") {
					switch m {
					case "opens":
						v.openers = append(v.openers, w)
						r.alone = true
					case "back":
						r.dir, r.rel = -1, true
					case "here":
						r.dir, r.rel = 0, true
					case "ahead":
						r.dir, r.rel = 1, true
					case "after-the":
						r.afterThe = true
					case "after-this":
						r.afterThis = true
					case "this-year":
						r.thisYear = true
					case "deictic":
						r.deictic = true
					case "fiscal":
						r.fiscal = true
					case "year-kind":
						r.yearKind = true
					default:
						return fmt.Errorf("mark %q: want word[<TAB>lead|lead-of|marks: opens, back, here, ahead, after-the, after-this, this-year, deictic, fiscal, year-kind]", m)
					}
				}
				if r.rel || r.thisYear || r.fiscal || r.yearKind {
					v.relatives[w] = r
				}
			}
		case "timex-keywords":
			v.keywords = append(v.keywords, strings.ToLower(l.Word()))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	v.timeFirst = map[string]bool{}
	v.starts = map[string]uint8{}
	for form, w := range v.timeWords {
		if ts := english.Lex(form, 0); len(ts) > 0 {
			if w.kind == "partorder" || w.kind == "postunit" || w.kind == "bound" || w.kind == "common" {
				continue // one-word forms, looked up where they stand ("the final quarter", "the year previous")
			}
			v.timeFirst[ts[0].Low] = true
			// a period noun or a part of the day opens an expression only
			// after "the" ("the end of 1965", "the morning of 6 June"):
			// canStart looks past it
			if w.kind != "period" && w.kind != "partofday" {
				v.starts[ts[0].Low] = opens
			}
		}
	}
	for m := range en.Months() {
		v.starts[m] = opens
	}
	for w, n := range en.Numbers() {
		if n.Kind != "fraction" && w != "a" && w != "an" {
			v.starts[w] = opens
		}
	}
	for _, w := range v.openers {
		v.starts[w] = opens
	}
	v.shiftFirst = map[string]bool{}
	for form := range v.shifts {
		if ts := english.Lex(form, 0); len(ts) > 0 {
			v.shiftFirst[ts[0].Low] = true
		}
	}
	v.anaphoraFirst = map[string]bool{}
	for form := range v.anaphora {
		if ts := english.Lex(form, 0); len(ts) > 0 {
			v.anaphoraFirst[ts[0].Low] = true
			if v.starts[ts[0].Low] == 0 {
				v.starts[ts[0].Low] = opensBeforeTime
			}
		}
	}
	v.lexer = english.NewLexer(en.Words(), v.Words())
	v.indexFacts()
	return v, nil
}

// Words are the lower-case words the date scanner compares tokens with.
func (v *Vocabulary) Words() iter.Seq[string] {
	var all []string
	all = slices.AppendSeq(all, maps.Keys(v.starts))
	for _, m := range []map[string]bool{v.notBefore, v.notAfter, v.monthCues, v.yearCues, v.eraCues, v.seasonCues, v.dayCues, v.holidayCues, v.namedCues, v.anaphoraFirst, v.clauseOpeners, v.conjuncts, v.superlatives, v.rangeWords, v.storyNouns} {
		all = slices.AppendSeq(all, maps.Keys(m))
	}
	for _, forms := range v.comparisons {
		for _, form := range forms {
			all = append(all, form...)
		}
	}
	for _, form := range v.storyFrames {
		all = append(all, form...)
	}
	for _, forms := range []iter.Seq[string]{maps.Keys(v.anaphora), maps.Keys(v.dctLabels), maps.Keys(v.shifts)} {
		for w := range forms {
			for _, t := range english.Lex(w, 0) {
				all = append(all, t.Low)
			}
		}
	}
	for w := range v.timeWords {
		for _, t := range english.Lex(w, 0) {
			all = append(all, t.Low)
		}
	}
	for _, f := range v.sentTense {
		if f.tense == -1 {
			all = append(all, f.words...)
		}
	}
	all = slices.AppendSeq(all, maps.Keys(v.leads))
	all = slices.AppendSeq(all, maps.Keys(v.points))
	all = slices.AppendSeq(all, maps.Keys(v.wordTense))
	all = slices.AppendSeq(all, maps.Keys(v.passive))
	all = slices.AppendSeq(all, maps.Keys(v.modal))
	all = slices.AppendSeq(all, maps.Keys(v.deadline))
	all = slices.AppendSeq(all, maps.Keys(v.perfect))
	return slices.Values(append(all, v.keywords...))
}
