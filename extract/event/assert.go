package event

import (
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/syntax"
)

// Assertion: whether the text asserts an event, denies it or only supposes
// it (PLOVER's mode), and whether it states an intent, which PLOVER codes
// as an event of its own ("said it would back": AGREE; "threatened to":
// THREATEN). The words are modality.tsv's classes.

// Modes of an event that is not asserted.
const (
	ModeNegated      = "negated"
	ModeHypothetical = "hypothetical"
)

// assertion is how the text puts one event.
type assertion struct {
	mode     string // "", ModeNegated or ModeHypothetical
	intent   bool   // an act stated to come: "will sign", "plans to join"
	reported bool   // "reportedly", "unconfirmed news that"
	ended    bool   // "stopped bombing": the act ends, no event (PLOVER)
	until    int    // "did not withdraw from Sinai until 1982": the index in sv.Timex of the date the act was done, +1; 0 for none
}

// assert reads the assertion of the trigger at toks[i:i+n].
func (sv *Sentence) assert(i, n int) assertion {
	toks := sv.Toks
	var a assertion
	negate := func() { a.mode = ModeNegated }
	suppose := func() {
		if a.mode == "" {
			a.mode = ModeHypothetical
		}
	}
	cl := sv.Clause[i]
	would, will, hesitated := false, false, false
	// The verb group, or the words before an event noun: back from the
	// trigger over at most six tokens of its clause, to an actor, a comma
	// or another trigger ("did not formally sign", "has no plans to join",
	// "failed to reach", "no attack", "neither condemned nor praised").
	tr, _ := sv.triggerAt(i)
	noun := tr != nil && (tr.Noun || sv.nounUse(i)) // ("a Soviet attack": a verb trigger used as a noun)
	// (A nationality before an event noun is no subject: the scan goes
	// on past it, "feared a German invasion", "no Soviet attack", though
	// not on to a name or a month: "in May an Egyptian loan followed".)
	k := i - 1
	crossed, object := false, true
	for ; k >= 0 && k >= i-6 && sv.Clause[k] == cl; k-- {
		w := toks[k].Low
		// "did not believe reports of a German attack": a story noun and
		// its "of" head the phrase (planned); a negation before them
		// denies the telling or the belief, not the act told. A negation
		// right before the story noun ("no reports of an attack") still
		// negates the act, as "no evidence of" does.
		if k+1 < i && toks[k+1].Low == "of" && sv.lex.Modality(w) == "hearsay" && !(k > 0 && sv.lex.Modality(toks[k-1].Low) == "negated") {
			break
		}
		if crossed && k > 0 && english.IsUpperWord(toks[k].Text) && sv.ActorAt[k] < 0 {
			break
		}
		if j := sv.invertedSubject(k); j >= 0 {
			// "nor did India attack Pakistan": a subject after a
			// negation and its auxiliary is inverted; the negation
			// before it is the verb's
			k = j
			continue
		}
		if sv.ActorAt[k] >= 0 && noun && sv.nounModifier(k, i) {
			crossed = true
		} else if sv.ActorAt[k] >= 0 || w == "," || w == ";" || w == "and" || sv.IsTrigger(k) && sv.lex.Modality(w) == "" && !sv.lex.Intent[w] {
			break
		}
		if (noun || k == i-1) && sv.lex.Cue(w) == "generic" {
			// "during any Soviet war with Poland": any act of the kind,
			// none done; right before the word it makes a noun of a verb
			// trigger too ("launch any attack"). A negation read next
			// still denies it ("did not make any protest")
			suppose()
		}
		mod := sv.lex.Modality(w)
		if sv.InTimex(k) {
			// a word of a date is no modal of the verb: "In May it
			// invaded Belgium" (the month), not "it may invade"
			mod = ""
		}
		switch mod {
		case "belief":
			// "feared a German invasion", "believed an attack": the
			// noun, the verb's object, is what is feared or thought, not
			// done ("the fear grew after the invasion" fears no invasion);
			// a definite one followed by its own verb group is the subject
			// of the clause believed, an act presupposed ("feared the
			// Iraqi invasion of Kuwait would spread")
			if noun && object && !(sv.Definite(i) && sv.clauseGoesOn(i+n)) {
				suppose()
			}
		case "negated":
			switch {
			case k+1 < len(toks) && toks[k+1].Low == "only": // "not only ... but also"
			case hesitated:
				a.mode = "" // "did not hesitate to attack": the act was done
			case sv.untilDate(i+n) >= 0:
				// "Israel did not withdraw from Sinai until 1982": the
				// act was done at the date
				a.until = sv.untilDate(i+n) + 1
			default:
				negate()
			}
		case "hypothetical":
			suppose()
		case "future":
			a.intent = true
			will = true
		case "would":
			would = true
		case "failure":
			if k+1 < len(toks) && (toks[k+1].Low == "to" || toks[k+1].Low == "from") {
				negate()
			}
		case "hope":
			// "Germany hoped to conquer France": a wish, not an act
			// done nor an intent stated
			if k+1 < len(toks) && toks[k+1].Low == "to" {
				suppose()
			}
		case "readiness":
			// "Spain was willing to join the alliance, but delayed": a
			// readiness the text states is no intent the actor stated;
			// "said it was ready to sign" is one
			if k+1 < len(toks) && toks[k+1].Low == "to" && sv.statedReadiness(k) {
				suppose()
			}
		case "hesitation":
			// "hesitated to recognise Israel": not yet done; a negation
			// before it (read next) says it was done
			if k+1 < len(toks) && toks[k+1].Low == "to" {
				suppose()
				hesitated = true
			}
		case "reluctance":
			// "was reluctant to join the war but declared war": an
			// attitude, not a failure; the act may yet be done
			if k+1 < len(toks) && toks[k+1].Low == "to" {
				suppose()
			}
		case "plan":
			// "planned their attacks", "a planned invasion": the noun
			// is what is planned; "tasked with retaking": the task
			if tr, _ := sv.triggerAt(i); tr != nil && tr.Noun || k+1 < len(toks) && toks[k+1].Low == "with" {
				suppose()
			}
		}
		if w == "to" && k > 0 && sv.lex.Intent[toks[k-1].Low] {
			a.intent = true
		}
		if sv.Preposition(w) || sv.ClauseWord(w) || sv.Auxiliary(w) || syntax.VerbLike(w) && sv.lex.Modality(w) == "" {
			object = false
		}
		// "did not discuss the Iraqi invasion of Kuwait": past a
		// nationality, a definite event noun's verb group ends at the verb
		// that takes the phrase as its object; a negation before that verb
		// denies the verb, not the act, which the phrase presupposes.
		if crossed && k > 0 && (syntax.VerbLike(w) || sv.Inside(toks[k-1].Low)) && sv.Definite(i) {
			break
		}
	}
	// "Germany stopped bombing Britain", "ceased shelling the town": a
	// word of cessation right before an -ing trigger says the act ends,
	// which PLOVER codes as no act. Denied, the act goes on ("did not
	// stop attacking", "never ceased shelling"): asserted.
	if i > 0 && sv.lex.Cue(toks[i-1].Low) == "cessation" && strings.HasSuffix(toks[i].Low, "ing") {
		if a.mode == ModeNegated {
			a.mode = ""
		} else {
			a.ended = true
		}
	}
	// "a total cutoff of funding", "declaring an end to the war and all
	// U.S. aid": an act cut off or curbed is no act (PLOVER)
	if (noun || strings.HasSuffix(toks[i].Low, "ing")) && a.mode != ModeNegated && sv.terminated(i) {
		a.ended = true
	}
	// "France's victory over Prussia never came", "the invasion did not
	// materialise": an event noun whose predicate denies it happened
	if noun && sv.deniedOccurrence(i+n) {
		negate()
	}
	// "prevented Iraq from seizing the port", "kept the Turks from
	// crossing": an act prevented was not done
	if sv.prevented(i) {
		negate()
	}
	// "An attempt by Britain to seize Quebec failed", "tried to seize
	// Quebec but failed": a failed attempt did not do the act.
	if sv.failedAttempt(i, n) {
		negate()
	}
	// "An American invasion of Iraq would be costly", "a U.S.-led attack
	// could follow": an indefinite event noun that opens its clause, with
	// a modal in its verb group, is what may happen.
	if noun && sv.indefiniteSubject(i) && sv.modalAfter(i+n) {
		suppose()
	}
	// "The prospective Turkish invasion of Cyprus was averted", "the
	// potential Russian invasion of Ukraine": an outlook adjective between
	// the event noun and its determiner names an act yet to come.
	if noun && sv.outlookModified(i) {
		suppose()
	}
	// "with the goal of invading Italian Somaliland", "with the aim of
	// advancing on Dolo and invading": a gerund after an intent noun
	// (intent.txt) and "of", or a gerund joined to that one by "and", is
	// what is aimed at, not done.
	if sv.aimedGerund(i) {
		suppose()
	}
	// "required the government to consult Parliament before requesting
	// an extension", "to stay until Iraq withdraws": the act of a phrase
	// or clause of sequel (modality.tsv's class sequel) after a supposed
	// act is supposed too.
	if h := sv.sequelOf(i); h >= 0 && sv.assert(h, 1).mode == ModeHypothetical {
		suppose()
	}
	// "tasked with training the Iraqi forces, conducting operations,
	// and providing support": a gerund later in a list has the mode of
	// the list's first gerund.
	if h := sv.listHead(i); h >= 0 && sv.assert(h, 1).mode == ModeHypothetical {
		suppose()
	}
	// "mobilized its army to attack France", "deployed troops to the
	// border to invade": an infinitive of purpose after a military move
	// of the same clause says what the move is for; the text asserts the
	// move, not the act it prepares.
	if i > 1 && toks[i-1].Low == "to" && sv.preparedBy(i-1) {
		suppose()
	}
	// "sent troops to help crush the revolt": a bare infinitive after
	// a purpose of help (helpsend.txt's "to help") is as much a purpose
	if i > 2 && toks[i-2].Low == "to" && sv.lex.HelpSend["to "+toks[i-1].Low] && sv.preparedBy(i-2) {
		suppose()
	}
	// "Germany expected Italy to join the war", "hoped Britain to
	// mediate": the act of an infinitive whose subject is the object of a
	// verb of hope or belief is what was expected of that actor, not done
	if i > 2 && toks[i-1].Low == "to" && sv.expectedOf(i-1) {
		suppose()
	}
	// "The plan called for German forces to invade France", "the treaty
	// calls for Israel to withdraw": what a thing requires (a request row
	// with a thing for its subject, thingDoes) is not done
	if sv.requiredByThing(i) {
		suppose()
	}
	// "massed troops in order to invade Poland", "bought arms in order
	// to fight Iraq": the act of a phrase of purpose after the main
	// clause is what that clause's act is for, not done
	if i >= 3 && toks[i-1].Low == "to" && sv.lex.Modality(toks[i-2].Low) == "purpose" && sv.Preposition(toks[i-3].Low) {
		suppose()
	}
	// "In order to kill off all living creatures, the command sent its
	// aircraft": the acts of a fronted phrase of purpose are what the
	// main clause's act is for, not done.
	if sv.frontPurpose(i) {
		suppose()
	}
	// "plans for an invasion of England", "preparations for the
	// invasion", "plans for a German invasion": what is planned, not done.
	if sv.planned(i) {
		suppose()
	}
	// "proposed a gradual expansion of the blockade", "advocated
	// a unilateral withdrawal": what is urged, not done.
	if sv.advocated(i) {
		suppose()
	}
	// "The goal was to seize the corridor": the plan, not the act.
	if sv.goalCopula(i) {
		suppose()
	}
	// "accused Russia of attacking Lithuania", "blamed Iraq for the
	// invasion", "alleged that Iran had attacked": the act of an
	// accusation's complement is alleged, not asserted.
	if ok, _ := sv.alleged(i); ok {
		suppose()
	}
	// "America is too proud to fight", "too poorly armed to resist":
	// "too" and one or two words before the infinitive deny the act. Not
	// "too" after an actor or a comma ("Germany too began to attack":
	// also), nor before a verb.
	if i > 2 && toks[i-1].Low == "to" && sv.tooToDeny(i-1) {
		negate()
	}
	// "Sweden has fought no war since 1814", "signed no agreement": a
	// negating word opens the verb's object noun; not before an actor
	// ("attacked not Iraq but Iran"), a preposition ("fought not for
	// land"), an adverb ("signed not only") or a number ("sent no fewer
	// than 5,000 troops").
	if tr != nil && !tr.Noun && i+n+1 < len(toks) && sv.Clause[i+n] == cl && sv.lex.Modality(toks[i+n].Low) == "negated" {
		k := i + n + 1
		w := toks[k].Low
		if toks[k].Kind == english.Alpha && sv.ActorAt[k] < 0 && !sv.Preposition(w) && !strings.HasSuffix(w, "ly") && !sv.Auxiliary(w) &&
			!(k+1 < len(toks) && toks[k+1].Low == "than") {
			negate()
		}
	}
	// "Neither India nor Pakistan attacked", "No state recognised":
	// a negated subject.
	if k >= 0 && sv.CoordAt[k] >= 0 {
		f := sv.Coords[sv.CoordAt[k]].First
		for f > 0 && sv.Determiner(toks[f-1].Low) {
			f-- // "neither the United States nor China"
		}
		if f > 0 && sv.lex.Modality(toks[f-1].Low) == "negated" {
			negate()
		}
	}
	// "a zone free of nuclear weapons", "the absence of talks"
	for k := i - 1; k > 0 && k >= i-4; k-- {
		if toks[k].Low == "of" && sv.lex.Modality(toks[k-1].Low) == "privative" {
			negate()
			break
		}
		if sv.ActorAt[k] >= 0 || toks[k].Kind != english.Alpha {
			break
		}
	}
	// The sentence and the clause: "no evidence that China supplied",
	// "If Hanoi invades", "whether Brazil would sanction", "is unlikely",
	// a question, an inverted condition ("Had Germany recognised Croatia
	// earlier, ...").
	belief, saying, aim, hope := false, false, false, false
	firstComma := len(toks)
	for k, t := range toks {
		w := t.Low
		if w == "," && firstComma == len(toks) {
			firstComma = k
		}
		if sv.lex.Reporting[w] && k < i {
			a.reported = true
		}
		switch sv.lex.Modality(w) {
		case "conditional":
			if k < i && (sv.Clause[k] == cl || sv.ClauseWord(w) && sv.Clause[k]+1 == cl && k+1 < len(toks) && sv.Clause[k+1] == cl) {
				suppose()
			}
		case "hedge":
			if sv.Clause[k] == cl {
				suppose()
			}
		case "evidence":
			if k > 0 && k < i && i-k <= 15 && sv.lex.Modality(toks[k-1].Low) == "negated" && k+1 < len(toks) && (toks[k+1].Low == "that" || toks[k+1].Low == "of") {
				negate()
			}
		case "belief":
			belief = belief || k < i
		case "hope":
			// "Britain hoped that the United States would send
			// destroyers": the act hoped for, not one stated
			// (or with no "that": "hoped Syria would attack", "hoped the
			// Saudis would fund")
			hope = hope || k < i && k+1 < len(toks) && (toks[k+1].Low == "that" || sv.CoordAt[k+1] >= 0 ||
				k+2 < len(toks) && sv.Determiner(toks[k+1].Low) && sv.CoordAt[k+2] >= 0)
		}
		saying = saying || k < i && sv.lex.Saying[w]
		// an intent word's "would" is its own subject's, not that of a
		// "that" clause after it ("Britain expected that the United
		// States would send destroyers" states no American intent)
		// (what one actor plans or expects another to do is supposed)
		if k < i && sv.lex.Intent[w] {
			if sv.otherSubject(k, i) {
				hope = true
			} else {
				aim = true
			}
		}
	}
	if len(toks) > 0 && toks[len(toks)-1].Low == "?" {
		suppose()
	}
	inverted := false
	if len(toks) > 2 && firstComma < len(toks) && (sv.CoordAt[1] >= 0 || sv.Determiner(toks[1].Low) && sv.Pronoun(toks[1].Low) == "") {
		if w := toks[0].Low; sv.Auxiliary(w) || sv.lex.Modality(w) == "hypothetical" || sv.lex.Modality(w) == "would" {
			inverted = true
			if i < firstComma {
				suppose()
			}
		}
	}
	if c, ok := sv.PastCondition(); ok {
		if in, _ := c.Part(i); in {
			// "Had Russia not pressed Belgrade to yield, the alliance might
			// have launched", "If India had not secured Soviet backing, it
			// would not have risked war": a past condition contrary to fact
			// states the opposite of what it says; a negated one was done,
			// an affirmed one was not ("Had the United States continued its
			// deliveries, Pakistan might have held")
			if a.mode == ModeNegated {
				a.mode = ""
			} else {
				a.mode = ModeNegated
			}
		}
	}
	if will && belief {
		// "H1 predicts that China will sanction", "we believe that
		// Russia will invade": a prediction, not a stated intent
		suppose()
	}
	if would {
		// "said it would back" states an intent; "would have attacked
		// if", "Should Kabul ask for troops, Moscow would refuse", "to think that Canada would invade", "hoped that Britain
		// would mediate" suppose; a history's
		// "would later invade" narrates.
		conditional := false
		for _, t := range toks {
			conditional = conditional || sv.lex.Modality(t.Low) == "conditional"
		}
		switch {
		case conditional || inverted || belief || hope || i > 0 && sv.Auxiliary(toks[i-1].Low) && toks[i-1].Low == "have":
			suppose()
		case saying || aim:
			a.intent = true
		}
	}
	return a
}

