package event

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
)

// trigCache is triggerAt's answer for one token.
type trigCache struct {
	done bool
	tr   *lexicon.Trigger
	n    int
}

// triggerAt returns the trigger at token i, and how many tokens it takes:
// the best of the lexicon's matches there (one walk down its trie), a
// dictionary verb by the pattern whose slots its sentence fills.
func (sv *Sentence) triggerAt(i int) (*lexicon.Trigger, int) {
	if sv.tcache == nil {
		sv.tcache = make([]trigCache, len(sv.Toks))
	}
	if c := sv.tcache[i]; c.done {
		return c.tr, c.n
	}
	tr, n := sv.findTrigger(i)
	sv.tcache[i] = trigCache{true, tr, n}
	return tr, n
}

func (sv *Sentence) findTrigger(i int) (*lexicon.Trigger, int) {
	t := sv.Toks[i]
	// "on 24 March 1999": a word of a time expression is no trigger
	if t.Kind != english.Alpha || sv.InEnt[i] || sv.blocked(i) || sv.InTimex(i) {
		return nil, 0
	}
	// "self-imposed", "Soviet-backed": a trigger word joined by a hyphen
	// to the word before is part of an adjective ("re-imposed" is not).
	if i > 1 && sv.Toks[i-1].Text == "-" && sv.Toks[i-1].End == t.Start && sv.Toks[i-2].End == sv.Toks[i-1].Start &&
		sv.Toks[i-2].Low != "re" && sv.Toks[i-2].Low != "co" {
		return nil, 0
	}
	named := sv.inName(i)
	if named && !sv.nameBegins(i) {
		// "the Annual Meeting of the ACL", "Wisconsin Census Blocks",
		// "the Research Frontiers Programme grant", "the Korean War": a
		// word of a name
		return nil, 0
	}
	sv.mbuf = sv.lex.Match(sv.lowFrom(i), sv.mbuf[:0])
	bare := sv.BareParticiple(i)
	// A word that is both a verb and a noun ("visit", "defeat") is a noun
	// after a determiner or a possessive.
	nounish := i > 0 && (sv.Determiner(sv.Toks[i-1].Low) || sv.Toks[i-1].Low == "s" && i > 1 && sv.Toks[i-2].Low == "'" ||
		sv.ActorAt[i-1] >= 0 && sv.Groups[sv.ActorAt[i-1]].Label == "NORP" ||
		// "military supplies": an -s form after a lower-case modifier
		strings.HasSuffix(t.Low, "s") && sv.Toks[i-1].Kind == english.Alpha && !english.IsUpperWord(sv.Toks[i-1].Text) && sv.ActorAt[i-1] < 0 &&
			!sv.Preposition(sv.Toks[i-1].Low) && sv.Pronoun(sv.Toks[i-1].Low) == "" && !sv.ClauseWord(sv.Toks[i-1].Low) && sv.Toks[i-1].Low != "and" && sv.Toks[i-1].Low != "that")
	// "the commission's proposed districts": a participle after an
	// article or a possessive is an adjective
	// "Britain and France all agreed to": a floating determiner right
	// after a subject's actors leaves the form in -ed its verb (not
	// after a verb's object: "paid France all agreed sums")
	floated := false
	if i > 1 && sv.Floating(sv.Toks[i-1].Low) && strings.HasSuffix(t.Low, "ed") {
		// the actors open their clause, past determiners, or follow a
		// comma, a clause word or an opening date
		if c := sv.CoordAt[i-2]; c >= 0 {
			_, floated = sv.subjectOpens(c)
		}
	}
	adjective := i > 0 && !floated && (sv.Determiner(sv.Toks[i-1].Low) && sv.Toks[i-1].Low != "that" || sv.Toks[i-1].Low == "s" && i > 1 && sv.Toks[i-2].Low == "'") &&
		strings.HasSuffix(t.Low, "ed") || sv.modifiesAfterVerb(i) || sv.countedParticiple(i)
	// "a total ban": an article with modifiers between makes it a noun too
	nounish = nounish || sv.nounUse(i)
	// "met fierce resistance", "defend the river line": a verb that acts
	// on people with a thing for its object is no trigger in that sense,
	// by the project's row or the dictionary's.
	for _, m := range sv.mbuf {
		// (unless a project row of the word reads that thing as its
		// object: "met fierce resistance from the Russian army")
		if m.Len == 1 && m.Trigger.ActorObject && !m.Trigger.Noun && !(nounish && sv.ActorAt[i-1] < 0) && sv.thingObject(i+1) && !sv.thingRowFills(i) {
			return nil, 0
		}
		// "encircled Russia with military bases": the means of a figure
		// of speech, no act by the row nor the dictionary's
		if m.Trigger.Means != nil && !m.Trigger.Noun && sv.withMeans(i+m.Len, m.Trigger.Means) {
			return nil, 0
		}
		// "countries threatened by insurgencies": a verb that only an
		// actor does, with a thing for its agent, names a condition;
		// "groups opposed to the war" hold a view
		if !m.Trigger.Noun && (m.Trigger.ActAgent && sv.thingAgent(i, m.Len) || m.Trigger.Stance && sv.afterCommonNoun(i)) {
			return nil, 0
		}
	}
	var best *lexicon.Trigger
	bn, bs := 0, -1
	for _, m := range sv.mbuf {
		tr, n := m.Trigger, m.Len
		if n < bn {
			break // longest first
		}
		if tr.Category == "NONE" || named && !tr.Noun || tr.Thing && tr.Noun && sv.complementNoun(i) || (tr.Thing || tr.Mutual) && tr.Noun && sv.appositionNoun(i) || !tr.Noun && (bare || sv.Described(i, n) && !tr.HasObject("as") || sv.afterPreposition(i) || adjective) {
			continue
		}
		score := 0
		switch {
		case tr.Dict && (best != nil && !best.Dict || sv.lex.Light[t.Low] || sv.Linking(t.Low) || sv.Auxiliary(t.Low) || sv.lex.Saying[t.Low] || strings.HasSuffix(t.Low, "ing") && sv.AuxBefore(i) < 0 ||
			i > 0 && sv.Toks[i-1].Low == "to"):
			// The project's own triggers take precedence over the
			// dictionary's; a light verb's event is the noun after it
			// ("held a summit"), a linking verb states ("remained at
			// odds"), a verb of saying reports another's act ("said it had
			// halted aid"); a participle in -ing with no auxiliary
			// modifies a noun ("consequences affecting India"); an
			// infinitive is a purpose or another verb's complement ("to
			// forestall more violence", "efforts to end the fighting").
			continue
		case tr.Dict:
			// The dictionary lists verbs: after a determiner the word is
			// a noun, and it names an event only as the project's
			// noun. A pattern whose slots the sentence fills takes
			// precedence over the verb's own row, as in PETRARCH; a
			// pattern with the null code makes the verb no trigger.
			if nounish {
				continue
			}
			p, spec := sv.bestPattern(i, n, tr.Patterns)
			switch {
			case p != nil && p.Category == "NONE":
				continue
			case p != nil:
				c := *p
				c.Words, c.Patterns, c.Past = tr.Words, nil, tr.Past
				tr, score = &c, 100+10*spec
			case tr.Category != "":
				score = 10
			default:
				continue
			}
		case !tr.Noun && !tr.Dict && !tr.Slotted() && tr.Category != "MOBILIZE" && tr.Category != "AID" && (sv.afterPeopleAdjective(i) || tr.Category == "REQUEST" && sv.afterPossessor(i)):
			// "unable to answer French raids on its ports",
			// "the Afghan requests": an -s form right after a people's
			// adjective is a plural noun, the row's act named by a
			// noun; a verb in -s agrees with a singular subject, which
			// an adjective is not (a people's plural may be one: "Serbs
			// rallied"). Not a row of moving or giving, whose -s noun
			// is a thing more often than the act ("Bulgarian lands",
			// "Dutch arms"). After a possessor ("Germany's demands",
			// "their request") a request row is a noun too, its
			// possessor the one who asks (answerer: whom); other rows
			// there are often a thing or a modifier ("their march
			// discipline", "his attack force")
			c := *tr
			c.Noun = true
			tr, score = &c, 10+2
		case tr.Slotted() && !tr.Noun && nounish && sv.ActorAt[i-1] < 0 && strings.HasSuffix(t.Low, "s"):
			// "destroyed the winter food supplies, forcing them to
			// British bases": an -s form after a determiner or a
			// lower-case modifier is a plural noun; a verb's object
			// list does not make it a verb (after an actor it may be
			// one: "Serbs rallied against")
			continue
		case tr.Slotted():
			spec, ok := sv.slots(i, n, tr)
			if !ok {
				continue
			}
			score = 100 + 10*spec + 2
		default:
			score = 10 + 2
		}
		if tr.Noun == nounish {
			score++
		}
		if best == nil || n > bn || score > bs || best.Dict && !tr.Dict {
			best, bn, bs = tr, n, score
		}
	}
	return best, bn
}

