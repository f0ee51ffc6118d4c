package event

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
	"github.com/stratex/stratex/extract/money"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/timex"
)

// Span is one event a sentence reports, in byte offsets.
type Span struct {
	Sent       int
	Start, End int    // the trigger
	Date       string // a timex value from the sentence, "" for none
	DateAt     [2]int // the timex it came from
	Category   string
	Subtype    string
	Source     []string
	Target     []string
	Money      []float64
	Via        []string // the actors the act went through ("through the Pakistani intelligence services"): pairs, no role
	Mode       string   // "" when asserted, ModeNegated or ModeHypothetical
	Intent     bool     // an act stated to come ("will sign", "plans to join"), coded as PLOVER does
	Reported   bool     // "reportedly", "unconfirmed news that"
	Rule       string
	Known      bool   // an act another verb takes as known ("deplored the Iraqi invasion of Kuwait"): dated by its own words only
	Hid        string // why the event stage hid it (a Hidden event): one of the Hid constants; "" for an event it reports
	Main       bool   // the sentence's principal event
	Mutual     bool   // the actors act together ("met", "war")
	noun       bool
	subord     bool // in a subordinate clause, an infinitive of purpose or a background phrase
	light      bool // a noun that is the object of a light verb ("launched war games")
	pair       bool // a side read off a pair noun ("the two nations", syntax Group.Pair): lends no source to a later act (docSource)
}

// Why the event stage hides an event (Span.Hid): it reports it in no
// record, and the pair finder reads its actors as a pair.
const (
	// HidCompletes: a noun that completes the verb before it, or one of
	// the verb's kind further in its phrase ("received military aid",
	// "an embargo on all naval equipment"), or one a verb of curbing takes
	// (curbed).
	HidCompletes = "completes"
	// HidChannel: no target to code, but a source that acted through a
	// channel ("provided assistance to anti-Soviet forces through the
	// Pakistani intelligence services").
	HidChannel = "channel"
	// HidDemanded: in the complement of a demand, refusal or threat
	// (demandOf: "demanded that Turkey release its leader").
	HidDemanded = "demanded"
	// HidAppealed: what an actor is advised, urged or asked to do
	// (appealed: "advised Saigon to refuse").
	HidAppealed = "appealed"
	// HidMandated: the subjunctive of an act asked for after a verb of
	// mandate.txt (mandated: "proposed that Iraq withdraw from Kuwait").
	HidMandated = "mandated"
)

// paragraph is what the event stage remembers across the sentences of one
// paragraph: its events and the subject of the last sentence.
type paragraph struct {
	events  []Span
	subject []string
	doc     []Span   // the document's events before this sentence
	section int      // the index in doc of the first event of this sentence's section (after its last heading)
	parties *parties // the explicit dyads of doc
	pair    []string // the two sides the paragraph last named (notePair), for "the two states" (pairSubjects)
	since   []string // the actors its sentences named besides pair since
}

// Sentence is one sentence as the coder read it: its parse (the view), its
// events, and the events inside another event's phrase (Hidden), for the
// pair finder.
type Sentence struct {
	*syntax.View
	Index   int  // the sentence's index in the coder's window (see Carry), not in the document
	Line    int  // the line (paragraph) it belongs to
	Header  bool // in the front matter: it may state pairs, reports no events
	Heading bool // a heading or back matter (ZoneNoEvents): it may state pairs, reports no events
	Events  []Span
	Hidden  []Span // events inside another event's phrase: pairs only

	lex    *lexicon.Vocabulary
	actors *actor.Vocabulary
	words  *english.Lexer // the words the stages know; nil for none
	para   *paragraph
	prior  []Span   // this sentence's events so far
	before []string // the actors the sentence before names
	recent []string // the actors the last fillWindow sentences of the section name
	here   []string // the actors this sentence names
	trigs  []int    // token indices of this sentence's triggers
	tcache []trigCache
	mbuf   []lexicon.Match
	// noneObj marks the tokens inside a NONE phrase row's object
	// (inNoneObject), filled on the first ask
	noneObj []bool
}

// Antecedent is what a subject pronoun stands for first: the source of
// the sentence's last event that has one (see syntax's Discourse).
func (sv *Sentence) Antecedent() []string {
	for p := len(sv.prior) - 1; p >= 0; p-- {
		if len(sv.prior[p].Source) > 0 {
			return sv.prior[p].Source
		}
	}
	return nil
}

// Topic is the paragraph's last subject.
func (sv *Sentence) Topic() []string { return sv.para.subject }

// ZoneNoEvents is the zone to give a Coder for a sentence of back matter
// (text's ReportsNoEvents): it states pairs but reports no events.
const ZoneNoEvents = "noevents"

// Vocabulary is what the coder reads: the event lexicon, the parser's
// function words, and the actor vocabulary (to tell a state from a group).
type Vocabulary struct {
	Lexicon *lexicon.Vocabulary
	Syntax  *syntax.Vocabulary
	Actors  *actor.Vocabulary
	Lexer   *english.Lexer // for sentences that come without tokens
}

// Coder codes the events of one document's sentences, in order.
type Coder struct {
	v          *Vocabulary
	text       string
	sents      []text.Sentence
	zones      []string
	ents       []actor.Entity
	timex      []timex.Span
	money      []money.Span
	ei, ti, mi int // the first entity, date and money figure of the next sentence
	next       int // the next sentence to code
	line       int
	para       *paragraph
	events     []Span
	carried    int        // events at the head of events that a coder of earlier sentences found (After)
	parties    *parties   // the explicit dyads of events
	named      []string   // the actors the last sentence coded names
	recent     [][]string // the actors each of the section's last fillWindow sentences names, oldest first
	section    int        // the index in events of the first event of the current section
}

// Coder returns a coder of the events of one document. sents must come
// from text's Sentences; ents, tx and mo are the other stages' findings
// for the same document; zones gives each sentence's zone (the reference
// list gives nothing; the front matter, headings and ZoneNoEvents give
// pairs only).
func (v *Vocabulary) Coder(text string, sents []text.Sentence, zones []string, ents []actor.Entity, tx []timex.Span, mo []money.Span) *Coder {
	return &Coder{v: v, text: text, sents: sents, zones: zones, ents: ents, timex: tx, money: mo, line: -1, para: &paragraph{}, parties: newParties()}
}

