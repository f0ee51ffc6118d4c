package syntax

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// destination reports a coordination right after a preposition of place
// ("in", "at", "into"), past determiners: where one goes or is. Not "to":
// "a proposal to Mexico to join the war" names who is to act.
func (sv *View) destination(ci int) bool {
	w := sv.PrepBefore(ci)
	return w == "in" || w == "at" || w == "into"
}

// PrepBefore returns the word right before coordination ci, past
// determiners ("into" in "into Albania"), "" at the sentence's start.
func (sv *View) PrepBefore(ci int) string {
	if k := sv.prepAt(ci); k >= 0 {
		return sv.Toks[k].Low
	}
	return ""
}

// prepAt returns the token right before coordination ci, past
// determiners (PrepBefore's word), -1 at the sentence's start.
func (sv *View) prepAt(ci int) int {
	k := sv.Coords[ci].First - 1
	for k >= 0 && sv.determiners[sv.Toks[k].Low] {
		k--
	}
	return k
}

// Governed reports whether a preposition governs coordination ci: "in the
// Pakistani media", "with the US".
func (sv *View) Governed(ci int) bool {
	toks := sv.Toks
	for k := sv.Coords[ci].First - 1; k >= 0 && k >= sv.Coords[ci].First-4; k-- {
		w := toks[k].Low
		switch {
		case w == "that" && k+1 == sv.Coords[ci].First:
			// "in the hope that Britain would mediate...": a new clause
			return false
		case w == "as":
			// "renamed as X", "such as X" govern; "as X stopped..." opens a clause.
			return k > 0 && (VerbLike(toks[k-1].Low) || toks[k-1].Low == "such" || toks[k-1].Low == "known")
		case sv.prepositions[w]:
			// "before that Soviets...": the preposition has its own object.
			if k+1 < sv.Coords[ci].First && (toks[k+1].Low == "that" || toks[k+1].Low == "this") && k+2 == sv.Coords[ci].First {
				return false
			}
			return true
		case sv.determiners[w] || w == "'" || w == "s" || sv.modifierParticiple(k):
			// ("a mention of the united Danish fleet": past a
			// participle that modifies the actor)
		case toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !VerbLike(w) && !sv.clauseWords[w] && w != "and" && w != "that":
		case (w == "and" || w == "or") && k > 0 && sv.CoordAt[k-1] < 0 && english.IsUpperWord(toks[k-1].Text) && !sv.InTimex(k-1):
			// "north of Mosul and Kirkuk": the preposition governs every
			// name of a list, actor or not (a date's name ends its phrase:
			// "hold the line until March and Kitchener
			// proposed")
			k--
		default:
			return false
		}
	}
	return false
}

// FrontedBefore reports a coordination that Governed takes for a
// preposition's object, but whose preposition opens the sentence and
// governs the words before the coordination's own determiner: "At each
// turn the French command expected", "At first the Bolsheviks refused".
// The fronted phrase ends at that determiner; the coordination opens the
// clause's subject.
func (sv *View) FrontedBefore(ci int) bool {
	toks := sv.Toks
	f := sv.Coords[ci].First
	if f < 3 || !sv.determiners[toks[f-1].Low] || !sv.prepositions[toks[0].Low] {
		return false
	}
	for k := f - 2; k >= 1; k-- {
		w := toks[k].Low
		if toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) || sv.determiners[w] || sv.prepositions[w] || sv.clauseWords[w] || VerbLike(w) || sv.inside[w] || strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// capitals reports a coordination of capitals' names only ("Vienna").
func (sv *View) capitals(c int) bool {
	for _, g := range sv.Coords[c].Groups {
		if !sv.Groups[g].Capital {
			return false
		}
	}
	return true
}

// countryOfPlace reports a coordination c of states' names alone (no
// sector, no people) after the scene preposition at toks[p], right after
// a place the text names in a scene phrase of its own: the country the
// place lies in, where the act took place, not a party to it ("landed at
// Salonica in Greece", "fought near Mosul in Iraq"; "landed in Greece"
// and "attacked Serbia in Bosnia" are no such phrase).
func (sv *View) countryOfPlace(p, c int) bool {
	toks := sv.Toks
	if p < 2 || !sv.scenes[toks[p].Low] {
		return false
	}
	for _, g := range sv.Coords[c].Groups {
		if gr := sv.Groups[g]; gr.Label != "GPE" || gr.Sector != "" || gr.Capital || len(gr.Codes) == 0 {
			return false
		}
	}
	place := func(k int) bool { return sv.PlaceAt[k] != "" || sv.Uncoded[k] && !sv.People[k] }
	if !place(p - 1) {
		return false
	}
	for k := p - 2; k >= 0 && k >= p-5; k-- {
		if sv.scenes[toks[k].Low] {
			return true
		}
		if !place(k) && !sv.determiners[toks[k].Low] {
			return false
		}
	}
	return false
}

// Framed reports an event noun at toks[i] that heads the phrase of a frame
// preposition (kind "frames"), back past the phrase's determiners, quotes
// and modifiers: "for the rest of the conflict", "the idea of a limited
// war", "described the fighting as a civil war", "as in a civil war". The
// noun names the event as a time, a thing or a likeness, not an act of the
// clause's subject. A frame marked "measure" after a plural or a number
// measures the act instead ("hours of negotiations", "10 days of war
// games"). A form in -ed is a modifier only after a determiner or a hyphen
// ("a limited war", "the UN-approved war"), a capitalised word only before
// a hyphen; else it is the clause's verb or subject ("Britain entered the
// war") and the search ends.
func (sv *View) Framed(i int) bool {
	toks := sv.Toks
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		w := t.Low
		switch {
		case sv.frames[w]:
			if k == 0 || !sv.measures[w] {
				return true
			}
			h := toks[k-1].Low
			return !(toks[k-1].Kind == english.Num || len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss"))
		case sv.prepositions[w] && k > 0 && sv.frames[toks[k-1].Low]:
			return true // "as in a civil war": the frame's phrase
		case sv.determiners[w] || w == "-" || w == "\"" || w == "'":
		case t.Kind != english.Alpha || sv.prepositions[w] || sv.clauseWords[w] || sv.pronouns[w] != "" || sv.auxiliaries[w] != "" || sv.joiners[w] || sv.Verb != nil && sv.Verb(k):
			return false
		case english.IsUpperWord(t.Text):
			if k+1 >= len(toks) || toks[k+1].Low != "-" {
				return false
			}
		case VerbLike(w):
			if k == 0 || !sv.determiners[toks[k-1].Low] && toks[k-1].Low != "-" {
				return false
			}
		}
	}
	return false
}

// modifierParticiple reports a participle in "-ed" at toks[k] right after
// a determiner, or glued by a hyphen to one word after a determiner: "the
// encircled Germans", "the nearly-surrounded Italians" (not "out-numbered the
// Italians"): a modifier of the phrase, no verb.
func (sv *View) modifierParticiple(k int) bool {
	toks := sv.Toks
	if !strings.HasSuffix(toks[k].Low, "ed") || toks[k].Kind != english.Alpha {
		return false
	}
	if k >= 1 && sv.determiners[toks[k-1].Low] {
		return true
	}
	return k >= 3 && toks[k-1].Text == "-" && english.Glued(toks, k) && english.Glued(toks, k-1) && sv.determiners[toks[k-3].Low]
}

// ObjectOfVerb reports whether coordination ci follows a verb as its object
// ("keeping India informed"), past determiners and uncoded names that
// modify it ("shelled the Kurdish villages in Iraq").
func (sv *View) ObjectOfVerb(ci int) bool {
	k := sv.Coords[ci].First - 1
	if k >= 0 && sv.Toks[k].Low == "that" {
		return false // "agreed that Russia will...": the subject of a clause
	}
	for k >= 0 && (sv.determiners[sv.Toks[k].Low] || sv.Uncoded[k] && english.IsUpperWord(sv.Toks[k].Text)) {
		// (past a people's name with no code that modifies the phrase:
		// "began shelling Kurdish villages in Iraq" is the verb's object)
		k--
	}
	if k < 0 {
		return false
	}
	w := sv.Toks[k].Low
	// "Newly appointed Palestinian Prime Minister...", "Ousted president":
	// a participle that opens its clause modifies the actor.
	opens := true
	for j := k - 1; j >= 0 && sv.Clause[j] == sv.Clause[k]; j-- {
		if t := sv.Toks[j].Low; !sv.determiners[t] && !strings.HasSuffix(t, "ly") {
			opens = false
			break
		}
	}
	if opens && strings.HasSuffix(w, "ed") {
		return false
	}
	if sv.modifierParticiple(k) {
		// "and the nearly-surrounded Italians retreated", "the encircled
		// Germans surrendered": it takes no object
		return false
	}
	if sv.Verb != nil && sv.Verb(k) {
		return true
	}
	return VerbLike(w)
}

// AuxBefore returns the auxiliary of the verb at toks[i] (a form of "be"
// or "have"), past up to three adverbs in -ly or words of auxiliaries.tsv's
// class "inside" ("was formally signed", "had not yet been ratified"), or
// -1 for none.
func (sv *View) AuxBefore(i int) int {
	for k, skipped := i-1, 0; k >= 0 && skipped <= 2; k, skipped = k-1, skipped+1 {
		w := sv.Toks[k].Low
		if sv.auxiliaries[w] != "" {
			return k
		}
		if !(sv.Toks[k].Kind == english.Alpha && len(w) > 3 && strings.HasSuffix(w, "ly") || sv.inside[w]) {
			return -1
		}
	}
	return -1
}

// PastForm reports a word of participles.txt that is also a past tense,
// a past the same as its base form among them ("cut", "hit", "set").
func (v *Vocabulary) PastForm(w string) bool { return v.participles[w] && !v.onlyPart[w] }

// PastTense reports a past tense of pastforms.txt, one that is no
// participle and no form in -ed of five letters or more ("grew", "went",
// "died"): a finite verb wherever it stands.
func (v *Vocabulary) PastTense(w string) bool { return v.pastForms[w] }

// BareParticiple reports a form at toks[i] that is only a past participle
// ("given", "taken") with no auxiliary before it: not a finite verb but an
// adjective or a preposition ("Given its location", "the figures shown");
// after a form of "get" (auxiliaries.tsv class get) it is the verb of a
// passive ("got overthrown").
func (sv *View) BareParticiple(i int) bool {
	return sv.onlyPart[sv.Toks[i].Low] && sv.AuxBefore(i) < 0 && (i == 0 || !sv.GetPassive(sv.Toks[i-1].Low))
}

// Described reports a participle at toks[i] with no auxiliary, right
// before "as" and with no agent ("by") after it in its clause: a reduced
// relative that describes ("the valley regarded as the heart of ...",
// "a party seen as close to Moscow"), no act.
func (sv *View) Described(i, n int) bool {
	toks := sv.Toks
	if i+n >= len(toks) || toks[i+n].Low != "as" || sv.AuxBefore(i) >= 0 ||
		!sv.Participle(toks[i].Low) {
		return false
	}
	for k := i + n + 1; k < len(toks) && sv.Clause[k] == sv.Clause[i]; k++ {
		if toks[k].Low == "by" {
			return false
		}
	}
	return true
}

// SecondVerb reports an "and" in toks(from, to) that opens a predicate of
// its own: past at most one lower-case word ("and later went"), a finite
// verb form follows it: a linking verb, a verb of starting ("and began
// to"), an auxiliary, a participle that may
// be a past tense ("and sent"), or a form in -ed right
// before a preposition or "to" ("and moved on to", not "and armed
// militias").
func (sv *View) SecondVerb(from, to int) bool {
	toks := sv.Toks
	for j := from + 1; j < to; j++ {
		if toks[j].Low != "and" {
			continue
		}
		for k := j + 1; k < to && k <= j+2; k++ {
			w := toks[k].Low
			if toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) || sv.ActorAt[k] >= 0 || sv.determiners[w] {
				break
			}
			if sv.linking[w] || sv.onset[w] || sv.auxiliaries[w] != "" || sv.participles[w] && !sv.onlyPart[w] ||
				strings.HasSuffix(w, "ed") && VerbLike(w) && k+1 < len(toks) && (sv.prepositions[toks[k+1].Low] || toks[k+1].Low == "to") {
				return true
			}
		}
	}
	return false
}

// VerbLike reports a word shaped like a verb form: a participle in -ing
// or -ed of more than four letters, "led", "made".
func VerbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || w == "led" || w == "made"
}

// Gerund reports a word of six letters or more in -ing: a gerund or a
// present participle ("invading", "providing"); "king" and "bring" are none.
func Gerund(t english.Tok) bool {
	return t.Kind == english.Alpha && len(t.Low) > 5 && strings.HasSuffix(t.Low, "ing")
}

// SubjectOfNext reports a coordination followed by a verb trigger of its
// own ("... and the French together with Italy forming another bloc"); a
// participle in -ed with its "by", "of" or "with" after it describes the
// phrase instead ("executed a British journalist accused of spying",
// "attacked fighters backed by Iran").
func (sv *View) SubjectOfNext(c int) bool {
	k := sv.Coords[c].Last + 1
	if k >= len(sv.Toks) || !VerbLike(sv.Toks[k].Low) {
		return false
	}
	if k+1 < len(sv.Toks) && strings.HasSuffix(sv.Toks[k].Low, "ed") {
		if w := sv.Toks[k+1].Low; w == "by" || w == "of" || w == "with" {
			return false
		}
	}
	return sv.Verb != nil && sv.Verb(k)
}