// terminated reports an event noun at toks[i] in the phrase of a noun of
// ending or curbing and its preposition (modality.tsv's termination: "a
// cutoff of funding", "an end to the war and all U.S. aid"), within
// eight tokens, no comma, clause word or other preposition between.
func (sv *Sentence) terminated(i int) bool {
	toks := sv.Toks
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := toks[k].Low
		if w == "," || w == ";" || sv.ClauseWord(w) {
			return false
		}
		if sv.Preposition(w) {
			switch {
			case sv.lex.Cue(toks[k-1].Low+" "+w) == "termination":
				return !sv.askedFor(k - 2)
			case k > 3 && toks[k-2].Low == "-" && sv.lex.Cue(toks[k-3].Low+"-"+toks[k-1].Low+" "+w) == "termination":
				return !sv.askedFor(k - 4)
			}
			return false
		}
	}
	return false
}

// askedFor reports a noun of ending right after toks[k] (terminated's)
// that a verb of asking at toks[k-2:k+1] governs, past at most two
// determiners or modifiers: "demanded an end to German attacks", "urged
// an immediate halt to the bombing" ask to end acts going on, which are
// done; an end declared, brought or negotiated is the act's end
// (appeal.txt, mandate.txt, modality.tsv's advocacy).
func (sv *Sentence) askedFor(k int) bool {
	toks := sv.Toks
	for j := k; j >= 0 && j >= k-2; j-- {
		w := toks[j].Low
		if sv.lex.Appeal[w] || sv.lex.Mandate[w] || sv.lex.Modality(w) == "advocacy" {
			return true
		}
		if toks[j].Kind != english.Alpha || english.IsUpperWord(toks[j].Text) || sv.Preposition(w) || sv.ClauseWord(w) {
			return false
		}
	}
	return false
}