// Next codes the next sentence. It returns nil for a sentence of the
// reference list, and done when every sentence has been coded.
func (c *Coder) Next(ctx context.Context) (sv *Sentence, done bool, err error) {
	if c.next >= len(c.sents) {
		return nil, true, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	si := c.next
	c.next++
	s := &c.sents[si]
	ents, tx, mo := c.ents, c.timex, c.money
	for c.ei < len(ents) && ents[c.ei].Sent < si {
		c.ei++
	}
	ej := c.ei
	for ej < len(ents) && ents[ej].Sent == si {
		ej++
	}
	for c.ti < len(tx) && tx[c.ti].Sent < si {
		c.ti++
	}
	var st []timex.Span
	for k := c.ti; k < len(tx) && tx[k].Sent == si; k++ {
		if !tx[k].Citation {
			st = append(st, tx[k])
		}
	}
	for c.mi < len(mo) && mo[c.mi].Sent < si {
		c.mi++
	}
	mj := c.mi
	for mj < len(mo) && mo[mj].Sent == si {
		mj++
	}
	if s.Line != c.line {
		c.line, c.para = s.Line, &paragraph{}
	}
	if s.Heading {
		c.section = len(c.events)
	}
	c.para.doc, c.para.section, c.para.parties = c.events, c.section, c.parties
	zone := ""
	if si < len(c.zones) {
		zone = c.zones[si]
	}
	if zone == "references" {
		return nil, false, nil
	}
	if s.Heading {
		c.recent = nil // a new section: the sides named before it are no fill's
	}
	var recent []string
	for _, codes := range c.recent {
		recent = syntax.AppendCodes(recent, codes...)
	}
	toks := s.Tokens(c.text, c.v.Lexer)
	withPairs := c.pairSubjects(toks, ents[c.ei:ej], st, si)
	sv = &Sentence{View: c.v.Syntax.New(toks, withPairs, st, mo[c.mi:mj]), Index: si, Line: s.Line,
		lex: c.v.Lexicon, actors: c.v.Actors, words: c.v.Lexer, para: c.para, before: c.named, recent: recent}
	if len(withPairs) > ej-c.ei && !sv.pairActs() {
		// ("Both leaders had the 1955 summit in mind": no act of theirs)
		sv.View = c.v.Syntax.New(toks, ents[c.ei:ej], st, mo[c.mi:mj])
	}
	sv.here = sv.named()
	c.named = sv.here
	if len(c.recent) >= fillWindow {
		c.recent = c.recent[1:]
	}
	c.recent = append(c.recent, sv.here)
	sv.Verb = func(k int) bool {
		tr, _ := sv.triggerAt(k)
		return tr != nil && !tr.Noun
	}
	sv.Saying = func(w string) bool { return sv.lex.Saying[w] }
	sv.Discourse = sv
	if zone == "header" {
		// front matter: the title may state a relation, but it reports no events
		sv.Header = true
		return sv, false, nil
	}
	sv.Heading = s.Heading || zone == ZoneNoEvents
	if !sv.Heading {
		evs, err := sv.eventsOf(ctx, si)
		if err != nil {
			return nil, false, err
		}
		sv.Events = evs
		c.para.events = append(c.para.events, evs...)
		c.para.subject = sv.mainSubject()
		c.para.notePair(sv, evs)
	}
	c.events = append(c.events, sv.Events...)
	c.parties.add(sv.Events)
	return sv, false, nil
}

// Events returns the events of the sentences coded so far.
func (c *Coder) Events() []Span { return c.events[c.carried:] }

// Carry is what a coder of the document's next sentences needs of an
// earlier one's (see After): the document's latest events, as far back as
// a rule looks for an earlier event (lookBack), and the counts of all its
// explicit dyads so far, which no window of events could rebuild.
type Carry struct {
	events  []Span
	parties *parties
	named   []string
	recent  [][]string
	section int // the index in events of the current section's first event
}

// Carry returns what the coder of the document's next sentences needs.
// c codes nothing after it. The carried events' sentence numbers count
// from the next coder's first sentence (they are negative), as a rule
// that measures how far back an event lies (fillFrom) reads them.
func (c *Coder) Carry() Carry {
	start := max(0, len(c.events)-lookBack)
	evs := append([]Span{}, c.events[start:]...)
	for k := range evs {
		evs[k].Sent -= len(c.sents)
	}
	return Carry{events: evs, parties: c.parties, named: c.named, recent: c.recent, section: max(0, c.section-start)}
}

// After makes c the coder of the sentences that follow those of an earlier
// coder of the same document, given its Carry, for a long document coded
// one window of whole paragraphs at a time: what a paragraph remembers
// starts afresh at a window's first sentence as at any paragraph's, and
// the document's earlier events and parties come from the carry, so the
// records are the same whatever the window. Call it before Next.
func (c *Coder) After(carry Carry) {
	c.events = append(c.events[:0:0], carry.events...)
	c.carried = len(carry.events)
	if carry.parties != nil {
		c.parties = carry.parties
	}
	c.named = carry.named
	c.recent = carry.recent
	c.section = carry.section
}

// Events codes every sentence of a document (see Coder) and returns its
// events.
func (v *Vocabulary) Events(ctx context.Context, text string, sents []text.Sentence, zones []string, ents []actor.Entity, tx []timex.Span, mo []money.Span) ([]Span, error) {
	c := v.Coder(text, sents, zones, ents, tx, mo)
	for {
		_, done, err := c.Next(ctx)
		if err != nil {
			return nil, err
		}
		if done {
			return c.Events(), nil
		}
	}
}

// mainSubject is the sentence's first subject: its first actor that no
// preposition governs.
func (sv *Sentence) mainSubject() []string {
	if len(sv.prior) > 0 && len(sv.prior[0].Source) > 0 {
		return sv.prior[0].Source
	}
	for k, t := range sv.Toks {
		if sv.Pronoun(t.Low) == "subject" {
			if c := sv.FirstCoordFrom(0); c < 0 || sv.Coords[c].First > k {
				return sv.para.subject
			}
		}
		if sv.CoordAt[k] >= 0 {
			break
		}
	}
	for ci, co := range sv.Coords {
		if (!sv.Governed(ci) || sv.FrontedBefore(ci)) && !sv.ObjectOfVerb(ci) {
			return co.Codes(sv.Groups)
		}
	}
	if sv.uncodedNameSubject() || sv.openingThing() {
		// "Ludendorff used artillery only briefly. They attacked ...":
		// the subject is a name with no code; the topic before it is no
		// longer what a pronoun stands for
		return nil
	}
	return sv.para.subject
}

// uncodedNameSubject reports a sentence with no actor whose subject is a
// name the vocabulary has no code for (a person's, "Ludendorff used"):
// the first capitalised word of an entity that is no place and no named
// thing, at the start of the sentence or after a comma, with a lower-case
// word right after the name.
func (sv *Sentence) uncodedNameSubject() bool {
	toks := sv.Toks
	for k := 0; k < len(toks); k++ {
		if !sv.InEnt[k] || sv.ActorAt[k] >= 0 || sv.PlaceAt[k] != "" || sv.Named[k] || sv.Uncoded[k] || !english.IsUpperWord(toks[k].Text) {
			continue
		}
		if k > 0 && toks[k-1].Low != "," && !sv.Determiner(toks[k-1].Low) {
			return false
		}
		e := k + 1
		for e < len(toks) && sv.InEnt[e] {
			e++
		}
		return e < len(toks) && toks[e].Kind == english.Alpha && !english.IsUpperWord(toks[e].Text) && !sv.Preposition(toks[e].Low)
	}
	return false
}

// openingThing reports a sentence with no actor that opens on "The" and
// a common noun phrase that is its subject ("The resolution was adopted
// unanimously on 22 November 1967. It called for ...", "The offensive
// stalled in March. It resumed ..."): what a pronoun after it stands for
// is that thing, no longer the paragraph's topic. "The" is followed by
// one to three lower-case words, no entity's, and then by a verb: a
// finite auxiliary (auxiliaries.tsv marked finite), a trigger's verb or a
// past form in -ed.
func (sv *Sentence) openingThing() bool {
	toks := sv.Toks
	if len(toks) < 3 || toks[0].Low != "the" || len(sv.Groups) > 0 {
		return false
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		t := toks[k]
		if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.InEnt[k] {
			return false
		}
		if k == 1 {
			continue
		}
		if sv.Finite(t.Low) {
			return true
		}
		if sv.Verb != nil && sv.Verb(k) || strings.HasSuffix(t.Low, "ed") && !sv.Preposition(toks[k-1].Low) {
			return true
		}
		if sv.Preposition(t.Low) || sv.ClauseWord(t.Low) {
			return false
		}
	}
	return false
}

func (sv *Sentence) eventsOf(ctx context.Context, si int) ([]Span, error) {
	var out []Span
	toks := sv.Toks
	if sv.fragment() {
		return nil, nil
	}
	for i := 0; i < len(toks); {
		if tr, n := sv.triggerAt(i); tr != nil {
			if sv.thingDoes(i, tr) || sv.gloss(i, n) || tr.Noun && sv.nounCompound(i, n) || !tr.Noun && sv.copulaModifier(i, n) {
				i += n
				continue
			}
			sv.trigs = append(sv.trigs, i)
			i += n
			continue
		}
		i++
	}
	// A dictionary verb that names no event here is a word like any other
	// to the rest of the sentence: no trigger for the money figures, the
	// dates, the complements, the pairs and the stances ("allocated $50
	// million", "is connected to"). Whether it names one does not depend on
	// the events before it (it needs its own clause's actors).
	sv.trigs = slices.DeleteFunc(sv.trigs, func(k int) bool {
		tr, n := sv.triggerAt(k)
		if !tr.Dict {
			return false
		}
		_, ok := sv.event(k, n, tr, nil)
		return !ok
	})
	lastVerb, lastVerbEnd, lastSub := -1, -1, ""
	for i, checked := 0, 0; i < len(toks); {
		if i-checked >= 64 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			checked = i
		}
		tr, n := sv.triggerAt(i)
		if tr == nil {
			i++
			continue
		}
		if sv.thingDoes(i, tr) || sv.gloss(i, n) || tr.Noun && sv.nounCompound(i, n) || !tr.Noun && sv.copulaModifier(i, n) {
			// (a noun modifying the noun after it, "piracy patrols", is
			// no trigger: the head may be one of its own; nor is a verb's
			// base form after "be", "was welcome news")
			i += n
			continue
		}
		if !tr.Noun && sv.nounUse(i) {
			c := *tr
			c.Noun = true
			tr = &c
		}
		// A noun that completes the trigger before it is not an event of its
		// own: "received naval aid", "stopped its aid", "a pause in the
		// naval orders", "an embargo on all naval equipment and training".
		// So is one of the verb's own kind further on in its noun phrase
		// ("would send enormous amounts of surplus military supplies").
		// One that names its own agent and target in a definite phrase
		// is an act of its own the verb takes as known (ownAct).
		completes := tr.Noun && lastVerb >= 0 && sv.Clause[i] == sv.Clause[lastVerb] && (sv.complement(lastVerbEnd, i) || sv.secondObject(lastVerb, lastVerbEnd, i)) &&
			(i-lastVerbEnd <= 6 || i-lastVerbEnd <= 10 && tr.Subtype == lastSub && sv.nounPhrase(lastVerbEnd, i))
		own, verb, verbEnd := false, lastVerb, lastVerbEnd
		if completes && sv.ownAct(i, n, tr, verb, verbEnd) {
			completes, own = false, true
		}
		if completes && sv.demandOf(i) == verb {
			// "threatened retaliation for the Iraqi invasion of Kuwait"
			if ev, ok := sv.event(i, n, tr, out); ok && sv.toldAct(verb, i, tr, ev) {
				completes, own = false, true
			}
		}
		if completes || tr.Noun && sv.curbed(i) {
			if ev, ok := sv.event(i, n, tr, out); ok && !strings.Contains(ev.Rule, "+topic") {
				ev.Hid = HidCompletes
				sv.Hidden = append(sv.Hidden, ev)
			}
			i += n
			continue
		}
		if sv.researchSubject(i) {
			// "This paper investigates", "we discuss": the authors' own
			// work, no event of the field
			i += n
			continue
		}
		sv.prior = out
		ev, ok := sv.event(i, n, tr, out)
		if ok && tr.Noun && len(ev.Target) == 0 && sv.researchObject(i) {
			// nor is a kind of act the paper studies that names no one
			// acted on ("This article compares French and British
			// interventions in Africa"); one named, "studies the Iraqi
			// invasion of Kuwait", is an act of the field
			i += n
			continue
		}
		if !ok && len(ev.Source) > 0 && len(ev.Via) > 0 {
			// "provided assistance to anti-Soviet forces through the
			// Pakistani intelligence services": no target to code, but
			// the source acted with its channel
			h := ev
			h.Hid = HidChannel
			sv.Hidden = append(sv.Hidden, h)
		}
		if (ok || !tr.Dict) && (tr.Noun || sv.actMet(i, n, tr) < 0) {
			// a dictionary verb that names no event here takes no noun
			// as its complement ("led to the establishment of"); nor
			// does a verb of meeting whose subject is an act ("the
			// advance was met by Soviet counterattacks": an act of its
			// own, metAct)
			lastVerb, lastVerbEnd, lastSub = i, i+n, ""
			if !tr.Noun {
				lastSub = tr.Subtype
			}
		}
		if ok && len(out) > 0 && !tr.Noun {
			p := &out[len(out)-1]
			pi := sv.TokAt(p.Start)
			switch {
			case strings.Contains(ev.Rule, "+subject-event") && pi >= 0 && i-pi <= 5 && !sv.Auxiliary(sv.Toks[i-1].Low) && p.noun:
				// "credits to Peru arranged in 1974": the participle
				// describes the event noun before it and dates it.
				if ev.Date != "" {
					p.Date, p.DateAt = ev.Date, ev.DateAt
				}
				for _, m := range ev.Money {
					if !slices.Contains(p.Money, m) {
						p.Money = append(p.Money, m)
					}
				}
				ok = false
			case i >= 2 && sv.Toks[i-1].Low == "to" && pi >= 0 && pi >= i-4 && takesComplement(p.Category) && !p.noun:
				// "agreed to supply frigates to Lima": one event, the
				// first verb's category and the second's subtype and target.
				// Whom an appeal is made to stays its target: "urged France
				// to invade Egypt" is Britain's REQUEST of France, the
				// infinitive's actor. So in the passive, where the
				// infinitive takes the agent for its actor ("Austria was
				// urged by Germany to invade Serbia": the asker never
				// does what it asks).
				if !syntax.Overlap(p.Target, ev.Source) && !(p.Category == "REQUEST" && len(p.Target) > 0 && syntax.Overlap(p.Source, ev.Source) && sv.agentBetween(pi, i)) {
					p.Subtype = ev.Subtype
					if len(p.Target) == 0 || len(ev.Target) > 0 {
						p.Target = ev.Target
					}
				}
				for _, m := range ev.Money {
					if !slices.Contains(p.Money, m) {
						p.Money = append(p.Money, m)
					}
				}
				ok = false
			}
		}
		// "insisted that France drop its bid to buy tanks": what is
		// demanded, refused or threatened did not happen; its actors pair.
		// "advised Saigon to refuse", "was ordered to attack": what an
		// actor is asked to do is not done.
		demand := -1 // the demand, refusal or threat whose complement holds the event (demandOf)
		if ok {
			demand = sv.demandOf(i)
		}
		if ok && !own && demand >= 0 && tr.Noun && sv.ownAct(i, n, tr, verb, verbEnd) {
			own = true // "opposed Israel's occupation of Lebanon": the occupation is no complement refused
		}
		if ok && !own && sv.toldAct(demand, i, tr, ev) {
			// "threatened retaliation for the NATO bombing of Serbia": the
			// bombing is the threat's ground, told
			own, verb = true, demand
		}
		if ok {
			switch {
			case demand >= 0 && !own:
				ev.Hid = HidDemanded
			case sv.appealed(i):
				ev.Hid = HidAppealed
			case !tr.Noun && sv.Mandated(i):
				ev.Hid = HidMandated
			}
			if ev.Hid != "" {
				sv.Hidden = append(sv.Hidden, ev)
				ok = false
			}
		}
		if ok && own {
			ev.Known = true
			if !sv.phraseDate(i, n, verb, ev.DateAt) {
				ev.Date, ev.DateAt = "", [2]int{}
				if verb == demand {
					if d, at, ok := sv.verbTimeDate(i, verb); ok {
						ev.Date, ev.DateAt = d, at // "refused talks during the NATO bombing"
					}
				}
			}
		}
		if ok {
			ev.Sent = si
			out = append(out, ev)
			out = append(out, sv.elided(i+n, ev)...)
		}
		i += n
	}
	sv.prior = out
	out = append(out, sv.mustDemands(si, out)...)
	sv.shareDates(out)
	out = append(out, sv.partitive(out)...)
	out = append(out, sv.followedSuit(si, out)...)
	out = perDonor(out)
	out = dedupe(out)
	markMain(out)
	return out, nil
}