// Subject finds the subject of a verb at toks[i]: the nearest coordination
// before it in its clause that no preposition governs and that is not a
// verb's object; a participle right after actors takes them ("Spain and
// Portugal forming one bloc"); else a subject pronoun's referent; else the
// previous clause's subject. skipped is an object passed on the way.
func (sv *View) Subject(i, cl int) (subj, skipped []string) {
	toks := sv.Toks
	start := i
	for start > 0 && sv.Clause[start-1] == cl {
		start--
	}
	if i > 0 && strings.HasSuffix(toks[i].Low, "ing") && sv.CoordAt[i-1] >= 0 {
		return sv.Coords[sv.CoordAt[i-1]].Codes(sv.Groups), nil
	}
	if p, _ := sv.possessorBefore(i); p != nil && strings.HasSuffix(toks[i].Low, "ing") {
		// "condemned Russia's waging war on Georgia": the possessor of
		// a gerund acts
		return p, nil
	}
	if from, ok := sv.clauseAfterPreposition(i); ok {
		// "after the talks failed", "since Soviet troops entered": a
		// preposition that opens a clause; its noun phrase is the subject
		return sv.whose(from, i), nil
	}
	if i >= 3 && toks[i-1].Low == "to" && sv.control[toks[i-2].Low] {
		// "an American effort to isolate Cuba": the one whose effort
		// it is acts.
		for k := i - 3; k >= 0 && k >= i-6; k-- {
			if c := sv.CoordAt[k]; c >= 0 {
				return sv.Coords[c].Codes(sv.Groups), nil
			}
			if sv.determiners[toks[k].Low] && toks[k].Low != "its" && toks[k].Low != "their" {
				break
			}
			if sv.pronouns[toks[k].Low] == "possessive" {
				return sv.Resolve(k, false, nil), nil
			}
		}
	}
	if sv.namedSubject(i, start) {
		// "the Treaty of Paris was signed", "the Battle of Verdun
		// ended": the subject names a thing, no actor; no actor of
		// another clause is the verb's
		return nil, nil
	}
	if from, ok := sv.bareSubject(i, start); ok {
		// "France declared war and Prussia joined", "When the tribesmen
		// attacked, the garrison's column fell back": the verb's own
		// subject names no actor; the actor of another clause is not
		// its source
		return sv.whose(from, i), skipped
	}
	for k := i - 1; k >= start; k-- {
		if o := sv.asideBefore(k, i, start); o >= 0 {
			// "France mobilized and, as Britain had feared, attacked
			// Germany": an actor inside an aside that ends right before
			// the verb is none of its subjects
			k = o
			continue
		}
		if c := sv.CoordAt[k]; c >= 0 {
			k = sv.Coords[c].First
			// "for Brazil to tilt towards Argentina": the subject of the
			// infinitive; not the place of a move ("landed in Cairo to
			// meet Sadat": the one who landed meets).
			if l := sv.Coords[c].Last; l+2 == i && toks[l+1].Low == "to" && !sv.destination(c) {
				return sv.Coords[c].Codes(sv.Groups), skipped
			}
			// "a bloc consisting of France, Belgium, the Netherlands and
			// Luxembourg was formed": the members.
			if f := sv.Coords[c].First; f >= 2 && toks[f-1].Low == "of" && sv.members[toks[f-2].Low] || f >= 1 && sv.members[toks[f-1].Low] {
				return sv.Coords[c].Codes(sv.Groups), skipped
			}
			if sv.Governed(c) && !(sv.counted(c) && !sv.passive(i)) {
				// (the counted body acts: "large numbers of Soviet
				// forces began to land"; one acted on, "hundreds of
				// civilians were killed", stays as whose finds it)
				if j := sv.peopleOf(c, i, start); j >= 0 {
					// ", when dockers in Belgium refused": the
					// people of a place open a clause of a clause word
					return sv.whose(j, i), skipped
				}
				continue
			}
			if sv.ObjectOfVerb(c) {
				// "drove Canada to apply": the object of one verb is the
				// subject of the infinitive after it.
				if l := sv.Coords[c].Last; l+2 == i && toks[l+1].Low == "to" {
					return sv.Coords[c].Codes(sv.Groups), skipped
				}
				if skipped == nil {
					skipped = sv.Coords[c].Codes(sv.Groups)
				}
				continue
			}
			return sv.Coords[c].Codes(sv.Groups), skipped
		}
		if sv.uncodedSubject(k, start) {
			// "the Allied forces had seized": a subject the vocabulary
			// has no code for acts; no actor before it is the source
			return nil, skipped
		}
		if sv.pronouns[toks[k].Low] == "subject" {
			return sv.Resolve(k, true, nil), skipped
		}
		if toks[k].Low == "that" && k > start {
			if sv.closedClause(k+1, i) {
				// "the stand at Tobruk, a siege that was the
				// start of Italy's decline, helped": the clause
				// "that" opens has its own verb and a comma ends it; the
				// verb's subject is before it
				continue
			}
			if sv.nounPhraseIn(k+1, i) {
				// "noted that the valley north of Mosul ... was regarded":
				// the verb's subject is a noun phrase of the clause "that"
				// opens
				return sv.whose(k+1, i), skipped
			}
			if sv.CoordAt[k-1] < 0 && toks[k-1].Kind == english.Alpha && !sv.prepositions[toks[k-1].Low] && !VerbLike(toks[k-1].Low) && sv.Verb != nil && !sv.Verb(k-1) {
				// "allies that had pressed Britain": a relative "that"
				// stands for the noun before it, which names no actor
				return nil, skipped
			}
		}
	}
	if start > 0 && (toks[start].Low == "who" || toks[start].Low == "which") {
		// "in the view of Metternich, who had cautioned Prussia": the relative
		// pronoun stands for the actor right before it.
		k := start - 1
		if k >= 0 && toks[k].Low == "," {
			k--
		}
		if k >= 0 && sv.CoordAt[k] >= 0 {
			return sv.Coords[sv.CoordAt[k]].Codes(sv.Groups), skipped
		}
		if sv.antecedent(k) {
			if j := sv.phraseStart(k, 0); j >= 0 {
				// "outflanked the rebel columns, which were forced to
				// retreat": it stands for a noun that names no actor,
				// not for the subject of the clause before
				s := sv.whose(j, k+1)
				if s == nil && toks[start].Low == "who" {
					s = sv.appositionOf(j, k)
				}
				return s, skipped
			}
		}
	}
	if start > 0 && !(toks[start-1].Low == "," && !sv.clauseWords[toks[start].Low]) {
		// (not the subject of a fronted clause the comma closes, "When
		// Iraq attacked, the allies said ...", nor the speaker of a
		// quotation: `he said, "We fight ...`)
		prev := start - 1
		if q := sv.quotationStart(prev); q > 0 {
			// `Kennedy said, "Laos looks like the place," after meeting
			// Khrushchev`: a subject inside a quotation is none of a verb
			// after it; the speaker's clause before it is
			prev = q - 1
		}
		s, sk := sv.Subject(prev, sv.Clause[prev])
		if s != nil {
			return s, skipped
		}
		if skipped == nil {
			skipped = sk // "drove Canada to apply ..., leading to"
		}
	}
	// "Demonstrators in Baghdad blocked...", "Thousands of Nigerians were
	// converging": the subject phrase names only where or whose people
	// they are; that place or people stands for the actor.
	if skipped == nil {
		return sv.whose(start, i), nil
	}
	return nil, skipped
}

// appositionOf returns, for a person's name toks[j:k+1] that names no
// actor, the actor of the phrase a comma sets it off from: the name
// is its apposition ("Italy's Foreign Minister, Carlo Sforza, who
// pressed Greece", "the German chancellor, Olaf Scholz, who urged"). The
// phrase is a title of at most four words of titlewords.txt right after
// the actor or its "'s"; any other word between ("met the mediator, Jan
// Smuts, who", "Britain's enemy, Kaiser Wilhelm, who") or an actor after
// a verb or a preposition makes the name no apposition; nil then.
func (sv *View) appositionOf(j, k int) []string {
	toks := sv.Toks
	for m := j; m <= k; m++ {
		if !english.IsUpperWord(toks[m].Text) {
			return nil
		}
	}
	if j < 2 || toks[j-1].Low != "," || !sv.titleWords[toks[j-2].Low] {
		return nil
	}
	for m := j - 2; m >= 0 && m >= j-6; m-- {
		if c := sv.CoordAt[m]; c >= 0 {
			if f := sv.Coords[c].First; f > 0 && (sv.prepositions[toks[f-1].Low] || sv.Verb != nil && sv.Verb(f-1) || VerbLike(toks[f-1].Low)) {
				return nil // "met Britain's envoy, David Smith, who"
			}
			return sv.Coords[c].Codes(sv.Groups)
		}
		if w := toks[m].Low; !(sv.titleWords[w] || w == "'s" || w == "'" || w == "s") {
			return nil
		}
	}
	return nil
}

// quotationStart returns the first token, an opening quotation mark after
// a comma, of the quotation clause that ends with the closing mark at
// toks[k]; -1 when toks[k] closes no such quotation.
func (sv *View) quotationStart(k int) int {
	if !quoteMark(sv.Toks[k].Text) {
		return -1
	}
	q := sv.ClauseStart(k)
	if q > 0 && q < k && quoteMark(sv.Toks[q].Text) && sv.Toks[q-1].Low == "," {
		return q
	}
	return -1
}

// NamedSubject reports a verb at toks[i] whose subject is the name of a
// thing (namedSubject): no actor, so none the text named before stands
// for it either.
func (sv *View) NamedSubject(i int) bool {
	start := sv.ClauseStart(i)
	return sv.namedSubject(i, start)
}

// namedSubject reports a verb at toks[i] right after the name of a thing
// (View.Named: a treaty, a law, an event; "the Treaty of Paris was
// signed", "the Congress of Vienna had ended"), past its auxiliaries and
// adverbs, in its clause.
func (sv *View) namedSubject(i, start int) bool {
	k := i - 1
	if a := sv.AuxBefore(i); a >= 0 {
		k = a - 1
	}
	for k >= start && sv.Toks[k].Kind == english.Alpha && !sv.InEnt[k] && (len(sv.Toks[k].Low) > 3 && strings.HasSuffix(sv.Toks[k].Low, "ly") || sv.inside[sv.Toks[k].Low]) {
		k--
	}
	return k >= start && sv.Named[k]
}

// closedClause reports a clause in toks[from:i] that ends right before
// the verb at toks[i]: a verb form of its own (an auxiliary, a form in -ed
// or -ing, a verb trigger), then its only comma, right before i, its
// auxiliaries or the verbs it completes ("a siege that was the start
// of Italy's decline, helped push").
func (sv *View) closedClause(from, i int) bool {
	to := i
	if a := sv.AuxBefore(i); a >= 0 {
		to = a
	}
	for to-1 > from && (sv.Toks[to-1].Low == "to" || sv.Verb != nil && sv.Verb(to-1)) {
		to-- // "helped pull", "agreed to send"
	}
	if to-1 <= from || sv.Toks[to-1].Low != "," {
		return false
	}
	verb := false
	for j := from; j < to-1; j++ {
		w := sv.Toks[j].Low
		if w == "," {
			// "said that Germany's army, having crossed the river,
			// attacked": a phrase set off inside the clause
			return false
		}
		verb = verb || sv.auxiliaries[w] != "" || VerbLike(w) || sv.Verb != nil && sv.Verb(j)
	}
	return verb
}

// nounHead reports a word at toks[k] that can end a noun phrase naming
// no actor: a word that is no function word, no verb and no actor.
func (sv *View) nounHead(k int) bool {
	t := sv.Toks[k]
	return t.Kind == english.Alpha && sv.CoordAt[k] < 0 && !sv.determiners[t.Low] && !sv.prepositions[t.Low] &&
		!sv.clauseWords[t.Low] && sv.pronouns[t.Low] == "" && sv.auxiliaries[t.Low] == "" && !sv.joiners[t.Low] &&
		!VerbLike(t.Low) && !strings.HasSuffix(t.Low, "ly") && (sv.Verb == nil || !sv.Verb(k))
}

// antecedent reports a noun that names no actor at toks[k], right before
// a relative "which" or "who": an event word may end the phrase ("the
// rebel forces, which").
func (sv *View) antecedent(k int) bool {
	if k < 0 {
		return false
	}
	if sv.nounHead(k) {
		return true
	}
	t := sv.Toks[k]
	return k > 0 && t.Kind == english.Alpha && sv.CoordAt[k] < 0 && !VerbLike(t.Low) && sv.Verb != nil && sv.Verb(k) &&
		(sv.determiners[sv.Toks[k-1].Low] && sv.pronouns[sv.Toks[k-1].Low] == "" || sv.nounHead(k-1))
}

// NoActorSubject finds the subject of a verb trigger at toks[i] when it
// is a noun phrase that names no actor (see Subject), toks[from:to]: its
// source is no one the paragraph named before, unless the phrase names
// an act ("the aid was cut off").
func (sv *View) NoActorSubject(i int) (from, to int, ok bool) {
	start := sv.ClauseStart(i)
	if j, ok := sv.bareSubject(i, start); ok {
		k := i - 1
		for k > j && sv.CoordAt[k] < 0 && !sv.nounHead(k) {
			k--
		}
		return j, k + 1, true
	}
	if start == 0 || start == i || sv.Toks[start].Low != "which" && sv.Toks[start].Low != "who" {
		return 0, 0, false
	}
	for k := start + 1; k < i; k++ {
		if sv.CoordAt[k] >= 0 || sv.pronouns[sv.Toks[k].Low] != "" {
			return 0, 0, false
		}
	}
	k := start - 1
	if sv.Toks[k].Low == "," {
		k--
	}
	if !sv.antecedent(k) {
		return 0, 0, false
	}
	j := sv.phraseStart(k, 0)
	return j, k + 1, j >= 0
}