// requiredByThing reports a verb that only an actor does with a thing
// for its subject (thingDoes: "the plan called for", "the treaty calls
// on") within twelve tokens before toks[i], no comma, semicolon or clause word
// between: the act at i is what it requires.
func (sv *Sentence) requiredByThing(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := sv.Toks[k].Low
		// ("but" is a clause word: clausewords.txt)
		if w == ";" || w == ":" || w == "," || sv.ClauseWord(w) && w != "to" || w == "and" && sv.subjectAfter(k) {
			return false
		}
		if tr, _ := sv.triggerAt(k); tr != nil && sv.thingDoes(k, tr) {
			return true
		}
	}
	return false
}

// subjectAfter reports an actor right after the "and" at toks[k] with a
// verb form in -ed right after it: a clause of its own ("and Germany
// invaded"), not a list ("Britain and France to attack").
func (sv *Sentence) subjectAfter(k int) bool {
	if k+1 >= len(sv.Toks) || sv.CoordAt[k+1] < 0 {
		return false
	}
	e := sv.Coords[sv.CoordAt[k+1]].Last + 1
	return e < len(sv.Toks) && (syntax.VerbLike(sv.Toks[e].Low) || sv.Auxiliary(sv.Toks[e].Low))
}

// expectedOf reports an actor right before the "to" at toks[t] whose
// phrase follows a word of hope or belief (modality classes hope and
// belief: "expected", "hoped") or a verb of mandate (mandate.txt:
// "required"), past a determiner: "expected Italy to join", "hoped the
// Americans to intervene", "required the Iraqi government to consult".
func (sv *Sentence) expectedOf(t int) bool {
	c := sv.CoordAt[t-1]
	if c < 0 || sv.Coords[c].Last != t-1 {
		return false
	}
	f := sv.Coords[c].First
	if f > 0 && sv.Determiner(sv.Toks[f-1].Low) {
		f--
	}
	if f == 0 {
		return false
	}
	m := sv.lex.Modality(sv.Toks[f-1].Low)
	// (a verb of mandate, mandate.txt, asks the act of its object as
	// much: "required Germany to pay reparations", "advised Saigon to
	// refuse")
	return m == "hope" || m == "belief" || sv.lex.Mandate[sv.Toks[f-1].Low]
}

