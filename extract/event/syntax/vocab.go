package syntax

import (
	"embed"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"prepositions":   {"data/prepositions.txt"},
	"determiners":    {"data/determiners.txt"},
	"pronouns":       {"data/pronouns.tsv"},
	"clausewords":    {"data/clausewords.txt"},
	"titlewords":     {"data/titlewords.txt"},
	"members":        {"data/members.txt"},
	"joiners":        {"data/joiners.txt"},
	"control":        {"data/control.txt"},
	"circumstance":   {"data/circumstance.txt"},
	"auxiliaries":    {"data/auxiliaries.tsv"},
	"participles":    {"data/participles.txt", "data/pastforms.txt"},
	"linking":        {"data/linking.txt"},
	"onset":          {"data/onset.txt"},
	"ownbodies":      {"data/ownbodies.txt"},
	"grounds":        {"data/grounds.txt"},
	"frames":         {"data/frames.txt"},
	"scenes":         {"data/scenes.txt"},
	"agentforms":     {"data/agentforms.txt"},
	"agentheads":     {"data/agentheads.txt"},
	"armedheads":     {"data/armedheads.txt"},
	"armedverbs":     {"data/armedverbs.txt"},
	"relverbs":       {"data/relverbs.txt"},
	"compounds":      {"data/compounds.txt"},
	"doerverbs":      {"data/doerverbs.txt"},
	"undergo":        {"data/undergo.txt"},
	"deadlines":      {"data/deadlines.txt"},
	"subjectopeners": {"data/subjectopeners.txt"},
	"repeats":        {"data/repeats.txt"},
	"elision":        {"data/elision.txt"},
	"pairopeners":    {"data/pairopeners.txt"},
	"attitudes":      {"data/attitudes.txt"},
}