// ownAct reports an event noun at toks[i:i+n] in the object of the verb
// trigger at toks[v:vEnd] that is an act of its own, not the verb's
// complement: its phrase is definite (syntax.Definite) and names both its
// agent, someone other than the verb's subject, and its target ("deplored
// the Iraqi invasion of Kuwait", "welcomed the German invasion
// of Poland", "opposed Israel's occupation of Lebanon"). The
// verb takes the act as known. A verb that asks for, threatens, promises,
// prepares or discusses an act ("called for the Allied invasion of
// France") may name one yet to come, and one with no category of its own
// is no verb of these.
func (sv *Sentence) ownAct(i, n int, tr *lexicon.Trigger, v, vEnd int) bool {
	if v < 0 || sv.Clause[v] != sv.Clause[i] || !sv.Definite(i) {
		return false
	}
	for k := vEnd; k < i; k++ {
		// the verb's own object: no comma, clause word, circumstance
		// ("owing to") nor other trigger between
		if w := sv.Toks[k].Low; w == "," || w == ";" || sv.ClauseWord(w) || sv.Circumstance(w) || sv.IsTrigger(k) {
			return false
		}
	}
	vt, _ := sv.triggerAt(v)
	if vt == nil || vt.Noun && !(v > 0 && sv.Inside(sv.Toks[v-1].Low)) {
		// a noun row after a word inside a verb group ("did not
		// support the Austrian attack on Serbia") is a verb use
		return false
	}
	switch vt.Category {
	case "ACCUSE", "SUPPORT", "REJECT", "PROTEST", "SANCTION", "ASSAULT", "COERCE", "AID", "COOPERATE":
	default:
		return false
	}
	if sv.expectedAct(i) || sv.modifierTarget(i+n) {
		return false
	}
	if k := i + n; k+1 < len(sv.Toks) && sv.Toks[k].Low == "for" && sv.Pronoun(sv.Toks[k+1].Low) == "possessive" {
		// "the American aid for its fight against Germany": the aid is
		// for the possessor's war, whose enemy is not its target
		return false
	}
	src, tgt := sv.nounRoles(i, n, tr)
	if len(src) == 0 || len(tgt) == 0 {
		return false
	}
	subj, _ := sv.Subject(v, sv.Clause[v])
	return !syntax.Overlap(subj, src)
}