// otherSubject reports a "that" between the intent word at toks[k] and
// the event at toks[i] whose clause has an actor for subject other than
// the actor before the intent word ("Britain expected that the United
// States would send destroyers"): the intent is not the other's. A
// clause with no actor on either side ("the plan required that German
// armies would attack"), or an intent word with no actor right before it,
// keeps it.
func (sv *Sentence) otherSubject(k, i int) bool {
	that := -1
	for j := k + 1; j < i; j++ {
		if sv.Toks[j].Low == "that" {
			that = j
			break
		}
	}
	if that < 0 {
		return false
	}
	// the intent word's subject: an actor right before it, past at most
	// two lower-case words ("Britain had expected"); an intent noun in a
	// phrase ("a treaty with the purpose that Britain would defend Egypt")
	// has none
	before, after := -1, -1
	for j := k - 1; j >= 0 && j >= k-3 && sv.Clause[j] == sv.Clause[k]; j-- {
		if sv.ActorAt[j] >= 0 {
			before = sv.ActorAt[j]
			break
		}
		if t := sv.Toks[j]; t.Kind != english.Alpha || english.IsUpperWord(t.Text) {
			break
		}
	}
	for j := that + 1; j < i; j++ {
		if sv.ActorAt[j] >= 0 {
			after = sv.ActorAt[j]
			break
		}
	}
	return before >= 0 && after >= 0 && !syntax.Overlap(sv.Groups[before].Codes, sv.Groups[after].Codes)
}

// nounModifier reports an actor at toks[k] that modifies the event noun
// at toks[i], as an adjective does: a nationality or people ("a German
// invasion", "the Soviet offensive") or "X-led" ("a U.S.-led invasion"),
// with only lower-case words between it and the noun. It is no verb
// group's subject: the words before it still bear on the noun ("feared a
// German invasion", "no Soviet attack").
func (sv *Sentence) nounModifier(k, i int) bool {
	toks := sv.Toks
	g := sv.ActorAt[k]
	last := k
	for last+1 < i && sv.ActorAt[last+1] == g {
		last++
	}
	if !(sv.Groups[g].Label == "NORP" || last+2 < i && toks[last+1].Low == "-" && sv.AgentForm(toks[last+2].Low)) {
		return false
	}
	for j := last + 1; j < i; j++ {
		t := toks[j]
		if t.Low != "-" && !(t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !sv.Preposition(t.Low) && !sv.ClauseWord(t.Low)) {
			return false
		}
	}
	return true
}

// indefiniteSubject reports an event noun at toks[i] whose phrase opens
// its clause with "a" or "an", past modifiers ("An American invasion of
// Iraq", "a U.S.-led attack").
func (sv *Sentence) indefiniteSubject(i int) bool {
	toks := sv.Toks
	cl := sv.Clause[i]
	for k := i - 1; k >= 0 && k >= i-6 && sv.Clause[k] == cl; k-- {
		w := toks[k].Low
		switch {
		case w == "a" || w == "an":
			return k == 0 || sv.Clause[k-1] != cl || toks[k-1].Low == "," || sv.leadingDate(k)
		case sv.ActorAt[k] >= 0 || w == "-" || toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.Determiner(w) &&
			!sv.Preposition(w) && !sv.ClauseWord(w) && !syntax.VerbLike(w) || sv.AgentForm(w):
		default:
			return false
		}
	}
	return false
}