// afterPeopleAdjective reports an -s form at toks[i] ("blockades",
// "raids"; not "-ss") right after a people's adjective the actor stage
// codes ("British", "Soviet", "Iraqi"): a token labelled NORP that is no
// plural in -s ("Serbs", "Kurds"), in a phrase a preposition or a verb
// takes.
func (sv *Sentence) afterPeopleAdjective(i int) bool {
	if i == 0 || !strings.HasSuffix(sv.Toks[i].Low, "s") || strings.HasSuffix(sv.Toks[i].Low, "ss") {
		return false
	}
	g, c := sv.ActorAt[i-1], sv.CoordAt[i-1]
	// (only in an object's place, after a preposition or a verb: "to
	// French blockades", "protested Soviet raids"; a subject's phrase,
	// "the Afghan requests were", "both the Greek and Turkish offensives
	// began", keeps the row's reading)
	return g >= 0 && c >= 0 && sv.Groups[g].Label == "NORP" && !strings.HasSuffix(sv.Toks[i-1].Low, "s") &&
		(sv.Governed(c) || sv.ObjectOfVerb(c))
}

// afterPossessor reports a word at toks[i] right after a possessor, "X's"
// or a possessive pronoun ("Germany's demands", "their request"): a
// noun, whose possessor acts.
func (sv *Sentence) afterPossessor(i int) bool {
	toks := sv.Toks
	if strings.HasSuffix(toks[i].Low, "ing") {
		return false // "Ethiopia's signing a peace agreement": a gerund, whose act is its own row's
	}
	return i > 1 && toks[i-1].Low == "s" && toks[i-2].Low == "'" || i > 0 && sv.Pronoun(toks[i-1].Low) == "possessive"
}

// inName reports a word of a name at toks[i]: capitalized inside the
// sentence next to another capitalized word that is no actor ("Census
// Blocks", "Annual Meeting"), or a lower-case word right after such a name
// with no determiner ("the Frontiers Programme grant").
func (sv *Sentence) inName(i int) bool {
	toks := sv.Toks
	capital := func(k int) bool {
		return k > 0 && k < len(toks) && toks[k].Kind == english.Alpha && english.IsUpperWord(toks[k].Text) && sv.ActorAt[k] < 0
	}
	if i > 0 && english.IsUpperWord(toks[i].Text) {
		return capital(i-1) || capital(i+1) || sv.afterActorName(i)
	}
	return capital(i-1) && capital(i-2) && !strings.HasSuffix(toks[i].Low, "ed")
}

// afterActorName reports a capitalized word inside the sentence right
// after a capitalized actor's name: a word of a name ("the Korean War",
// "the Mexican-American War", "the UN Command"). A war's name is a
// mention of the war, not an act: it gives no event of its own. A title in
// title case quoted in body text ("the book China Threatens India") is a
// name too: a headline's act is told in the title zone, which gives no
// events.
func (sv *Sentence) afterActorName(i int) bool {
	toks := sv.Toks
	return i > 0 && toks[i].Kind == english.Alpha && english.IsUpperWord(toks[i].Text) &&
		sv.ActorAt[i-1] >= 0 && toks[i-1].Kind == english.Alpha && english.IsUpperWord(toks[i-1].Text) && !sv.InEnt[i]
}

// nameBegins reports a name after an actor's (afterActorName) that is the
// subject of a light verb used with no object ("the Gulf War began in
// January", "the Iran-Iraq War would begin in earnest", "the Vietnam War
// continued until 1975"), past modals, auxiliaries and adverbs: the
// sentence tells of the war itself, which is an event. With an object
// ("the Korean War made Truman unpopular") the name is a mention.
func (sv *Sentence) nameBegins(i int) bool {
	toks := sv.Toks
	if !sv.afterActorName(i) || i+1 < len(toks) && english.IsUpperWord(toks[i+1].Text) {
		return false
	}
	k := i + 1
	for ; k < len(toks) && k <= i+3; k++ {
		w := toks[k].Low
		if sv.lex.Modality(w) == "" && !sv.Auxiliary(w) && !(len(w) > 3 && strings.HasSuffix(w, "ly")) {
			break
		}
	}
	if k >= len(toks) || sv.Clause[k] != sv.Clause[i] || !sv.lex.Light[toks[k].Low] {
		return false
	}
	// no object: the light verb ends the sentence or a preposition, a
	// punctuation mark, an adverb or a clause word follows it
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	return n.Kind != english.Alpha || sv.Preposition(n.Low) || sv.ClauseWord(n.Low) || len(n.Low) > 3 && strings.HasSuffix(n.Low, "ly")
}

