package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

// Categories are the PLOVER event categories.
var Categories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
	"REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Trigger is a word or phrase that names an event, or a pattern of a
// dictionary verb: the slots that, where they are filled, make the verb
// name an event (PETRARCH's patterns).
type Trigger struct {
	Words    []string // lower-case tokens, a verb's first in its base form (the trie holds its other forms)
	Category string   // a PLOVER category; NONE for a phrase or pattern that names no event; "" for a dictionary verb that names none by itself
	Subtype  string
	Noun     bool
	Past     bool // a verb's irregular past form, a row of its own ("withdrew"): Words holds no base form
	Inverse  bool // the subject is the target ("received aid")
	Mutual   bool // the actors act together ("met", "war")
	Mediator bool // the subject acts between the others ("mediated between A and B")
	Agent    bool // a noun naming the one who acts ("the main seller of weapons to Iraq")
	Abroad   bool // an act on another's ground ("seized the town"): no target named is no domestic (X>X) act, and a target that is only the source's own ground gives no event
	// ActorObject: the verb acts on people, not things: a noun phrase
	// right after it that names no actor ("met fierce resistance",
	// "defend the river line") makes it no trigger, nor the
	// dictionary's row of the same word ("met the envoy", "met in
	// Vienna" count).
	ActorObject bool
	// Means: the words of a with= flag: an actor object followed by
	// "with" and one of these words names the means of a figure of
	// speech, no act, by this row nor the dictionary's row of the same
	// word ("encircled Russia with military bases"; "encircled Saigon
	// with tanks" counts).
	Means map[string]bool
	// Unless: the words of an unless= flag on a NONE row: the phrase
	// names no event only when none of these words (or a participle
	// and one of them: "abandoned by") follows it with an actor right
	// after: "occupied positions abandoned by the Syrian army",
	// "occupied high ground overlooking Beirut" are occupations;
	// "occupied positions along the river" is none.
	Unless map[string]bool
	// ObjectActor: an object flag's entry ACTOR, one of the trigger's
	// objects is an actor that is the verb's object, right after it
	// ("warned the Soviet Union", "warned Germany against ...").
	ObjectActor bool
	// Thing: a noun that also names a thing or a topic: as the
	// complement of a linking verb ("the first business was the war",
	// "it is a political war") it names no act.
	Thing bool
	// ActAgent: a verb that is an act only when an actor does it: in a
	// passive or a participle whose agent ("by ...") names no actor it
	// states a condition ("countries threatened by insurgencies").
	ActAgent bool
	// ActSubject: a verb whose subject must be an actor or a pronoun for
	// one: a subject that names a thing ("the plan calls for two
	// columns", "it calls for discipline") makes it no trigger, nor the
	// dictionary's row of the same word.
	ActSubject bool
	// Stance: a participle that, right after a common noun with no
	// auxiliary, describes the noun ("groups opposed to the war"): a
	// stance, not an act.
	Stance bool
	// Pledge: an act whose stated intent is an offer of aid, as the
	// dictionary codes it (AGREE, CAMEO 0332 "SEND * WARSHIPS"): "said it
	// would send warships to Kuwait"; done, it keeps its own category
	// ("sent warships to Kuwait", MOBILIZE).
	Pledge bool
	// Alone: a verb that names its act with no one acted on named (PLOVER
	// codes the source alone, "X>"): "the Egyptian army counterattacked",
	// "Iran retaliated". An act on another with no target is otherwise too
	// little to code (actsOnAnother).
	Alone bool
	// Patient: a noun whose act moves or subdues the one it falls on
	// (WordNet nouns' flag "patient"): a possessor with no "of" after the
	// noun is that one, not the agent ("Britain's expulsion by Egypt",
	// "Yugoslavia's expulsion from the Cominform"), and its "to" is a
	// destination, no party ("the expulsion of the Chechens to
	// Kazakhstan").
	Patient bool
	// OfTheme: a noun whose "of" names the thing handed over, no party
	// (flag "oftheme"): "the cession of Hong Kong to Britain" names no
	// one who ceded.
	OfTheme bool
	// Phrase: the row's object entries are phrases read as the verb's
	// object (flag "phrase"): an entry's first word heads or opens the
	// object right after the verb, past determiners, possessives and
	// modifiers only ("withdrew from the ABM Treaty"; a preposition
	// there comes right after the verb), its words follow one another
	// (modifiers again allowed after a preposition: "a contingent of UN
	// observers"), and its last word is the head of its noun phrase
	// ("captured the market town" has no object "market"). Without it an
	// entry's words are matched in order anywhere in the ten words after
	// the verb. On a NONE row the object phrase it holds on names no
	// event either: its words are no triggers ("violating sanctions on
	// Sudan"; event's inNoneObject).
	Phrase bool

	// objects are the words one of which must follow the trigger (within
	// ten tokens), by their first word: each entry is the words after the
	// first, in order, others may come between ("arms shipment"). nil:
	// any object. A dictionary pattern's are read when first used (lazy).
	objects map[string][][]string
	lazy    *lazyObjects
	// named is a project row's object flag that names an object class
	// ("object=@arms|to"), read once every file is loaded (see
	// Vocabulary.nameObjects); namedIn is the file of its row, for an
	// error.
	named, namedIn string
	// Subjects are the words one of which must come right before the
	// trigger in its clause ("troops"), each as its words; nil: any subject.
	Subjects [][]string
	// By are the sectors one of which the subject's actor must have
	// ("troops entered Afghanistan": MIL); nil: any subject.
	By []string
	// Prep is the preposition that introduces the target ("with", "to"):
	// a pattern with no objects counts only where it is followed by an
	// actor; "" for the verb's object.
	Prep string

	Dict     bool       // from the field's dictionary (CAMEO verbs), not the project's list
	Code     string     // the CAMEO code, for a dictionary row
	Patterns []*Trigger // a dictionary verb's patterns (its block's), Words nil
}