// outlookModified reports an adjective of what is expected (modality.tsv's
// class outlook: "potential", "prospective", "imminent") among the
// modifiers of the event noun at toks[i], between it and its determiner,
// past lower-case words and actors only ("the prospective Turkish invasion
// of Cyprus", "an imminent attack"; not "war was likely after Soviet
// attacks", with no determiner, nor "the probable cause of the attack").
func (sv *Sentence) outlookModified(i int) bool {
	toks := sv.Toks
	found := false
	for k := i - 1; k >= 0 && k >= i-6 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := toks[k].Low
		switch {
		case sv.Determiner(w):
			return found
		case sv.lex.Modality(w) == "outlook":
			found = true
		case sv.ActorAt[k] >= 0 || w == "-" || toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) &&
			!sv.Preposition(w) && !sv.ClauseWord(w) && !syntax.VerbLike(w) && !sv.Auxiliary(w):
		default:
			return false
		}
	}
	return false
}

// deniedOccurrence reports a negation (modality.tsv's negated) right
// before a verb of occurrence (class occurrence: "came", "happened",
// "materialised"), in the clause from toks[from] on, within twelve tokens
// and before any other verb, auxiliaries aside: an event noun that heads
// its clause's subject is denied ("France's victory over Prussia never
// came", "the German invasion of Britain did not come").
func (sv *Sentence) deniedOccurrence(from int) bool {
	toks := sv.Toks
	for k, end := from, sv.clauseAhead(from, 12); k+1 < len(toks) && k < end; k++ {
		w := toks[k].Low
		if sv.lex.Modality(w) == "negated" && sv.lex.Modality(toks[k+1].Low) == "occurrence" {
			return sv.predicateEnds(k + 2)
		}
		if w == ";" || sv.ClauseWord(w) || syntax.VerbLike(w) && !sv.Auxiliary(w) && sv.lex.Modality(w) == "" {
			return false
		}
	}
	return false
}

// predicateEnds reports the end of a predicate at toks[k]: the sentence's
// end, punctuation, a clause word, "and", or a date phrase after a
// preposition ("never came in 1940"), not an adverb, a complement or a
// clause's preposition ("did not happen overnight", "did not come as a
// surprise", "did not happen until 2003").
func (sv *Sentence) predicateEnds(k int) bool {
	toks := sv.Toks
	if k >= len(toks) || toks[k].Kind != english.Alpha || sv.ClauseWord(toks[k].Low) || toks[k].Low == "and" {
		return true
	}
	if !sv.Preposition(toks[k].Low) || sv.ClausePreposition(toks[k].Low) {
		return false // "did not happen until 2003" happened in 2003
	}
	for _, x := range sv.Timex {
		if a, _ := sv.Within(x.Start, x.End); a == k+1 || a == k+2 && sv.Determiner(toks[k+1].Low) {
			return true
		}
	}
	return false
}

// statedReadiness reports an adjective of readiness at toks[k]
// (modality.tsv's readiness) after a form of "be" or a linking verb, at
// most two words between ("was ready", "seemed ready", "was not yet ready"), in a sentence with no verb of
// saying (saying.txt) before it: the text states the readiness, the actor
// does not ("Franco was willing to join the alliance, but he delayed";
// not "Spain said it was ready to sign").
func (sv *Sentence) statedReadiness(k int) bool {
	toks := sv.Toks
	linked := false
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := toks[j].Low; sv.Auxiliary(w) || sv.Linking(w) || sv.lex.Cue(w) == "copula" {
			linked = true
			break
		}
	}
	if !linked {
		return false
	}
	for j := range k {
		if sv.lex.Saying[toks[j].Low] {
			return false
		}
	}
	return true
}

// failedAttempt reports an act at toks[i:i+n] right after the "to" of an
// attempt (modality.tsv's attempt, at most eight tokens before the "to",
// with no comma, semicolon or clause word between: "an attempt by French
// forces to seize Savannah", "tried to seize") that a verb of failure
// (cue class failverb, no "to" or "from" after it) or of a thwarted act
// (class thwarted) later in the sentence says failed: "... failed in 1779",
// "tried to seize Quebec but failed", "was repulsed". The scan forward
// stops at a semicolon, a clause word other than "but" or a preposition
// that opens a clause ("after France had failed" is another's failure).
func (sv *Sentence) failedAttempt(i, n int) bool {
	toks := sv.Toks
	if i < 2 || toks[i-1].Low != "to" {
		return false
	}
	attempt := false
	for j := i - 2; j >= 0 && j >= i-10; j-- {
		w := toks[j].Low
		if sv.lex.Modality(w) == "attempt" {
			attempt = true
			break
		}
		if w == "," || w == ";" || sv.ClauseWord(w) {
			return false
		}
	}
	if !attempt {
		return false
	}
	for k := i + n; k < len(toks) && k < i+n+16; k++ {
		w := toks[k].Low
		if w == ";" || w == ":" || sv.ClauseWord(w) && w != "but" || sv.ClausePreposition(w) {
			return false
		}
		if sv.lex.Cue(w) == "failverb" && !(k+1 < len(toks) && (toks[k+1].Low == "to" || toks[k+1].Low == "from")) {
			return true
		}
		if sv.lex.Modality(w) == "thwarted" {
			return true
		}
	}
	return false
}

// leadingDate reports a date phrase that opens the sentence and ends just
// before toks[k], past a preposition ("In 1979 a Soviet attack ...",
// "By 1990 an Iraqi invasion ..."): the clause still opens at toks[k].
func (sv *Sentence) leadingDate(k int) bool {
	if k < 2 || !sv.Preposition(sv.Toks[0].Low) {
		return false
	}
	for _, x := range sv.Timex {
		if a, b := sv.Within(x.Start, x.End); a >= 0 && a <= 1 && b == k-1 {
			return true
		}
	}
	return false
}

// clauseAhead returns where the words after a noun phrase that ends just
// before toks[from] stop being read for its verb group: at most reach
// tokens on, at the end of the phrase's clause or of the sentence
// (modalAfter, clauseGoesOn, deniedOccurrence).
func (sv *Sentence) clauseAhead(from, reach int) int {
	if from >= len(sv.Toks) {
		return from
	}
	k := from
	for k < len(sv.Toks) && k < from+reach && sv.Clause[k] == sv.Clause[from-1] {
		k++
	}
	return k
}