// expectedAct reports an adjective of what is expected (modality.tsv's
// classes outlook and hedge) among the modifiers of the event noun at
// toks[i], after its determiner: "the potential Russian invasion of
// Ukraine", "the imminent attack". The phrase names an act yet to come.
func (sv *Sentence) expectedAct(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := sv.Toks[k].Low
		if sv.Determiner(w) || w == "'s" || w == "s" {
			return false
		}
		if m := sv.lex.Modality(w); m == "outlook" || m == "hedge" {
			return true
		}
	}
	return false
}

// modifierTarget reports an "of", "on" or "against" phrase at toks[from]
// whose head is a lower-case noun that a people's adjective (NORP)
// modifies: "the invasion of the Brazilian market", "the attack on Soviet
// human-rights practices". The adjective names whose market or practice it
// is; the noun's act is on no state. After a state's name a lower-case word
// is the clause going on ("the invasion of Kuwait immediately", "the attack
// on Libya wholeheartedly", "found the invasion of Czechoslovakia
// shocking"), and "the invasion of the country" has a state for its head.
// An adverb in -ly, a word in -ed/-ing and a word of a time expression end
// the phrase.
func (sv *Sentence) modifierTarget(from int) bool {
	toks := sv.Toks
	if from >= len(toks) {
		return false
	}
	switch toks[from].Low {
	case "of", "on", "against":
	default:
		return false
	}
	modifier := false // the last actor seen modifies what follows it
	head := -1
	for k := from + 1; k < len(toks) && k <= from+8; k++ {
		t := toks[k]
		switch {
		case sv.ActorAt[k] >= 0:
			g := sv.ActorAt[k]
			modifier = sv.Groups[g].Label == "NORP"
			head = -1
		case t.Low == "-" || sv.Determiner(t.Low) && head < 0 && !modifier:
		case modifier && t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !sv.Preposition(t.Low) && !sv.ClauseWord(t.Low) &&
			!sv.Auxiliary(t.Low) && !sv.Determiner(t.Low) && t.Low != "and" && t.Low != "or" &&
			!strings.HasSuffix(t.Low, "ly") && !syntax.VerbLike(t.Low) && !sv.InTimex(k):
			head = k
		default:
			return head >= 0
		}
	}
	return head >= 0
}

// phraseDate reports a date at the offsets at that dates a known act at
// toks[i:i+n] (ownAct) in the object of the verb at toks[v]: after the
// verb, in the act's clause, with no comma, semicolon or parenthesis
// between it and the noun ("supported the German invasion of Poland in
// 1939", "deplored the 1990 invasion of Kuwait"). A date before the
// verb or past a comma is the verb's time, not the act's, which came
// before it ("In 1991 the Arab League deplored the Iraqi invasion of
// Kuwait").
func (sv *Sentence) phraseDate(i, n, v int, at [2]int) bool {
	if at == [2]int{} {
		return false
	}
	a, b := sv.Within(at[0], at[1])
	if a < 0 || b < 0 || a <= v || sv.Clause[a] != sv.Clause[i] {
		return false
	}
	for k := min(b, i); k <= max(a, i+n-1); k++ {
		switch sv.Toks[k].Low {
		case ",", ";", "(", ")":
			return false
		}
	}
	return true
}

// verbTimeDate returns the date of an act told in the phrase of the
// demand, refusal or threat verb at toks[v] (toldAct) when the phrase
// names none of its own (phraseDate) and opens with a preposition that
// puts the act at the verb's time (SameTime: "In 1999 Serbia refused talks
// during the NATO bombing of Serbia"): the last date before the verb in
// its clause that a preposition opening the clause brings ("In 1999",
// "On 5 June"); ok false for none. A date that describes a noun ("In a
// 1985 interview") or sits in an aside ("Nasser, president from 1956,")
// is not the verb's.
func (sv *Sentence) verbTimeDate(i, v int) (date string, at [2]int, ok bool) {
	p := sv.PhrasePreposition(i)
	if p < 0 || !sv.SameTime(sv.Toks[p].Low) {
		return "", at, false
	}
	for _, x := range sv.Timex {
		if a, b := sv.Within(x.Start, x.End); b >= 0 && b < v && sv.Clause[b] == sv.Clause[v] && sv.openingDate(a, b, v) {
			date, at, ok = x.Value, [2]int{x.Start, x.End}, true
		}
	}
	return date, at, ok
}

// openingDate reports a date at toks[a:b+1] right after a preposition
// that opens the sentence or follows a comma, "and" or a clause word, or
// that sits between an actor and the verb at toks[v] ("Syria in 1982
// refused").
func (sv *Sentence) openingDate(a, b, v int) bool {
	toks := sv.Toks
	if a < 1 || !sv.Preposition(toks[a-1].Low) {
		return false
	}
	if a == 1 {
		return true
	}
	w := toks[a-2].Low
	return w == "," || w == "and" || sv.ClauseWord(w) || sv.ActorAt[a-2] >= 0 && b+1 == v
}