// Vocabulary holds the parser's function words.
type Vocabulary struct {
	en           *english.Vocabulary // sentence-opening words (starters, connectives)
	prepositions map[string]bool
	clausePreps  map[string]bool // prepositions that also open a clause ("after")
	boundPreps   map[string]bool // clause prepositions whose date bounds a state ("since")
	means        map[string]bool // prepositions of the channel an act goes through ("through", "via")
	company      map[string]bool // prepositions of those who act with the subject ("alongside")
	whosePreps   map[string]bool // prepositions of where or whose people a subject are ("in", "of")
	pairPreps    map[string]bool // prepositions whose object is a list of actors ("between")
	determiners  map[string]bool
	pronouns     map[string]string // subject, object, possessive, reflexive
	persons      map[string]bool   // pronouns that stand for a person ("he", "she")
	plurals      map[string]bool   // pronouns that stand for several ("they", "their")
	clauseWords  map[string]bool
	fronted      map[string]bool // clause words and prepositions whose clause, opening the sentence, ends at its comma
	titleWords   map[string]bool
	members      map[string]bool
	joiners      map[string]bool // lower-case tokens joined by one space
	maxJoiner    int             // tokens in the longest joiner
	control      map[string]bool
	circumstance map[string]bool
	groundPreps  map[string]bool   // prepositions of the ground or time of a known act after a verb's object ("for", "after"; circumstance.txt, marked ground)
	timePreps    map[string]bool   // of them, those whose act is at the verb's own time ("during"; marked time)
	auxiliaries  map[string]string // be, have
	inside       map[string]bool   // words inside a verb group ("not")
	participles  map[string]bool
	onlyPart     map[string]bool // participles that are never a past tense
	pastForms    map[string]bool // past tenses that are no participle ("took")
	linking      map[string]bool
	onset        map[string]bool // verbs of starting or going on, not in -ed ("began")
	bodies       map[string]bool // a state's armed or ruling bodies ("troops", "navy")
	grounds      map[string]bool // a state's ground and holdings an act falls on ("coast", "ports")
	frames       map[string]bool // prepositions whose event noun is no act of the subject ("of", "as")
	measures     map[string]bool // frames that measure the act after a plural or a number ("hours of")
	scenes       map[string]bool // prepositions before where an act took place ("in", "at")
	quantities   map[string]bool // nouns that count a body's members ("numbers", "thousands"; members.txt, marked quantity)
	agentForms   map[string]bool // participles after "X-" that make X an event noun's agent ("U.S.-led")
	agentHeads   map[string]bool // nouns of a joint act whose "of" names a passive's agent ("by joint efforts of")
	definite     map[string]bool // determiners that open a definite phrase ("the", "its"; determiners.txt, marked definite)
	floating     map[string]bool // determiners that may stand after a plural subject, before its verb ("all", "both"; determiners.txt, marked floating)
	armedHeads   map[string]bool // nouns of armed force ("troops", "fire")
	armedVerbs   map[string]bool // force participles whose passive needs an armed side ("beaten", "hit")
	relVerbs     map[string]bool // participles of a relation that act on the agent before their comma ("backed")
	compounds    map[string]bool // nouns an event noun before them modifies: no act ("patrols", "centres")
	doerVerbs    map[string]bool // participles whose passive agent is the doer of the event noun they follow ("ordered")
	undergo      map[string]bool // verbs whose subject undergoes the act their object names ("suffered", "faced")
	deadlines    map[string]bool // words that open the date an act waits for ("until", "till")
	openers      map[string]bool // words after which a pair noun may open a subject ("and", "then")
	repeats      [][]string      // phrases by which a new subject repeats the act told ("followed suit"; repeats.txt)
	sequels      [][]string      // phrases after which an event noun goes on with the parties of the event before ("followed by"; repeats.txt marked noun)
	bareRepeats  map[string]bool // of them, one-word ones that repeat it with no object after them ("followed"; marked bare)
	pairOpeners  [][]string      // phrases before a pair noun ("both", "the two"; pairopeners.txt)
	pairAlone    [][]string      // of them, those that name the pair with no noun ("the two"; marked alone)
	elision      map[string]bool // adverbs between "and" and an elided act's preposition ("and later to Chile"; elision.txt)
	gets         map[string]bool // forms of "get" that make a passive ("got overthrown"; auxiliaries.tsv class get)
	finite       map[string]bool // finite forms of be and have ("was", "has"; auxiliaries.tsv marked finite)
	attitudes    map[string]bool // prefixes that make "X-actor" an attitude, not the actor ("anti", "pro")
}

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order, on the english vocabulary en (its
// sentence-opening words), as every stage's New does.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{en: en, prepositions: map[string]bool{}, clausePreps: map[string]bool{}, boundPreps: map[string]bool{}, means: map[string]bool{}, company: map[string]bool{}, whosePreps: map[string]bool{}, pairPreps: map[string]bool{}, determiners: map[string]bool{}, pronouns: map[string]string{}, persons: map[string]bool{}, plurals: map[string]bool{},
		clauseWords: map[string]bool{}, fronted: map[string]bool{}, titleWords: map[string]bool{}, members: map[string]bool{}, joiners: map[string]bool{},
		control: map[string]bool{}, circumstance: map[string]bool{}, groundPreps: map[string]bool{}, timePreps: map[string]bool{}, auxiliaries: map[string]string{}, inside: map[string]bool{}, participles: map[string]bool{}, onlyPart: map[string]bool{}, pastForms: map[string]bool{},
		linking: map[string]bool{}, onset: map[string]bool{}, bodies: map[string]bool{}, grounds: map[string]bool{}, frames: map[string]bool{}, measures: map[string]bool{}, scenes: map[string]bool{}, quantities: map[string]bool{}, agentForms: map[string]bool{}, agentHeads: map[string]bool{}, definite: map[string]bool{}, floating: map[string]bool{}, armedHeads: map[string]bool{}, armedVerbs: map[string]bool{},
		relVerbs: map[string]bool{}, compounds: map[string]bool{}, doerVerbs: map[string]bool{}, undergo: map[string]bool{}, deadlines: map[string]bool{}, openers: map[string]bool{}, bareRepeats: map[string]bool{}, gets: map[string]bool{}, elision: map[string]bool{}, finite: map[string]bool{}, attitudes: map[string]bool{}}
	sets := map[string]map[string]bool{
		"titlewords": v.titleWords, "control": v.control,
		"linking": v.linking, "onset": v.onset, "ownbodies": v.bodies, "grounds": v.grounds, "scenes": v.scenes, "agentforms": v.agentForms, "agentheads": v.agentHeads, "armedheads": v.armedHeads, "armedverbs": v.armedVerbs,
		"relverbs": v.relVerbs, "compounds": v.compounds, "doerverbs": v.doerVerbs, "undergo": v.undergo, "deadlines": v.deadlines, "subjectopeners": v.openers, "elision": v.elision, "attitudes": v.attitudes}
	err := vocab.Load(dataFS, Kinds, extra, func(kind string, l vocab.Line) error {
		if s, ok := sets[kind]; ok {
			s[strings.ToLower(l.Word())] = true
			return nil
		}
		switch kind {
		case "members":
			// a word marked quantity counts a body's members, and is no
			// word of a group's members list ("numbers of", "thousands of")
			switch l.Field(1) {
			case "":
				v.members[strings.ToLower(l.Word())] = true
			case "quantity":
				v.quantities[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want word[<TAB>quantity]")
			}
		case "clausewords":
			return marked(l, v.clauseWords, v.fronted, "fronted")
		case "determiners":
			if l.Field(1) == "floating" {
				v.determiners[strings.ToLower(l.Field(0))] = true
				v.floating[strings.ToLower(l.Field(0))] = true
				return nil
			}
			return marked(l, v.determiners, v.definite, "definite")
		case "pronouns":
			switch r := l.Field(1); r {
			case "subject", "object", "possessive", "reflexive":
				v.pronouns[strings.ToLower(l.Field(0))] = r
			default:
				return fmt.Errorf("want pronoun<TAB>subject|object|possessive|reflexive[<TAB>person|plural]")
			}
			switch l.Field(2) {
			case "":
			case "person":
				v.persons[strings.ToLower(l.Field(0))] = true
			case "plural":
				v.plurals[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want pronoun<TAB>subject|object|possessive|reflexive[<TAB>person|plural]")
			}
		case "joiners":
			ws := strings.Fields(strings.ToLower(l.Text))
			v.joiners[strings.Join(ws, " ")] = true
			v.maxJoiner = max(v.maxJoiner, len(ws))
		case "prepositions":
			if l.Field(1) == "means" {
				v.prepositions[strings.ToLower(l.Field(0))] = true
				v.means[strings.ToLower(l.Field(0))] = true
				return nil
			}
			if l.Field(1) == "company" {
				// (no preposition to the rest of the parser: "served
				// alongside the United States" keeps its partner)
				v.company[strings.ToLower(l.Field(0))] = true
				return nil
			}
			if l.Field(1) == "whose" {
				v.prepositions[strings.ToLower(l.Field(0))] = true
				v.whosePreps[strings.ToLower(l.Field(0))] = true
				return nil
			}
			if l.Field(1) == "pair" {
				v.prepositions[strings.ToLower(l.Field(0))] = true
				v.pairPreps[strings.ToLower(l.Field(0))] = true
				return nil
			}
			if l.Field(1) == "bound" {
				// a clause preposition whose date bounds a state
				w := strings.ToLower(l.Field(0))
				v.prepositions[w], v.clausePreps[w], v.fronted[w], v.boundPreps[w] = true, true, true, true
				return nil
			}
			if err := marked(l, v.prepositions, v.clausePreps, "clause"); err != nil {
				return err
			}
			if v.clausePreps[strings.ToLower(l.Field(0))] {
				v.fronted[strings.ToLower(l.Field(0))] = true
			}
			return nil
		case "participles":
			if l.Field(1) == "past" {
				// a past tense that is no participle ("took"): finite
				// wherever it stands, and never a passive's
				v.pastForms[strings.ToLower(l.Field(0))] = true
				return nil
			}
			return marked(l, v.participles, v.onlyPart, "only")
		case "frames":
			return marked(l, v.frames, v.measures, "measure")
		case "circumstance":
			// a word marked ground opens such a phrase only after a
			// verb's object ("threatened retaliation for the NATO
			// bombing"): to the rest of the parser it is no circumstance
			w := strings.ToLower(l.Field(0))
			switch l.Field(1) {
			case "":
				v.circumstance[w] = true
			case "ground":
				v.groundPreps[w] = true
			case "time":
				v.groundPreps[w], v.timePreps[w] = true, true
			default:
				return fmt.Errorf("want word[<TAB>ground|time]")
			}
		case "pairopeners":
			w := strings.Fields(strings.ToLower(l.Field(0)))
			if len(w) == 0 {
				return nil
			}
			switch l.Field(1) {
			case "":
			case "alone":
				v.pairAlone = append(v.pairAlone, w)
			default:
				return fmt.Errorf("want phrase[<TAB>alone]")
			}
			v.pairOpeners = append(v.pairOpeners, w)
		case "repeats":
			w := strings.Fields(strings.ToLower(l.Field(0)))
			switch l.Field(1) {
			case "":
				if len(w) > 0 {
					v.repeats = append(v.repeats, w)
				}
			case "noun":
				if len(w) > 0 {
					v.sequels = append(v.sequels, w)
				}
			case "bare":
				if len(w) != 1 {
					return fmt.Errorf("want one word before bare")
				}
				v.bareRepeats[w[0]] = true
			default:
				return fmt.Errorf("want phrase[<TAB>bare|noun]")
			}
		case "auxiliaries":
			switch c := l.Field(1); c {
			case "be", "have":
				v.auxiliaries[strings.ToLower(l.Field(0))] = c
				switch l.Field(2) {
				case "finite":
					v.finite[strings.ToLower(l.Field(0))] = true
				case "":
				default:
					return fmt.Errorf("want word<TAB>be|have[<TAB>finite]")
				}
			case "inside":
				v.inside[strings.ToLower(l.Field(0))] = true
			case "get":
				v.gets[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want word<TAB>be|have|inside|get")
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// marked reads a line "word[<TAB>mark]" into all, and into marks when it
// carries the mark.
func marked(l vocab.Line, all, marks map[string]bool, mark string) error {
	w := strings.ToLower(l.Field(0))
	all[w] = true
	switch l.Field(1) {
	case "":
	case mark:
		marks[w] = true
	default:
		return fmt.Errorf("want word[<TAB>%s]", mark)
	}
	return nil
}

// Words are the lower-case words the parser compares tokens with and that
// the lexer must know: prepositions, determiners, pronouns, clause words
// and title words.
func (v *Vocabulary) Words() iter.Seq[string] {
	var all []string
	for _, m := range []map[string]bool{v.prepositions, v.determiners, v.clauseWords, v.titleWords} {
		all = slices.AppendSeq(all, maps.Keys(m))
	}
	return slices.Values(slices.AppendSeq(all, maps.Keys(v.pronouns)))
}

// Preposition reports a preposition ("to", "vis-à-vis").
func (v *Vocabulary) Preposition(w string) bool { return v.prepositions[w] }

// PairPreposition reports a preposition whose object is a list of actors,
// the parties of one relation (prepositions.txt's "pair": "between",
// "among").
func (v *Vocabulary) PairPreposition(w string) bool { return v.pairPreps[w] }

// ClausePreposition reports a preposition that also opens a clause
// (prepositions.txt's "clause": "after", "until").
func (v *Vocabulary) ClausePreposition(w string) bool { return v.clausePreps[w] }

// BoundPreposition reports a clause preposition whose date starts a state
// that holds up to the time its clause tells (prepositions.txt's "bound":
// "since"): the dating stage decides what it dates.
func (v *Vocabulary) BoundPreposition(w string) bool { return v.boundPreps[w] }

// Floating reports a determiner that may stand after a plural subject,
// before its verb ("Britain and France all agreed to", "both signed";
// determiners.txt, marked floating).
func (v *Vocabulary) Floating(w string) bool { return v.floating[w] }

// Determiner reports a determiner or possessive ("the", "its").
func (v *Vocabulary) Determiner(w string) bool { return v.determiners[w] }

// TitleWord reports a word of titlewords.txt ("general", "president").
func (v *Vocabulary) TitleWord(w string) bool { return v.titleWords[w] }

// Pronoun returns a personal pronoun's role: subject, object, possessive or "".
func (v *Vocabulary) Pronoun(w string) string { return v.pronouns[w] }

// PersonPronoun reports a pronoun that stands for a person only
// (pronouns.tsv's "person": "he", "his").
func (v *Vocabulary) PersonPronoun(w string) bool { return v.persons[w] }

// ClauseWord reports a word that opens a clause ("when", "which", "but").
func (v *Vocabulary) ClauseWord(w string) bool { return v.clauseWords[w] }

// Joiner reports a one-word joiner of joiners.txt ("and", "or", ",").
func (v *Vocabulary) Joiner(w string) bool { return v.joiners[w] }

// Inside reports a word that may stand inside a verb group, between an
// auxiliary and its verb ("not", "yet").
func (v *Vocabulary) Inside(w string) bool { return v.inside[w] }

// Circumstance reports a word that opens a phrase of cause or circumstance ("due").
func (v *Vocabulary) Circumstance(w string) bool { return v.circumstance[w] }

// Ground reports a word that opens a phrase of the cause, time or ground
// of an act after a verb's object: a circumstance word, or one of
// circumstance.txt marked ground ("threatened retaliation for the NATO
// bombing", "asked for shelter after the Iraqi invasion").
func (v *Vocabulary) Ground(w string) bool { return v.circumstance[w] || v.groundPreps[w] }

// SameTime reports a preposition of a known act's time that puts the act
// at the time of the verb before it (circumstance.txt, marked time:
// "refused talks during the NATO bombing of Serbia").
func (v *Vocabulary) SameTime(w string) bool { return v.timePreps[w] }

// Auxiliary reports a form of "be" or "have".
func (v *Vocabulary) Auxiliary(w string) bool { return v.auxiliaries[w] != "" }

// RepeatAt reports the last index of a repeat phrase that opens at toks[k]
// ("followed suit", "did the same"; repeats.txt), or -1.
func (v *Vocabulary) RepeatAt(toks []english.Tok, k int) int {
	for _, p := range v.repeats {
		if k+len(p) > len(toks) {
			continue
		}
		ok := true
		for i, w := range p {
			if toks[k+i].Low != w {
				ok = false
				break
			}
		}
		if ok {
			return k + len(p) - 1
		}
	}
	return -1
}

// BareRepeat reports a word that repeats the act told with no object after
// it ("followed"; repeats.txt, marked bare).
func (v *Vocabulary) BareRepeat(w string) bool { return v.bareRepeats[w] }

// SequelEnding returns the index of the first token of a phrase that ends
// at toks[k] and after which an event noun goes on with the parties of the
// event before ("followed by"; repeats.txt marked noun), or -1.
func (v *Vocabulary) SequelEnding(toks []english.Tok, k int) int {
	return phraseEnding(v.sequels, toks, k)
}

// phraseEnding returns the index of the first token of one of the phrases
// ps that ends at toks[k], or -1.
func phraseEnding(ps [][]string, toks []english.Tok, k int) int {
	for _, p := range ps {
		first := k - len(p) + 1
		if first < 0 || k >= len(toks) {
			continue
		}
		ok := true
		for i, w := range p {
			if toks[first+i].Low != w {
				ok = false
				break
			}
		}
		if ok {
			return first
		}
	}
	return -1
}

// PairOpenerEnding returns the index of the first token of a pair opener
// that ends at toks[k] ("both", "the two"; pairopeners.txt), or -1; alone
// asks only for those that name the pair with no noun (marked alone).
func (v *Vocabulary) PairOpenerEnding(toks []english.Tok, k int, alone bool) int {
	if alone {
		return phraseEnding(v.pairAlone, toks, k)
	}
	return phraseEnding(v.pairOpeners, toks, k)
}

// ElisionAdverb reports an adverb that may stand between "and" and the
// preposition of an act told without its verb again ("and later to
// Chile"; elision.txt).
func (v *Vocabulary) ElisionAdverb(w string) bool { return v.elision[w] }

// GetPassive reports a form of "get" that makes a passive ("got
// overthrown"; auxiliaries.tsv, class get).
func (v *Vocabulary) GetPassive(w string) bool { return v.gets[w] }

// Finite reports a finite form of "be" or "have" (auxiliaries.tsv, marked
// finite: "was", "have"; not "been").
func (v *Vocabulary) Finite(w string) bool { return v.finite[w] }

// Be reports a form of "be" (auxiliaries.tsv, marked be).
func (v *Vocabulary) Be(w string) bool { return v.auxiliaries[w] == "be" }

// Have reports a form of "have" (auxiliaries.tsv, marked have).
func (v *Vocabulary) Have(w string) bool { return v.auxiliaries[w] == "have" }

// ParticipleOnly reports a form that is only a past participle, never a
// past tense ("given", "taken").
func (v *Vocabulary) ParticipleOnly(w string) bool { return v.onlyPart[w] }

// Participle reports a form that may be a past participle: a form in -ed
// or a word of participles.txt ("invaded", "taken", "hit").
func (v *Vocabulary) Participle(w string) bool {
	return strings.HasSuffix(w, "ed") || v.participles[w]
}

// Past reports a past tense form: a past tense of pastforms.txt
// (PastTense: "grew"), a past of participles.txt that is no participle only (PastForm: "hit",
// "fought"), or a form in -ed of five letters or more ("invaded"; a
// shorter one is past only as a row: "fled", not "used").
func (v *Vocabulary) Past(w string) bool {
	return v.PastTense(w) || v.PastForm(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// Undergo reports a verb whose subject undergoes the act its object
// names (undergo.txt: "suffered", "faced"): "Israel suffered attacks by
// Hezbollah" is Hezbollah's act on Israel.
func (v *Vocabulary) Undergo(w string) bool { return v.undergo[w] }

// Deadline reports a word that opens the date an act waits for
// (deadlines.txt: "until", "till").
func (v *Vocabulary) Deadline(w string) bool { return v.deadlines[w] }

// SubjectOpener reports a word after which a pair noun phrase may open a
// clause as its subject (subjectopeners.txt: "and", "then").
func (v *Vocabulary) SubjectOpener(w string) bool { return v.openers[w] }

// Linking reports a linking verb ("remained", "went").
func (v *Vocabulary) Linking(w string) bool { return v.linking[w] }

// CompoundHead reports a noun that an event noun right before it
// modifies, naming a body, a place or a plan of the act, no act
// (compounds.txt: "piracy patrols", "detention centres").
func (v *Vocabulary) CompoundHead(w string) bool { return v.compounds[w] }

// AgentForm reports a participle that, after "X-", makes X an event
// noun's agent ("led" in "the U.S.-led invasion"; agentforms.txt).
func (v *Vocabulary) AgentForm(w string) bool { return v.agentForms[w] }