// ThingPastPhrase reports a verb at toks[i] whose subject opens its clause
// as a common noun's phrase that names no actor, followed by a phrase
// after a preposition ("the detailed plan for the spring offensive
// called for", "the resolution on the Kuwait crisis"): what that phrase
// names, an actor or not, is the subject's topic, not who acts. After a preposition of
// whose people a subject are (prepositions.txt "whose": "the government
// of Iraq", "the delegation from Iraq") the name may be the one who acts.
func (sv *View) ThingPastPhrase(i int) bool {
	toks := sv.Toks
	if sv.Verb == nil || !sv.Verb(i) || strings.HasSuffix(toks[i].Low, "ing") {
		return false
	}
	start := sv.ClauseStart(i)
	k := i - 1
	if a := sv.AuxBefore(i); a >= 0 {
		k = a - 1
	}
	for k >= start && (toks[k].Kind == english.Alpha && len(toks[k].Low) > 3 && strings.HasSuffix(toks[k].Low, "ly") || sv.inside[toks[k].Low]) {
		k--
	}
	// back over the phrase after the preposition: names, nouns (an
	// event noun too: "the plan for the spring campaign"), determiners,
	// numbers; no function word, auxiliary or pronoun
	for ; k >= start && !sv.prepositions[toks[k].Low]; k-- {
		t := toks[k]
		if !(sv.CoordAt[k] >= 0 || t.Kind == english.Num || sv.determiners[t.Low] && sv.pronouns[t.Low] == "" ||
			t.Kind == english.Alpha && !sv.clauseWords[t.Low] && sv.pronouns[t.Low] == "" && sv.auxiliaries[t.Low] == "" && !sv.joiners[t.Low] && !strings.HasSuffix(t.Low, "ly")) {
			return false
		}
	}
	if k <= start || k == i-1 || sv.whosePreps[toks[k].Low] {
		return false
	}
	h := k - 1
	if !sv.nounHead(h) || english.IsUpperWord(toks[h].Text) {
		return false
	}
	j := sv.phraseStart(h, start)
	return j == start && sv.nounPhrase(j, h)
}

// phraseStart returns the first token of the noun phrase that ends at
// toks[k]: back over nouns, adjectives, numbers, determiners and
// possessive "'s", not before token from; -1 when the phrase holds an
// actor or a pronoun (its possessor or referent may be the actor).
func (sv *View) phraseStart(k, from int) int {
	toks := sv.Toks
	j := k
	for j-1 >= from {
		t := toks[j-1]
		if sv.CoordAt[j-1] >= 0 || sv.pronouns[t.Low] != "" {
			return -1
		}
		if !(sv.nounHead(j-1) || sv.determiners[t.Low] || t.Kind == english.Num || t.Low == "'s" || t.Low == "'") {
			break
		}
		j--
	}
	return j
}

// nounPhrase reports toks[from:to+1] shaped as a noun phrase, not a lone
// adverb ("and hence reached out"): it has a determiner, a number, a
// possessive or a capitalised word, or its head is plural.
func (sv *View) nounPhrase(from, to int) bool {
	for k := from; k <= to; k++ {
		t := sv.Toks[k]
		if sv.determiners[t.Low] || t.Kind == english.Num || t.Low == "'s" || t.Low == "'" || english.IsUpperWord(t.Text) {
			return true
		}
	}
	return strings.HasSuffix(sv.Toks[to].Low, "s") && !strings.HasSuffix(sv.Toks[to].Low, "ss")
}

// ClauseSubject reports a noun phrase that names no actor, ending at
// toks[k] within the clause that starts at token start, standing as the
// subject of a verb right after it: it opens the clause, follows a
// clause word ("if the rebel side violated"), or follows "and", a comma,
// ";" or ":" after a clause of its own ("and Grau recommended"); when
// finite (a modal or an auxiliary follows it) also a verb that takes the
// clause as its object ("realizing the neutrals would enter"). A phrase
// after a preposition is another's object.
func (sv *View) ClauseSubject(k, start int, finite bool) bool {
	toks := sv.Toks
	if k < start || !sv.nounHead(k) {
		return false
	}
	j := sv.phraseStart(k, start)
	if j < 0 || !sv.nounPhrase(j, k) {
		return false
	}
	if j == start {
		return true
	}
	switch p := toks[j-1].Low; {
	case (p == "," || p == "and") && j >= 2 && sv.CoordAt[j-2] >= 0:
		// "Germany, the strongest power", "Iran and the rebel militia"
		return false
	case p == "and" || p == ",":
		for k := j - 2; k >= start; k-- {
			if sv.auxiliaries[toks[k].Low] != "" || VerbLike(toks[k].Low) || sv.Verb != nil && sv.Verb(k) {
				return true
			}
		}
		return false
	case p == ";" || p == ":":
		return true
	case sv.clauseWords[p]:
		return p != "which" && p != "who"
	case finite:
		return VerbLike(p) || sv.Verb != nil && sv.Verb(j-1)
	}
	return false
}

// bareSubject finds the subject of the verb trigger at toks[i] when it
// is a noun phrase that names no actor: the phrase right before the verb
// (past its auxiliaries and adverbs) that opens its clause or follows
// "and" or a comma ("and Prussia joined", "the garrison's column fell
// back"). A phrase after a preposition or a verb is another's object.
func (sv *View) bareSubject(i, start int) (from int, ok bool) {
	toks := sv.Toks
	if sv.Verb == nil || !sv.Verb(i) || strings.HasSuffix(toks[i].Low, "ing") {
		// (a form in -ing follows a verb or a noun it describes: "began
		// shelling", "the troops retreating")
		return 0, false
	}
	k := i - 1
	if a := sv.AuxBefore(i); a >= 0 {
		k = a - 1
	}
	for k >= start && (toks[k].Kind == english.Alpha && len(toks[k].Low) > 3 && strings.HasSuffix(toks[k].Low, "ly") || sv.inside[toks[k].Low]) {
		k-- // "had not yet been signed", "have also been"
	}
	if k < start || !sv.nounHead(k) {
		return 0, false
	}
	j := sv.phraseStart(k, start)
	if j < 0 || !sv.nounPhrase(j, k) {
		return 0, false
	}
	if j == start {
		// the phrase opens the sentence, or the main clause after a
		// fronted one ("When the tribesmen attacked, the garrison's
		// column fell back")
		return j, true
	}
	switch p := toks[j-1].Low; {
	case p == "," && j >= 2 && sv.CoordAt[j-2] >= 0:
		// "Germany, the strongest power, attacked": an apposition
		return 0, false
	case p == "and" && j >= 2 && sv.CoordAt[j-2] >= 0 && !sv.Governed(sv.CoordAt[j-2]) && !sv.ObjectOfVerb(sv.CoordAt[j-2]):
		// "Iran and the rebel militia launched": one subject of two
		// phrases, one of them an actor
		return 0, false
	case p == "and" || p == ",":
		// only after a clause of its own ("France declared war and
		// Prussia joined"), not inside a list of nouns ("the First and
		// Third Armies fought")
		for k := j - 2; k >= start; k-- {
			if sv.auxiliaries[toks[k].Low] != "" || VerbLike(toks[k].Low) || sv.Verb != nil && sv.Verb(k) {
				return j, true
			}
		}
		return 0, false
	case p == ";" || p == ":":
		return j, true
	case j-1 == start && sv.clauseWords[p] && p != "which" && p != "who":
		return j, true // "when the garrison surrendered"
	}
	return 0, false
}

// peopleOf returns the start of a subject phrase "noun whose-preposition
// coordination c" that opens the clause of the verb at toks[i] right
// after a clause word ("when dockers in Belgium and Holland
// declined"), c ending right before the verb group; -1 for none. The
// phrase opening the sentence is bareSubject's.
func (sv *View) peopleOf(c, i, start int) int {
	toks := sv.Toks
	p := sv.prepAt(c)
	if p < start+2 || !sv.whosePreps[toks[p].Low] || !sv.clauseWords[toks[start].Low] || !sv.nounHead(p-1) {
		return -1
	}
	k := i - 1
	if a := sv.AuxBefore(i); a >= 0 {
		k = a - 1
	}
	if sv.Coords[c].Last != k {
		return -1
	}
	j := sv.phraseStart(p-1, start+1)
	if j != start+1 || !sv.nounPhrase(j, p-1) {
		return -1
	}
	return j
}

// whose returns the actor a subject phrase toks[from:to] with no actor at
// its head names as where or whose its people are: "Demonstrators in
// Baghdad", "Thousands of Nigerians", "the future of Pakistan", or the
// place that is the phrase's head ("Utah rejected": a state's province
// acts for it).
//
// A place counts after a preposition inside the phrase, or as the head
// right before the verb; not after a capitalized word of a name, nor under
// the preposition that opens the phrase: through the subdivisions a
// person's name is often a place's ("General William Westmoreland
// informed", "De Bono notified": a parish of Jamaica, a region of Ghana),
// and "In Galicia, the cavalry advanced" names the scene.
func (sv *View) whose(from, to int) []string {
	toks := sv.Toks
	for from+1 < to && sv.prepositions[toks[from].Low] && sv.InTimex(from+1) {
		// "On 3 May 1999 the defence ministers of Chile, Peru and
		// Ecuador signed": a fronted date's preposition opens no
		// phrase of the subject's; the subject, a determiner's phrase,
		// starts after the date ("By 1989, 80% of Cuba's trade was" names
		// no actor that acts)
		j := from + 1
		for j < to && (sv.InTimex(j) || toks[j].Low == ",") {
			j++
		}
		if j >= to || !sv.determiners[toks[j].Low] && !sv.prepositions[toks[j].Low] {
			break
		}
		from = j
	}
	opens := from < to && sv.prepositions[toks[from].Low]
	prep := false
	for k := from; k < to; k++ {
		if k > from && sv.Verb != nil && sv.Verb(k) && sv.CoordAt[k] < 0 {
			// "The agreement guaranteed the independence of Vietnam and
			// called for elections": a verb of its own ends the subject
			// phrase; the "of" phrase after it is that verb's object's
			break
		}
		if sv.prepositions[toks[k].Low] {
			if !sv.whosePreps[toks[k].Low] {
				break
			}
			prep = prep || k > from
		}
		if c := sv.CoordAt[k]; c >= 0 {
			return sv.Coords[c].Codes(sv.Groups)
		}
		if sv.pronouns[toks[k].Low] == "possessive" && !prep && sv.bodyAfter(k, to) && !sv.passive(to) {
			// "Iraq said that its troops had attacked Kuwait": the
			// pronoun before a state's armed or ruling body that acts
			// stands for whose body it is (one acted on, "their armies
			// had not been defeated", leaves the act's agent unknown)
			return sv.possessor(k)
		}
		if w := sv.PlaceAt[k]; w != "" && (prep || !(opens && k == from+1) && sv.placeHead(k, to)) {
			return []string{w}
		}
	}
	return nil
}

// bodyAfter reports a noun of a state's armed or ruling bodies (kind
// ownbodies: "troops", "navy") after the possessive pronoun at toks[k],
// before token to, with at most two lower-case modifiers between ("its
// elite troops", "their armed forces").
func (sv *View) bodyAfter(k, to int) bool {
	toks := sv.Toks
	for j := k + 1; j < to && j <= k+3; j++ {
		t := toks[j]
		if sv.bodies[t.Low] {
			return true
		}
		if t.Kind != english.Alpha || sv.CoordAt[j] >= 0 || !sv.nounHead(j) && !VerbLike(t.Low) {
			return false
		}
	}
	return false
}

// groundAfter reports a noun of a state's ground or holdings (kind
// grounds: "coast", "ports") after the possessive pronoun at toks[k],
// with at most two lower-case modifiers between ("its oil terminals",
// "their border posts").
func (sv *View) groundAfter(k int) bool {
	toks := sv.Toks
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		t := toks[j]
		if sv.grounds[t.Low] {
			return true
		}
		if t.Kind != english.Alpha || sv.CoordAt[j] >= 0 || sv.prepositions[t.Low] || sv.clauseWords[t.Low] || t.Low == "and" || english.IsUpperWord(t.Text) {
			return false
		}
	}
	return false
}

// Passive reports a verb at toks[i] after a form of "be", in -ed or a
// participle ("were killed", "had been driven"): its subject is the one
// acted on.
func (sv *View) Passive(i int) bool { return sv.passive(i) }

// passive reports a verb at toks[i] after a form of "be": a form in -ed
// or a participle ("were defeated", "had been driven").
func (sv *View) passive(i int) bool {
	a := sv.AuxBefore(i)
	return i < len(sv.Toks) && a >= 0 && sv.auxiliaries[sv.Toks[a].Low] == "be" && sv.Participle(sv.Toks[i].Low)
}

// possessor returns what the possessive pronoun at toks[k] before a
// body noun stands for: the nearest coordination before it that no
// preposition governs and no verb takes as its object (the subject of
// its sentence or of the verb a "that" clause completes: "Iraq said that
// its troops"), else the actor the text last spoke of (Discourse); after
// "and", the one named before it.
func (sv *View) possessor(k int) []string {
	if k >= 2 && sv.Toks[k-1].Low == "and" {
		// "Washington and his army": the one named before "and", who
		// may have no code
		if c := sv.CoordAt[k-2]; c >= 0 {
			return sv.Coords[c].Codes(sv.Groups)
		}
		return nil
	}
	if codes, ok := sv.clauseActorBefore(k); ok {
		return codes
	}
	if sv.Discourse == nil {
		return nil
	}
	if s := sv.Discourse.Antecedent(); s != nil {
		return s
	}
	return sv.Discourse.Topic()
}