// lowFrom returns the lower-case tokens from i on, for the trie: a word
// inside an entity ends a trigger.
func (sv *Sentence) lowFrom(i int) func(k int) (string, bool) {
	return func(k int) (string, bool) {
		j := i + k
		if j >= len(sv.Toks) || k > 0 && sv.InEnt[j] {
			return "", false
		}
		return sv.Toks[j].Low, true
	}
}

// bestPattern returns the pattern of a dictionary verb at toks[i:i+n]
// whose slots the sentence fills with the most words, and that count.
func (sv *Sentence) bestPattern(i, n int, ps []*lexicon.Trigger) (*lexicon.Trigger, int) {
	var best *lexicon.Trigger
	bs := 0
	for _, p := range ps {
		if spec, ok := sv.slots(i, n, p); ok && spec > bs {
			best, bs = p, spec
		}
	}
	return best, bs
}

// slots reports whether the sentence fills a trigger's slots at
// toks[i:i+n], and with how many words: an object within ten tokens after
// it (before it in a passive: "a new group ... was formed") or, for an
// object ACTOR, an actor as the verb's object right after it, a subject
// word right before it in its clause, an actor after its target's
// preposition.
func (sv *Sentence) slots(i, n int, tr *lexicon.Trigger) (int, bool) {
	spec, _, ok := sv.slotsObject(i, n, tr)
	return spec, ok
}

// slotsObject is slots, with the length of the object it fills too (0
// for a row with no object flag).
func (sv *Sentence) slotsObject(i, n int, tr *lexicon.Trigger) (spec, object int, ok bool) {
	toks := sv.Toks
	cl := sv.Clause[i]
	objs := tr.Objects()
	if objs != nil || tr.ObjectActor {
		best := 0
		if tr.ObjectActor && i+n < len(toks) && toks[i+n].Low != "that" && sv.directObject(i+n) {
			// "warned the Soviet Union"; "warned that the rebels held
			// ..." has a clause for its object, not an actor
			best = 1
		}
		end := min(len(toks), i+n+10)
		if !tr.Dict {
			// a row's object is in the verb's clause too, but may follow a
			// comma ("entered Kenya, invited by President Kenyatta"): the
			// window ends at another clause, ";", "that", or a coordinator
			// that opens a new clause, after a comma or before a past verb
			// ("entered Kuwait, and at the request of King Fahd American
			// troops deployed", "approved a loan but delayed the sale"),
			// unless that word is the object ("charged that", "warned
			// that if")
			last := sv.Clause[i+n-1] // "warned that": the clause "that" opens
			for k := i + n; k < end; k++ {
				if w := toks[k].Low; !tr.HasObject(w) && (sv.Clause[k] != last || w == ";" || w == "that" || sv.newClause(k)) {
					end = k
				}
			}
		}
		if tr.Dict {
			// a pattern's object is in the verb's own clause: up to a
			// comma, a "that" or a subject pronoun ("said on Tuesday it
			// had halted economic aid" is no saying of aid)
			for k := i + n; k < end; k++ {
				if w := toks[k].Low; sv.Clause[k] != cl || w == "," || w == ";" || w == "that" || sv.Pronoun(w) == "subject" {
					end = k
				}
			}
		}
		if tr.Phrase {
			// the object phrase right after the verb ("withdrew from the
			// ABM Treaty"; not "withdrew its forces ... after the
			// agreement")
			best = max(best, sv.objectPhrase(i+n, end, objs))
		}
		// a word of a phrase that names no event fills no slot
		// ("measures of public support" is no support offered)
		for k := i + n; k < end && !tr.Phrase; k++ {
			if rs := objs[toks[k].Low]; rs != nil && !sv.inNonePhrase(k) {
				best = max(best, sv.phraseAt(k, end, rs))
			}
		}
		if best == 0 && !tr.Noun && !tr.Phrase && i > 0 && sv.Auxiliary(toks[i-1].Low) {
			for k := i - 2; k >= 0 && k >= i-20 && sv.Clause[k] == cl; k-- {
				if rs := objs[toks[k].Low]; rs != nil && !sv.inNonePhrase(k) {
					best = max(best, sv.phraseAt(k, i, rs))
				}
			}
		}
		if best == 0 {
			return 0, 0, false
		}
		spec += best
		object = best
	}
	if tr.Subjects != nil {
		best := 0
		for k := i - 1; k >= 0 && k >= i-5 && sv.Clause[k] == cl; k-- {
			for _, s := range tr.Subjects {
				if m := len(s); k+1 >= m && toks[k].Low == s[m-1] {
					ok := true
					for j := 1; j < m && ok; j++ {
						ok = toks[k-j].Low == s[m-1-j]
					}
					if ok {
						best = max(best, m)
					}
				}
			}
		}
		if best == 0 {
			return 0, 0, false
		}
		spec += best
	}
	if tr.By != nil {
		// "Soviet ground forces entered Afghanistan": the subject's sector
		ok := false
		for _, sec := range sv.SubjectSectors(i) {
			ok = ok || slices.Contains(tr.By, sec)
		}
		ok = ok || slices.Contains(tr.By, "STATE") && sv.stateSubject(i, tr.Noun, "GPE")
		// "NATO encouraged Ukraine", "the Kremlin encouraged Egypt": an
		// organisation itself, an alliance or a seat of government
		ok = ok || slices.Contains(tr.By, "BODY") && sv.stateSubject(i, tr.Noun, "ORG")
		if !ok {
			return 0, 0, false
		}
		spec++
	}
	// a noun row with both an object and a target preposition needs both:
	// "resistance to the Soviet invasion"; "German resistance stiffened
	// after an advance" names no one resisted
	if tr.Prep != "" && (objs == nil || tr.Noun) && tr.Subjects == nil {
		if sv.prepTarget(i+n, cl, tr.Prep) == nil {
			return 0, 0, false
		}
		spec++
	}
	return spec, object, true
}

