package pair

import (
	"embed"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"transit":         {"data/transit.txt"},
	"journey":         {"data/journey.txt"},
	"position":        {"data/position.txt"},
	"deployment":      {"data/deployment.txt"},
	"forces":          {"data/forces.txt"},
	"stationing":      {"data/stationing.txt"},
	"reciprocal":      {"data/reciprocal.txt"},
	"partysectors":    {"data/partysectors.txt"},
	"opposing":        {"data/opposing.txt"},
	"jointwords":      {"data/jointwords.txt"},
	"complements":     {"data/complements.txt"},
	"clausebreaks":    {"data/clausebreaks.txt"},
	"comparedcases":   {"data/comparedcases.txt"},
	"wartopics":       {"data/wartopics.txt"},
	"sides":           {"data/sides.txt"},
	"undoers":         {"data/undoers.txt"},
	"offers":          {"data/offers.txt"},
	"clausejoiners":   {"data/clausejoiners.txt"},
	"alternatives":    {"data/alternatives.txt"},
	"figurecontrasts": {"data/figurecontrasts.txt"},
	"namings":         {"data/namings.txt"},
	"thetwo":          {"data/thetwo.txt"},
	"degreeadverbs":   {"data/degreeadverbs.txt"},
	"negationscope":   {"data/negationscope.txt"},
}

// Vocabulary holds the pair finder's own word lists: the prepositions of
// a transit place, the phrases of a person's journey, the phrases before a
// landmark, the verbs of deployment and the nouns of forces that keep a landmark's pairs, the verbs of forces standing in a state whose bearing the landmark gives, the reciprocal pronouns, the prepositions before a side of an act's source, the words that open a comparison, the topics before a war's name, the sectors of the agents
// that make the state they are in their side's party, the categories of
// acts that make two sides opponents, the words that say sides acted
// together, the subtypes of an agreement that offers something to a third,
// the conjunctions that open a clause of its own, the phrases that set an
// alternative against an actor and those that open a figure set against
// the clause's, the phrases that stand for "the two", the degree adverbs
// and the words that change a negation.
type Vocabulary struct {
	transit         [][]string      // each phrase's lower-case words
	routes          [][]string      // phrases of a transit place after a destination: "through", "across"
	destinations    map[string]bool // prepositions of an act's destination: "to"
	journey         [][]string
	position        [][]string      // phrases before a landmark: "north of", "bordering"
	deployment      map[string]bool // verbs whose clause keeps a landmark's pairs: "massed", "placed"
	forces          map[string]bool // nouns of forces and arms such a verb deploys: "troops", "missiles"
	stationing      map[string]bool // verbs of deployment of forces that stand in a place: "stationed"
	reciprocal      [][]string
	sectors         map[string]bool
	observers       map[string]bool // sectors whose agents study or report what others do: "British historians"
	opposing        map[string]bool // PLOVER categories
	parallel        map[string]bool // PLOVER categories of acts sides do each on its own: "MOBILIZE"
	joint           [][]string
	apart           [][]string      // words that say each source did the act on its own: "each", "separately"
	complement      map[string]bool // prepositions whose actor is a complement of the verb
	breaks          map[string]bool // words that open a clause set apart from the one before
	comparison      []comparison    // words that open a comparison set off from the sentence: "like", "just as"
	warTopics       [][]string      // a noun of a topic and its preposition before a war's lower-case name: "opposition to"
	sides           map[string]bool // prepositions whose actor is a side of the act of the clause's source: "against", "with", "for"
	undoers         map[string]bool // verbs whose negation leaves a relation holding: "did not end", "could not prevent"
	offers          map[string]bool // subtypes of an agreement that offers something to a third: "pledge", "aid"
	joiners         map[string]bool // conjunctions that open a clause of its own: "and", "but"
	alternatives    [][]string      // phrases that set an alternative against an actor: "rather than"
	figureContrasts [][]string      // phrases that open a figure set against the clause's: "against", "compared with"
	hyphenNames     map[string]bool // words after a state's word and a hyphen that name an era (false: "era") or a maker (true: "made")
	episodes        map[string]bool // nouns of an episode named by a state's word: "crisis", "affair"
	acquire         map[string]bool // verbs whose subject gets a maker's thing from the maker: "bought"
	lead            map[string]bool // verbs of leading a force: "commanded"
	commander       map[string]bool // nouns of one who leads a force: "commander"
	burden          map[string]bool // nouns of a cost that sides bear: "price", "burden"
	twos            []twoPhrase     // phrases that stand for the pair the paragraph last stated: "both", "the two"
	twoVerbs        map[string]bool // verb forms after "the two" that leave it standing for the pair: "were", "had"
	degree          map[string]bool // degree adverbs before a participle that make it an adjective: "most", "very"
	nounNegators    map[string]bool // negations of modality.tsv that negate a noun, not the clause: "no"
	additive        map[string]bool // words after a negation that make it additive: "only" ("not only ... but also")
	clauseNegation  map[string]bool // words after a noun's negation that make it the clause's: "longer" ("no longer has")
}