// placeHead reports a place at toks[k] that heads a subject phrase ending
// before the verb at toks[to]: at most two lower-case words (an auxiliary,
// an adverb) between, and no capitalized word of a name before it (a
// discourse word of english's connectives opening the sentence, "Later",
// "Afterwards", is none; a starter is not enough: "The Incheon landing"
// heads on "landing").
func (sv *View) placeHead(k, to int) bool {
	toks := sv.Toks
	if to-k > 3 {
		return false
	}
	for j := k + 1; j < to; j++ {
		if sv.PlaceAt[j] == "" && (toks[j].Kind != english.Alpha || english.IsUpperWord(toks[j].Text)) {
			return false
		}
	}
	return k == 0 || !(toks[k-1].Kind == english.Alpha && english.IsUpperWord(toks[k-1].Text) && sv.PlaceAt[k-1] == "" &&
		!(k-1 == 0 && sv.en.Connective(toks[k-1].Text)))
}

// clauseAfterPreposition reports a verb at toks[i] whose subject is a
// noun phrase right after a preposition that also opens a clause
// (prepositions.txt's class "clause": "after the talks had failed",
// "before Soviet troops entered"); a phrase after another preposition
// modifies a noun ("the protocol on fisheries was signed"). from
// is the phrase's first token.
func (sv *View) clauseAfterPreposition(i int) (from int, ok bool) {
	toks := sv.Toks
	if strings.HasSuffix(toks[i].Low, "ing") {
		return 0, false
	}
	k := i - 1
	if a := sv.AuxBefore(i); a >= 0 {
		k = a - 1
	}
	np, head := 0, false
	for ; k >= 0 && np < 6; k, np = k-1, np+1 {
		t := toks[k]
		if t.Low == "that" || sv.pronouns[t.Low] == "subject" {
			return 0, false
		}
		if !(sv.determiners[t.Low] || sv.CoordAt[k] >= 0 || t.Kind == english.Num || t.Low == "'" ||
			t.Kind == english.Alpha && !sv.prepositions[t.Low] && !sv.clauseWords[t.Low] && !VerbLike(t.Low) && !strings.HasSuffix(t.Low, "ly") && sv.auxiliaries[t.Low] == "" && t.Low != "and" && t.Low != "that" && (sv.Verb == nil || !sv.Verb(k))) {
			break
		}
		head = head || sv.CoordAt[k] >= 0 || sv.determiners[t.Low] || t.Kind == english.Alpha && !english.IsUpperWord(t.Text)
	}
	if !head || k < 0 || !sv.clausePreps[toks[k].Low] {
		return 0, false
	}
	// "on Thursday flatly rejected": a date is no subject
	for _, x := range sv.Timex {
		if x.End > int(toks[k].End) && x.Start < int(toks[i].Start) {
			return 0, false
		}
	}
	return k + 1, true
}

// OwnClause reports a verb at toks[i] that heads a clause of its own
// after toks[k]: the nearest preposition between them that also opens a
// clause (prepositions.txt's class "clause": "after", "before", "since",
// "until") is followed by the verb's own subject, an actor or a noun
// phrase ("requested aid before Moscow invaded Afghanistan", "after the
// army had crossed"). A phrase with no subject ("before the invasion",
// "after invading") is none, and neither is a pronoun's clause ("after
// it invaded": whom it stands for is not sure enough to tell an act).
func (sv *View) OwnClause(k, i int) bool {
	toks := sv.Toks
	if i >= len(toks) || strings.HasSuffix(toks[i].Low, "ing") {
		return false
	}
	for j := i - 1; j > k && j >= i-8; j-- {
		if !sv.clausePreps[toks[j].Low] {
			continue
		}
		if from, ok := sv.clauseAfterPreposition(i); ok && from == j+1 {
			return true
		}
		for m := j + 1; m < i; m++ {
			if sv.ActorAt[m] >= 0 && (m == j+1 || !sv.prepositions[toks[m-1].Low]) {
				return true
			}
		}
		return false
	}
	return false
}

// numberClash reports a plural pronoun at toks[k] ("they") whose would-be
// antecedent, coordination c, names one state only ("Czechoslovakia
// announced they had invaded"): the pronoun stands for others. (A
// singular one after a list is left to the list: "the United States and
// Britain said it would blockade Cuba" is loose English for both.)
func (sv *View) numberClash(k, c int) bool {
	co := sv.Coords[c]
	return sv.plurals[sv.Toks[k].Low] && len(co.Groups) == 1 && sv.Groups[co.Groups[0]].Label == "GPE"
}

// nounPhraseIn reports a determiner among toks[from:to]: a noun phrase of
// its own.
func (sv *View) nounPhraseIn(from, to int) bool {
	for k := from; k < to; k++ {
		if sv.determiners[sv.Toks[k].Low] {
			return true
		}
	}
	return false
}

// Resolve finds what a pronoun at toks[k] refers to: a subject pronoun the
// last sentence's subject (or this sentence's last event's source, see
// Discourse); an object or possessive the nearest actor before it other
// than not.
func (sv *View) Resolve(k int, subject bool, not []string) []string {
	if subject && k > 1 && (sv.Toks[k-1].Low == "that" || sv.Saying != nil && sv.Saying(sv.Toks[k-1].Low)) {
		// "Nasser told the cabinet that he would retaliate", "the
		// ministry informed parliament that it had cleared": the subject
		// of a clause "that" opens stands for the subject of the verb it
		// completes, at most six words before it with no punctuation or
		// clause word between (past an object, "Congress"); so does the
		// subject right after a verb of saying, with no "that" ("Britain
		// announced it would send")
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			t := sv.Toks[j]
			if t.Kind != english.Alpha || sv.clauseWords[t.Low] {
				break
			}
			if c := sv.CoordAt[j]; c >= 0 {
				if sv.Governed(c) || sv.ObjectOfVerb(c) {
					j = sv.Coords[c].First
					continue
				}
				if codes := sv.Coords[c].Codes(sv.Groups); k-1-sv.Coords[c].Last <= 6 && !Overlap(codes, not) && !sv.numberClash(k, c) {
					return codes
				}
				break
			}
		}
	}
	if subject && sv.Discourse != nil {
		if s := sv.Discourse.Antecedent(); s != nil {
			return s
		}
	}
	if subject && sv.persons[sv.Toks[k].Low] {
		if s := sv.ownSubject(k, not); s != nil {
			return s
		}
	}
	if subject && sv.Discourse != nil {
		if s := sv.Discourse.Topic(); s != nil {
			return s
		}
	}
	if sv.plurals[sv.Toks[k].Low] {
		// a plural pronoun: the nearest pair or list ("U.S.-Pak
		// relations ... deteriorated their relations")
		for j := k - 1; j >= 0; j-- {
			if c := sv.CoordAt[j]; c >= 0 {
				if codes := sv.Coords[c].Codes(sv.Groups); len(codes) >= 2 && !Overlap(codes, not) {
					return codes
				}
				j = sv.Coords[c].First
			}
		}
	}
	for j := k - 1; j >= 0; j-- {
		if g := sv.ActorAt[j]; g >= 0 && !Overlap(sv.Groups[g].Codes, not) {
			return sv.Groups[g].Codes
		}
	}
	if sv.Discourse != nil {
		return sv.Discourse.Topic()
	}
	return nil
}

// uncodedSubject reports a token of a people's or a state's name with no
// actor code at toks[k] (View.Uncoded: "Allied", "Persians") heading or
// modifying a noun phrase that no preposition governs and no verb takes
// as its object, within the clause that starts at token start: a
// subject with no code ("the Allied governments", "the Persians").
func (sv *View) uncodedSubject(k, start int) bool {
	toks := sv.Toks
	if !sv.Uncoded[k] || sv.Paren[k] || toks[k].Kind != english.Alpha || !english.IsUpperWord(toks[k].Text) {
		return false
	}
	// the name of a people ("the Persians", "the Allies") or one that
	// modifies a common noun ("the Allied forces"), and no name of a
	// place with a phrase of its own after it ("Nowogródek on April 18",
	// "the Republic of Armenia")
	e := k + 1
	for e < len(toks) && sv.Uncoded[e] {
		e++
	}
	noun := e < len(toks) && toks[e].Kind == english.Alpha && !english.IsUpperWord(toks[e].Text) && sv.nounHead(e)
	if !noun && !(strings.HasSuffix(toks[e-1].Low, "s") && !strings.HasSuffix(toks[e-1].Low, "ss")) {
		return false
	}
	for e < len(toks) && toks[e].Kind == english.Alpha && !english.IsUpperWord(toks[e].Text) && !sv.prepositions[toks[e].Low] && sv.nounHead(e) {
		e++
	}
	if e < len(toks) && sv.prepositions[toks[e].Low] {
		return false
	}
	j := k
	for j-1 >= start && (sv.determiners[toks[j-1].Low] || sv.Uncoded[j-1]) {
		j--
	}
	if j == 0 || j == start {
		return true
	}
	w := toks[j-1].Low
	if (w == "and" || w == "or" || w == ",") && j >= 2 && sv.CoordAt[j-2] >= 0 {
		// "near the Lithuanian and Prussian border": one phrase with an
		// actor in it
		return false
	}
	return !(sv.prepositions[w] || VerbLike(w) || sv.Verb != nil && sv.Verb(j-1) || toks[j-1].Kind == english.Alpha && !sv.clauseWords[w] && w != "and")
}

// UncodedSubject reports a verb at toks[i] whose subject, sought as
// Subject seeks it, is a name with no actor code (see uncodedSubject):
// its source is unknown, and no other actor, topic or earlier event of
// the paragraph is its source.
func (sv *View) UncodedSubject(i int) bool {
	start := sv.ClauseStart(i)
	for k := i - 1; k >= start; k-- {
		if c := sv.CoordAt[k]; c >= 0 {
			if !sv.Governed(c) && !sv.ObjectOfVerb(c) {
				return false
			}
			k = sv.Coords[c].First
			continue
		}
		if sv.pronouns[sv.Toks[k].Low] == "subject" {
			return false
		}
		if sv.uncodedSubject(k, start) {
			return true
		}
	}
	return false
}

// ownSubject returns the subject of the sentence a person's pronoun at
// toks[k] ("he", "she") stands in, when the pronoun opens a later clause:
// the first
// actor phrase before it that no preposition governs and no verb takes
// as its object ("A Hungarian officer is regarded as the last soldier
// captured: he was seized"); nil for none.
func (sv *View) ownSubject(k int, not []string) []string {
	for ci, co := range sv.Coords {
		if co.Last >= k {
			return nil
		}
		if sv.Governed(ci) || sv.ObjectOfVerb(ci) {
			continue
		}
		if codes := co.Codes(sv.Groups); sv.Clause[co.Last] != sv.Clause[k] && !Overlap(codes, not) {
			return codes
		}
		return nil
	}
	return nil
}

// resolveThing finds what an object "it" at toks[k] stands for after a
// verb whose object may be a thing or a place ("occupied it", "refused
// to sign it"): the nearest singular noun phrase before it, so nil when
// that names no actor ("withdrew to the ridge, only to learn that the
// rebels had taken it"); else as Resolve.
func (sv *View) resolveThing(k int, not []string) []string {
	for j := k - 1; j > 0; j-- {
		if g := sv.ActorAt[j]; g >= 0 && !Overlap(sv.Groups[g].Codes, not) {
			break
		}
		w := sv.Toks[j].Low
		if sv.nounHead(j) && sv.determiners[sv.Toks[j-1].Low] && sv.ActorAt[j-1] < 0 && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			return nil
		}
	}
	return sv.Resolve(k, false, not)
}

// BetweenAfter returns the actors of a "between A and B" phrase in the
// clause after token from.
func (sv *View) BetweenAfter(from int) []string {
	for k := from; k+1 < len(sv.Toks) && k < from+10 && sv.Clause[k] == sv.Clause[from]; k++ {
		if sv.Toks[k].Low == "between" {
			if c := sv.CoordAt[k+1]; c >= 0 {
				return sv.Coords[c].Codes(sv.Groups)
			}
			return nil
		}
	}
	return nil
}

// PlaceTarget returns the state of the first place after token from in its
// clause ("build a dam at Aswan" → EGY).
func (sv *View) PlaceTarget(from int, src []string) string {
	if w, _ := sv.Place(from); w != "" && !slices.Contains(src, w) {
		return w
	}
	return ""
}

// Place returns the state of the first place after token from in its
// clause, within ten tokens: a place token ("at Karachi"), or a state
// named after "in" ("to the facilities in central Iran"); and where it
// is. An actor in another role before it ends the search.
func (sv *View) Place(from int) (string, int) {
	if from >= len(sv.Toks) {
		return "", -1
	}
	toks := sv.Toks
	cl := sv.Clause[from]
	for k := from; k < len(toks) && sv.Clause[k] == cl && k < from+10; k++ {
		if sv.Paren[k] && !sv.Paren[from] {
			continue // "at Faya (near Sudan)": an aside is no place of the act
		}
		if w := sv.PlaceAt[k]; w != "" {
			return w, k
		}
		if c := sv.CoordAt[k]; c >= 0 {
			co := sv.Coords[c]
			j := co.First - 1
			for j > k-3 && j >= 0 && toks[j].Kind == english.Alpha && !english.IsUpperWord(toks[j].Text) && !sv.prepositions[toks[j].Low] {
				j-- // "in central Iran"
			}
			if j >= 0 && toks[j].Low == "in" && len(co.Groups) == 1 && sv.Groups[co.Groups[0]].Label == "GPE" {
				return sv.Groups[co.Groups[0]].Codes[0], k
			}
			return "", -1
		}
	}
	return "", -1
}