// newClause reports a coordinator at token k that opens a clause of its
// own: after a comma, or before a past form of a verb of the trigger
// list ("and halted arms sales"; not "its unilateral and unannounced
// embargo"). The list is looked up, not the sentence's triggers, so that
// slots never codes a later token.
func (sv *Sentence) newClause(k int) bool {
	toks := sv.Toks
	if w := toks[k].Low; w != "and" && w != "but" {
		return false
	}
	if k > 0 && toks[k-1].Low == "," {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	if w := toks[k+1].Low; !strings.HasSuffix(w, "ed") && !sv.PastForm(w) {
		return false
	}
	for _, m := range sv.lex.Match(sv.lowFrom(k+1), nil) {
		if m.Trigger.Category != "NONE" && !m.Trigger.Noun {
			return true
		}
	}
	return false
}

// objectPhrase returns the length of the longest of the object entries
// objs (by their first word) that the tokens from token from (right after
// a verb) to end hold as the verb's object phrase, 0 for none (a row's
// flag "phrase"): an entry that opens with a preposition opens right at
// from, any other's first word after modifiers only (determiners,
// numbers, possessives, actors, adjectives and nouns: "the market share",
// "its second contingent"); the entry's words follow one another, with
// modifiers again allowed after a preposition or a possessive
// ("contingent of UN observers", "came to Syria's military aid"), and its
// last word heads its phrase: no noun follows it ("captured the market
// town" has no object "market").
func (sv *Sentence) objectPhrase(from, end int, objs map[string][][]string) int {
	n, _ := sv.objectPhraseSpan(from, end, objs)
	return n
}

// objectPhraseSpan is objectPhrase with the index of the longest entry's
// last token (-1 for none).
func (sv *Sentence) objectPhraseSpan(from, end int, objs map[string][][]string) (int, int) {
	toks := sv.Toks
	best, last := 0, -1
	for k := from; k < end && k < from+6 && sv.gapOfModifiers(from, k); k++ {
		w := toks[k].Low
		for _, r := range objs[w] {
			if k > from && sv.Preposition(w) {
				continue
			}
			j, ok := k, true
			for _, rw := range r {
				next := j + 1
				if sv.Preposition(toks[j].Low) || sv.possessiveEnd(j) {
					for next < end && next < j+5 && toks[next].Low != rw && sv.modifierAt(next) {
						next++
					}
				}
				if next >= end || toks[next].Low != rw {
					ok = false
					break
				}
				j = next
			}
			if ok && (sv.Preposition(toks[j].Low) || sv.phraseHead(j)) && 1+len(r) > best {
				best, last = 1+len(r), j
			}
		}
	}
	return best, last
}

// gapOfModifiers reports toks[from:k] all modifiers of one noun (see
// modifierAt): a determiner after another modifier opens a phrase of its
// own ("ended the war without an alliance"), except after a possessive
// or another determiner ("the fleet's commander", "all its forces").
func (sv *Sentence) gapOfModifiers(from, k int) bool {
	for j := from; j < k; j++ {
		if !sv.modifierAt(j) || j > from && sv.Determiner(sv.Toks[j].Low) && sv.CoordAt[j] < 0 && !sv.Determiner(sv.Toks[j-1].Low) && !sv.possessiveEnd(j-1) {
			return false
		}
	}
	return true
}

// possessiveEnd reports a possessive's last token at toks[k] ("'s", the
// "s" of "' s", a lone "'").
func (sv *Sentence) possessiveEnd(k int) bool {
	w := sv.Toks[k].Low
	return w == "'s" || w == "'" || w == "s" && k > 0 && sv.Toks[k-1].Low == "'"
}

// modifierAt reports a token that may stand before a noun's head in its
// phrase: a determiner or possessive, a number, an actor's word, a hyphen
// inside a word, or a word that is no function word ("market", "UN",
// "heavily", "well-armed"; not "to", "and", "that", "they", "had": a
// preposition, a joiner of joiners.txt, a clause word, a pronoun, an
// auxiliary).
func (sv *Sentence) modifierAt(k int) bool {
	t := sv.Toks[k]
	switch {
	case sv.Determiner(t.Low) || t.Kind == english.Num || t.Low == "'s" || t.Low == "'" || sv.CoordAt[k] >= 0:
		return true
	case t.Low == "-":
		return k+1 < len(sv.Toks) && english.Glued(sv.Toks, k) && english.Glued(sv.Toks, k+1)
	case t.Kind != english.Alpha:
		return false
	}
	w := t.Low
	return !sv.Preposition(w) && !sv.ClauseWord(w) && sv.Pronoun(w) == "" && !sv.Auxiliary(w) && !sv.Joiner(w)
}

// phraseHead reports toks[k] the head of its noun phrase: no word that
// may go on with the phrase follows it (a noun, "market town"; a hyphen
// joining a word, "Pact-era"; a possessive, "the Pact's territory"); an
// adverb of objects.tsv's class objectend does not ("sent the crew
// home").
func (sv *Sentence) phraseHead(k int) bool {
	if k+1 >= len(sv.Toks) {
		return true
	}
	t := sv.Toks[k+1]
	if t.Low == "-" {
		return !(english.Glued(sv.Toks, k+1) && k+2 < len(sv.Toks) && english.Glued(sv.Toks, k+2))
	}
	if t.Low == "'" || t.Low == "'s" {
		return false // a possessor ("the Warsaw Pact's territory")
	}
	if t.Kind != english.Alpha || sv.CoordAt[k+1] >= 0 || english.IsUpperWord(t.Text) {
		return true
	}
	w := t.Low
	return !sv.modifierAt(k+1) || sv.Determiner(w) || syntax.VerbLike(w) || sv.PastForm(w) || strings.HasSuffix(w, "ly") || sv.lex.ObjectEnds[w]
}

// phraseAt returns the length of the longest of the object phrases rests
// (each the words after its first, at toks[k]) that the tokens from k+1
// to end hold in order, 0 for none.
func (sv *Sentence) phraseAt(k, end int, rests [][]string) int {
	best := 0
	for _, r := range rests {
		j, m := k+1, 0
		for ; m < len(r) && j < end; j++ {
			if sv.Toks[j].Low == r[m] {
				m++
			}
		}
		if m == len(r) {
			best = max(best, 1+len(r))
		}
	}
	return best
}

// prepTarget returns the actors right after the first preposition prep
// after token from in clause cl ("met with X"), nil for none. A
// coordinator that opens a clause of its own ends the search: "Italy
// surrendered, and Germany moved troops to Rome" names no one Italy
// surrendered to (newClause).
func (sv *Sentence) prepTarget(from, cl int, prep string) []string {
	toks := sv.Toks
	for k := from; k < len(toks) && k < from+8 && sv.Clause[k] == cl; k++ {
		if sv.newClause(k) {
			return nil
		}
		if toks[k].Low != prep {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if c := sv.CoordAt[j]; c >= 0 {
				return sv.Coords[c].Codes(sv.Groups)
			}
			if !sv.Determiner(toks[j].Low) && toks[j].Kind != english.Alpha {
				break
			}
		}
		return nil
	}
	return nil
}

// ownerAfter reports one of the words unless (an unless= flag) at token
// k, or a participle and one ("abandoned by"), with an actor right after
// it, past determiners, that heads its phrase (no demonym of a thing,
// "protected by Soviet missiles"): the ground a NONE phrase names is another's
// ("positions abandoned by the Syrian army", "high ground overlooking
// Beirut").
func (sv *Sentence) ownerAfter(k int, unless map[string]bool) bool {
	toks := sv.Toks
	if unless == nil || k >= len(toks) {
		return false
	}
	if strings.HasSuffix(toks[k].Low, "ed") && k+1 < len(toks) && unless[toks[k+1].Low] {
		k++
	}
	if !unless[toks[k].Low] {
		return false
	}
	k++
	for end := k + 2; k < len(toks) && k < end && sv.Determiner(toks[k].Low); k++ {
	}
	if k >= len(toks) || sv.CoordAt[k] < 0 {
		return false
	}
	// the actor heads its phrase: a demonym before a thing names no
	// owner ("positions protected by Soviet missiles"); before a force
	// it does ("vacated by the Jordanian army": a sector)
	c := sv.Coords[sv.CoordAt[k]]
	if len(c.Groups) == 0 {
		return true
	}
	g := sv.Groups[c.Groups[len(c.Groups)-1]]
	j := c.Last + 1
	if g.Label != "NORP" || g.Sector != "" || j >= len(toks) || toks[j].Kind != english.Alpha || english.IsUpperWord(toks[j].Text) {
		return true
	}
	w := toks[j].Low
	return sv.Preposition(w) || sv.ClauseWord(w) || sv.Determiner(w) || sv.Auxiliary(w) || w == "and" || w == "or"
}

// withMeans reports an actor object from token from (past determiners),
// followed by "with" and, past determiners and modifiers, one of the
// words means: "encircled Russia with military bases", "ringed China with
// alliances".
func (sv *Sentence) withMeans(from int, means map[string]bool) bool {
	toks := sv.Toks
	k := from
	for k < len(toks) && k < from+2 && sv.Determiner(toks[k].Low) {
		k++
	}
	if k >= len(toks) || sv.CoordAt[k] < 0 {
		return false
	}
	k = sv.Coords[sv.CoordAt[k]].Last + 1
	if k >= len(toks) || toks[k].Low != "with" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].Low
		if means[w] {
			return true
		}
		if toks[j].Kind != english.Alpha || sv.Preposition(w) || sv.ClauseWord(w) {
			return false
		}
	}
	return false
}