// modalAfter reports a modal that opens the verb group after the noun
// phrase from toks[from] on, within eight words of its clause: "could",
// "might" (modality.tsv's class hypothetical), or "would be" ("would be
// costly"; a "would" of a history's narrative, "would follow in 1941",
// is no supposition), or a predicate of what is expected (class outlook),
// after a verb like "seemed" or within two words after a form of "be"
// ("seemed likely", "was imminent").
func (sv *Sentence) modalAfter(from int) bool {
	toks := sv.Toks
	for k, end := from, sv.clauseAhead(from, 8); k < end; k++ {
		w := toks[k].Low
		switch m := sv.lex.Modality(w); {
		case m == "hypothetical":
			return true
		case m == "would":
			// "would be costly"; not "would be the last battle of the
			// war", a history's future in the past
			return k+2 < len(toks) && toks[k+1].Low == "be" && sv.adjective(k+2)
		case m == "outlook":
			// "a Soviet attack on Pakistan seemed likely"; not "an
			// Austrian attack made a general war likely", the object's
			return k > from && sv.lex.Cue(toks[k-1].Low) == "copula"
		case sv.lex.Cue(w) == "copula":
			// "seemed likely": the outlook word next decides
			continue
		case sv.Auxiliary(w):
			// "an invasion was imminent", "an attack was very likely"
			for j := k + 1; j < len(toks) && j <= k+2 && sv.Clause[j] == sv.Clause[k]; j++ {
				if sv.lex.Modality(toks[j].Low) == "outlook" {
					return true
				}
			}
			return false
		case sv.Verb(k) || w == "," || sv.ClauseWord(w):
			return false
		}
	}
	return false
}

// adjective reports a word at toks[k] that may be a predicate adjective
// ("costly", "very difficult"): a lower-case word that opens no noun
// phrase, prepositional phrase or clause ("the last battle", "a
// disaster", "its end", "in April").
func (sv *Sentence) adjective(k int) bool {
	t := sv.Toks[k]
	w := t.Low
	return t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !sv.Determiner(w) && sv.Pronoun(w) == "" &&
		!sv.Preposition(w) && !sv.ClauseWord(w) && !sv.Auxiliary(w) && sv.ActorAt[k] < 0
}

// clauseGoesOn reports a verb group after the noun phrase that ends at
// toks[from]: a modal or a form of "be" or "have" in its clause before a
// comma or "and" ("feared the Iraqi invasion of Kuwait would spread",
// "believed the Japanese attack had destroyed the fleet"). The phrase is
// then the subject of the clause a belief verb takes, whose act is
// presupposed, not what is feared.
func (sv *Sentence) clauseGoesOn(from int) bool {
	toks := sv.Toks
	for k, end := from, sv.clauseAhead(from, 8); k < end; k++ {
		w := toks[k].Low
		switch m := sv.lex.Modality(w); {
		case m == "would" || m == "future" || m == "hypothetical" || sv.Auxiliary(w):
			return true
		case w == "," || w == ";" || w == "and" || sv.ClauseWord(w):
			return false // ("but" is a clause word: clausewords.txt)
		}
	}
	return false
}

// figurative reports a conflict word whose object or scene is a
// figurative.txt noun: its object or "on", "against", "of" phrase
// ("declared war on poverty", "the fight against corruption"), or an "in"
// or "at" phrase right after the object ("defeated Brazil in the final").
func (sv *Sentence) figurative(i, n int) bool {
	toks := sv.Toks
	cl := sv.Clause[i]
	k := i + n
	// past determiners, modifiers and nouns, and "of" after a noun ("a
	// war of words")
	next := func() {
		for k < len(toks) && k < i+n+8 && sv.Clause[k] == cl && (sv.Determiner(toks[k].Low) || toks[k].Kind == english.Num ||
			toks[k].Low == "of" && k > i+n ||
			toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.lex.Figurative[toks[k].Low] && !sv.Preposition(toks[k].Low) && !sv.ClauseWord(toks[k].Low) && !syntax.VerbLike(toks[k].Low) && sv.ActorAt[k] < 0) {
			k++
		}
	}
	if k < len(toks) && (toks[k].Low == "on" || toks[k].Low == "against" || toks[k].Low == "of") {
		k++
	}
	next()
	if k < len(toks) && sv.lex.Figurative[toks[k].Low] {
		return true
	}
	// "victory over Hungary in the World Cup final", "won a victory over
	// Australia in the final": a row's own preposition before its target
	// (target=over), after a noun's modifiers or a verb's object
	if tr, _ := sv.triggerAt(i); tr != nil && tr.Prep != "" && k < len(toks) && toks[k].Low == tr.Prep {
		k++
		for k < len(toks) && sv.Determiner(toks[k].Low) {
			k++
		}
	}
	if k < len(toks) && sv.CoordAt[k] >= 0 {
		k = sv.Coords[sv.CoordAt[k]].Last + 1
		if k < len(toks) && (toks[k].Low == "in" || toks[k].Low == "at") {
			// the scene's words up to its end, names too ("in the World
			// Cup final", "in the Olympic basketball final", "in the
			// 1986 quarter-final")
			for k++; k < len(toks) && k < i+n+24 && sv.Clause[k] == cl; k++ {
				w := toks[k].Low
				if sv.lex.Figurative[w] {
					return true
				}
				if !(toks[k].Kind == english.Alpha || toks[k].Kind == english.Num || w == "-" && english.Glued(toks, k)) || sv.Preposition(w) && w != "of" || sv.ClauseWord(w) || syntax.VerbLike(w) {
					return false
				}
			}
		}
	}
	return false
}

// preparedBy reports a verb of military moves (a MOBILIZE event of the
// sentence's so far, not a noun) at most eight tokens before toks[k], in
// its clause or the one "to" opens, with no comma, semicolon, clause
// word or second verb joined by "and" between ("massed troops and went on
// to invade": the infinitive follows that verb, told as done).
func (sv *Sentence) preparedBy(k int) bool {
	toks := sv.Toks
	for p := range sv.prior {
		e := &sv.prior[p]
		// (a send stated against someone is coded THREATEN: its purpose
		// is no more done than the send)
		// (a send of troops or arms told as aid, "sent troops to
		// Hungary to crush the revolt", prepares as a move does)
		if e.Category != "MOBILIZE" && !(e.Category == "AID" && sv.lex.SubtypeDoes(e.Subtype, "prepares")) && !(e.Category == "THREATEN" && e.Intent) || e.noun {
			continue
		}
		at := sv.TokAt(e.Start)
		if at < 0 || at >= k || k-at > 8 {
			continue
		}
		ok := true
		for j := at + 1; j < k; j++ {
			if w := toks[j].Low; w == "," || w == ";" || sv.ClauseWord(w) {
				ok = false
				break
			}
		}
		if ok && !sv.SecondVerb(at, k) {
			return true
		}
	}
	return false
}