// gloss reports a trigger toks[i:i+n] that is all of a parenthesis right
// after a lower-case word of another language, its translation: "reunião
// (meeting)", "visita (visit)". A word of another language has a letter
// outside ASCII, or is none the stages know and no trigger ("a summit
// (meeting)" is English).
func (sv *Sentence) gloss(i, n int) bool {
	toks := sv.Toks
	if i < 2 || i+n >= len(toks) || toks[i-1].Text != "(" || toks[i+n].Text != ")" || english.IsUpperWord(toks[i].Text) {
		return false
	}
	w := toks[i-2]
	if w.Kind != english.Alpha || english.IsUpperWord(w.Text) {
		return false
	}
	for _, r := range w.Text {
		if r > unicode.MaxASCII {
			return true
		}
	}
	if sv.words == nil || sv.words.Known(w.Low) || sv.glossShapes() < 2 {
		return false // an English noun before a parenthesis ("the peace process (talks)") is no foreign term
	}
	tr, _ := sv.triggerAt(i - 2)
	return tr == nil
}

// glossShapes counts the sentence's "word (word)" shapes: a lower-case word,
// then a parenthesis holding one lower-case word. A word of ASCII letters
// that no stage knows is read as a foreign term only in a sentence that
// glosses at least two ("rozmowy (talks), spotkanie (meeting)"): the
// vocabulary of the stages is no English dictionary.
func (sv *Sentence) glossShapes() int {
	toks, n := sv.Toks, 0
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Text == "(" && toks[k+2].Text == ")" && toks[k+1].Kind == english.Alpha && !english.IsUpperWord(toks[k+1].Text) &&
			toks[k-1].Kind == english.Alpha && !english.IsUpperWord(toks[k-1].Text) {
			n++
		}
	}
	return n
}

// fragment reports a figure's or a table's caption ("Figure 3: Russian arms
// sales to India", "Table 2. U.S. aid") or a piece of a table (at least as
// many numbers as words): no sentence of prose, no events.
func (sv *Sentence) fragment() bool {
	toks := sv.Toks
	if len(toks) > 1 && sv.lex.Captions[toks[0].Low] && (toks[1].Kind == english.Num || len(toks) > 2 && toks[1].Low == "." && toks[2].Kind == english.Num) {
		return true
	}
	words, nums := 0, 0
	for _, t := range toks {
		switch t.Kind {
		case english.Alpha:
			words++
		case english.Num:
			nums++
		}
	}
	return nums >= 3 && nums >= words
}

// researchSubject reports a verb at toks[i] whose subject is the paper or
// its authors, or a purpose infinitive of theirs ("this study examined
// his speeches to investigate H2").
func (sv *Sentence) researchSubject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := sv.Toks[k].Low
		switch {
		case sv.lex.Research[w]:
			return true
		case w == "to":
			// a purpose infinitive of the paper's: "we examined his
			// speeches to investigate", "To investigate H2, this study
			// examined", "Finally, to further investigate H2"
			toks := sv.Toks
			for j := 0; j < len(toks) && j < 4; j++ {
				if sv.lex.Research[toks[j].Low] {
					return true // the sentence's subject
				}
			}
			for j := 0; j+1 < len(toks); j++ {
				if toks[j].Low == "," {
					// "To investigate H2, this study examined": the subject
					// after the opening infinitive
					for k := j + 1; k < len(toks) && k <= j+3; k++ {
						if sv.lex.Research[toks[k].Low] {
							return true
						}
					}
					break
				}
			}
			return false
		case sv.lex.ResearchAux[w] || sv.Toks[k].Kind == english.Num:
		default:
			// "Section 6 concludes": a number after the noun is fine, any
			// other word ends the subject
			return false
		}
	}
	return false
}

// researchObject reports an event noun at toks[i] in the object of a
// verb whose subject is the paper or its authors ("This article compares
// French and African Union interventions in Mali", "we examine the impact
// of the Soviet invasion"): a topic of the paper, no event. The object is
// read back over actors, determiners, modifiers and "of", at most eight
// words; another preposition, a clause word or a comma ends it.
func (sv *Sentence) researchObject(i int) bool {
	toks := sv.Toks
	for k := i - 1; k > 0 && k >= i-8 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := toks[k].Low
		switch {
		case w == "that" || sv.ClauseWord(w):
			return false // "This article argues that the invasion failed"
		case sv.ActorAt[k] >= 0 || sv.Determiner(w) || w == "of" || w == "and" || w == "-" || sv.possessiveEnd(k):
		case toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.Preposition(w):
			if sv.lex.Research[toks[k-1].Low] || sv.lex.ResearchAux[toks[k-1].Low] && sv.researchSubject(k) {
				return true // the verb right after the paper's subject
			}
		default:
			return false
		}
	}
	return false
}

// mustDemands reads "X said that Y must (should) act" (modality.tsv's
// class obligation) as X's demand of Y, the way PLOVER codes it: "Jack Straw said the Sudanese government ...
// must reach an agreement", "rebels announced that President Kagame must
// agree". The act demanded stays an event of its own, hypothetical.
func (sv *Sentence) mustDemands(si int, evs []Span) []Span {
	toks := sv.Toks
	var out []Span
	for k := 1; k < len(toks); k++ {
		if sv.lex.Cue(toks[k].Low) != "obligation" {
			continue
		}
		// the one who must: the nearest actors before the modal, within
		// its clause
		c := -1
		for j := k - 1; j >= 0 && j >= k-8 && sv.Clause[j] == sv.Clause[k]; j-- {
			if sv.CoordAt[j] >= 0 {
				c = sv.CoordAt[j]
				break
			}
			if w := toks[j].Low; w == "that" || sv.lex.Saying[w] {
				break
			}
		}
		if c < 0 {
			continue
		}
		// the one who says it: the subject of a reporting verb before them
		var src []string
		for j := sv.Coords[c].First - 1; j >= 0 && j >= sv.Coords[c].First-6; j-- {
			if sv.lex.Saying[toks[j].Low] {
				src, _ = sv.Subject(j, sv.Clause[j])
				break
			}
			if w := toks[j].Low; w != "that" && w != "," && w != "the" && toks[j].Kind != english.Alpha {
				break
			}
		}
		if src == nil {
			continue
		}
		tr := &lexicon.Trigger{Category: "REQUEST", Subtype: "demand"}
		ev := Span{Sent: si, Start: int(toks[k].Start), End: int(toks[k].End), Category: "REQUEST", Subtype: "demand",
			Source: append([]string{}, src...), Target: append([]string{}, sv.Coords[c].Codes(sv.Groups)...), Rule: "event:must"}
		ev.Date, ev.DateAt = sv.dateFor(k, 1, tr)
		out = append(out, ev)
	}
	return out
}

// shareDates gives an undated event noun the date of the event noun
// coordinated with it: "the Libyan support to the northern rebels and the
// Libyan invasion of Chad in 1980".
func (sv *Sentence) shareDates(evs []Span) {
	for k := 0; k+1 < len(evs); k++ {
		e, f := &evs[k], &evs[k+1]
		if e.Date != "" || f.Date == "" || !e.noun || !f.noun {
			continue
		}
		a, b := sv.TokEndAt(e.End), sv.TokAt(f.Start)
		if a < 0 || b < 0 || sv.Clause[a] != sv.Clause[b] {
			continue
		}
		and := false
		for j := a + 1; j < b; j++ {
			switch sv.Toks[j].Low {
			case "and":
				and = true
			case ",", ";":
				and = false
				j = b
			}
		}
		if and {
			e.Date, e.DateAt = f.Date, f.DateAt
		}
	}
}

// markMain marks the sentence's principal event: the first asserted verb
// event outside subordinate clauses, else the first such noun event, else
// the first asserted event, else the first at all.
func markMain(evs []Span) {
	for pass := 0; pass < 4; pass++ {
		for k := range evs {
			e := &evs[k]
			switch pass {
			case 0, 1:
				if e.subord || e.Mode != "" || (e.noun && !e.light) != (pass == 1) {
					continue
				}
			case 2:
				if e.Mode != "" {
					continue
				}
			}
			e.Main = true
			return
		}
	}
}