// blocked reports token i inside a phrase that names no event ("cold war",
// "attack helicopters"; category NONE in the trigger file).
//
// A NONE row at token i itself yields to a project's row of the same
// word whose match, its words and the object it fills, is longer than the
// NONE row's, its words and its object: "captured the market town" is
// a seizure though "captured the market" is none (longest match wins,
// NONE on a tie).
func (sv *Sentence) blocked(i int) bool {
	var here []lexicon.Match
	for j := max(0, i-3); j <= i; j++ {
		ms := sv.lex.Match(sv.lowFrom(j), nil)
		if j == i {
			here = ms
		}
		for _, m := range ms {
			if m.Trigger.Category != "NONE" || len(m.Trigger.Words) == 0 || j+m.Len <= i || sv.ownerAfter(j+m.Len, m.Trigger.Unless) {
				continue
			}
			holds, obj := sv.noneObjectLen(j, m)
			if holds && (j < i || !sv.longerMatch(i, here, m.Len+obj, m.Trigger.Objects() != nil)) {
				return true
			}
		}
	}
	return sv.inNoneObject(i)
}

// inNoneObject reports token i inside the object phrase of a NONE row
// with the flag phrase that holds before it, at most phraseReach tokens
// after the row's first word: the object of a phrase that names no event
// names none either ("violating sanctions on Sudan", "evaded American
// sanctions on Cuba": the sanctions are background, not imposed there).
// The sentence's rows are read once, on the first call.
func (sv *Sentence) inNoneObject(i int) bool {
	if sv.noneObj == nil {
		sv.noneObj = make([]bool, len(sv.Toks))
		for j := range sv.Toks {
			for _, m := range sv.lex.Match(sv.lowFrom(j), nil) {
				tr := m.Trigger
				if tr.Category != "NONE" || !tr.Phrase || tr.Objects() == nil {
					continue
				}
				_, last := sv.noneObjectSpan(j, m)
				for k := j + m.Len; k <= min(last, j+phraseReach); k++ {
					sv.noneObj[k] = true
				}
			}
		}
	}
	return sv.noneObj[i]
}

// phraseReach is how far before a token the verb of a NONE row's object
// phrase may stand: the verb's words, a modifier gap of at most 6 tokens
// and an entry's words (inNoneObject).
const phraseReach = 10

// longerMatch reports a project's row among the matches ms at token i,
// not NONE, whose slots the sentence fills, with its words and (with
// objects, for a NONE row that has an object flag) its object longer
// than size tokens. A NONE row with no object flag names its words no
// event whatever follows ("pushing back the Austrian troops" after a
// comma): only longer words beat it.
func (sv *Sentence) longerMatch(i int, ms []lexicon.Match, size int, objects bool) bool {
	for _, m := range ms {
		tr := m.Trigger
		most := m.Len
		if objects {
			most += sv.maxObject(tr)
		}
		if tr.Category == "NONE" || tr.Dict || most <= size {
			continue
		}
		_, obj, ok := sv.slotsObject(i, m.Len, tr)
		if !objects {
			obj = 0
		}
		if ok && m.Len+obj > size {
			return true
		}
	}
	return false
}

// maxObject returns the most tokens the object entries of tr may fill, 1
// for an object ACTOR alone, 0 for none.
func (sv *Sentence) maxObject(tr *lexicon.Trigger) int {
	most := 0
	if tr.ObjectActor {
		most = 1
	}
	for _, rs := range tr.Objects() {
		for _, r := range rs {
			most = max(most, 1+len(r))
		}
	}
	return most
}

// noneObject reports whether a NONE row matched at token j holds: a row
// with an object flag names no event only where one of its objects is the
// phrase's object, in the words after it up to a preposition, a clause
// word or a punctuation mark other than a possessive's ("threatened
// Russia's territories", "took Russia out of the war": an object's first
// word may be a preposition, and its other words follow it); a row with
// none holds wherever it matches. "threatened to invade Kuwait's
// territory", "threatened the United States with attacks on its supply
// routes" are threats.
func (sv *Sentence) noneObject(j int, m lexicon.Match) bool {
	holds, _ := sv.noneObjectLen(j, m)
	return holds
}