// tooToDeny reports "too" (modality.tsv's class excess) and one or two
// words (no verb form) before the "to" at toks[to], after no actor and no
// comma: "too proud to".
func (sv *Sentence) tooToDeny(to int) bool {
	toks := sv.Toks
	for k := to - 1; k >= 0 && k >= to-3; k-- {
		if sv.lex.Cue(toks[k].Low) == "excess" {
			return k < to-1 && (k == 0 || sv.ActorAt[k-1] < 0 && toks[k-1].Low != ",")
		}
		if toks[k].Kind != english.Alpha || syntax.VerbLike(toks[k].Low) && !strings.HasSuffix(toks[k].Low, "ed") || sv.Verb(k) || sv.ActorAt[k] >= 0 {
			return false
		}
	}
	return false
}

// claims reports a verb of claim.txt at toks[j] whose complement holds
// the trigger at toks[i]: its "that" clause, right after it ("claimed
// that US bombers had violated", "alleged that Iran had attacked"), or
// its "to have" and at most one word before the trigger ("claimed to
// have killed 3,000 troops", "claims to have successfully tested").
// Not the word naming an actor, nor a noun after a determiner ("the
// claims that"); nor a trigger after an "and" or "but" that opens a main
// clause of its own (ownClause: "claimed that Indian troops had crossed
// the line and India attacked Lahore").
func (sv *Sentence) claims(j, i int) bool {
	toks := sv.Toks
	if !sv.lex.Claim[toks[j].Low] || sv.ActorAt[j] >= 0 || j > 0 && sv.Determiner(toks[j-1].Low) || j+2 >= len(toks) {
		return false
	}
	switch {
	case toks[j+1].Low == "that":
		return !sv.ownClause(j+1, i)
	case toks[j+1].Low == "to" && toks[j+2].Low == "have":
		return i-(j+2) <= 2
	}
	return false
}

// alleged reports a trigger at toks[i] in the complement of an accusing
// verb before it (a verb of triggers.tsv's ACCUSE rows of subtype accuse:
// "accuse", "blame", "allege", "charge"): its "of", "for" or "with"
// phrase, the trigger at most two words into it ("accused the Serbs of
// shelling", "blamed Iraq for the invasion"), or its "that" clause
// ("alleged that Iran had attacked"); or in the complement of a verb of
// claim.txt (claims). accused: the codes of the actor
// named between the verb and its "of", "for" or "with" (the verb's
// object, who is said to have acted), nil if none. No comma, semicolon
// or colon between: "accused the Russians, who had attacked ..., of
// lying" asserts the attack.
func (sv *Sentence) alleged(i int) (ok bool, accused []string) {
	toks := sv.Toks
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if w := toks[j].Low; w == "," || w == ";" || w == ":" {
			return false, nil
		}
		if sv.claims(j, i) {
			return true, nil
		}
		tr, _ := sv.triggerAt(j)
		if tr == nil || tr.Noun || tr.Category != "ACCUSE" || !sv.lex.SubtypeDoes(tr.Subtype, "alleges") {
			continue
		}
		for p := j + 1; p < i; p++ {
			switch toks[p].Low {
			case "that":
				return p-j <= 4, nil
			case "of", "for", "with":
				if i-p > 3 {
					continue
				}
				in := true
				for k := p + 1; k < i; k++ {
					in = in && toks[k].Kind == english.Alpha && sv.ActorAt[k] < 0 && !sv.Preposition(toks[k].Low) && !sv.IsTrigger(k)
				}
				if !in {
					continue
				}
				for k := j + 1; k < p; k++ {
					if c := sv.CoordAt[k]; c >= 0 {
						return true, sv.Coords[c].Codes(sv.Groups)
					}
				}
				return true, nil
			}
		}
		return false, nil
	}
	return false, nil
}

// aimedGerund reports a gerund trigger at toks[i] that is the object of
// "of" after an intent noun ("the goal of invading"), or a gerund joined
// by "and" or "or" to such an object within the same clause and no comma
// ("the goal of pushing toward Kassala and invading British Sudan").
func (sv *Sentence) aimedGerund(i int) bool {
	toks := sv.Toks
	ing := func(k int) bool { return syntax.Gerund(toks[k]) }
	if !ing(i) || i < 2 {
		return false
	}
	if toks[i-1].Low == "of" {
		return sv.lex.Intent[toks[i-2].Low]
	}
	if w := toks[i-1].Low; w != "and" && w != "or" {
		return false
	}
	for k := i - 2; k >= 2 && k >= i-10 && sv.Clause[k] == sv.Clause[i]; k-- {
		if w := toks[k].Low; w == "," || w == ";" {
			return false
		}
		if toks[k-1].Low == "of" && ing(k) {
			return sv.lex.Intent[toks[k-2].Low]
		}
	}
	return false
}

// sequelOf returns the trigger before a word of sequel (modality.tsv's
// class sequel: "before", "until") that opens the phrase or clause of the
// trigger at toks[i], with at most three tokens and no comma between them
// ("before requesting", "before it requests", "until the Iraqi army
// withdraws"), within twelve tokens and no ";" or ":" before the word; -1
// for none.
func (sv *Sentence) sequelOf(i int) int {
	toks := sv.Toks
	s := -1
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := toks[k].Low; w == "," || w == ";" || w == ":" {
			return -1
		}
		if sv.lex.Cue(toks[k].Low) == "sequel" {
			s = k
			break
		}
	}
	for h := s - 1; s > 0 && h >= 0 && h >= s-12; h-- {
		if w := toks[h].Low; w == ";" || w == ":" {
			return -1
		}
		if sv.IsTrigger(h) {
			return h
		}
	}
	return -1
}