// twoPhrase is a phrase line of thetwo.txt: its words, and whether it also
// opens a list of the two (role list: "both") or stands for them with no
// noun after it (role alone: "the two").
type twoPhrase struct {
	words []string
	list  bool
	alone bool
}

// comparison is a line of comparedcases.txt: the words that open a
// comparison and whether a clause (not a noun phrase) follows them, or
// only the actor phrase right after them, anywhere in the sentence
// (kind case: "than"), and whether a phrase's case needs no date to be
// one (kind contrast: "unlike").
type comparison struct {
	words    []string
	clause   bool
	inner    bool
	contrast bool
}

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{sectors: map[string]bool{}, observers: map[string]bool{}, opposing: map[string]bool{}, parallel: map[string]bool{}, complement: map[string]bool{}, breaks: map[string]bool{}, deployment: map[string]bool{}, forces: map[string]bool{}, stationing: map[string]bool{}, sides: map[string]bool{}, undoers: map[string]bool{}, offers: map[string]bool{}, joiners: map[string]bool{}, hyphenNames: map[string]bool{}, episodes: map[string]bool{}, acquire: map[string]bool{}, lead: map[string]bool{}, commander: map[string]bool{}, burden: map[string]bool{}, destinations: map[string]bool{}, twoVerbs: map[string]bool{}, degree: map[string]bool{}, nounNegators: map[string]bool{}, additive: map[string]bool{}, clauseNegation: map[string]bool{}}
	words := map[string]map[string]bool{ // the kinds of one word a line, each to its set
		"complements": v.complement, "clausebreaks": v.breaks, "deployment": v.deployment, "forces": v.forces, "stationing": v.stationing, "sides": v.sides, "undoers": v.undoers, "offers": v.offers, "clausejoiners": v.joiners,
		"degreeadverbs": v.degree,
	}
	phrases := map[string]*[][]string{ // the kinds of one phrase a line, each to its list
		"journey": &v.journey, "position": &v.position, "wartopics": &v.warTopics, "alternatives": &v.alternatives, "figurecontrasts": &v.figureContrasts, "reciprocal": &v.reciprocal,
	}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		w := l.Word()
		if w == "" {
			return nil
		}
		if list, ok := phrases[kind]; ok {
			*list = append(*list, strings.Fields(strings.ToLower(w)))
			return nil
		}
		switch kind {
		case "transit":
			phrase := strings.Fields(strings.ToLower(l.Field(0)))
			switch l.Field(1) {
			case "":
				v.transit = append(v.transit, phrase)
			case "route":
				v.routes = append(v.routes, phrase)
			case "destination":
				if len(phrase) != 1 {
					return fmt.Errorf("destination %q: want one word", l.Field(0))
				}
				v.destinations[phrase[0]] = true
			default:
				return fmt.Errorf("transit %q: role %q, want none, route or destination", l.Field(0), l.Field(1))
			}
		case "comparedcases":
			kind := l.Field(1)
			if kind != "phrase" && kind != "clause" && kind != "case" && kind != "contrast" {
				return fmt.Errorf("comparison %q: kind %q, want phrase, contrast, clause or case", l.Field(0), kind)
			}
			v.comparison = append(v.comparison, comparison{strings.Fields(strings.ToLower(l.Field(0))), kind == "clause", kind == "case", kind == "contrast"})
		case "jointwords":
			phrase := strings.Fields(strings.ToLower(l.Field(0)))
			switch l.Field(1) {
			case "":
				v.joint = append(v.joint, phrase)
			case "apart":
				v.apart = append(v.apart, phrase)
			default:
				return fmt.Errorf("joint word %q: role %q, want none or apart", l.Field(0), l.Field(1))
			}
		case "complements", "clausebreaks", "deployment", "forces", "stationing", "sides", "undoers", "offers", "clausejoiners", "degreeadverbs":
			if strings.ContainsAny(w, " \t") {
				return fmt.Errorf("word %q: want one word", w)
			}
			words[kind][strings.ToLower(w)] = true
		case "thetwo":
			phrase, role := strings.Fields(strings.ToLower(l.Field(0))), l.Field(1)
			switch {
			case role == "verb" && len(phrase) == 1:
				v.twoVerbs[phrase[0]] = true
			case role == "verb":
				return fmt.Errorf("the two %q: role verb wants one word", l.Field(0))
			case role == "" || role == "list" || role == "alone":
				v.twos = append(v.twos, twoPhrase{phrase, role == "list", role == "alone"})
			default:
				return fmt.Errorf("the two %q: role %q, want none, list, alone or verb", l.Field(0), role)
			}
		case "negationscope":
			word, role := strings.ToLower(l.Field(0)), l.Field(1)
			switch {
			case strings.ContainsAny(word, " \t"):
				return fmt.Errorf("negation %q: want one word", l.Field(0))
			case role == "noun":
				v.nounNegators[word] = true
			case role == "additive":
				v.additive[word] = true
			case role == "clause":
				v.clauseNegation[word] = true
			default:
				return fmt.Errorf("negation %q: role %q, want noun, additive or clause", word, role)
			}
		case "partysectors":
			code, role := strings.ToUpper(l.Field(0)), l.Field(1)
			switch {
			case code == "" || strings.ContainsAny(code, " "):
				return fmt.Errorf("code %q: want one code", l.Field(0))
			case role == "observer":
				v.observers[code] = true
			case role != "":
				return fmt.Errorf("sector %q: role %q, want none or observer", code, role)
			default:
				v.sectors[code] = true
			}
		case "namings":
			word, role := strings.ToLower(l.Field(0)), l.Field(1)
			switch {
			case word == "" || strings.ContainsAny(word, " -"):
				return fmt.Errorf("naming %q: want one word", l.Field(0))
			case role == "era" || role == "maker":
				v.hyphenNames[word] = role == "maker"
			case role == "episode":
				v.episodes[word] = true
			case role == "acquire":
				v.acquire[word] = true
			case role == "lead":
				v.lead[word] = true
			case role == "commander":
				v.commander[word] = true
			case role == "burden":
				v.burden[word] = true
			default:
				return fmt.Errorf("naming %q: role %q, want era, maker, episode, acquire, lead, commander or burden", word, role)
			}
		case "opposing":
			code := strings.ToUpper(l.Field(0))
			switch {
			case strings.Contains(code, " "):
				return fmt.Errorf("code %q: want one code", code)
			case l.Field(1) == "":
				v.opposing[code] = true
			case l.Field(1) == "parallel":
				v.parallel[code] = true
			default:
				return fmt.Errorf("code %q: role %q, want none or parallel", code, l.Field(1))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// defaultVocab is the embedded vocabulary, parsed once.
var defaultVocab = sync.OnceValues(func() (*Vocabulary, error) { return New() })

// Words returns the lower-case words the finder compares tokens with (the
// words of its transit and reciprocal phrases), for the lexer. The short
// closed lists of thetwo.txt, degreeadverbs.txt and negationscope.txt stay out: the
// lexer's known words also tell the actor stage a word is no name.
func (v *Vocabulary) Words() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range slices.Concat(v.transit, v.routes, v.journey, v.position, v.reciprocal, v.joint, v.apart, v.warTopics, v.alternatives, v.figureContrasts) {
			for _, w := range p {
				if !yield(w) {
					return
				}
			}
		}
		for _, c := range v.comparison {
			for _, w := range c.words {
				if !yield(w) {
					return
				}
			}
		}
		for _, m := range []map[string]bool{v.complement, v.breaks, v.deployment, v.forces, v.stationing, v.sides, v.undoers, v.joiners, v.hyphenNames, v.episodes, v.acquire, v.destinations} {
			for _, w := range slices.Sorted(maps.Keys(m)) {
				if !yield(w) {
					return
				}
			}
		}
	}
}