// noneObjectLen is noneObject, with the length of the object the row
// holds on (0 for a row with no object flag).
func (sv *Sentence) noneObjectLen(j int, m lexicon.Match) (bool, int) {
	objs := m.Trigger.Objects()
	if objs == nil {
		return true, 0
	}
	toks := sv.Toks
	from := j + m.Len
	if m.Trigger.Phrase {
		n, _ := sv.noneObjectSpan(j, m)
		return n > 0, n
	}
	for k := from; k < len(toks) && k < from+10 && sv.Clause[k] == sv.Clause[from-1]; k++ {
		w := toks[k].Low
		if rs := objs[w]; rs != nil {
			if n := sv.phraseAt(k, min(len(toks), k+10), rs); n > 0 {
				return !sv.meansAfter(k+1, from-1), n
			}
		}
		// a hyphen inside a word ("the Austro-Hungarian ultimatum") is no
		// end of the object
		inWord := w == "-" && k > from && k+1 < len(toks) && english.Glued(toks, k) && english.Glued(toks, k+1)
		if toks[k].Kind != english.Alpha && w != "'" && !inWord || sv.Preposition(w) || sv.ClauseWord(w) {
			return false, 0
		}
	}
	return false, 0
}

// noneObjectSpan reads the object of a row with the flags object and phrase
// matched at token j, in the ten tokens of its clause after it ("sent a
// contingent of observers"; not "a contingent of troops and observers",
// "the market town"): the tokens the longest entry fills and its last
// token; 0 and -1 for none, or where a means phrase follows (meansAfter).
func (sv *Sentence) noneObjectSpan(j int, m lexicon.Match) (int, int) {
	from := j + m.Len
	end := from
	for end < len(sv.Toks) && end < from+10 && sv.Clause[end] == sv.Clause[from-1] {
		end++
	}
	n, last := sv.objectPhraseSpan(from, end, m.Trigger.Objects())
	if n == 0 || sv.meansAfter(from, from-1) {
		return 0, -1
	}
	return n, last
}

// meansAfter reports a means phrase after the object at token from, in the
// clause of token v: "with" and a word that names no actor ("threatened
// Taiwan's territory with missile tests"), or "by" and a gerund
// ("threatened Israel's supply routes by closing the Straits"). The act
// then is done to the object's owner, not a position held against it;
// "communications with India" names a partner, no means.
func (sv *Sentence) meansAfter(from, v int) bool {
	toks := sv.Toks
	for k := from; k+1 < len(toks) && k < from+8 && sv.Clause[k] == sv.Clause[v]; k++ {
		switch w := toks[k].Low; {
		case w == "with":
			return sv.ActorAt[k+1] < 0 && toks[k+1].Kind == english.Alpha && !english.IsUpperWord(toks[k+1].Text)
		case w == "by":
			return strings.HasSuffix(toks[k+1].Low, "ing")
		case toks[k].Kind != english.Alpha && w != "'" || sv.ClauseWord(w):
			return false
		}
	}
	return false
}

// inNonePhrase reports token k inside a phrase that names no event and
// that opens with a word of no trigger before it ("public support",
// "popular support"): the phrase is there for the word at k, which names
// no act in it. A phrase that opens with a trigger word is there for that
// word ("attack submarines", "attack aircraft": the submarines and the
// aircraft are still sold), and a one-word row ("forces") blocks only a
// trigger, not an object word.
func (sv *Sentence) inNonePhrase(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		ms := sv.lex.Match(sv.lowFrom(j), nil)
		none, trig := false, false
		for _, m := range ms {
			if m.Trigger.Category != "NONE" {
				trig = true
			} else if j+m.Len > k && !sv.ownerAfter(j+m.Len, m.Trigger.Unless) && sv.noneObject(j, m) {
				none = true
			}
		}
		if none && !trig {
			return true
		}
	}
	return false
}

// thingObject reports a noun phrase from token from, in the verb's
// clause, that names no actor and has a lower-case word ("fierce
// resistance", "the Bug River line", "itself"): up to a preposition, a
// clause word, punctuation or four words; determiners and possessives
// alone, capitalised words alone or no words are no object.
func (sv *Sentence) thingObject(from int) bool {
	toks := sv.Toks
	words := false
	for k := from; k < len(toks) && k < from+4; k++ {
		w := toks[k].Low
		if sv.ActorAt[k] >= 0 || sv.CoordAt[k] >= 0 {
			return false
		}
		if toks[k].Kind != english.Alpha && toks[k].Kind != english.Num || sv.Preposition(w) || sv.ClauseWord(w) || sv.Auxiliary(w) || w == "and" || w == "that" {
			break
		}
		switch p := sv.Pronoun(w); {
		case strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves"):
			return true
		case p == "possessive":
			continue
		case p != "":
			return false
		}
		if sv.Determiner(w) || toks[k].Kind == english.Num {
			continue
		}
		// a capitalised word may be a name the vocabulary lacks or a
		// day ("met Sunday"): only a common noun or modifier is a thing
		words = words || !english.IsUpperWord(toks[k].Text)
	}
	return words
}

// thingAgent reports a participle in -ed at toks[i:i+n] whose agent, the
// phrase after "by", names no actor within four words ("countries
// threatened by communist insurgencies"); an agent that is an actor
// ("Poland, threatened by the Soviets") or no agent keeps the act.
func (sv *Sentence) thingAgent(i, n int) bool {
	toks := sv.Toks
	if !strings.HasSuffix(toks[i].Low, "ed") || i+n >= len(toks) || toks[i+n].Low != "by" {
		return false
	}
	for k := i + n + 1; k < len(toks) && k <= i+n+4; k++ {
		if sv.ActorAt[k] >= 0 || sv.CoordAt[k] >= 0 || sv.Pronoun(toks[k].Low) != "" {
			return false
		}
		if toks[k].Kind != english.Alpha || sv.Preposition(toks[k].Low) || sv.ClauseWord(toks[k].Low) {
			break
		}
	}
	return true
}

// thingDoes reports a verb trigger at toks[i] whose subject must be an
// actor (flag actsubject) with a thing for its subject ("the plan calls
// for"): it stays a verb to the parse but names no event. The subject is
// found once every verb of the sentence is known, so not in findTrigger.
func (sv *Sentence) thingDoes(i int, tr *lexicon.Trigger) bool {
	return !tr.Noun && tr.ActSubject && sv.thingSubject(i)
}