// lazyObjects is a dictionary pattern's object flag, read on first use:
// most of the dictionary's patterns never meet their verb in a corpus, and
// reading them all would cost every run's start.
type lazyObjects struct {
	once sync.Once
	flag string
	m    map[string][][]string
}

// Objects returns the words one of which must follow the trigger, by
// their first word (see objects); nil for any.
func (t *Trigger) Objects() map[string][][]string {
	if t.lazy != nil {
		t.lazy.once.Do(func() { t.lazy.m = readObjects(t.lazy.flag) })
		return t.lazy.m
	}
	return t.objects
}

// Slotted reports a trigger with a slot to fill: objects, subjects or a
// target's preposition.
func (t *Trigger) Slotted() bool {
	return t.objects != nil || t.lazy != nil || t.Subjects != nil || t.Prep != "" || t.By != nil || t.ObjectActor
}

// HasObject reports w as one of the trigger's objects of one word.
func (t *Trigger) HasObject(w string) bool {
	for _, rest := range t.Objects()[w] {
		if len(rest) == 0 {
			return true
		}
	}
	return false
}

// node is one node of the trigger trie: a token path from the root spells
// a trigger's words.
type node struct {
	next  map[string]*node
	trigs []*Trigger
}

func (n *node) child(w string) *node {
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c := n.next[w]
	if c == nil {
		c = &node{}
		n.next[w] = c
	}
	return c
}

// Match is a trigger whose words start at a token: Len tokens long.
type Match struct {
	Trigger *Trigger
	Len     int
}