// subordinate reports a trigger in a relative or adverbial clause ("who",
// "which", "when", "if", "because"...), in an infinitive of purpose ("to
// discuss"), or in a phrase after "for", "during", "owing to".
func (sv *Sentence) subordinate(i int) bool {
	toks := sv.Toks
	start := sv.ClauseStart(i)
	if start > 0 && sv.ClauseWord(toks[start].Low) && toks[start].Low != "but" {
		return true
	}
	if i > 0 && toks[i-1].Low == "to" {
		return true
	}
	if (i == 0 || toks[i-1].Low == ",") && i+1 < len(toks) && toks[i+1].Low == "by" && strings.HasSuffix(toks[i].Low, "ed") && sv.AuxBefore(i) < 0 {
		// "The Philippine army, backed by US advisers, attacked": a
		// participle set off by a comma describes the subject
		return true
	}
	for k := i - 1; k >= max(start, i-4); k-- {
		if sv.ActorAt[k] >= 0 || toks[k].Low == "," {
			// "in 1954, Pakistan signed": the phrase ended before the
			// clause's subject
			return false
		}
		if sv.lex.Subordinators[toks[k].Low] && !sv.IsTrigger(k) {
			return true
		}
	}
	return false
}

// perDonor makes an act of giving by several to another one event per
// giver: "assisted by the United States, Pakistan and Saudi Arabia" is
// three acts of aid, each giver its own (a joint act with no one else,
// "Pakistan and China called for", stays one).
func perDonor(evs []Span) []Span {
	var out []Span
	for _, e := range evs {
		if e.Category != "AID" || len(e.Source) < 2 || len(e.Target) == 0 {
			out = append(out, e)
			continue
		}
		for _, s := range e.Source {
			d := e
			d.Source = []string{s}
			out = append(out, d)
		}
	}
	return out
}

// dedupe keeps one event per category, date, sources and targets in a
// sentence, except that verbs of different subtypes stay apart: "visited
// India, signed a treaty and endorsed India's stand" are three events,
// while "held talks ... to visit" and "a hunger strike to protest" are one.
// Of a verb's two mentions of one subtype, the one the sentence asserts is
// kept ("was hesitant to recognise Israel in 1948, but Truman recognised
// it": the recognition is asserted, not only what was loath to be done).
func dedupe(evs []Span) []Span {
	seen := map[string]bool{}   // category, date and actors
	seenSub := map[string]int{} // and subtype: the kept event's index in out, plus one
	seenNoun := map[string]bool{}
	var out []Span
	for _, e := range evs {
		s := append([]string{}, e.Source...)
		t := append([]string{}, e.Target...)
		sort.Strings(s)
		sort.Strings(t)
		k := e.Category + "|" + e.Date + "|" + strings.Join(s, ",") + ">" + strings.Join(t, ",")
		if e.noun && seen[k] || !e.noun && (seenSub[k+"|"+e.Subtype] > 0 || seenNoun[k]) {
			if j := seenSub[k+"|"+e.Subtype] - 1; !e.noun && j >= 0 && e.Mode == "" && out[j].Mode != "" && !out[j].noun {
				out[j] = e
			}
			continue
		}
		seen[k], seenSub[k+"|"+e.Subtype] = true, len(out)+1
		if e.noun {
			seenNoun[k] = true
		}
		out = append(out, e)
	}
	return out
}

// demandOf returns the token of an earlier REQUEST, REJECT or THREATEN
// trigger of the same clause in whose complement token i lies, or -1:
// what is demanded, refused or threatened, whether or not it named an
// event ("the Kurdish party demanded that Turkey
// release its leader": no release). A verb with its own subject after a
// preposition that opens a clause (OwnClause: "requested aid before
// Moscow invaded Afghanistan") is told, not asked for, unless the
// complement is a "that" clause: there such a clause is part of what is
// asked ("demanded that Iraq withdraw before the coalition attacked").
func (sv *Sentence) demandOf(i int) int {
	for _, k := range sv.trigs {
		if k >= i || i-k > 15 {
			continue
		}
		tr, _ := sv.triggerAt(k)
		if tr == nil || tr.Dict {
			continue
		}
		switch tr.Category {
		case "REQUEST", "REJECT", "THREATEN":
		default:
			continue
		}
		if sv.complementEnds(k, i) {
			continue
		}
		if sv.Toks[min(k+1, len(sv.Toks)-1)].Low == "that" {
			return k
		}
		if sv.Clause[k] == sv.Clause[i] {
			if !sv.pastVerb(i) || !sv.OwnClause(k, i) {
				return k
			}
			return -1
		}
	}
	return -1
}

// toldAct reports the event ev of a noun or gerund at toks[i] in the
// phrase of the demand, refusal or threat verb at toks[k] (demandOf's, -1
// for none) as an act of its own the text tells as done: its phrase opens
// with a preposition of ground or time (syntax's Ground, or the "to" or
// "of" after a circumstance word: "because of") that follows the verb's
// own object, a lower-case word that names no actor ("threatened
// retaliation for the NATO bombing of Serbia", "asked Saudi Arabia for
// shelter after the Iraqi invasion of Kuwait"); the phrase is definite and
// not expected (expectedAct), and ev names both its agent and its target.
// What a demand names after its addressee is what is asked ("asked Uganda
// for talks"), and a verb's own preposition opens its object ("called for
// the Allied invasion of France").
func (sv *Sentence) toldAct(k, i int, tr *lexicon.Trigger, ev Span) bool {
	if k < 0 || len(ev.Source) == 0 || len(ev.Target) == 0 || !tr.Noun && !strings.HasSuffix(sv.Toks[i].Low, "ing") {
		return false // (a gerund in a definite phrase is a noun: "the NATO bombing")
	}
	kt, kn := sv.triggerAt(k) // (demandOf's: a REQUEST, REJECT or THREATEN)
	if kt == nil || kt.Noun {
		return false
	}
	toks := sv.Toks
	p := sv.PhrasePreposition(i)
	switch {
	case p < 0:
		return false
	case p > 0 && sv.Circumstance(toks[p-1].Low):
		p-- // "because of"
	case !sv.Ground(toks[p].Low):
		return false
	}
	if !sv.Definite(i) || sv.expectedAct(i) {
		return false
	}
	object := false
	for j := k + kn; j < p; j++ {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || sv.ClauseWord(t.Low) {
			return false
		}
		if t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && sv.ActorAt[j] < 0 && !sv.Preposition(t.Low) && !sv.Determiner(t.Low) && !sv.Auxiliary(t.Low) {
			object = true
		}
	}
	return object
}

// complementEnds reports a verb in the past at toks[i] after a clause of
// its own opened past the trigger at toks[k] (ownClause): the complement
// ended there, and the verb is told ("demanded that Kabul expel the
// rebels; in 1979 Soviet troops invaded", "demanded that Iraq withdraw,
// and in 1991 the coalition attacked").
func (sv *Sentence) complementEnds(k, i int) bool {
	return sv.pastVerb(i) && sv.ownClause(k, i)
}

// agentBetween reports a passive's agent phrase between a verb at
// toks[from] and toks[to] ("was urged by Germany to invade").
func (sv *Sentence) agentBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if sv.Toks[k].Low == "by" {
			return sv.AuxBefore(from) >= 0
		}
	}
	return false
}

// pastVerb reports a verb trigger at toks[i] in a past form: "-ed", an
// irregular past row ("withdrew") or a past the same as its base ("hit").
// A present after "before" or "until" is a time to come ("threatened
// sanctions until Israel withdraws").
func (sv *Sentence) pastVerb(i int) bool {
	tr, _ := sv.triggerAt(i)
	if tr == nil || tr.Noun {
		return false
	}
	w := sv.Toks[i].Low
	return tr.Past || strings.HasSuffix(w, "ed") || sv.PastForm(w)
}