// thingSubject reports a verb at toks[i] whose subject names a thing: a
// noun phrase with no actor in it (see NoActorSubject: "the agreement
// calls for"; ThingPastPhrase: "the plan for the spring offensive
// called for"), a common noun that a demonym modifies ("the
// Ethiopian plan called for"), or a subject pronoun that stands for no actor ("it calls
// for", the paragraph's subject unknown).
func (sv *Sentence) thingSubject(i int) bool {
	if _, _, ok := sv.NoActorSubject(i); ok || sv.ThingPastPhrase(i) {
		return true
	}
	toks := sv.Toks
	k := i - 1
	if a := sv.AuxBefore(i); a >= 0 {
		k = a - 1
	}
	for k >= 0 && sv.Auxiliary(toks[k].Low) {
		k-- // "it also calls for", "had not"
	}
	if k < 0 || sv.Clause[k] != sv.Clause[i] || sv.CoordAt[k] >= 0 || toks[k].Kind != english.Alpha {
		return false
	}
	w := toks[k].Low
	if sv.Pronoun(w) == "subject" {
		return sv.Resolve(k, true, nil) == nil
	}
	if k > 2 && toks[k-1].Low == "s" && toks[k-2].Low == "'" && sv.ActorAt[k-3] >= 0 && sv.ActorAt[k] < 0 && !english.IsUpperWord(toks[k].Text) &&
		sv.lex.Modality(w) == "plannoun" {
		// "Britain's strategy called for", "Germany's plan calls for":
		// a possessor's plan is a thing
		return true
	}
	return k > 0 && !english.IsUpperWord(toks[k].Text) && sv.ActorAt[k-1] >= 0 && sv.ActorAt[k] < 0 && sv.Groups[sv.ActorAt[k-1]].Label == "NORP" &&
		!sv.Determiner(w) && !sv.Preposition(w) && !sv.ClauseWord(w) && !syntax.VerbLike(w) && w != "and"
}

// complementNoun reports an event noun at toks[i] that completes a form
// of "be" or a linking verb with a determiner and lower-case modifiers
// between ("the business was the war", "this is a political war"): it
// says what the subject is, not that an act took place ("had declared
// war" has no determiner).
func (sv *Sentence) complementNoun(i int) bool {
	toks := sv.Toks
	det := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Low
		switch {
		case det && (sv.Linking(w) || sv.Auxiliary(w)):
			return true
		case sv.Determiner(w) && sv.Pronoun(w) == "":
			det = true
			continue
		case !det && toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && sv.ActorAt[k] < 0 &&
			!strings.HasSuffix(w, "ing") && !sv.Preposition(w) && !sv.ClauseWord(w) && !sv.Auxiliary(w) && w != "and":
			continue
		}
		return false
	}
	return false
}

// appositionNoun reports an event noun at toks[i] in a noun phrase set off
// by a dash or a comma right after a capitalised name and closed by the
// same mark ("the Mais Medicos Program—a partnership between Brazil and
// Cuba—as", "the Apollo-Soyuz Project, a cooperation between ..., docked"):
// the phrase says what the name is, as a linking verb's complement does
// (complementNoun). The phrase opens with a determiner, lower-case
// modifiers between. A name that ends in an event word ("the Geneva
// Summit, a meeting between ...") names the act itself; a name after a
// preposition ("In June, a ceasefire ...") opens no apposition.
func (sv *Sentence) appositionNoun(i int) bool {
	toks := sv.Toks
	k := i - 1
	for ; k >= 0 && k >= i-4; k-- {
		w := toks[k].Low
		if sv.Determiner(w) && sv.Pronoun(w) == "" {
			break
		}
		if toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) || sv.ActorAt[k] >= 0 || sv.Preposition(w) || sv.ClauseWord(w) || sv.Auxiliary(w) || w == "and" {
			return false
		}
	}
	if k < 2 || !sv.Determiner(toks[k].Low) || sv.Pronoun(toks[k].Low) != "" {
		return false
	}
	mark := toks[k-1].Text
	if mark != "," && mark != "—" && !english.IsDash(english.FirstRune(mark)) {
		return false
	}
	n := k - 2
	if toks[n].Text == ")" {
		// "the Mais Médicos (More Doctors) Program": a gloss inside
		for n >= 0 && toks[n].Text != "(" {
			n--
		}
		n--
	}
	if n < 0 || toks[n].Kind != english.Alpha || !english.IsUpperWord(toks[n].Text) || sv.ActorAt[n] >= 0 {
		return false
	}
	w := toks[n].Low
	for _, m := range sv.lex.Match(func(k int) (string, bool) { return w, k == 0 }, nil) {
		if m.Len == 1 && m.Trigger.Noun && m.Trigger.Category != "NONE" {
			return false
		}
	}
	j := n
	for j > 0 && toks[j-1].Kind == english.Alpha && english.IsUpperWord(toks[j-1].Text) {
		j--
	}
	if j > 0 && sv.Preposition(toks[j-1].Low) {
		return false
	}
	for m := i + 1; m < len(toks); m++ {
		if toks[m].Text == mark {
			return true
		}
	}
	return false
}

// stateSubject reports a state itself (a country's name, no sector; an
// organisation's or a seat of government's for label ORG) as
// the subject of the trigger at toks[i]: the nearest actors before it in
// its clause that no preposition governs, opening it ("Chile lodged a
// protest"). For a noun a verb must stand between ("U.S. protests" are a
// crowd's).
func (sv *Sentence) stateSubject(i int, noun bool, label string) bool {
	verb := false
	for k := i - 1; k >= 0 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := sv.Toks[k].Low
		verb = verb || syntax.VerbLike(w) || sv.lex.Light[w]
		c := sv.CoordAt[k]
		if c < 0 {
			continue
		}
		if sv.Governed(c) {
			k = sv.Coords[c].First
			continue
		}
		if noun && !verb {
			return false
		}
		// a subject opens its clause, past determiners, or follows a
		// comma, a clause word, an opening date phrase ("In 1962 the
		// United States confronted the Soviet Union over Berlin") or
		// another clause's token ("nationwide U.S. protests" is a
		// modifier's)
		if j, opens := sv.subjectOpens(c); !opens && sv.Clause[j] == sv.Clause[i] {
			return false
		}
		for _, g := range sv.Coords[c].Groups {
			if sv.Groups[g].Label != label || sv.Groups[g].Sector != "" {
				return false
			}
		}
		if label == "ORG" {
			// a body heads the subject: the verb follows it past
			// auxiliaries and adverbs ("NATO's expansion", "the UN
			// resolution" and "a report by the United Nations" ask
			// no one)
			j := sv.Coords[c].Last + 1
			for j < i && (sv.Auxiliary(sv.Toks[j].Low) || len(sv.Toks[j].Low) > 3 && strings.HasSuffix(sv.Toks[j].Low, "ly")) {
				j++
			}
			return j == i
		}
		return true
	}
	return false
}