// Match returns the triggers whose words are the tokens low(0), low(1),
// ... (lower case; ok false past the end), longest first: one walk down
// the trigger trie, whatever the size of the lexicon.
func (v *Vocabulary) Match(low func(k int) (string, bool), out []Match) []Match {
	n := v.trie
	for k := 0; ; k++ {
		w, ok := low(k)
		if !ok || n.next == nil {
			break
		}
		if n = n.next[w]; n == nil {
			break
		}
		for _, t := range n.trigs {
			out = append(out, Match{t, k + 1})
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int { return b.Len - a.Len })
	return out
}

// insert puts t in the trie under the words ws.
func (v *Vocabulary) insert(t *Trigger, ws []string) {
	n := v.trie
	for _, w := range ws {
		n = n.child(w)
	}
	n.trigs = append(n.trigs, t)
}

// parseFlags reads a trigger row's flags into t; past reports the "past"
// flag. With lazy, an object flag is kept to be read on first use;
// patterns with the same flag share it.
func parseFlags(t *Trigger, flags string, lazy map[string]*lazyObjects) (past bool, err error) {
	for _, fl := range strings.Split(flags, ",") {
		fl = strings.TrimSpace(fl)
		switch {
		case fl == "":
		case fl == "inverse":
			t.Inverse = true
		case fl == "mutual":
			t.Mutual = true
		case fl == "mediator":
			t.Mediator = true
		case fl == "agent":
			t.Agent = true
		case fl == "abroad":
			t.Abroad = true
		case fl == "actor":
			t.ActorObject = true
		case fl == "thing":
			t.Thing = true
		case fl == "actagent":
			t.ActAgent = true
		case fl == "actsubject":
			t.ActSubject = true
		case fl == "stance":
			t.Stance = true
		case fl == "pledge":
			t.Pledge = true
		case fl == "alone":
			t.Alone = true
		case fl == "patient":
			t.Patient = true
		case fl == "oftheme":
			t.OfTheme = true
		case fl == "phrase":
			t.Phrase = true
		case fl == "past":
			past = true
		case strings.HasPrefix(fl, "object="):
			if strings.Contains(fl, "ACTOR") {
				// ACTOR (upper case: no word): an actor as the verb's object
				var words []string
				for o := range strings.SplitSeq(strings.TrimPrefix(fl, "object="), "|") {
					if strings.TrimSpace(o) == "ACTOR" {
						t.ObjectActor = true
					} else {
						words = append(words, o)
					}
				}
				if len(words) == 0 {
					continue
				}
				fl = "object=" + strings.Join(words, "|")
			}
			if lazy == nil {
				if strings.Contains(fl, "@") {
					t.named = fl // a class may be given after the row (-vocab objects=FILE)
					continue
				}
				t.objects = readObjects(fl)
				continue
			}
			if t.lazy = lazy[fl]; t.lazy == nil {
				t.lazy = &lazyObjects{flag: fl}
				lazy[fl] = t.lazy
			}
		case strings.HasPrefix(fl, "with="):
			t.Means = map[string]bool{}
			for w := range strings.SplitSeq(strings.TrimPrefix(fl, "with="), "|") {
				t.Means[strings.ToLower(strings.TrimSpace(w))] = true
			}
		case strings.HasPrefix(fl, "unless="):
			t.Unless = map[string]bool{}
			for w := range strings.SplitSeq(strings.TrimPrefix(fl, "unless="), "|") {
				t.Unless[strings.ToLower(strings.TrimSpace(w))] = true
			}
		case strings.HasPrefix(fl, "target="):
			// target=from: the target is the actor after this preposition,
			// as a dictionary pattern's "(FROM)"; with none the row is no
			// trigger ("liberated Paris from the Germans")
			t.Prep = strings.ToLower(strings.TrimPrefix(fl, "target="))
		case strings.HasPrefix(fl, "by="):
			t.By = strings.Split(strings.TrimPrefix(fl, "by="), "|")
		default:
			return false, fmt.Errorf("unknown flag %q", fl)
		}
	}
	return past, nil
}

// readObjects reads an object flag ("object=aid|arms shipment").
func readObjects(fl string) map[string][][]string {
	m := map[string][][]string{}
	for o := range strings.SplitSeq(strings.ToLower(strings.TrimPrefix(fl, "object=")), "|") {
		ws := lexWords(strings.Fields(o))
		if len(ws) == 0 {
			continue
		}
		if len(ws) == 1 {
			m[ws[0]] = append(m[ws[0]], nil)
			continue
		}
		m[ws[0]] = append(m[ws[0]], ws[1:])
	}
	return m
}

// addTrigger reads a row of triggers.tsv (or of the file origin): the
// project's own triggers.
func (v *Vocabulary) addTrigger(l vocab.Line, origin string) error {
	form, cat, sub, kind, flags := strings.ToLower(l.Field(0)), l.Field(1), l.Field(2), l.Field(3), l.Field(4)
	if form == "" || !(v.categories[cat] || cat == "NONE") || sub == "" || (kind != "verb" && kind != "noun") {
		return fmt.Errorf("want form<TAB>PLOVER category or NONE<TAB>subtype<TAB>verb|noun[<TAB>flags]")
	}
	base := Trigger{Category: cat, Subtype: sub, Noun: kind == "noun"}
	past, err := parseFlags(&base, flags, nil)
	if err != nil {
		return err
	}
	base.Past = past && kind == "verb"
	v.addForms(&base, strings.Fields(form), kind == "verb" && !past)
	if base.named != "" {
		base.namedIn = origin
		v.named = append(v.named, &base)
	}
	return nil
}

// classWord is an entry of an object flag or of an object class's row,
// with the file it came from, so that a class it names and no file gives
// is reported against that file.
type classWord struct{ word, origin string }

// addObjectClass reads a row of objects.tsv (or of the file origin): a
// named list of object words that trigger rows share ("@arms"). Rows of one
// name add up.
func (v *Vocabulary) addObjectClass(l vocab.Line, origin string) error {
	name, words := strings.ToLower(strings.TrimSpace(l.Field(0))), strings.TrimSpace(l.Field(1))
	if name == "" || strings.ContainsAny(name, "@| ") || words == "" {
		return fmt.Errorf("want class name<TAB>word|word|...")
	}
	for w := range strings.SplitSeq(words, "|") {
		if w = strings.TrimSpace(w); w != "" {
			v.objectClasses[name] = append(v.objectClasses[name], classWord{w, origin})
		}
	}
	return nil
}

// nameObjects reads the object flags of the trigger rows that name an
// object class, once every file (and -vocab source) is loaded: "@arms"
// stands for the class's words, and a class's "@troops" for the words of
// that class.
func (v *Vocabulary) nameObjects() error {
	for _, t := range v.named {
		var ws []classWord
		for o := range strings.SplitSeq(strings.TrimPrefix(t.named, "object="), "|") {
			ws = append(ws, classWord{o, t.namedIn})
		}
		words, err := v.classWords(fmt.Sprintf("trigger %q", strings.Join(t.Words, " ")), ws, nil)
		if err != nil {
			return err
		}
		t.objects, t.named = readObjects("object="+strings.Join(words, "|")), ""
	}
	v.named, v.objectClasses = nil, nil
	return nil
}

// classWords returns the words of the entries ws (of a trigger or class
// named by who) with each "@name" replaced by the words of that class; open
// holds the classes being read, so that a class that names itself through
// others is an error, not a loop. An error names the file of the entry
// that names the class.
func (v *Vocabulary) classWords(who string, ws []classWord, open []string) ([]string, error) {
	var out []string
	for _, e := range ws {
		name, ok := strings.CutPrefix(strings.TrimSpace(e.word), "@")
		if !ok {
			out = append(out, e.word)
			continue
		}
		name = strings.ToLower(name)
		if slices.Contains(open, name) {
			return nil, fmt.Errorf("vocabulary %s: %s: object class %q names itself (%s)", e.origin, who, name, strings.Join(append(slices.Clip(open), name), " > "))
		}
		cs, found := v.objectClasses[name]
		if !found {
			return nil, fmt.Errorf("vocabulary %s: %s: no object class %q (in %s or a -vocab objects file)", e.origin, who, name, strings.Join(Kinds["objects"], ", "))
		}
		words, err := v.classWords(fmt.Sprintf("object class %q", name), cs, append(slices.Clip(open), name))
		if err != nil {
			return nil, err
		}
		out = append(out, words...)
	}
	return out, nil
}

// addForms inserts a trigger under each form of its words: a verb's first
// word inflected unless it is given as it is. Every form shares the one
// trigger.
func (v *Vocabulary) addForms(t *Trigger, ws []string, inflected bool) {
	t.Words = ws
	ws = lexWords(ws)
	heads := []string{ws[0]}
	if inflected {
		heads = inflect(ws[0])
	}
	for _, h := range heads {
		v.insert(t, append([]string{h}, ws[1:]...))
	}
}

// lexWords writes a list's words as the lexer's tokens, in lower case, so
// that they compare with a sentence's tokens: "cease-fire" is cease, -,
// fire and "mig-21s" mig, -, 21, s (a word written whole matched nothing).
func lexWords(ws []string) []string {
	var out []string
	for _, t := range english.Lex(strings.Join(ws, " "), 0) {
		out = append(out, t.Low)
	}
	return out
}

// cameoRow is a row of the CAMEO verb file (data/cameo/verbs.tsv): its
// header gives the format.
func (v *Vocabulary) addCameo(l vocab.Line) error {
	form, cat, sub, kind, flags := strings.ToLower(l.Field(0)), l.Field(1), l.Field(2), l.Field(3), l.Field(4)
	prep, subj, set, code := strings.ToLower(l.Field(5)), strings.ToLower(l.Field(6)), strings.ToLower(l.Field(7)), l.Field(8)
	if form == "" || kind != "verb" || !(v.categories[cat] || cat == "NONE" || cat == "-") {
		return fmt.Errorf("want form<TAB>PLOVER category, NONE or -<TAB>subtype<TAB>verb<TAB>flags<TAB>target<TAB>subject<TAB>set<TAB>cameo<TAB>pattern")
	}
	t := &Trigger{Category: cat, Subtype: sub, Prep: prep, Dict: true, Code: code}
	if cat == "-" {
		t.Category, t.Subtype = "", ""
	}
	past, err := parseFlags(t, flags, v.objectSets)
	if err != nil {
		return err
	}
	t.Past = past
	if t.lazy != nil && !strings.HasPrefix(form, "&") {
		// a verb row's objects are read now: they are few
		t.objects, t.lazy = readObjects(t.lazy.flag), nil
	}
	if err != nil {
		return err
	}
	for _, s := range strings.Split(subj, "|") {
		if ws := lexWords(strings.Fields(s)); len(ws) > 0 {
			t.Subjects = append(t.Subjects, ws)
		}
	}
	if name, ok := strings.CutPrefix(form, "&"); ok {
		v.cameoPatterns[name] = append(v.cameoPatterns[name], t)
		return nil
	}
	if set == "" {
		return fmt.Errorf("a verb row needs its set")
	}
	v.cameoVerbs = append(v.cameoVerbs, cameoVerb{t, strings.Fields(form), !past, set})
	return nil
}

// cameoVerb is a verb row waiting for its block's patterns.
type cameoVerb struct {
	t         *Trigger
	words     []string
	inflected bool
	set       string
}

// linkCameo gives every dictionary verb its block's patterns and inserts
// it: once the files are read, as patterns may come after their verbs.
func (v *Vocabulary) linkCameo() {
	for _, cv := range v.cameoVerbs {
		cv.t.Patterns = v.cameoPatterns[cv.set]
		if cv.t.Category == "" && len(cv.t.Patterns) == 0 {
			continue
		}
		v.addForms(cv.t, cv.words, cv.inflected)
		v.cameoForms++
	}
	for _, ps := range v.cameoPatterns {
		v.cameoPatternRows += len(ps)
	}
	v.cameoVerbs, v.cameoPatterns, v.objectSets = nil, nil, nil
}

// inflect returns a regular verb's forms: base, -s, -ed, -ing (with the
// usual spelling changes, and a doubled final consonant as an alternative).
func inflect(b string) []string {
	out := []string{b}
	n := len(b)
	last := b[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(b, "y") && n > 1 && !vowel(b[n-2]):
		out = append(out, b[:n-1]+"ies", b[:n-1]+"ied", b+"ing")
	case strings.HasSuffix(b, "e"):
		out = append(out, b+"s", b+"d", b[:n-1]+"ing")
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		out = append(out, b+"es", b+"ed", b+"ing")
	default:
		out = append(out, b+"s", b+"ed", b+"ing")
		if n >= 3 && !vowel(last) && vowel(b[n-2]) && !vowel(b[n-3]) && strings.IndexByte("wxy", last) < 0 {
			out = append(out, b+string(last)+"ed", b+string(last)+"ing")
		}
	}
	return out
}