// ComplainedOf finds, after a complaint verb addressed "to" someone, the
// actors of an "over", "about" or "against" phrase in the same clause:
// "protested to Washington about Pakistani incursions".
func (sv *View) ComplainedOf(from, cl int) []string {
	toks := sv.Toks
	if from >= len(toks) || toks[from].Low != "to" {
		return nil
	}
	for k := from + 1; k < len(toks) && sv.Clause[k] == cl; k++ {
		switch toks[k].Low {
		case "over", "about", "against":
			for j := k + 1; j < len(toks) && j <= k+4 && sv.Clause[j] == cl; j++ {
				if c := sv.CoordAt[j]; c >= 0 {
					return sv.Coords[c].Codes(sv.Groups)
				}
			}
			return nil
		}
	}
	return nil
}

// Predicate reports an event noun right after the clause's verb
// ("remained on alert", "were on strike").
func (sv *View) Predicate(i int) bool {
	k := i - 1
	for k >= 0 && sv.determiners[sv.Toks[k].Low] {
		k--
	}
	if k < 0 {
		return false
	}
	w := sv.Toks[k].Low
	return sv.Auxiliary(w) || sv.Linking(w)
}

// NounSlots are the actors around an event noun: before it, an actor, a
// compound or a possessive within four words; after it, the first actor of
// each kind of prepositional phrase in the chain that follows.
type NounSlots struct {
	Pre       []string // "the Soviet invasion", "India's defeat", "its war"
	PreGroups int      // actor phrases in Pre ("Indo-Pak" has two)
	Of        []string // "of X"
	To        []string // "to X", "against", "with", "on", "towards", "for", "into"
	From      []string // "from X"
	By        []string // "by X"
	Between   []string // "between X and Y"
	Possessed int      // a possessive pronoun right after the chain's first "of", "on", "against" or "into" ("blockades of its coast"), -1 for none
	WithMeans bool     // To came from "with" + an actor that modifies an armed noun ("an offensive with Turkish drones"): the means of a one-sided act
}

// NounSlots reads the slots of the event noun at toks[i:i+n]: "the Iraqi
// invasion of Kuwait", "French tank sales", "Nasser's visit", "the
// 1969 Honduran-Salvadoran war", "a Syrian withdrawal from Lebanon", "credits to
// Peru", "its war with Chile".
func (sv *View) NounSlots(i, n int) NounSlots {
	ns := NounSlots{Possessed: -1}
	toks := sv.Toks
	article := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if sv.agentForms[toks[k].Low] && k >= 2 && toks[k-1].Low == "-" && sv.CoordAt[k-2] >= 0 && sv.Coords[sv.CoordAt[k-2]].Last == k-2 {
			// "the Saudi-led intervention in Yemen", "a NATO-commanded
			// offensive": the actor joined to the participle leads the act
			c := sv.CoordAt[k-2]
			ns.Pre = sv.Coords[c].Codes(sv.Groups)
			ns.PreGroups = len(sv.Coords[c].Groups)
			break
		}
		if c := sv.CoordAt[k]; c >= 0 {
			if article {
				// "Germany's invasion of Poland began the war": an article
				// opens the noun's phrase; an actor before it is another
				// phrase's (only "X's" stands before an article's place,
				// and it takes none)
				break
			}
			// (a possessor right after a verb, whom no preposition
			// governs, is the noun's own: "to back Vienna's
			// invasion of Serbia", "condemned Iraq's invasion")
			last, first := sv.Coords[c].Last, sv.Coords[c].First
			// (nor one under "with" or "by", the phrase of a verb of
			// meeting: "met with Iran's counterattacks", "was met by
			// France's counterattack")
			possessor := last+2 < i && toks[last+1].Low == "'" && toks[last+2].Low == "s" && first > 0 && (sv.verbBefore(first-1) || toks[first-1].Low == "with" || toks[first-1].Low == "by")
			if possessor || !sv.Governed(c) || toks[sv.Coords[c].First-1].Low == "of" || sv.Groups[sv.Coords[c].Groups[0]].Label == "NORP" ||
				len(sv.Coords[c].Groups) > 1 && sv.Groups[sv.Coords[c].Groups[0]].Compound {
				ns.Pre = sv.Coords[c].Codes(sv.Groups)
				ns.PreGroups = len(sv.Coords[c].Groups)
			}
			break
		}
		w := toks[k].Low
		if sv.pronouns[w] == "possessive" {
			ns.Pre = sv.Resolve(k, false, nil)
			ns.PreGroups = 1
			break
		}
		if strings.HasSuffix(w, "ing") && VerbLike(w) && k > 0 {
			// "Greece's declaring war on the Axis", "their
			// waging war": the possessor of a gerund is the one who acts,
			// and the act is the noun's
			ns.Pre, ns.PreGroups = sv.gerundPossessor(k)
			break
		}
		if w == "the" || w == "a" || w == "an" {
			article = true
		}
		if w == "the" || w == "a" || w == "an" || w == "'" || w == "s" || toks[k].Kind == english.Num || toks[k].Kind == english.Alpha && !sv.prepositions[w] && !sv.clauseWords[w] && w != "and" && !VerbLike(w) {
			continue
		}
		break
	}
	k := i + n
	for k < len(toks) && sv.prepositions[toks[k].Low] {
		w := toks[k].Low
		if w == "to" && k+1 < len(toks) && sv.CoordAt[k+1] < 0 && !sv.determiners[toks[k+1].Low] && toks[k+1].Kind == english.Alpha && !english.IsUpperWord(toks[k+1].Text) {
			break // "to forestall more violence": an infinitive ends the chain
		}
		if ns.Possessed < 0 && k == i+n && k+1 < len(toks) && sv.pronouns[toks[k+1].Low] == "possessive" && sv.groundAfter(k+1) {
			switch w {
			case "of", "on", "against", "into":
				// "French blockades of its ports", "raids on their
				// positions": whose ground the act falls on (not "of
				// its troops", "on its eastern front": the actor's own)
				ns.Possessed = k + 1
			}
		}
		j := k + 1
		for j < len(toks) && j < k+5 && sv.CoordAt[j] < 0 && toks[j].Kind == english.Alpha && !sv.prepositions[toks[j].Low] && !sv.clauseWords[toks[j].Low] && !sv.verbAt(j) {
			j++
		}
		if j >= len(toks) || sv.CoordAt[j] < 0 {
			// a phrase with no actor ("in order to", "of the decision"): the chain goes on through it
			// ("on all naval equipment and training with Peru"),
			// not past a verb, whose own phrases follow it ("the
			// demolition of homes in the West Bank was condemned by the
			// United Nations", "the suppression of dissent did not
			// prevent détente with the United States")
			for j < len(toks) && !sv.prepositions[toks[j].Low] && toks[j].Kind == english.Alpha && j < k+7 && !sv.verbAt(j) {
				j++
			}
			if j < len(toks) && sv.prepositions[toks[j].Low] && j < k+8 {
				k = j
				continue
			}
			break
		}
		codes := sv.Coords[sv.CoordAt[j]].Codes(sv.Groups)
		switch w {
		case "of":
			if ns.Of == nil {
				ns.Of = codes
			}
		case "to", "against", "with", "on", "towards", "toward", "for", "into":
			if ns.To == nil {
				ns.To = codes
				ns.WithMeans = w == "with" && sv.WithArmed(sv.CoordAt[j])
			}
		case "from":
			ns.From = codes
		case "by":
			ns.By = codes
		case "between":
			ns.Between = codes
		}
		k = sv.Coords[sv.CoordAt[j]].Last + 1
		// "of the Syrian forces from Lebanon": the actor's head noun
		// (not a verb: "of Afghanistan was criticized by China")
		for h := 0; h < 2 && k < len(toks) && toks[k].Kind == english.Alpha && !sv.prepositions[toks[k].Low] && !sv.clauseWords[toks[k].Low] && toks[k].Low != "and" && !sv.verbAt(k); h++ {
			k++
		}
	}
	return ns
}

// WithArmed reports a coordination after "with" (past determiners and a
// count) whose actors modify an armed noun (armedheads.txt: "with
// Turkish drones", "with 1,600 Ugandan troops", "with Russia's tanks",
// "with Soviet heavy tanks"): the force an act is done with, not a party
// to it. An actor that holds its noun ("with the Iraqi army") is the
// party. It reads as ArmedAgent does (armedAfter).
func (sv *View) WithArmed(c int) bool {
	toks := sv.Toks
	b := sv.Coords[c].First - 1
	for b >= 0 && (sv.determiners[toks[b].Low] || toks[b].Kind == english.Num) {
		b--
	}
	if b < 0 {
		return false
	}
	_, holds, armed := sv.armedAfter("with", b)
	return armed && !holds
}

// verbAt reports a verb at toks[k] that ends an event noun's chain of
// phrases: an auxiliary ("was", "did"), unless a participle of
// doerverbs.txt follows it, whose agent is the act's doer ("the bombing
// of the barracks was ordered by Iran"). (Not any verb trigger: a
// participle modifies a noun of the chain, "raids on suspected
// insurgents".)
func (sv *View) verbAt(k int) bool {
	if sv.auxiliaries[sv.Toks[k].Low] == "" {
		return false
	}
	return k+1 >= len(sv.Toks) || !sv.doerVerbs[sv.Toks[k+1].Low]
}

// verbBefore reports a word at toks[k] that may be a verb taking the
// phrase after it as its object: a lower-case word that is no
// preposition, determiner, clause word, auxiliary nor "and" ("support",
// "condemned").
func (sv *View) verbBefore(k int) bool {
	t := sv.Toks[k]
	w := t.Low
	return t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !sv.prepositions[w] && !sv.determiners[w] &&
		!sv.clauseWords[w] && sv.auxiliaries[w] == "" && w != "and" && w != "or"
}

// Definite reports an event noun at toks[i] whose phrase opens with a
// definite determiner (determiners.txt, marked definite) or a possessor,
// past its modifiers: "the North Korean invasion of the South", "Iraq's
// invasion of Kuwait", "its offensive against the city", "the U.S.-led
// invasion". An indefinite phrase ("an invasion of", "German offensives")
// or one with a participle before the noun ("the planned invasion") may
// name an act yet to come.
func (sv *View) Definite(i int) bool {
	toks := sv.Toks
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].Low
		switch {
		case sv.definite[w] || w == "s" && k > 0 && toks[k-1].Low == "'" || w == "'s":
			return true
		case sv.CoordAt[k] >= 0 || w == "-" || toks[k].Kind == english.Num || sv.agentForms[w]:
		case toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.determiners[w] && !sv.prepositions[w] && !sv.clauseWords[w] && w != "and" && !VerbLike(w):
		default:
			return false
		}
	}
	return false
}

// PhrasePreposition returns the token of the preposition that opens the
// phrase of the noun at toks[i], past its determiner, possessor and
// modifiers ("for the NATO bombing", "after the Iraqi invasion", "against
// Israel's occupation"), or -1 when the phrase opens otherwise (a verb, a
// comma, a clause word) or more than six tokens before the noun.
func (sv *View) PhrasePreposition(i int) int {
	toks := sv.Toks
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := toks[k].Low
		switch {
		case sv.prepositions[w]:
			return k
		case sv.determiners[w] || w == "s" && k > 0 && toks[k-1].Low == "'" || w == "'" || w == "'s" || sv.CoordAt[k] >= 0 || w == "-" || toks[k].Kind == english.Num || sv.agentForms[w]:
		case toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.clauseWords[w] && w != "and" && !VerbLike(w):
		default:
			return -1
		}
	}
	return -1
}

// gerundPossessor returns the possessor of the gerund at toks[k], a
// possessive pronoun or "X's" right before it, and its number of groups;
// nil for none.
func (sv *View) gerundPossessor(k int) ([]string, int) {
	if sv.pronouns[sv.Toks[k-1].Low] == "possessive" {
		return sv.Resolve(k-1, false, nil), 1
	}
	return sv.possessorBefore(k)
}

// possessorBefore returns the actors of an "X's" right before token k and
// their number of groups; nil for none.
func (sv *View) possessorBefore(k int) ([]string, int) {
	toks := sv.Toks
	if k >= 3 && toks[k-1].Low == "s" && toks[k-2].Low == "'" {
		if c := sv.CoordAt[k-3]; c >= 0 {
			return sv.Coords[c].Codes(sv.Groups), len(sv.Coords[c].Groups)
		}
	}
	return nil, 0
}

// VerbWants says what a verb looks for after it.
type VerbWants struct {
	Object     bool // an object, past the clause's end if need be
	ThatObject bool // a "that" clause right after it may hold the object ("demanded that")
	Mutual     bool // a possessive right after it is the object ("renewed their ties")
	Thing      bool // its object may be a thing or a place ("occupied it", "refused to sign it")
	Opposed    bool // it acts against its object: those on the subject's side ("alongside", company) are none
}

// VerbSlots are the actors around a verb.
type VerbSlots struct {
	Passive        bool     // "was signed", "had formally been recognised"
	Subject        []string // see Subject
	Object         []string // the first actors after it (or what a pronoun there stands for, or Subject's skipped object)
	ObjectCoord    int      // the coordination of Object, -1 when it came from elsewhere
	ObjectCompound bool     // Object is a compound ("U.S.-Pakistan relations")
	By             []string // a passive's agent
	Reduced        bool     // the passive is a reduced relative after a noun ("the islands occupied by Italy"); Subject is that noun's actors
	Between        []string // "between A and B"
	EachOther      bool     // "each other", "one another"
}