// subjectOpens reports whether coordination c's actors, past the
// determiners before them, open their clause as a subject does: the
// sentence starts there or a comma, a clause word or an opening date
// phrase comes before them. j is the token before them (-1 at the start);
// a caller that also lets another clause's token open them reads it.
func (sv *Sentence) subjectOpens(c int) (j int, opens bool) {
	j = sv.Coords[c].First - 1
	for j >= 0 && sv.Determiner(sv.Toks[j].Low) {
		j--
	}
	return j, j < 0 || sv.Toks[j].Low == "," || sv.ClauseWord(sv.Toks[j].Low) || sv.leadingDate(j+1)
}

// afterCommonNoun reports a participle at toks[i] right after a
// lower-case word that heads a noun phrase, with no auxiliary ("groups
// opposed to", "people opposed to"): it describes that noun.
func (sv *Sentence) afterCommonNoun(i int) bool {
	if i == 0 || sv.AuxBefore(i) >= 0 {
		return false
	}
	p := sv.Toks[i-1]
	w := p.Low
	return p.Kind == english.Alpha && !english.IsUpperWord(p.Text) && sv.ActorAt[i-1] < 0 && sv.CoordAt[i-1] < 0 && sv.Pronoun(w) == "" &&
		!sv.Determiner(w) && !sv.Preposition(w) && !sv.ClauseWord(w) && !sv.Auxiliary(w) && !sv.Linking(w) && !syntax.VerbLike(w) &&
		!strings.HasSuffix(w, "ly") && w != "and" && w != "or"
}

// modifiesAfterVerb reports a form in -ed at toks[i] right after a past
// verb in -ed and right before a lower-case word that no preposition
// ("to"), determiner ("that"), pronoun, clause word nor joiner ("and")
// is: the participle modifies the noun the verb takes ("joined
// stationed ground troops", "stormed fortified positions"), it is no
// verb of its own. "reportedly stationed troops", "had stationed
// troops" and "fled and landed in" keep the verb, and so does a past verb with its own subject after a noun, a
// relative clause without "that" ("the troops Iraq massed invaded").
func (sv *Sentence) modifiesAfterVerb(i int) bool {
	toks := sv.Toks
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(toks[i].Low, "ed") || sv.AuxBefore(i) >= 0 {
		return false
	}
	p := toks[i-1]
	if p.Kind != english.Alpha || !syntax.VerbLike(p.Low) || !strings.HasSuffix(p.Low, "ed") || sv.Clause[i-1] != sv.Clause[i] ||
		sv.relativeSubject(i-1) {
		return false
	}
	return sv.adjective(i+1) && !sv.Joiner(toks[i+1].Low)
}

// relativeSubject reports the verb at toks[i] with an actor's name right
// before it that itself follows a common noun: the actor is the subject of a
// relative clause without "that" ("the troops Iraq massed", "the units
// Moscow stationed").
func (sv *Sentence) relativeSubject(i int) bool {
	if i == 0 {
		return false
	}
	g := sv.ActorAt[i-1]
	if g < 0 {
		return false
	}
	f := sv.Groups[g].First
	return f > 0 && english.IsUpperWord(sv.Toks[sv.Groups[g].Last].Text) && sv.Clause[f-1] == sv.Clause[i] && sv.afterCommonNoun(f)
}

// countedParticiple reports a form in -ed between a number that counts
// and the noun it modifies ("1,550 deployed warheads", "40,000 mobilised
// reservists", "1,000 captured Egyptian soldiers"): an adjective. A year
// before the verb ("NATO in 1999 bombed targets") is a time, and a number
// inside a name ("Task Force 77 attacked", "Resolution 242 demanded") is a
// label: neither counts.
func (sv *Sentence) countedParticiple(i int) bool {
	toks := sv.Toks
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(toks[i].Low, "ed") || toks[i-1].Kind != english.Num ||
		sv.InTimex(i-1) || sv.numberLabel(i-1) {
		return false
	}
	if sv.adjective(i+1) && !sv.Joiner(toks[i+1].Low) {
		return true
	}
	// A demonym between the participle and its noun ("captured Egyptian
	// soldiers", "armed Czech civilians").
	// The noun may belong to the actor's phrase ("Egyptian soldiers").
	g := sv.ActorAt[i+1]
	if g < 0 || sv.Groups[g].First != i+1 || !english.IsUpperWord(toks[i+1].Text) {
		return false
	}
	if l := sv.Groups[g].Last; l > i+1 {
		return toks[l].Kind == english.Alpha && !english.IsUpperWord(toks[l].Text)
	}
	return i+2 < len(toks) && sv.adjective(i+2) && !sv.Joiner(toks[i+2].Low)
}

// numberLabel reports the number at toks[k] as part of a name: inside an
// actor's name, or right after a capitalised word that is not the
// sentence's opening function word ("Squadron 12", "Resolution 242", but
// not "About 10,000" or "Nearly 500").
func (sv *Sentence) numberLabel(k int) bool {
	toks := sv.Toks
	if sv.ActorAt[k] >= 0 {
		return true
	}
	if k == 0 || toks[k-1].Kind != english.Alpha || !english.IsUpperWord(toks[k-1].Text) {
		return false
	}
	if k-1 > 0 {
		return true
	}
	w := toks[k-1].Low
	return !sv.Determiner(w) && !sv.Preposition(w) && !sv.ClauseWord(w) && !sv.Auxiliary(w) &&
		!strings.HasSuffix(w, "ly") && sv.lex.Modality(w) == ""
}

// thingRowFills reports a project row of the verb at toks[i] (not the
// dictionary's, no NONE row) that acts on a thing and whose slots the
// words after it fill: "met fierce resistance from the Russian army" is
// fighting by the row of resistance from a party, though "met" acts on
// people in its meeting sense.
func (sv *Sentence) thingRowFills(i int) bool {
	for _, m := range sv.mbuf {
		tr := m.Trigger
		if tr.Dict || tr.Noun || tr.Category == "NONE" || tr.ActorObject || !tr.Slotted() {
			continue
		}
		if _, ok := sv.slots(i, m.Len, tr); ok {
			return true
		}
	}
	return false
}