// appealed reports a verb trigger at toks[i] in the "to" complement of a
// verb of appeal.txt before it in its clause: the act an actor is
// advised, urged, pressed or asked to do ("advised Saigon to refuse",
// "pressured Thieu to accept the terms", "was asked to fight"). The "to"
// is right before the trigger or before one adverb; between the verb and
// the "to" at most six tokens (its object, or a passive's agent: "was
// called upon by the UN to withdraw"), no comma, semicolon, clause word
// or verb. A word or phrase of appeal.txt ("called upon") is no such verb
// after a preposition or a determiner, before a preposition other than
// "by" ("under pressure to", "placed pressure on the rebels to", "in
// response to a request to": nouns), or when it names an actor. An event
// noun counts after its light verb right after the "to" (lightTo:
// "encouraged Austria to declare war on Serbia").
func (sv *Sentence) appealed(i int) bool {
	toks := sv.Toks
	to := i - 1
	if tr, _ := sv.triggerAt(i); tr != nil && tr.Noun {
		to = sv.lightTo(i) // "encouraged Austria to declare war on Serbia"
	} else if to >= 1 && toks[to].Low != "to" && sv.adverb(to) {
		to--
	}
	if to < 1 || toks[to].Low != "to" {
		return false
	}
	for k := to - 1; k >= 0 && k >= to-7; k-- {
		w := toks[k].Low
		if w == "," || w == ";" || w == ":" || sv.ClauseWord(w) {
			return false
		}
		first := k // the verb's first word
		if k > 0 && sv.lex.Appeal[toks[k-1].Low+" "+w] {
			first = k - 1 // "called upon"
		} else if !sv.lex.Appeal[w] {
			first = -1
		}
		if first >= 0 && sv.blocked(first) {
			return false // "pressed forward to attack": a NONE phrase, no appeal
		}
		if first >= 0 && sv.ActorAt[k] < 0 {
			// (an infinitive "to" before the verb, with an object
			// between the verb and the second "to": "sailed to Lisbon
			// to pressure the regime to declare war"; "bowed to
			// pressure to withdraw" has none and is a noun)
			inf := first > 0 && toks[first-1].Low == "to" && k+1 < to
			return !(first > 0 && !inf && (sv.Preposition(toks[first-1].Low) || sv.Determiner(toks[first-1].Low)) ||
				k+1 < to && sv.Preposition(toks[k+1].Low) && toks[k+1].Low != "by")
		}
		if sv.Verb != nil && sv.Verb(k) {
			return false
		}
	}
	return false
}

// Mandated reports a trigger at toks[i] in its base form in a "that"
// clause after a verb of mandate.txt: the subjunctive of an act asked for
// ("insisted that Saigon fight the war alone", "proposed that Iraq
// withdraw from Kuwait"). The base form: the trigger's own first word (no
// irregular past row's, "withdrew"), no auxiliary or modal before it.
// The subjunctive shows after a verb of mandate.txt in the past (the
// indicative would be past too: "recommended that American and British
// aircraft bomb China") or after a third-person singular subject: after a
// present verb of mandate.txt the "that" clause holds one actor and the
// verb (singularSubject: "suggest that Russia and China cooperate",
// "insist that Pakistani troops attack" are present indicatives). A past
// the same as the base (PastForm: "suggest that Washington cut aid in
// 1990") is taken as told. Between "that" and the verb at most six tokens, no "to"
// ("moved that night to attack": "that" no conjunction), comma,
// semicolon, clause word or other verb. The stage hides a verb it reports
// (HidMandated); the pair finder asks it of every event the stage hid,
// nouns too ("proposed that the Iraqi withdrawal from Kuwait begin").
func (sv *Sentence) Mandated(i int) bool {
	toks := sv.Toks
	tr, _ := sv.triggerAt(i)
	if tr == nil || tr.Past || len(tr.Words) == 0 || toks[i].Low != tr.Words[0] || sv.AuxBefore(i) >= 0 || sv.PastForm(toks[i].Low) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		t := toks[k].Low
		if t == "that" {
			return k < i-1 && sv.lex.Mandate[toks[k-1].Low] &&
				(strings.HasSuffix(toks[k-1].Low, "ed") || sv.singularSubject(k+1, i))
		}
		if t == "to" || t == "," || t == ";" || t == ":" || sv.ClauseWord(t) || sv.Auxiliary(t) || sv.lex.Modality(t) != "" || sv.Verb != nil && sv.Verb(k) {
			return false
		}
	}
	return false
}

// secondObject reports an event noun at toks[i] that is the second object
// of a verb of giving, promising or refusing at toks[v] (a trigger of AGREE,
// AID or REJECT) after its first, the one it is given to: an actor phrase
// right after the verb (past determiners), with at most three lower-case
// modifiers between it and the noun ("would promise Mexico support",
// "offered Pakistan military aid", "denied Serbia any negotiations"). The
// noun is what is given, promised or refused, no act of its own. Not after
// a possessive ("promised Mexico's support": Mexico's act), a comma, a
// clause word or another verb.
func (sv *Sentence) secondObject(v, from, i int) bool {
	tr, _ := sv.triggerAt(v)
	if tr == nil || tr.Noun {
		return false
	}
	switch tr.Category {
	case "AGREE", "AID", "REJECT":
	default:
		return false
	}
	toks := sv.Toks
	k := from
	for k < i && sv.Determiner(toks[k].Low) {
		k++
	}
	if k >= i || sv.CoordAt[k] < 0 || sv.Coords[sv.CoordAt[k]].First != k {
		return false
	}
	last := sv.Coords[sv.CoordAt[k]].Last
	if last+1 >= i && last+1 != i || i-last-1 > 3 {
		return false
	}
	for j := last + 1; j < i; j++ {
		t := toks[j]
		if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.ActorAt[j] >= 0 || sv.Preposition(t.Low) || sv.ClauseWord(t.Low) ||
			sv.Auxiliary(t.Low) || syntax.VerbLike(t.Low) || sv.Verb != nil && sv.Verb(j) {
			return false
		}
	}
	return true
}

// takesComplement reports categories whose verbs take another event as
// their complement: "agreed to provide", "refused to sign", "threatened to invade".
func takesComplement(cat string) bool {
	switch cat {
	case "AGREE", "REQUEST", "REJECT", "THREATEN":
		return true
	}
	return false
}

// complement reports whether the tokens between a trigger's end and a
// noun at j hold no actor and no verb: the noun is its object.
func (sv *Sentence) complement(from, j int) bool {
	for k := from; k < j; k++ {
		if sv.CoordAt[k] >= 0 && (sv.ActorAt[k] < 0 || sv.Groups[sv.ActorAt[k]].Label != "NORP") || sv.ClauseWord(sv.Toks[k].Low) || sv.Toks[k].Low == "," || sv.Circumstance(sv.Toks[k].Low) {
			return false
		}
	}
	return true
}

// nounPhrase reports toks[from:to] as words of one noun phrase: no
// joiner ("and", a comma), pronoun, auxiliary nor other verb trigger.
func (sv *Sentence) nounPhrase(from, to int) bool {
	for k := from; k < to; k++ {
		w := sv.Toks[k].Low
		if sv.Joiner(w) || sv.Pronoun(w) != "" || sv.Auxiliary(w) || sv.Verb(k) {
			return false
		}
	}
	return true
}