// passiveBefore reports a participle at toks[i] right after "and" or
// "or" whose first conjunct is a participle after a form of "be" ("were
// intercepted and defeated", "was surrounded and quickly destroyed"),
// with an agent after it in its clause ("by the Polish cavalry").
func (sv *View) passiveBefore(i int) bool {
	toks := sv.Toks
	part := func(k int) bool { return sv.Participle(toks[k].Low) }
	if !part(i) {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].Kind == english.Alpha && len(toks[k].Low) > 3 && strings.HasSuffix(toks[k].Low, "ly") {
		k-- // "and quickly destroyed"
	}
	if k < 2 || toks[k].Low != "and" && toks[k].Low != "or" {
		return false
	}
	first := k - 1
	if c := sv.CoordAt[first]; c >= 0 && sv.Coords[c].Last == first {
		// "was blockaded by the Soviets and supplied by American
		// aircraft": the first participle's agent stands between
		if p := sv.prepAt(c); p >= 1 && toks[p].Low == "by" {
			first = p - 1
		}
	}
	if !part(first) {
		return false
	}
	if aux := sv.AuxBefore(first); aux < 0 || sv.auxiliaries[toks[aux].Low] != "be" {
		return false
	}
	// only with its agent: "was routed and retreated to the Piave" is
	// a passive and a past tense
	for k := i + 1; k+1 < len(toks) && sv.Clause[k] == sv.Clause[i] && toks[k].Low != ","; k++ {
		if toks[k].Low == "by" && sv.FirstCoordFrom(k+1) >= 0 && sv.Coords[sv.FirstCoordFrom(k+1)].First <= k+2 {
			return true
		}
	}
	return false
}

// participleList reports a participle after "and" from toks[from] on in
// the clause cl: the participles before it are a list acting on the
// clause's subject ("was attacked by Germany, invaded by the Soviet
// Union, and divided").
func (sv *View) participleList(from, cl int) bool {
	toks := sv.Toks
	for k := from; k+1 < len(toks) && sv.Clause[k] == cl; k++ {
		if w := toks[k+1].Low; toks[k].Low == "and" && sv.Participle(w) {
			return true
		}
	}
	return false
}

// andByAfter reports an "and by" (or ", and by") right before the actor
// phrase ci (past determiners), with only a date, a number, a comma or a
// preposition of time or place between it and the agent that ends at
// toks[end]: "by Germany and by the Soviet Union", "by the United States
// until 1979, and by Japan".
func (sv *View) andByAfter(end, ci int) bool {
	toks := sv.Toks
	p := sv.prepAt(ci)
	if p <= end+1 || toks[p].Low != "by" || toks[p-1].Low != "and" {
		return false
	}
	for k := end + 1; k < p-1; k++ {
		w := toks[k].Low
		if w == "," || toks[k].Kind == english.Num || sv.InTimex(k) || sv.PlaceAt[k] != "" {
			continue
		}
		switch w {
		case "in", "on", "at", "until", "till", "during", "from", "since", "the":
			continue
		}
		return false
	}
	return true
}

// InTimex reports a token inside one of the sentence's time expressions.
func (sv *View) InTimex(k int) bool {
	for _, x := range sv.Timex {
		if a, b := sv.Within(x.Start, x.End); a >= 0 && a <= k && k <= b {
			return true
		}
	}
	return false
}

// agentBeforeComma returns the actors of a "by" phrase that ends right
// before a comma at toks[i-1] ("invaded by the United States, supported
// by"), nil if none.
func (sv *View) agentBeforeComma(i int) []string {
	if i < 3 || sv.Toks[i-1].Low != "," {
		return nil
	}
	c := sv.CoordAt[i-2]
	if c < 0 || sv.Coords[c].Last != i-2 {
		return nil
	}
	if sv.PrepBefore(c) != "by" {
		return nil
	}
	return sv.Coords[c].Codes(sv.Groups)
}

// reducedAfter reports a word at toks[k] that a participle after it
// with no auxiliary qualifies as a reduced relative ("the Greek islands
// occupied by Italy", "the Iraqi army attacked by Iranian forces"): a
// lower-case noun, no function word, pronoun, auxiliary, verb form or
// adverb in -ly ("Germany quickly attacked", "they attacked"); or the
// last word of an actor in a prepositional phrase ("the villages in
// Bosnia attacked by Serbian troops"), not an actor that may be the
// verb's subject ("Iraq attacked").
func (sv *View) reducedAfter(k int) bool {
	t := sv.Toks[k]
	w := t.Low
	if c := sv.CoordAt[k]; c >= 0 && sv.Coords[c].Last == k && english.IsUpperWord(t.Text) {
		p := sv.PrepBefore(c)
		return sv.prepositions[p] && p != "by"
	}
	return sv.contentWord(k) && !strings.HasSuffix(w, "ly") && !VerbLike(w) && !sv.participles[w] && !sv.pastForms[w]
}

// AgentBy gives the "by" of a passive's agent right after a participle that
// ends at toks[k], past adverbs in -ly and at most one prepositional
// phrase whose object is an actor or a number: "occupied by Italy", "sold
// to Iran by Israel", "captured in 1941 by Germany". Not a "by" further
// on, which may be another participle's ("agreed on Monday to a deal
// brokered by Russia"), nor a participle with a direct object ("occupied
// positions abandoned by the Syrian army").
func (sv *View) AgentBy(k int) int {
	toks := sv.Toks
	for k < len(toks) && toks[k].Kind == english.Alpha && len(toks[k].Low) > 3 && strings.HasSuffix(toks[k].Low, "ly") {
		k++
	}
	if k < len(toks) && toks[k].Low != "by" && sv.prepositions[toks[k].Low] {
		k++
		for k < len(toks) && sv.determiners[toks[k].Low] {
			k++
		}
		switch {
		case k < len(toks) && sv.CoordAt[k] >= 0:
			k = sv.Coords[sv.CoordAt[k]].Last + 1
		case k < len(toks) && toks[k].Kind == english.Num:
			k++
		default:
			return -1
		}
	}
	if k+1 >= len(toks) || toks[k].Low != "by" {
		return -1
	}
	// the actor follows "by" directly, after determiners only ("by the
	// Iraqi army"), not behind a manner noun ("attacked by surprise
	// Egyptian airfields")
	j := k + 1
	for j < len(toks) && sv.determiners[toks[j].Low] {
		j++
	}
	if j >= len(toks) || sv.CoordAt[j] < 0 || sv.Coords[sv.CoordAt[j]].First != j {
		return -1
	}
	return k
}

// AgentNear reports AgentBy's agent after toks[k].
func (sv *View) AgentNear(k int) bool { return sv.AgentBy(k) >= 0 }

// ArmedAgent reads the actor after the "by" at toks[b] (AgentBy): ends,
// it ends its noun phrase ("by Senegal at the World Cup", "by Iran."),
// and armed, it is followed by a noun of armed force, past at most two
// lower-case modifiers ("by Iraqi troops", "by Iranian artillery fire");
// neither is an actor qualifying a thing ("hit by Chinese imports",
// "crushed by American sanctions").
func (sv *View) ArmedAgent(b int) (ends, armed bool) {
	ends, holds, armed := sv.armedAfter("by", b)
	return ends || holds, armed
}

// armedAfter reads the actor after the preposition prep at toks[p], past
// determiners, and after "with" a count ("by the", "with 1,600"; "by 1990" is a date): holds when its last
// word is an armed noun (armedheads.txt: "the Iraqi army"); armed when an
// armed noun follows it, past a possessive and up to two lower-case
// modifiers ("Turkish drones", "Russia's tanks", "Turkish attack drones",
// "Turkish-made drones", "Soviet heavy tanks"); ends when no word of a
// noun phrase follows it ("by Iraq in 1990"). The one reader of
// ArmedAgent ("by") and WithArmed ("with").
func (sv *View) armedAfter(prep string, p int) (ends, holds, armed bool) {
	toks := sv.Toks
	if p < 0 || p >= len(toks) || toks[p].Low != prep {
		return false, false, false
	}
	j := p + 1
	for j < len(toks) && (sv.determiners[toks[j].Low] || prep == "with" && toks[j].Kind == english.Num) {
		j++
	}
	if j >= len(toks) || sv.CoordAt[j] < 0 {
		return false, false, false
	}
	k := sv.Coords[sv.CoordAt[j]].Last + 1
	if sv.armedHeads[toks[k-1].Low] {
		return true, true, true // the actor holds its noun ("by the Iraqi army")
	}
	// a possessive or a dash joined on both sides does not end the
	// actor's phrase for the armed noun ("Russia's tanks", "Turkish-made
	// drones") but, as any mark, ends it for the agent's test
	past := false
	if english.PossessiveAt(toks, k) {
		k, past = k+2, true
	} else if k+1 < len(toks) && toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End && isDash(toks[k].Text) && sv.contentWord(k+1) {
		k, past = k+2, true
	}
	for m := 0; m < 3 && k < len(toks); m, k = m+1, k+1 {
		if sv.armedHeads[toks[k].Low] {
			return false, false, true
		}
		if !sv.contentWord(k) {
			return m == 0 || past, false, false
		}
	}
	return k >= len(toks) || past, false, false
}

// isDash reports a token that is one hyphen or dash.
func isDash(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && english.IsDash(r)
}

// contentWord reports a lower-case word at toks[k] that may go on a
// noun phrase: no function word, auxiliary, pronoun or joiner ("and",
// "or").
func (sv *View) contentWord(k int) bool {
	t := sv.Toks[k]
	w := t.Low
	return t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !sv.prepositions[w] && !sv.determiners[w] &&
		!sv.clauseWords[w] && sv.pronouns[w] == "" && sv.auxiliaries[w] == "" && !sv.joiners[w]
}

// ArmedVerb reports a force participle whose passive names force only
// with an armed side (armedverbs.txt: "beaten", "hit").
func (sv *View) ArmedVerb(w string) bool { return sv.armedVerbs[w] }

// ArmedHead reports a noun of armed force (armedheads.txt).
func (sv *View) ArmedHead(w string) bool { return sv.armedHeads[w] }

// reducedHead gives the actors of the noun phrase that ends at toks[k]
// and that a reduced relative's participle after it qualifies: the
// actor that ends it ("the villages in Bosnia"), or one among its
// modifiers ("the Greek islands"); none for a phrase naming no actor
// ("freed the prisoners captured by Japan": the prisoners, not the
// subject, were captured).
func (sv *View) reducedHead(k int) []string {
	for j := k; j >= 0 && j > k-4; j-- {
		if c := sv.CoordAt[j]; c >= 0 {
			return sv.Coords[c].Codes(sv.Groups)
		}
		if !sv.contentWord(j) || VerbLike(sv.Toks[j].Low) || sv.pastForms[sv.Toks[j].Low] || j < k && strings.HasSuffix(sv.Toks[j].Low, "ed") {
			return nil
		}
	}
	return nil
}

// agentOf reports the "of" at toks[p] in a passive's agent phrase whose
// head noun makes the actor after the "of" the one who acts: a noun of a
// state's bodies (ownbodies.txt), of a count of its members (members.txt,
// marked quantity) or of a joint act (agentheads.txt), with at most two
// lower-case modifiers and its determiners between it and the "by": "by
// the combined forces of Iraq and Syria", "by joint efforts of Russia and
// China", "by troops of Germany". Not a noun of another party ("by the
// enemies of Iraq", "by allies of Germany"), nor an "of" outside a "by"
// phrase ("by 1941 the forces of Germany").
func (sv *View) agentOf(p int) bool {
	toks := sv.Toks
	k := p - 1
	// (two heads joined by "and" share the "of": "by the army and the
	// navy of Russia")
	for conj := 0; conj < 2; conj++ {
		if k < 1 || toks[k].Kind != english.Alpha {
			return false
		}
		if h := toks[k].Low; !sv.bodies[h] && !sv.quantities[h] && !sv.agentHeads[h] {
			return false
		}
		k--
		for m := 0; m < 2 && k >= 0 && toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && sv.CoordAt[k] < 0 &&
			!sv.prepositions[toks[k].Low] && !sv.determiners[toks[k].Low] && !sv.clauseWords[toks[k].Low] && toks[k].Low != "and"; m++ {
			k--
		}
		for k >= 0 && sv.determiners[toks[k].Low] {
			k--
		}
		if k < 0 || toks[k].Low != "and" {
			break
		}
		k--
	}
	return k >= 0 && toks[k].Low == "by"
}