// listHead returns the first gerund of a list of gerund phrases whose
// later item starts with the gerund at toks[i] after a comma or "and"
// ("training the Iraqi forces, conducting operations, and providing
// support": "training" for "providing"), -1 when toks[i] is no such item.
// The head is the nearest gerund before toks[i], at most listReach tokens
// back and with no semicolon or colon between, that follows no comma or
// "and" itself, when every comma between them opens an item that starts
// with a gerund.
func (sv *Sentence) listHead(i int) int {
	toks := sv.Toks
	ing := func(k int) bool { return syntax.Gerund(toks[k]) }
	sep := func(k int) bool { w := toks[k].Low; return w == "," || w == "and" || w == "or" }
	if i < 3 || !ing(i) || !sep(i-1) {
		return -1
	}
	for g := i - 2; g >= 1 && g >= i-listReach; g-- {
		if w := toks[g].Low; w == ";" || w == ":" {
			return -1
		}
		if !ing(g) || sep(g-1) {
			continue
		}
		for k := g + 1; k < i; k++ {
			if toks[k].Low != "," {
				continue
			}
			n := k + 1
			if n < i && (toks[n].Low == "and" || toks[n].Low == "or") {
				n++
			}
			if !ing(n) {
				return -1
			}
		}
		return g
	}
	return -1
}

// listReach bounds how far back the head of a list of gerund phrases is
// looked for, in tokens.
const listReach = 24

// frontPurpose reports a trigger at toks[i] inside the phrases of purpose
// that open the sentence ("In order to kill off ..., in order to poison
// ..., the command made its aircraft pass over"): a preposition, a
// purpose word of modality.tsv and "to" open the sentence, and every
// comma before the trigger is followed by another such phrase; after the
// comma that none follows the main clause begins ("In order to stop the
// advance, Iran attacked Basra": the attack is asserted).
func (sv *Sentence) frontPurpose(i int) bool {
	toks := sv.Toks
	opens := func(k int) bool {
		// ("In order to"; not "The order to attack", a noun's)
		return k+2 < len(toks) && sv.lex.Modality(toks[k+1].Low) == "purpose" && toks[k+2].Low == "to" && sv.Preposition(toks[k].Low)
	}
	if !opens(0) || i < 3 {
		return false
	}
	for k := 3; k < i; k++ {
		if w := toks[k].Low; (w == "," || w == ";") && !opens(k+1) {
			return false
		}
	}
	return true
}

// purposeSubject returns the actors of the main clause's subject after the
// fronted phrases of purpose (see frontPurpose): the first coordination,
// within four tokens after the comma that ends them, that no preposition
// governs ("In order to ..., Iraqi aircraft bombed"); nil for none.
func (sv *Sentence) purposeSubject() []string {
	toks := sv.Toks
	for k := 3; k < len(toks); k++ {
		if w := toks[k].Low; w != "," && w != ";" {
			continue
		}
		if k+3 < len(toks) && sv.lex.Modality(toks[k+2].Low) == "purpose" && toks[k+3].Low == "to" && sv.Preposition(toks[k+1].Low) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if c := sv.CoordAt[j]; c >= 0 {
				if sv.Governed(c) {
					return nil
				}
				return sv.Coords[c].Codes(sv.Groups)
			}
		}
		return nil
	}
	return nil
}

// invertedSubject reports an actor at toks[k] that a negation and an
// auxiliary put before its verb ("nor did India attack", "never had
// France recognised"), and returns the first token of the actor's phrase,
// so that the scan back goes on to the auxiliary; -1 if it is none ("not
// only did India attack": "only" is no negation).
func (sv *Sentence) invertedSubject(k int) int {
	if sv.ActorAt[k] < 0 {
		return -1
	}
	j := k
	for j > 0 && sv.ActorAt[j-1] == sv.ActorAt[k] {
		j--
	}
	for j > 0 && sv.Determiner(sv.Toks[j-1].Low) {
		j--
	}
	if j < 2 || !sv.invertedAux(sv.Toks[j-1].Low) || sv.lex.Modality(sv.Toks[j-2].Low) != "negated" {
		return -1
	}
	return j
}

// invertedAux reports a word that may open an inverted verb group: an
// auxiliary of "be" or "have", a past tense of its own ("did"), or a
// modal ("could", "would", "will").
func (sv *Sentence) invertedAux(w string) bool {
	return sv.modal(w) || sv.Auxiliary(w) || sv.PastTense(w)
}

// untilDate returns the index in sv.Timex of a date that "until" or
// "till" (syntax deadlines.txt) opens after a negated verb's trigger, in its clause (no comma,
// semicolon or clause word between, at most twelve words on): "did not
// withdraw from Sinai until 1982", "did not sign a border agreement with
// the Soviet Union until May 1991". -1 for none, and for "until" before
// anything else ("did not withdraw until it was forced to").
func (sv *Sentence) untilDate(from int) int {
	toks := sv.Toks
	for k := from; k < len(toks) && k < from+12; k++ {
		w := toks[k].Low
		if w == "," || w == ";" || sv.ClauseWord(w) && !sv.Deadline(w) {
			return -1
		}
		if !sv.Deadline(w) {
			continue
		}
		for x, t := range sv.Timex {
			if a, _ := sv.Within(t.Start, t.End); a == k+1 || a == k+2 && sv.Determiner(toks[k+1].Low) {
				return x
			}
		}
		return -1
	}
	return -1
}

// prevented reports a trigger right after "from" whose phrase a word of
// prevention (modality.tsv's class prevention) opens, past its object, at
// most six words back (a word of cessation too: "stopped the Turks from
// crossing"), and no comma, semicolon or clause word between:
// "prevented Iraq from seizing the port", "kept the Turks from crossing".
func (sv *Sentence) prevented(i int) bool {
	toks := sv.Toks
	if i < 2 || toks[i-1].Low != "from" || !strings.HasSuffix(toks[i].Low, "ing") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		w := toks[k].Low
		if w == "," || w == ";" || sv.ClauseWord(w) {
			return false
		}
		if sv.lex.Modality(w) == "prevention" || sv.lex.Cue(w) == "cessation" {
			// ("stopped the Turks from crossing"); not one denied
			// ("did not prevent Italy from invading": it invaded)
			return !(k > 0 && sv.lex.Modality(toks[k-1].Low) == "negated" || k > 1 && sv.lex.Modality(toks[k-2].Low) == "negated")
		}
	}
	return false
}
