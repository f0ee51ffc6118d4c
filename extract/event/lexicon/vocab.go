package lexicon

import (
	"embed"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
var Kinds = vocab.Kinds{
	"triggers":       {"data/triggers.tsv", "data/wordnet/nouns.tsv"},
	"objects":        {"data/objects.tsv"},
	"cameo":          {"data/cameo/verbs.tsv"},
	"relations":      {"data/relations.tsv"},
	"stances":        {"data/stances.tsv"},
	"domestic":       {"data/domestic.txt"},
	"roles":          {"data/roles.txt"},
	"pairnouns":      {"data/pairnouns.txt"},
	"pairwords":      {"data/pairwords.tsv"},
	"lightverbs":     {"data/lightverbs.txt"},
	"restrictions":   {"data/restrictions.txt"},
	"institutions":   {"data/institutions.txt"},
	"ofagent":        {"data/ofagent.txt"},
	"reporting":      {"data/reporting.txt"},
	"intent":         {"data/intent.txt"},
	"research":       {"data/research.tsv"},
	"saying":         {"data/saying.txt"},
	"headtitles":     {"data/headtitles.txt"},
	"modality":       {"data/modality.tsv"},
	"background":     {"data/background.txt"},
	"subordinators":  {"data/subordinators.txt"},
	"figurative":     {"data/figurative.txt"},
	"result":         {"data/result.txt"},
	"event-keywords": {"data/event-keywords.txt"},
	"appeal":         {"data/appeal.txt"},
	"claim":          {"data/claim.txt"},
	"mandate":        {"data/mandate.txt"},
	"hostile":        {"data/hostile.txt"},
	"helpsend":       {"data/helpsend.txt"},
	"homeacts":       {"data/homeacts.txt"},
	"subtypes":       {"data/subtypes.tsv"},
}

// Set is a set of lower-case words.
type Set map[string]bool

// Stance is what a stance noun relates: "policy towards".
type Stance struct {
	Relation  string
	Preps     [][]string // each preposition's lower-case tokens ("vis-à-vis" is five)
	Predicate bool       // an adjective or participle: its holder is the clause's subject
}

// Vocabulary is the event lexicon: every word list of the event coder and
// the pair finder. Its sets are read-only once New returns.
type Vocabulary struct {
	trie        *node // every trigger by its words
	categories  map[string]bool
	relations   map[string]string     // relational noun -> relation word
	pairWords   map[string][][]string // role -> its phrases' lower-case words (pairwords.tsv)
	armed       map[string]bool       // relational nouns of armed conflict ("war", "conflict"): flag armed
	stances     map[string]Stance
	modality    map[string]string // word -> negated, future, hypothetical
	cues        map[string]string // word -> refuted, aslink, pending, copula (modality.tsv)
	goalCopulas map[string]bool   // modality.tsv's goalcopula
	contrary    map[string]bool   // modality.tsv's conditionals that open a past condition contrary to fact: "if"
	keywords    []string
	subtypes    map[string]map[string]bool // behaviour -> its subtypes (subtypes.tsv)
	headPhrases [][]string                 // headtitles.txt's titles of two or more words, each as its lower-case words ("prime minister")

	objectSets       map[string]*lazyObjects // while loading: the dictionary's object sets by their text
	cameoVerbs       []cameoVerb             // while loading
	cameoPatterns    map[string][]*Trigger   // while loading: block -> patterns
	cameoForms       int                     // dictionary verb rows loaded (each with its forms)
	cameoPatternRows int                     // dictionary patterns loaded
	objectClasses    map[string][]classWord  // while loading: objects.tsv, class name -> words
	named            []*Trigger              // while loading: triggers whose object flag names a class

	Domestic      Set // nouns naming actors inside a state
	Roles         Set // what one actor is to another ("ally")
	PairNouns     Set // what "the two" may count ("countries")
	Light         Set // light verbs ("launched war games")
	Restrictions  Set // nouns of a curb ("embargo on arms")
	Institutions  Set // a state's institutions ("authorities")
	OfAgent       Set // subtypes whose "of" phrase names the agent
	Reporting     Set // words of a reported event ("reportedly")
	Intent        Set // words before "to" of an act to come ("plans")
	Research      Set // the paper or its authors as a subject ("this study")
	ResearchAux   Set // words between that subject and its verb ("also")
	Captions      Set // words that open a caption before a number ("figure")
	Saying        Set // verbs of saying ("said", "demanded")
	HeadTitles    Set // one-word titles of heads of state ("president"); HeadTitleAt reads the longer ones too
	Background    Set // words before a background event noun ("owing")
	Subordinators Set // words before a trigger of purpose or circumstance ("aimed")
	Figurative    Set // objects and scenes that make a conflict word figurative ("poverty", "final")
	Result        Set // participles of result before "in" or "to" ("resulting")
	Appeal        Set // verbs that ask an actor to act, before its "to" ("advised", "urged")
	Claim         Set // verbs that claim an act of another's or one's own ("claimed", "alleged")
	Mandate       Set // verbs that ask for an act in a subjunctive "that" clause ("insisted", "proposed")
	Hostile       Set // words after a stated send that make it no pledge ("against", "to blockade")
	HelpSend      Set // words after a stated send that keep it a pledge before those ("to protect")
	Home          Set // subtypes of acts done at home ("arrest", "protest"): with no target named, the source is the target
	// ObjectEnds are the words of objects.tsv's class "objectend": words
	// no function word that end a verb's object phrase after its head
	// ("sent the crew home"), for the trigger flag phrase.
	ObjectEnds Set
}

var defaultVocab = sync.OnceValues(func() (*Vocabulary, error) { return New() })

// Default returns the embedded vocabulary, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order.
func New(extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{trie: &node{}, categories: map[string]bool{}, relations: map[string]string{}, pairWords: map[string][][]string{}, armed: map[string]bool{},
		stances: map[string]Stance{}, modality: map[string]string{}, cues: map[string]string{}, goalCopulas: map[string]bool{}, contrary: map[string]bool{}, cameoPatterns: map[string][]*Trigger{}, objectSets: map[string]*lazyObjects{},
		objectClasses: map[string][]classWord{}, subtypes: map[string]map[string]bool{}}
	for _, c := range Categories {
		v.categories[c] = true
	}
	sets := map[string]*Set{"domestic": &v.Domestic, "roles": &v.Roles, "pairnouns": &v.PairNouns, "lightverbs": &v.Light,
		"restrictions": &v.Restrictions, "institutions": &v.Institutions, "ofagent": &v.OfAgent, "reporting": &v.Reporting,
		"intent": &v.Intent, "saying": &v.Saying, "headtitles": &v.HeadTitles, "background": &v.Background,
		"subordinators": &v.Subordinators, "figurative": &v.Figurative, "result": &v.Result,
		"appeal": &v.Appeal, "claim": &v.Claim, "mandate": &v.Mandate, "hostile": &v.Hostile, "helpsend": &v.HelpSend, "homeacts": &v.Home}
	for _, s := range sets {
		*s = Set{}
	}
	v.Research, v.ResearchAux, v.Captions = Set{}, Set{}, Set{}
	add := func(kind string, l vocab.Line) error {
		if ws := strings.Fields(strings.ToLower(l.Word())); kind == "headtitles" && len(ws) > 1 {
			v.headPhrases = append(v.headPhrases, ws)
			return nil
		}
		if s, ok := sets[kind]; ok {
			(*s)[strings.ToLower(l.Word())] = true
			return nil
		}
		switch kind {
		case "triggers":
			return v.addTrigger(l, l.Origin)
		case "cameo":
			return v.addCameo(l)
		case "objects":
			return v.addObjectClass(l, l.Origin)
		case "relations":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want noun<TAB>relation")
			}
			w := strings.ToLower(l.Field(0))
			v.relations[w] = l.Field(1)
			switch f := l.Field(2); f {
			case "":
			case "armed":
				v.armed[w] = true
			default:
				return fmt.Errorf("unknown flag %q (want armed or nothing)", f)
			}
		case "stances":
			if len(l.Fields) < 3 {
				return fmt.Errorf("want noun<TAB>relation<TAB>prepositions")
			}
			st := Stance{Relation: l.Field(1), Predicate: l.Field(3) == "predicate"}
			for _, p := range vocab.Split(strings.ToLower(l.Fields[2]), ",") {
				var ws []string
				for _, t := range english.Lex(p, 0) {
					ws = append(ws, strings.ToLower(t.Text))
				}
				st.Preps = append(st.Preps, ws)
			}
			v.stances[strings.ToLower(l.Field(0))] = st
		case "research":
			switch l.Field(1) {
			case "subject":
				v.Research[strings.ToLower(l.Field(0))] = true
			case "between":
				v.ResearchAux[strings.ToLower(l.Field(0))] = true
			case "caption":
				v.Captions[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want word<TAB>subject|between|caption")
			}
		case "modality":
			switch m := l.Field(1); m {
			case "negated", "future", "hypothetical", "would", "conditional", "failure", "reluctance", "hedge", "evidence", "privative", "belief", "plan", "plannoun", "prospect", "purpose", "advocacy", "outlook", "hearsay", "confirmation", "hope", "readiness", "attempt", "thwarted", "occurrence", "hesitation", "prevention":
				v.modality[strings.ToLower(l.Field(0))] = m
				switch f := l.Field(2); {
				case f == "contrary" && m == "conditional":
					v.contrary[strings.ToLower(l.Field(0))] = true
				case f != "":
					return fmt.Errorf("%s %s: third field %q, want none or contrary after conditional", l.Field(0), m, f)
				}
			case "goalcopula":
				// its own set: "remained" is a pending cue too
				v.goalCopulas[strings.ToLower(l.Field(0))] = true
			case "refuted", "aslink", "pending", "copula", "cessation", "failverb", "generic", "sequel", "termination", "motive", "obligation", "excess":
				// cues read only next to a given class; common words ("to",
				// "as") stay out of Modality
				v.cues[strings.ToLower(l.Field(0))] = m
			default:
				return fmt.Errorf("want word<TAB>negated|future|hypothetical|would|conditional|failure|reluctance|hedge|evidence|privative|belief|plan|plannoun|prospect|purpose|advocacy|outlook|hearsay|confirmation|refuted|aslink|pending|copula|goalcopula|hope|cessation|failverb|generic|sequel|termination|motive|obligation|excess")
			}
		case "pairwords":
			switch r := l.Field(1); r {
			case "mutual", "forms", "members", "members-after", "territory", "scene", "party":
				v.pairWords[r] = append(v.pairWords[r], strings.Fields(strings.ToLower(l.Field(0))))
			default:
				return fmt.Errorf("want phrase<TAB>mutual|forms|members|members-after|territory|scene|party")
			}
		case "subtypes":
			b := l.Field(1)
			if !slices.Contains(SubtypeBehaviours, b) {
				return fmt.Errorf("want subtype<TAB>%s", strings.Join(SubtypeBehaviours, "|"))
			}
			if v.subtypes[b] == nil {
				v.subtypes[b] = map[string]bool{}
			}
			v.subtypes[b][l.Field(0)] = true
		case "event-keywords":
			v.keywords = append(v.keywords, strings.ToLower(l.Word()))
		}
		return nil
	}
	if err := vocab.Load(dataFS, Kinds, extra, add); err != nil {
		return nil, err
	}
	v.ObjectEnds = Set{}
	for _, w := range v.objectClasses["objectend"] {
		v.ObjectEnds[strings.ToLower(strings.TrimSpace(w.word))] = true
	}
	if err := v.nameObjects(); err != nil {
		return nil, err
	}
	v.linkCameo()
	return v, nil
}

// DictionaryCounts returns how many verb rows of the field's dictionary
// (CAMEO) the lexicon loaded, and how many patterns.
func (v *Vocabulary) DictionaryCounts() (verbs, patterns int) {
	return v.cameoForms, v.cameoPatternRows
}

// PairPhrases returns the phrases of a role of pairwords.tsv (mutual,
// forms, members, members-after, territory, scene, party), each as its lower-case
// words.
func (v *Vocabulary) PairPhrases(role string) [][]string { return v.pairWords[role] }

// Relation returns the relation a relational noun states ("alliance").
func (v *Vocabulary) Relation(w string) (string, bool) {
	r, ok := v.relations[w]
	return r, ok
}

// ArmedConflict reports a relational noun of armed conflict (relations.tsv
// flag armed: "war", "conflict"), which, capitalised after an actor, names
// a war ("the Korean War", "the Arab-Israeli Conflict").
func (v *Vocabulary) ArmedConflict(w string) bool { return v.armed[w] }

// Stance returns what a stance noun relates ("policy" towards).
func (v *Vocabulary) Stance(w string) (Stance, bool) {
	s, ok := v.stances[w]
	return s, ok
}

// Modality returns a word's class of modality.tsv: negated, future,
// hypothetical, would, conditional, failure, hedge, evidence, privative,
// belief, plan, or "".
func (v *Vocabulary) Modality(w string) string { return v.modality[w] }

// Contrary reports a conditional of modality.tsv that opens a past
// condition contrary to fact ("if"; not "unless", "whether").
func (v *Vocabulary) Contrary(w string) bool { return v.contrary[w] }

// Cue returns a word's class of modality.tsv that is read only next to
// another class's word: refuted, aslink or pending (by a confirmation word),
// copula (before an outlook word), cessation (right before an -ing
// trigger), failverb (after an attempt), generic (a determiner before an
// event noun: "any attack"), sequel (a word opening a phrase of what comes
// after the act before it: "before", "until"), termination (a noun of
// ending or curbing and its preposition, "cutoff of", "an end to", before
// an event noun's phrase), motive (a word opening a phrase of fear or
// deterrence: "Fearing a clash with China,"), obligation (a modal of
// obligation after a verb of saying: "said that Peru must withdraw"), excess
// ("too" before "to": "too weak to resist"), or "".
func (v *Vocabulary) Cue(w string) string { return v.cues[w] }

// SubtypeBehaviours are the behaviours of subtypes.tsv: what a subtype
// does in the event coder beyond its category.
var SubtypeBehaviours = []string{"prepares", "alleges", "uprising", "taking", "needstarget", "ownbody", "partiesmade", "possessorlost", "labourstrike"}

// SubtypeDoes reports a subtype that subtypes.tsv gives the behaviour
// (one of SubtypeBehaviours): "supply" prepares, "war" possessorlost.
func (v *Vocabulary) SubtypeDoes(subtype, behaviour string) bool {
	return v.subtypes[behaviour][subtype]
}

// HeadTitleAt returns how many tokens a title of a head of state or
// government of headtitles.txt takes at toks[k] ("President" one, "Prime
// Minister" two; the longest title that matches), or 0 for none.
func (v *Vocabulary) HeadTitleAt(toks []english.Tok, k int) int {
	n := 0
	for _, p := range v.headPhrases {
		if len(p) > n && k+len(p) <= len(toks) && lowsAre(toks[k:k+len(p)], p) {
			n = len(p)
		}
	}
	if n == 0 && k < len(toks) && v.HeadTitles[toks[k].Low] {
		n = 1
	}
	return n
}

// lowsAre reports tokens whose lower-case forms are ws, one for one.
func lowsAre(toks []english.Tok, ws []string) bool {
	for i, w := range ws {
		if toks[i].Low != w {
			return false
		}
	}
	return true
}

// GoalCopula reports a form of "be" or "remain" of modality.tsv's class
// goalcopula, read only between a noun of intent and "to".
func (v *Vocabulary) GoalCopula(w string) bool { return v.goalCopulas[w] }

// Words are the lower-case words the coder compares tokens with and that
// the lexer must know: trigger words and their objects, relational and
// domestic nouns, reporting, intent and light verbs, heads' titles and the
// keywords. (Stances, roles and the other sets are compared as lexed.)
func (v *Vocabulary) Words() iter.Seq[string] {
	var all []string
	seen := map[*Trigger]bool{}
	var walk func(n *node)
	add := func(t *Trigger) {
		if seen[t] {
			return
		}
		seen[t] = true
		all = append(all, t.Words...)
		for w, rests := range t.objects { // a dictionary pattern's (lazy) are left out
			all = append(all, w)
			for _, r := range rests {
				all = append(all, r...)
			}
		}
		for _, s := range t.Subjects {
			all = append(all, s...)
		}
		if t.Prep != "" {
			all = append(all, t.Prep)
		}
	}
	walk = func(n *node) {
		for _, t := range n.trigs {
			add(t)
			for _, p := range t.Patterns {
				add(p)
			}
		}
		for w, c := range n.next {
			all = append(all, w) // every form
			walk(c)
		}
	}
	walk(v.trie)
	all = slices.AppendSeq(all, maps.Keys(v.relations))
	all = slices.AppendSeq(all, maps.Keys(v.modality))
	for _, ps := range v.pairWords {
		for _, p := range ps {
			all = append(all, p...)
		}
	}
	for _, p := range v.headPhrases {
		all = append(all, p...)
	}
	for _, s := range []Set{v.Domestic, v.Reporting, v.Intent, v.Light, v.HeadTitles, v.Captions, v.Result} {
		all = slices.AppendSeq(all, maps.Keys(s))
	}
	return slices.Values(append(all, v.keywords...))
}