// VerbSlots reads the slots of the verb at toks[i:i+n].
func (sv *View) VerbSlots(i, n int, want VerbWants) VerbSlots {
	vs := VerbSlots{ObjectCoord: -1}
	toks := sv.Toks
	cl := sv.Clause[i]
	aux := sv.AuxBefore(i)
	if aux >= 0 && sv.auxiliaries[toks[aux].Low] == "be" {
		// "is opposed to": a state, not a passive
		vs.Passive = sv.Participle(toks[i].Low) && toks[i+n-1].Low != "to"
	} else if sv.passiveBefore(i) {
		// "were ambushed and routed by Greek infantry": the second
		// participle shares the first one's auxiliary
		vs.Passive = true
	} else if aux < 0 && i > 0 && (toks[i-1].Low == "," || sv.reducedAfter(i-1) && sv.AgentNear(i+n)) && sv.Participle(toks[i].Low) {
		// "Bangladesh, recognised as independent by India, joined",
		// "the Greek islands occupied by Italy in 1912": a participle
		// set off by a comma, or right after a noun and before a
		// preposition, with an agent, is a passive
		for k := i + n; k+1 < len(toks) && sv.Clause[k] == cl && toks[k].Low != ","; k++ {
			if toks[k].Low == "by" && sv.FirstCoordFrom(k+1) >= 0 && sv.Coords[sv.FirstCoordFrom(k+1)].First <= k+2 {
				vs.Passive = true
				// (not set off by a comma, nor an adverb after one:
				// "Tyre, already captured by Israeli troops")
				vs.Reduced = toks[i-1].Low != "," && (i < 2 || toks[i-2].Low != ",")
				break
			}
		}
	}
	var skipped []string
	vs.Subject, skipped = sv.Subject(i, cl)
	if vs.Reduced {
		// a reduced relative acts on the noun before it, not on the
		// clause's subject
		vs.Subject = sv.reducedHead(i - 1)
	} else if a := sv.agentBeforeComma(i); vs.Passive && aux < 0 && a != nil && sv.relVerbs[toks[i].Low] && !sv.participleList(i+n, cl) {
		// "Iraq was invaded by the United States, supported by
		// Britain": a participle of a relation (relverbs.txt) set
		// off right after another verb's agent acts on that agent, not
		// on the clause's subject; not another act on the subject
		// ("invaded by Germany, defended by France"), nor one of a list
		// of participles ("attacked by Germany, backed by Italy, and
		// divided")
		vs.Subject = a
	}
	reflexive := false
	thing := false // a noun that names no actor passed as the object
	byEnd := -1    // the last token of the passive's agent
	for k := i + n; k < len(toks); k++ {
		if sv.Clause[k] != cl && (vs.Object != nil || !want.Object || !sv.clauseWordOpens(k)) {
			// (a verb that wants an object looks for it past a clause a
			// clause word opens, "attacked, when the talks failed, the
			// border posts of Kuwait"; not past ";" or ":", into a
			// quotation, nor into the main clause after a fronted one)
			break
		}
		w := toks[k].Low
		if w == "as" && k == i+n {
			continue // "labelled as an aggressor by the League": the verb's own "as"
		}
		if k > i+n+1 && !vs.Passive && toks[k-1].Low == "," && strings.HasSuffix(w, "ed") && VerbLike(w) && k+1 < len(toks) && toks[k+1].Low == "by" {
			// "launched an offensive on 26 October, spearheaded by the
			// Germans": a participle after a comma with its own agent;
			// that agent is no object of the verb before
			break
		}
		if k > i+n && !vs.Passive && sv.participleOpens(k) {
			// "captured 9 freighters, as well as sinking a Danish
			// frigate", "fighting on two fronts, retreated into
			// Albania": a verb form after a comma heads a predicate of
			// its own; the actors after it are its objects
			break
		}
		if sv.circumstance[w] && (vs.Object != nil || !want.Object || vs.Passive) {
			break
		}
		if vs.Object == nil && w == "and" && k > i+n && sv.newClauseAfter(k) {
			// "had fallen back into Silesia, and in June the Allies
			// made a breach in France's lines": the actors
			// after a subject and a verb of their own are another
			// clause's
			break
		}
		if k == i+n && w == "that" && !want.ThatObject {
			break // "agreed that Russia will train...": a clause, not an object
		}
		if k == i+n && sv.pronouns[w] == "possessive" && want.Mutual && vs.Subject != nil {
			// "The Italian army had fought its way into Albania": a
			// possessive after a verb whose subject is named is the
			// subject's own; the other side is named later, if at all
			continue
		}
		if k == i+n && (sv.pronouns[w] == "object" || sv.pronouns[w] == "possessive" && want.Mutual) || k <= i+n+1 && w == "it" && sv.pronouns[w] == "subject" && vs.Object == nil {
			if w == "it" && want.Thing {
				vs.Object = sv.resolveThing(k, vs.Subject)
			} else {
				vs.Object = sv.Resolve(k, false, vs.Subject)
			}
			continue
		}
		if k == i+n && sv.uncodedPeople(k) {
			// "accused Freemasons as being the authors of Spanish
			// liberalism": the object is a people the vocabulary has no
			// code for; an actor after it is in its modifier
			break
		}
		if k == i+n && sv.pronouns[w] == "reflexive" {
			// "distanced itself from the treaty and both the Dutch
			// and the Belgian envoys ... had to step down":
			// the object is the subject; only a prepositional phrase
			// may still name another ("allied itself with France")
			reflexive = true
			continue
		}
		if w == "each" && k+1 < len(toks) && toks[k+1].Low == "other" || w == "one" && k+1 < len(toks) && toks[k+1].Low == "another" {
			vs.EachOther = true
		}
		if sv.Paren[k] && !sv.Paren[i] {
			// "clashes went on in the Balkan states (see the
			// Second Balkan War)": an aside names no party
			continue
		}
		if vs.Object == nil && !thing && k > i+n && sv.thingWord(k) {
			thing = true
		}
		if c := sv.CoordAt[k]; c >= 0 {
			if vs.Object == nil && thing && sv.gapped(c) {
				// "Finland joined the alliance in April 2023 and Sweden
				// in March 2024": after a thing for the object, an actor
				// and a date with no verb after "and" is a second
				// subject of the verb, not its object
				break
			}
			codes := sv.Coords[c].Codes(sv.Groups)
			prep, at := "", sv.prepAt(c)
			if p := at; p >= 0 {
				prep = toks[p].Low
				if prep == "of" && vs.Passive && sv.agentOf(p) {
					prep = "by" // "by the combined forces of Iraq and Syria"
				}
			}
			switch {
			case prep == "by" && vs.Passive:
				// the first "by" after the verb names its agent; a later
				// one is another verb's ("was invaded by the United
				// States, supported by Britain", "was blockaded by the
				// Soviets and supplied by American aircraft")
				if vs.By == nil {
					vs.By, byEnd = codes, sv.Coords[c].Last
				} else if sv.andByAfter(byEnd, c) {
					// "was invaded by Germany and by the Soviet Union",
					// "by China in 1979 and by Cambodia in 1977": a second
					// agent of the same verb
					vs.By, byEnd = AppendCodes(vs.By, codes...), sv.Coords[c].Last
				}
			case prep == "between" && len(codes) >= 2:
				vs.Between = codes
			case sv.means[prep]:
				// "through the Pakistani intelligence services": the
				// channel, not the one acted on
			case !want.Mutual && sv.WithArmed(c):
				// "deployed AMISOM with 1,600 Ugandan troops", "attacked
				// with Turkish drones": the means of a one-sided act, not
				// the one acted on (one fought or clashed with, "clashed
				// with Armenian troops", is the other side)
			case want.Opposed && sv.company[prep]:
				// "fought alongside France against Austria": those on
				// the subject's side, not the one acted on; the search
				// goes on ("against Austria"). One served alongside is
				// the partner ("served alongside the United States")
			case reflexive && !sv.prepositions[prep]:
			case sv.scenes[prep] && (sv.capitals(c) || sv.countryOfPlace(at, c)):
				// "when they met in Vienna": the scene, no party; so is
				// the country of a place just named ("landed at Salonica
				// in Greece")
			case sv.timeLabel(c):
				// "signed the accord in 1972, a year after the Bangladesh
				// war", "met after the Iraqi invasion of Kuwait": an actor
				// that labels the noun of a time phrase is no party of the
				// verb, nor is one later in that phrase
				k = len(toks)
				continue
			case vs.Object == nil && sv.SubjectOfNext(c):
				// "Spain, Portugal and the Vatican forming one bloc and the
				// French together with Italy forming another": a new subject.
				k = len(toks)
				continue
			case vs.Object == nil:
				vs.Object, vs.ObjectCoord = codes, c
				vs.ObjectCompound = sv.Groups[sv.Coords[c].Groups[0]].Compound
			}
			k = sv.Coords[c].Last
		}
	}
	if vs.Object == nil && skipped != nil {
		vs.Object = skipped // "keeping India informed"
	}
	return vs
}

// timeLabel reports coordination ci in a definite phrase of a clause
// preposition ("after", "since": prepositions.txt's "clause"), past the
// article and the words a hyphen joins to it ("after the Arab-Israeli
// war"), right before a lower-case noun of that phrase: a past act the
// time is counted from. An indefinite one ("threatened war after an Iraqi
// invasion") or a clause ("before Israel attacks Lebanon") may name whom
// the verb acts on.
func (sv *View) timeLabel(ci int) bool {
	k := sv.prepAt(ci)
	for k > 1 && sv.Toks[k].Low == "-" && english.Glued(sv.Toks, k) {
		k -= 2
		for k >= 0 && sv.determiners[sv.Toks[k].Low] {
			k--
		}
	}
	return k >= 0 && k+1 < len(sv.Toks) && sv.Toks[k+1].Low == "the" && sv.clausePreps[sv.Toks[k].Low] && sv.labelsNoun(ci)
}

// thingWord reports a lower-case word at toks[k] that may head a noun
// phrase naming no actor ("the alliance", "sanctions"): no function word,
// no actor, no verb form in -ed.
func (sv *View) thingWord(k int) bool {
	w := sv.Toks[k].Low
	return sv.CoordAt[k] < 0 && sv.contentWord(k) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// gapped reports coordination ci right after "and" followed only by a
// date, with or without its preposition, up to the end of its clause or
// sentence: the remnant of a clause whose verb is left out ("and Sweden
// in March 2024").
func (sv *View) gapped(ci int) bool {
	toks := sv.Toks
	if k := sv.prepAt(ci); k < 0 || toks[k].Low != "and" {
		return false
	}
	j, dated := sv.Coords[ci].Last+1, false
	for j < len(toks) {
		switch {
		case sv.InTimex(j):
			dated = true
		case sv.prepositions[toks[j].Low] && j+1 < len(toks) && sv.InTimex(j+1):
		default:
			return dated && (toks[j].Kind != english.Alpha && toks[j].Kind != english.Num && toks[j].Low != "-")
		}
		j++
	}
	return dated
}

// labelsNoun reports coordination ci right before a lower-case noun of
// its phrase ("the Cuban missile crisis", "Israel attacked"): a modifier
// or a clause's subject, not the head of the phrase.
func (sv *View) labelsNoun(ci int) bool {
	k := sv.Coords[ci].Last + 1
	return k < len(sv.Toks) && sv.contentWord(k)
}

// uncodedPeople reports a people the vocabulary has no code for at
// toks[k] ("Jews", "the Kurds"), past determiners, that heads its phrase:
// no noun follows it ("Kurdish villages" is a thing).
func (sv *View) uncodedPeople(k int) bool {
	toks := sv.Toks
	for k < len(toks) && sv.determiners[toks[k].Low] {
		k++
	}
	if k >= len(toks) || !sv.People[k] {
		return false
	}
	for k < len(toks) && sv.People[k] {
		k++
	}
	if k < len(toks) && sv.InEnt[k] {
		return false // "Kurdish villages" named as an actor of their own
	}
	return k >= len(toks) || !(toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && sv.nounHead(k) && toks[k].Low != "as")
}

// newClauseAfter reports an "and" at toks[k] that joins a clause of its
// own: a noun phrase (a determiner, a capitalised word, an actor) and then
// then, as the first verb form after "and", a finite one (an auxiliary, a
// verb trigger, a form in -ed or -ing not right after a determiner nor
// before "by", "of" or "with"): "and in June the Allies made".
// "and later went on to invade" has no subject of its own, "and the
// occupied territories" no verb.
func (sv *View) newClauseAfter(k int) bool {
	toks := sv.Toks
	if k+1 < len(toks) && toks[k+1].Low == "that" {
		// "claiming that ... was lawful, and that Sardinia was
		// the aggressor": a second clause of the verb before
		return false
	}
	np, pp := false, false
	cl, aside, lim, subj := sv.Clause[k], false, k+10, -1
	for j := k + 1; j < len(toks) && j <= lim && sv.Clause[j] == cl; j++ {
		t := toks[j]
		w := t.Low
		if w == "," && np && !aside && j+1 < len(toks) && sv.asideWord(j+1) {
			// "and the United States, after Haig's mission failed,
			// sided with London": an aside after the new subject, up to
			// its closing comma; the verb right after it is the clause's
			if m := sv.asideEnd(j); m > 0 && m+1 < len(toks) {
				aside, subj = true, j-1
				j, cl, lim = m, sv.Clause[m+1], m+1
				continue
			}
		}
		if w == "," || w == "and" || w == "or" {
			return false
		}
		if c := sv.CoordAt[j]; c >= 0 {
			np = np || !pp
			j = sv.Coords[c].Last
			continue
		}
		if !sv.determiners[toks[j-1].Low] && !sv.prepositions[toks[j-1].Low] &&
			(sv.auxiliaries[w] != "" || sv.Verb != nil && sv.Verb(j) || VerbLike(w) || sv.participles[w] && !sv.onlyPart[w]) {
			// the first verb form decides: after a noun phrase, the
			// clause's own ("and decided to approve a plan that will"
			// has none)
			return np && (!(j+1 < len(toks) && (toks[j+1].Low == "by" || toks[j+1].Low == "of" || toks[j+1].Low == "with")) || sv.actsBy(j, subj))
		}
		if aside {
			return false // the aside's comma is followed by no verb
		}
		switch {
		case sv.prepositions[w]:
			np, pp = false, true // "and in May": a phrase of time or place, no subject
		case sv.determiners[w]:
			np, pp = true, false
		case !pp && (t.Kind == english.Alpha && english.IsUpperWord(t.Text) || sv.InEnt[j]):
			np = true
		}
	}
	return false
}

// RecipientBefore returns the actors of a "to" phrase that ends right
// before the participle at toks[i] (a comma between allowed), the one the
// main clause sent something to: "cables to Stalin, requesting",
// "emissaries to Sparta demanding"; nil for none.
func (sv *View) RecipientBefore(i int) []string {
	k := i - 1
	if k >= 0 && sv.Toks[k].Low == "," {
		k--
	}
	if k < 0 || !strings.HasSuffix(sv.Toks[i].Low, "ing") {
		return nil
	}
	c := sv.CoordAt[k]
	if c < 0 || sv.Coords[c].Last != k || sv.PrepBefore(c) != "to" {
		return nil
	}
	return sv.Coords[c].Codes(sv.Groups)
}

// participleOpens reports a verb trigger in -ing or -ed at toks[k] that
// heads a predicate of its own with no subject of its own: a comma before
// it, past at most three lower-case words that name no actor, open no
// noun phrase, are no pronoun and no verb form (", as well as attacking",
// ", and then retreated", ", cutting off").
func (sv *View) participleOpens(k int) bool {
	toks := sv.Toks
	if !VerbLike(toks[k].Low) || english.IsUpperWord(toks[k].Text) || sv.Verb == nil || !sv.Verb(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := toks[j].Low
		if w == "," {
			return true
		}
		if toks[j].Kind != english.Alpha || english.IsUpperWord(toks[j].Text) || sv.ActorAt[j] >= 0 || sv.determiners[w] || sv.pronouns[w] != "" || VerbLike(w) || sv.prepositions[w] && w != "as" {
			return false
		}
	}
	return false
}

// MeansAfter returns the actors of the first phrase of a "means"
// preposition ("through", "via") after token from in its clause: the
// channel an act went through, nil for none.
func (sv *View) MeansAfter(from int) []string {
	toks := sv.Toks
	if from >= len(toks) {
		return nil
	}
	cl := sv.Clause[from]
	for k := from; k+1 < len(toks) && sv.Clause[k] == cl; k++ {
		if !sv.means[toks[k].Low] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if c := sv.CoordAt[j]; c >= 0 {
				return sv.Coords[c].Codes(sv.Groups)
			}
		}
		return nil
	}
	return nil
}