// IsTrigger reports whether an event trigger starts at token k.
func (sv *Sentence) IsTrigger(k int) bool {
	_, ok := slices.BinarySearch(sv.trigs, k) // trigs are in token order
	return ok
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// afterPreposition reports a verb form at toks[i] that is neither a
// gerund nor a participle right after a preposition other than "to": a
// noun ("disputes over trade", "a call for help").
func (sv *Sentence) afterPreposition(i int) bool {
	w := sv.Toks[i].Low
	return i > 0 && sv.Preposition(sv.Toks[i-1].Low) && sv.Toks[i-1].Low != "to" && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
}

// subjectPosition reports an event noun at toks[i] with only determiners
// and modifiers before it since its clause began or the last comma: the
// head of a subject ("..., the war might have ended"), whose actors are its
// own.
func (sv *Sentence) subjectPosition(i int) bool {
	for k := i - 1; k >= 0 && sv.Clause[k] == sv.Clause[i] && sv.Toks[k].Low != ","; k-- {
		w := sv.Toks[k].Low
		if w == "that" && k > 0 && (syntax.VerbLike(sv.Toks[k-1].Low) || sv.Verb(k-1)) &&
			(k == i-1 && strings.HasSuffix(sv.Toks[i].Low, "ing") || k+1 < i && sv.Determiner(sv.Toks[k+1].Low)) {
			// "conceded that fighting the insurgency was vital",
			// "said that the invasion was a mistake": the subject of the
			// clause "that" opens (a gerund, or a determiner after
			// "that"); the one who acknowledges is not its agent
			return true
		}
		if !(sv.Determiner(w) || sv.Toks[k].Kind == english.Num || sv.Toks[k].Kind == english.Alpha && !english.IsUpperWord(sv.Toks[k].Text) &&
			!syntax.VerbLike(w) && !sv.Preposition(w) && !sv.Auxiliary(w) && !sv.ClauseWord(w) && sv.lex.Modality(w) == "" && !sv.lex.Light[w]) {
			return false
		}
	}
	return true
}

// background reports an event noun in a phrase of time or circumstance
// ("during the talks", "after the war", "owing to the invasion"), with
// only determiners and modifiers between.
func (sv *Sentence) background(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := sv.Toks[k].Low
		if sv.lex.Background[w] {
			return true
		}
		if sv.ActorAt[k] >= 0 || sv.Toks[k].Kind != english.Alpha || syntax.VerbLike(w) || sv.Preposition(w) && w != "to" && w != "of" {
			return false
		}
	}
	return false
}

// nounUse reports a verb trigger used as a noun: after an article, with
// at most three modifier words between ("a total ban", "an anti-terror
// meet", "the Saudi-led bombing"); never a form in -ed.
func (sv *Sentence) nounUse(i int) bool {
	if w := sv.Toks[i].Low; len(w) > 4 && strings.HasSuffix(w, "ed") || sv.PastForm(w) {
		// a past tense or participle heads no noun phrase: "the rebels
		// received arms", "the Iraqi advance met with Iranian
		// counterattacks" (participles.txt's forms that are a past too)
		return false
	}
	bound := i - 4
	plural := strings.HasSuffix(sv.Toks[i].Low, "s")
	if plural && sv.byActor(i+1) && (i == 0 || sv.Toks[i-1].Kind == english.Sym) {
		// "Attacks by Germany on France began", "In 1916, raids by
		// Zeppelins hit London": a form in -s that opens its clause has no
		// subject before it to be a verb of; with an agent's "by" after
		// it, it heads the noun phrase
		return true
	}
	for k := i - 1; k >= 0 && k >= bound; k-- {
		w := sv.Toks[k]
		switch {
		case english.Article(w.Low):
			return true
		case w.Low == "this" && k == i-1 && !plural && !syntax.Gerund(sv.Toks[i]):
			// "In the wake of this raid the French command
			// concluded": "this" and a base form make no subject and
			// verb, whatever follows
			return true
		case plural && (w.Low == "'s" || w.Low == "'" || english.PossessiveAt(sv.Toks, k-1)) && !sv.objectAfter(i) && !syntax.Gerund(sv.Toks[i]):
			// "Washington's troop requests", "the Lithuanians' demands":
			// a possessive's "'s" before a form in -s opens a noun
			// phrase whose act is the possessor's, not the clause
			// subject's (not a gerund, "Russia's waging war", nor a word
			// with an object after it, "Iraq's forces attack the port").
			// A base form after a possessive ("the Eighth Army's
			// retreat") reads as a verb of the possessor, the same dyad.
			// (A demonstrative before a form in -s is left to the verb
			// reading: "They repeated these requests" is their act.)
			return true
		case sv.AgentForm(w.Low) && k >= 2 && sv.Toks[k-1].Text == "-" && !sv.objectAfter(i):
			// "the Saudi-led bombing of Yemen", "the U.S.-led bombing":
			// an "X-led" modifier (agentforms.txt) before the word, as a
			// nationality; the search goes on before X (not with an
			// object after the word: "the NATO-led troops attack Serb
			// positions")
			j := k - 2
			if j >= 1 && sv.Toks[j].Text == "." && sv.ActorAt[j-1] >= 0 {
				j-- // the tokenizer splits "U.S.-led" into "U.S" "." "-" "led"
			}
			if sv.ActorAt[j] < 0 {
				return false
			}
			for j > 0 && sv.ActorAt[j-1] == sv.ActorAt[j] {
				j--
			}
			bound -= k - j
			k = j
			continue
		case sv.ActorAt[k] >= 0 && sv.nounModifier(k, i) && !sv.objectAfter(i):
			// "the Iranian attack on Kuwait", "a British attack on the
			// port": a nationality between the article and the word; not
			// with an object after it ("the British attack Germany")
			continue
		case w.Text == "-" || w.Text == "\"" || w.Text == "“" || w.Kind == english.Alpha && !english.IsUpperWord(w.Text) && !syntax.VerbLike(w.Low) && !sv.Preposition(w.Low) &&
			!sv.ClauseWord(w.Low) && !sv.Auxiliary(w.Low) && w.Low != "and" && w.Low != "to" && sv.ActorAt[k] < 0 && !sv.IsTrigger(k):
			continue
		}
		return false
	}
	return false
}

// copulaModifier reports a verb trigger's base form at toks[i] right
// after a form of "be" and right before a common noun ("was welcome news
// for Moscow", "is support staff"): no verb's base form follows "be"
// bare, so the word modifies the noun the predicate names, no act. Not
// before a preposition, a determiner, a clause word, an adverb or a
// date ("was support for the rebels"), nor at the sentence's end.
func (sv *Sentence) copulaModifier(i, n int) bool {
	toks := sv.Toks
	if n != 1 || i < 1 || i+1 >= len(toks) || !sv.Be(toks[i-1].Low) {
		return false
	}
	if w := toks[i].Low; strings.HasSuffix(w, "s") || syntax.VerbLike(w) || sv.Participle(w) {
		return false
	}
	nx := toks[i+1]
	return nx.Kind == english.Alpha && !english.IsUpperWord(nx.Text) && sv.ActorAt[i+1] < 0 && !sv.InTimex(i+1) && !syntax.VerbLike(nx.Low) &&
		!sv.Preposition(nx.Low) && !sv.Determiner(nx.Low) && !sv.ClauseWord(nx.Low) && !sv.Auxiliary(nx.Low) && !sv.Inside(nx.Low) && !sv.adverb(i+1) &&
		nx.Low != "and" && nx.Low != "or" && nx.Low != "to"
}

// byActor reports "by" at toks[k] with an actor after it, an article
// or other determiner between at most ("by Germany", "by the Taliban").
func (sv *Sentence) byActor(k int) bool {
	if k >= len(sv.Toks) || sv.Toks[k].Low != "by" {
		return false
	}
	k++
	if k < len(sv.Toks) && sv.Determiner(sv.Toks[k].Low) {
		k++
	}
	return k < len(sv.Toks) && sv.ActorAt[k] >= 0
}

// objectAfter reports a word right after the verb-or-noun word at
// toks[i] that opens a verb's object: an actor, a determiner or a number
// ("the British attack Germany", "the French attack the port").
func (sv *Sentence) objectAfter(i int) bool {
	k := i + 1
	if k >= len(sv.Toks) {
		return false
	}
	return sv.ActorAt[k] >= 0 || sv.Determiner(sv.Toks[k].Low) || sv.Toks[k].Kind == english.Num
}