// SubjectSectors returns the sectors of the actors of the nearest
// coordination before token i in its clause that no preposition governs:
// the subject's ("Soviet ground forces, under the command of Marshal
// Sokolov, entered": MIL); nil for none.
func (sv *View) SubjectSectors(i int) []string {
	c := sv.SubjectCoord(i)
	if c < 0 {
		return nil
	}
	var out []string
	for _, g := range sv.Coords[c].Groups {
		out = append(out, sv.Groups[g].Sector)
	}
	return out
}

// SubjectCommanders reports a subject, found as SubjectSectors finds it,
// that names only military persons, the commanders the actor stage gives
// sector MIL ("Foch assumed", "Hindenburg and Ludendorff agreed"): one
// commander's act, which his state does only when he acts on another.
func (sv *View) SubjectCommanders(i int) bool {
	c := sv.SubjectCoord(i)
	if c < 0 {
		return false
	}
	for _, g := range sv.Coords[c].Groups {
		if sv.Groups[g].Label != "PERSON" || sv.Groups[g].Sector != "MIL" {
			return false
		}
	}
	return true
}

// SubjectCoord returns the nearest coordination before token i in its
// clause that no preposition governs, -1 for none.
func (sv *View) SubjectCoord(i int) int {
	cl := sv.Clause[i]
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if sv.Toks[k].Low == "," {
			// ", under the command of Marshal Sokolov,": a phrase set off
			// by commas that a preposition opens is passed over
			for j := k - 1; j > 0 && sv.Clause[j] == cl; j-- {
				if sv.Toks[j].Low == "," {
					if sv.prepositions[sv.Toks[j+1].Low] {
						k = j
					}
					break
				}
			}
			continue
		}
		c := sv.CoordAt[k]
		if c < 0 {
			continue
		}
		k = sv.Coords[c].First
		if sv.Governed(c) && !sv.counted(c) {
			continue
		}
		return c
	}
	return -1
}

// counted reports a coordination that the "of" phrase after a noun of
// quantity (members.txt, marked quantity) at the head of its clause's
// subject holds: "large numbers of Soviet airborne forces began to land",
// "thousands of Iraqi troops crossed"; the counted body is the one who
// acts. The noun
// must open the clause, after at most three determiners or lower-case
// modifiers ("the", "large", "a few") and no verb; "the commander of
// Soviet forces", "a report on thousands of troops" and "Ankara sent
// thousands of troops" have another head.
func (sv *View) counted(c int) bool {
	toks := sv.Toks
	f := sv.Coords[c].First
	j := f - 1
	for j >= 0 && sv.determiners[toks[j].Low] {
		j-- // "numbers of the Soviet forces"
	}
	if j < 1 || toks[j].Low != "of" || !sv.quantities[toks[j-1].Low] {
		return false
	}
	cl := sv.Clause[f]
	for k, n := j-2, 0; k >= 0 && sv.Clause[k] == cl && toks[k].Low != ","; k, n = k-1, n+1 {
		t := toks[k]
		if n >= 3 || t.Kind != english.Alpha || english.IsUpperWord(t.Text) && k > 0 && sv.Clause[k-1] == cl && toks[k-1].Low != "," || sv.prepositions[t.Low] ||
			VerbLike(t.Low) || sv.participles[t.Low] || sv.auxiliaries[t.Low] != "" || sv.Verb != nil && sv.Verb(k) {
			// (a verb before it takes the count as its object: "sent
			// thousands of troops")
			return false
		}
	}
	return true
}

// FromAfter returns the actors of the first "from" phrase after token from
// in clause cl: "received aid from the US".
func (sv *View) FromAfter(from, cl int) []string {
	toks := sv.Toks
	for k := from; k < len(toks) && sv.Clause[k] == cl; k++ {
		if toks[k].Low == "from" {
			j := k + 1
			for j < len(toks) && sv.determiners[toks[j].Low] {
				j++
			}
			if j < len(toks) && sv.CoordAt[j] >= 0 {
				return sv.Coords[sv.CoordAt[j]].Codes(sv.Groups)
			}
		}
	}
	return nil
}

// asideBefore returns the comma that opens an aside closed by the comma
// at toks[k], right before the verb at toks[i] (", as Britain had
// feared, attacked"): the aside opens with a comma and a word of
// asideWord or "as" (not a joiner's: ", as well as the French Foreign
// Legion,"), within 12 words, in the verb's clause from start; -1 if
// there is none.
func (sv *View) asideBefore(k, i, start int) int {
	if k != i-1 || sv.Toks[k].Low != "," {
		return -1
	}
	for o := k - 1; o > start && o >= k-12; o-- {
		switch sv.Toks[o].Low {
		case ",":
			if o+1 < k && (sv.asideWord(o+1) || sv.Toks[o+1].Low == "as" && !sv.joinsAt(o+1)) {
				return o
			}
			return -1
		case "and", ";", ":":
			return -1
		}
	}
	return -1
}

// joinsAt reports a joiner of three words at toks[j] (joiners.txt: "as
// well as").
func (sv *View) joinsAt(j int) bool {
	return j+2 < len(sv.Toks) && sv.joiners[sv.Toks[j].Low+" "+sv.Toks[j+1].Low+" "+sv.Toks[j+2].Low]
}

// asideEnd returns the comma that closes an aside opened by the comma at
// toks[j], -1 if none closes it within 12 words, before "and" or ";".
func (sv *View) asideEnd(j int) int {
	for m := j + 1; m < len(sv.Toks) && m <= j+12; m++ {
		switch sv.Toks[m].Low {
		case ",":
			return m
		case "and", ";", ":":
			return -1
		}
	}
	return -1
}

// asideWord reports a word that opens an aside set off by commas: a
// preposition, a clause word or a participle in -ing ("after Haig's
// mission failed", "which had claimed Kuwait", "fearing an attack").
func (sv *View) asideWord(k int) bool {
	w := sv.Toks[k].Low
	return sv.prepositions[w] || sv.clauseWords[w] || strings.HasSuffix(w, "ing") && VerbLike(w)
}

// actsBy reports a verb at toks[j] before "by", "of" or "with" that is a
// clause's own, not a participle that modifies the noun before it ("and
// the territories occupied by Israel"): its subject is an actor's name
// right before it or before an aside that ends at the verb, the token subj
// ("and Russia responded by", "and the United States sided with"), or "by"
// opens a gerund, the means ("responded by abandoning").
func (sv *View) actsBy(j, subj int) bool {
	toks := sv.Toks
	if j+2 < len(toks) && toks[j+1].Low == "by" && toks[j+2].Kind == english.Alpha && strings.HasSuffix(toks[j+2].Low, "ing") {
		return true
	}
	if subj < 0 {
		subj = j - 1
	}
	c := sv.CoordAt[subj]
	return c >= 0 && english.IsUpperWord(toks[sv.Coords[c].Last].Text)
}

// clauseWordOpens reports a clause that a clause word opens, the clause
// of token k ("when", "which"; not one after ";" or ":", a quotation nor
// the main clause after a fronted one).
func (sv *View) clauseWordOpens(k int) bool {
	j := sv.ClauseStart(k)
	return j > 0 && sv.clauseWords[sv.Toks[j].Low]
}

// Count reports a participle at toks[i] with no auxiliary that follows a
// noun phrase opened by a number: a count of those it befell ("US: 36,940
// killed;", "with 40 French soldiers killed along with 800 rebels",
// "recorded over 300 villagers killed in those months"), not an act
// of theirs. The phrase must be governed by a preposition or be a verb's
// object, or the participle must follow the bare number and end its
// clause or meet a preposition ("3,000 Turkish troops attacked at dawn"
// is an act). A participle with an object after it (an actor, a place, an
// article) is an act whatever comes before the number ("after 300 troops
// attacked the posts").
func (sv *View) Count(i int) bool {
	toks := sv.Toks
	if i == 0 || !sv.Participle(toks[i].Low) || sv.AuxBefore(i) >= 0 {
		return false
	}
	k, noun := i-1, false
	for k >= 0 && k >= i-5 && toks[k].Kind != english.Num && (sv.ActorAt[k] >= 0 || sv.nounHead(k) && !english.IsUpperWord(toks[k].Text)) {
		noun = noun || !english.IsUpperWord(toks[k].Text) // "soldiers", in an actor phrase or not
		k--
	}
	if k < 0 || toks[k].Kind != english.Num {
		return false
	}
	for _, x := range sv.Timex {
		if x.Start <= int(toks[k].Start) && int(toks[k].End) <= x.End {
			return false // "In 1982 Israel bombed": a year, no count
		}
	}
	bare := k == i-1
	if !bare && !noun {
		return false // "in 1982 Israel bombed"
	}
	for k >= 0 && (toks[k].Kind == english.Num || toks[k].Low == "-") {
		k-- // "245,000-415,000"
	}
	for k >= 0 && toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && sv.nounHead(k) {
		k-- // "some", "more than"
	}
	if n := i + 1; n < len(toks) && (sv.ActorAt[n] >= 0 || sv.PlaceAt[n] != "" || sv.determiners[toks[n].Low]) {
		return false // "after 300 Indian troops attacked Pakistani posts", "attacked Mumbai": an object, an act; not "killed Sunday"
	}
	if k >= 0 && (sv.prepositions[toks[k].Low] || VerbLike(toks[k].Low)) {
		return true // "with 95 soldiers killed", "counted 450 civilians killed"
	}
	next := i + 1
	return bare && (next >= len(toks) || toks[next].Kind != english.Alpha && toks[next].Kind != english.Num || sv.prepositions[toks[next].Low])
}

// OwnBodyAgent returns, for a passive verb at toks[i] whose subject is a
// possessive pronoun before a state's own body (kind ownbodies: "its
// aircraft were deployed", "their troops were dispatched"), whose body it
// is: the nearest actor before the pronoun in the sentence that no
// preposition governs and no verb takes as its object ("The United States
// protested, and its aircraft were deployed to Saudi Arabia"). nil when
// the pronoun does not open its phrase, when it follows "and" right after
// an actor ("warned Iraq and its aircraft were": whose is unclear), or
// when the sentence names no one before it (no guess from earlier text).
func (sv *View) OwnBodyAgent(i int) []string {
	toks := sv.Toks
	a := sv.AuxBefore(i)
	if a < 1 || !sv.passive(i) {
		return nil
	}
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		w := toks[k].Low
		if sv.CoordAt[k] >= 0 || sv.prepositions[w] || w == "," || w == ";" {
			return nil
		}
		if sv.pronouns[w] != "possessive" {
			continue
		}
		if !sv.bodyAfter(k, a) || k == 0 {
			return nil
		}
		if p := toks[k-1].Low; p != "and" && p != "," && p != ";" && !sv.clauseWords[p] {
			return nil
		}
		if k >= 2 && toks[k-1].Low == "and" && sv.CoordAt[k-2] >= 0 {
			return nil
		}
		codes, _ := sv.clauseActorBefore(k)
		return codes
	}
	return nil
}

// clauseActorBefore returns the codes of the nearest coordination before
// token k that no preposition governs and that is no verb's object: the
// actor a possessive or an own body after it belongs to; ok is false when
// there is none.
func (sv *View) clauseActorBefore(k int) (codes []string, ok bool) {
	for j := k - 1; j >= 0; j-- {
		if c := sv.CoordAt[j]; c >= 0 {
			if !sv.Governed(c) && !sv.ObjectOfVerb(c) {
				return sv.Coords[c].Codes(sv.Groups), true
			}
			j = sv.Coords[c].First
		}
	}
	return nil, false
}
