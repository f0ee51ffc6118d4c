package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// Readings that depend on the whole document, made over every entity of it
// (documentReadings): a surname standing for the one person of that name
// the document names in full; an agent noun with no actor ("the
// government", "the regime", "government officials") for the government
// of the state its paragraph is about; rebels for the armed group the
// document names in their state.

// followed is how often a document names an armed group that its rebels
// stand for (groupAgents).
const followed = 3

// Rules of the readings made over the whole document.
const (
	ruleSurname    = "coref:surname"
	ruleNational   = "coref:national"
	ruleTopic      = "agent:topic"
	rulePossessive = "agent:possessive"
	ruleGroup      = "agent:group"
	ruleRebels     = "agent:rebels"
	ruleBody       = "coref:body"
)

// documentReadings makes the readings of ents that depend on the whole of
// the document whose text and sentences they come from, and returns the
// entities in text order: the subdivisions a document means
// (subdivisionContext), the capitals it names as another state's cities
// (citiesPlaced), the companies a firm's noun or suffix names (firmNames)
// and those of companies.tsv (companyNames), a subdivision's form the
// document gives a person (placeSurnames), a one-word place with no other
// sign of its state in a document of many states (unplaced), the persons
// it introduces with a nationality and a title (nationals), the surnames
// of people it names in full (surnames), a force named after its commander
// (commanders), a body's short name (shortBodies), the state a bare
// government or force is of (topicStates), a force or government a word
// of its state's kind names ("federal troops", statusAgents), the one organisation a bare
// head noun re-mentions ("the agency", orgNouns), the armed group rebels are
// (groupAgents).
func (v *Vocabulary) documentReadings(doc string, sents []text.Sentence, zones []string, ents []Entity) []Entity {
	companions(doc, ents)
	subdivisionContext(ents)
	v.sharedStateNames(ents)
	citiesPlaced(ents)
	ents = v.firmNames(doc, sents, ents)
	v.companyNames(doc, ents)
	placeSurnames(ents)
	unplaced(ents)
	ents = v.nationals(doc, ents)
	shared := v.ambiguousSurnames(doc, zones, ents)
	ents = v.surnames(doc, sents, zones, ents, shared)
	ents = v.commanders(doc, ents)
	ents = v.untaggedForces(doc, sents, ents)
	ents = v.forceNames(doc, ents)
	v.shortBodies(doc, ents)
	topic := docTopic(ents)
	v.topicStates(doc, sents, zones, ents, topic)
	ents = v.statusAgents(doc, sents, ents)
	ents = v.orgNouns(doc, sents, ents)
	v.ownBodies(doc, sents, zones, ents)
	ents = v.heldBodies(doc, sents, zones, ents)
	ents = v.coalitions(doc, sents, zones, ents)
	groupAgents(doc, ents, topic, slices.Contains(zones, "references"))
	v.citedElsewhere(doc, ents)
	ents = v.formerLatter(doc, sents, zones, ents)
	return ents
}

// shortBodies reads a capitalised word alone that no stage coded
// ("Congress", "the Convention") as the body the document named before it
// by a longer name ending in it that the vocabulary codes ("the
// Continental Congress", "the National Convention") or by a demonym and
// a capitalised legislature ("the Iraqi Parliament" ... "Parliament"): the
// nearest such name before it, whose vocabulary match it takes (so it
// resolves by its own sentence's date, Redate), or the legislature's state
// and sector. A word that ends the names of bodies of
// two states in the document ("the Continental Congress", "the Indian
// Congress"; "the US Senate", "the French Senate") stays no one's, as
// does one before any such name, one that ends a longer name ("the Maine
// House of Representatives"), and a
// force's ("the Royal Navy" ... "the Navy" is any state's navy). One pass
// to index the names, one over the entities.
func (v *Vocabulary) shortBodies(doc string, ents []Entity) {
	code := func(e *Entity) string {
		if e.Actor != "" {
			return e.Actor
		}
		if boundedMatch(e.Match) && len(e.Match.Entries) == 1 {
			return e.Match.Entries[0].Code
		}
		return ""
	}
	body := func(e *Entity) string { // the last word of a coded body's longer name, or ""
		name := ""
		switch {
		case e.Agent && e.Actor != "" && e.Sector == "LEG" && e.Rule == "agent:modifier" && e.End <= len(doc):
			name = doc[e.Start:e.End] // a legislature by a demonym and its name: "the British Parliament"
		case e.Agent || e.Label != "ORG" || e.Match == nil || len(e.Match.Entries) == 0 || e.Match.Entries[0].Kind != "institution" || code(e) == "" || armed(e.Match.Entries[0].Sector):
			return ""
		default:
			name = e.Match.Text
		}
		k := strings.LastIndexByte(name, ' ')
		if k < 0 {
			return ""
		}
		last := name[k+1:]
		if !english.StartsUpper(last) || !english.IsNameWord(last) || isAllCaps(last) {
			return ""
		}
		return last
	}
	owner := map[string]string{} // last word -> the one state whose bodies' names end in it; "" for two
	for i := range ents {
		if w := body(&ents[i]); w != "" {
			if c, ok := owner[w]; ok && c != code(&ents[i]) {
				owner[w] = ""
			} else {
				owner[w] = code(&ents[i])
			}
		}
	}
	if len(owner) == 0 {
		return
	}
	// another state's body by an agent's name: "the US Senate" beside
	// "the French Senate"
	for i := range ents {
		e := &ents[i]
		if !e.Agent || e.Actor == "" || e.End > len(doc) {
			continue
		}
		name := doc[e.Start:e.End]
		if k := strings.LastIndexByte(name, ' '); k > 0 {
			if c, ok := owner[name[k+1:]]; ok && c != e.Actor {
				owner[name[k+1:]] = ""
			}
		}
	}
	last := map[string]*Entity{} // last word -> the nearest longer name before
	for i := range ents {
		e := &ents[i]
		if w := body(e); w != "" {
			last[w] = e
			continue
		}
		if e.Actor != "" || e.Match != nil || e.Agent || e.End > len(doc) {
			continue
		}
		w := doc[e.Start:e.End]
		if otherBody(doc, ents, i) {
			// another body by the same word: "the Congress of Vienna",
			// "Britain's Parliament"; the bare word after it is not the
			// earlier longer name's
			delete(last, w)
			continue
		}
		if p := last[w]; p != nil && owner[w] != "" && !longerName(doc, e.Start, v.en.OpensSentence) {
			if p.Agent { // the legislature's state and sector: "Parliament"
				e.Label, e.Actor, e.Sector, e.Agent, e.source, e.Rule, e.Where = "ORG", p.Actor, p.Sector, true, p.source, ruleBody, ""
				continue
			}
			m := *p.Match
			e.Label, e.Actor, e.Sector, e.Match, e.Rule, e.Where = "ORG", p.Actor, p.Sector, &m, ruleBody, ""
		}
	}
}

// otherBody reports an uncoded body word that names a body of its own: one
// followed by "of" and a capitalised word ("the Congress of Vienna", "the
// Assembly of the League of Nations") or owned by a coded actor's
// possessive right before it ("Britain's Parliament").
func otherBody(doc string, ents []Entity, i int) bool {
	e := &ents[i]
	rest := doc[e.End:min(len(doc), e.End+40)]
	if r, ok := strings.CutPrefix(rest, " of "); ok {
		r = strings.TrimPrefix(r, "the ")
		if english.StartsUpper(r) {
			return true
		}
	}
	return i > 0 && ents[i-1].Actor != "" && ents[i-1].End <= e.Start && possessiveBetween(doc[ents[i-1].End:e.Start])
}

// longerName reports a word at start that ends a longer name: after "of"
// or a capitalised word that is not "The" ("the Maine House of
// Representatives", "the Texas Senate") nor a word that opens sentences
// (opens: "When Congress met", "But Parliament rejected").
func longerName(doc string, start int, opens func(string) bool) bool {
	ws := english.Words(doc[max(0, start-30):start], max(0, start-30))
	if len(ws) == 0 || ws[len(ws)-1].End+1 != start || doc[start-1] != ' ' {
		return false
	}
	w := ws[len(ws)-1]
	return w.Key == "of" || english.StartsUpper(w.Text) && w.Text != "The" && !opens(w.Text)
}

// citiesPlaced reads a capital's name the document also writes as a city
// of another state's subdivision ("San Jose, California" ... "San Jose")
// as that city everywhere in the document: the name alone must not give
// the capital's state back.
func citiesPlaced(ents []Entity) {
	placed := map[string]string{} // form -> the state the document places it in
	for _, e := range ents {
		if e.Rule == ruleCitySubdivision && e.Match != nil {
			placed[e.Match.Text] = e.Where
		}
	}
	if len(placed) == 0 {
		return
	}
	for i := range ents {
		e := &ents[i]
		if w, ok := placed[textOf(e)]; ok && (e.Rule == "vocab:capital" || e.Rule == "vocab:city") {
			e.Actor, e.Sector, e.Rule, e.Where = "", "", ruleCitySubdivision, w
		}
	}
}

// ruleCompany marks a name prose read as a place or a person that the
// companies' list (companies.tsv) gives a company.
const ruleCompany = "prose+company"

// companyNames relabels ORG a name prose read as a place that is a
// company's name (companies.tsv: "Boeing"), or as a person that is one of
// several words ("Cisco Systems"), and one prose read as a place
// or a person that opens a company's longer name the document writes too
// ("Apple Inc." ... "Apple"): a company is no state and no person.
func (v *Vocabulary) companyNames(doc string, ents []Entity) {
	for i := range ents {
		e := &ents[i]
		if e.Rule != "prose" || e.Actor != "" || e.End > len(doc) {
			continue
		}
		name := doc[e.Start:e.End]
		whole := v.companies[name] && (e.Label == "GPE" || e.Label == "LOC" || e.Label == "PERSON" && strings.Contains(name, " "))
		if !whole && (e.Label == "GPE" || e.Label == "LOC" || e.Label == "PERSON") {
			for _, f := range v.companyFirst[name] {
				if strings.Contains(doc, f) {
					whole = true
					break
				}
			}
		}
		if whole {
			e.Label, e.Rule, e.Where = "ORG", ruleCompany, ""
		}
	}
}

// boundedLeader reports a person of the leaders' files whose every row is
// bounded (only:dated): Redate gives the actor by the sentence's date, so
// before it the entity has none ("President Daniel Salamanca" in 1932);
// its surname's later mentions take the same rows (surnames).
func boundedLeader(e *Entity) bool {
	if e.Rule != "vocab:leader" || e.Match == nil || len(e.Match.Entries) == 0 {
		return false
	}
	for _, x := range e.Match.Entries {
		if x.Label != "PERSON" || x.Code == "" || !x.bounded() {
			return false
		}
	}
	return true
}

// namedPlaces is the set of the vocabulary forms that entities of ents
// match as no person and no agent: a bounded leader's surname among them
// is a place the document names ("Salamanca" beside "Daniel Salamanca"
// where the document names the city). One pass, not one a mention.
func namedPlaces(ents []Entity) map[string]bool {
	forms := map[string]bool{}
	for i := range ents {
		if x := &ents[i]; x.Match != nil && x.Label != "PERSON" && !x.Agent {
			forms[x.Match.Text] = true
		}
	}
	return forms
}

// textOf is the vocabulary form an entity matched, or "".
func textOf(e *Entity) string {
	if e.Match == nil {
		return ""
	}
	return e.Match.Text
}

// surnames reads a single capitalized word that is the last word of the
// full name of exactly one person the document names with an actor
// ("Jimmy Carter" ... "Carter"; "Amin" ... "Hafizullah Amin"), or the first
// of a name written family name first, before a hyphenated given name
// ("Park Chung-hee" ... "Park", familyFirst), as that
// person: an entity with no actor of its own (one prose read as a person
// or a place), or a word of the body no stage read as an entity, alone
// between words that are no names (a title may come before it: "President
// Carter"). The mention takes the full name's vocabulary match, so it
// resolves by its own sentence's date (Redate). A surname two such people
// share stays as it was, as does one the document gives another person
// too (shared, from ambiguousSurnames: "Henry Clinton").
func (v *Vocabulary) surnames(doc string, sents []text.Sentence, zones []string, ents []Entity, shared map[string]bool) []Entity {
	full := map[string]*Entity{} // surname -> the one person of that name; nil when two share it
	bearer := map[string]bool{}  // a full name with a particle -> another person bears its tail (otherParticleBearer), asked once a name
	var places map[string]bool   // the forms the document names as places (namedPlaces), made at the first bounded leader
	for i := range ents {
		e := &ents[i]
		if e.Label != "PERSON" || e.Match == nil || e.Agent {
			continue
		}
		if e.Actor == "" && !boundedLeader(e) {
			continue
		}
		name := strings.Fields(e.Match.Text)
		if len(name) < 2 && e.Rule != ruleNational { // a surname alone the text places: "the French general Joffre"
			continue
		}
		last := name[len(name)-1]
		if len(name) == 2 && familyFirst(last) {
			last = name[0] // "Park Chung-hee" ... "Park"
		}
		if !english.IsNameWord(last) || !english.StartsUpper(last) || isAllCaps(last) || shared[last] {
			continue
		}
		if e.Actor == "" {
			if places == nil {
				places = namedPlaces(ents)
			}
			if places[last] {
				continue // a bounded leader's surname that the document names as a place
			}
		}
		keys := []string{last}
		if n := len(name); n >= 3 && isLower(name[n-2]) && len(name[n-2]) <= 4 && !strings.Contains(name[n-2], ".") {
			// a particle before the surname: "Jose Eduardo dos Santos" ...
			// "Dos Santos" (capitalised where it opens a sentence), "dos Santos"
			pt := name[n-2]
			other, ok := bearer[e.Match.Text]
			if !ok {
				other = v.otherParticleBearer(doc, name[n-3], pt+" "+last)
				bearer[e.Match.Text] = other
			}
			if !other {
				keys = append(keys, pt+" "+last, strings.ToUpper(pt[:1])+pt[1:]+" "+last)
			}
		}
		for _, k := range keys {
			if p, ok := full[k]; ok && (p == nil || p.Match.Text != e.Match.Text || p.Actor != e.Actor) {
				full[k] = nil
				continue
			}
			full[k] = e
		}
	}
	for k, p := range full {
		if p == nil {
			delete(full, k)
		}
	}
	if len(full) == 0 {
		return ents
	}
	name := func(w english.Word) bool {
		return english.StartsUpper(w.Text) && english.IsNameWord(w.Text)
	}
	v.otherBearers(doc, sents, zones, ents, full, name)
	if len(full) == 0 {
		return ents
	}
	placed := map[int]bool{} // the starts of the names of places
	for i := range ents {
		if e := &ents[i]; e.Label == "GPE" || e.Label == "LOC" || e.Actor != "" && e.Label != "PERSON" {
			placed[e.Start] = true
		}
	}
	covered := map[int]bool{} // start offsets of entities
	for i := range ents {
		e := &ents[i]
		covered[e.Start] = true
		if e.Actor != "" || e.Match != nil || e.Agent || e.End > len(doc) || notPerson(doc, e.Start, e.End, placed) {
			continue
		}
		if p := full[doc[e.Start:e.End]]; p != nil {
			takeSurname(e, p)
		}
	}
	var add []Entity
	// A word is a run of word runes after one that is none: a sentence
	// with no run that opens a surname (its first run: "O" of "O'Neill")
	// has none of them, and its words are not made (a long document's
	// words cost eight bytes a byte of text, docs/memory1.md).
	opens := map[string]bool{}
	for k := range full {
		opens[wordRun(k)] = true
	}
	for si, s := range sents {
		if si < len(zones) && (zones[si] == "header" || zones[si] == "references") || s.End > len(doc) || !anyRun(doc[s.Start:s.End], opens) {
			continue
		}
		ws := english.Words(doc[s.Start:s.End], s.Start)
		for k, w := range ws {
			p := full[w.Text]
			if p == nil || covered[w.Start] || insideAny(w.Start, ents) || notPerson(doc, w.Start, w.End, placed) ||
				k > 0 && name(ws[k-1]) && !v.en.Title(ws[k-1].Text) || k+1 < len(ws) && name(ws[k+1]) {
				continue // part of another name: "Rosalynn Carter", "the Carter Center"
			}
			e := Entity{Start: w.Start, End: w.End, Sent: si}
			takeSurname(&e, p)
			add = append(add, e)
		}
	}
	return mergeEntities(ents, add)
}

// otherParticleBearer reports the particle's name tail ("dos Santos")
// after a capitalised word other than given, the word before it in the
// coded person's full name ("Eduardo"): another person of the name
// ("Isabel dos Santos"), which the tagger may split. A title or an
// honorific ("President dos Santos"), a word that opens sentences and a
// coded place or body of the actor vocabulary ("In Luanda dos Santos")
// name no other person. One scan of doc (surnames asks once a name, not
// once a mention).
func (v *Vocabulary) otherParticleBearer(doc, given, tail string) bool {
	for off := 0; off < len(doc); {
		k := strings.Index(doc[off:], " "+tail)
		if k < 0 {
			return false
		}
		at := off + k
		off = at + 1 + len(tail)
		before := doc[max(0, at-40):at]
		w := before[strings.LastIndexAny(before, " \n\t")+1:]
		if w != given && english.StartsUpper(w) && !v.en.Title(w) && !v.en.Honorific(w) && !v.en.OpensSentence(w) && !v.placeForm(w) {
			return true
		}
	}
	return false
}

// placeForm reports a word the actor vocabulary holds only as an actor's
// form that is no person: a state, a capital, a body ("Luanda"); not a
// given name, nor a place that is no actor ("Isabel", a province).
func (v *Vocabulary) placeForm(w string) bool {
	ms := v.Actors.Match(w, 0)
	if len(ms) != 1 || ms[0].Text != w {
		return false
	}
	for _, e := range ms[0].Entries {
		if e.Label == "PERSON" || e.Code == "" {
			return false
		}
	}
	return true
}

// takeSurname makes e a mention of the person p names in full: his
// vocabulary match (a copy, so e resolves by its own sentence's date,
// Redate), his actor and sector (surnames, placeSurnames).
func takeSurname(e, p *Entity) {
	m := *p.Match
	e.Label, e.Actor, e.Sector, e.Match, e.Rule, e.Where = "PERSON", p.Actor, p.Sector, &m, ruleSurname, ""
}

// familyFirst reports the second word of a two-word name that is a given
// name of two syllables joined by a hyphen, the second in lower case, as
// Korean names are written family name first ("Chung-hee" of "Park
// Chung-hee", "Dae-jung" of "Kim Dae-jung"); not a hyphenated Western
// name ("Lloyd-George", "Smith-Jones", each half capitalized).
func familyFirst(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) >= 2 && len(b) >= 2 && english.StartsUpper(a) && isLower(a[1:]) && isLower(b) && !strings.Contains(b, "-")
}

// notPerson reports a surname's word at [start, end) that names no person
// of it: one owned by another's possessive ("Jordan's Patton tanks") or a
// place's name before a comma and the name of its state or region
// ("Montgomery, Alabama").
func notPerson(doc string, start, end int, placed map[int]bool) bool {
	if possessedAt(doc, start) {
		return true
	}
	return strings.HasPrefix(doc[end:], ", ") && placed[end+2]
}

// otherBearers drops from full the surnames alone that nationals placed
// ("the Confederate general Lee") which the document also writes after
// another name ("Fitzhugh Lee", "Robert E. Lee"): another person of the
// surname, or one the text names otherwise. A title, a month ("On 3 July
// Lee attacked"), a word that opens sentences at a sentence's start, or a
// place or a people ("Union", "Confederate") is no other name. Only the
// sentences with a run that opens such a surname are split into words.
func (v *Vocabulary) otherBearers(doc string, sents []text.Sentence, zones []string, ents []Entity, full map[string]*Entity, name func(english.Word) bool) {
	var opens map[string]bool
	for k, p := range full {
		if p.Rule == ruleNational && !strings.Contains(p.Match.Text, " ") {
			if opens == nil {
				opens = map[string]bool{}
			}
			opens[wordRun(k)] = true
		}
	}
	if opens == nil {
		return
	}
	placed := map[int]bool{} // the starts of the names of places and peoples
	for i := range ents {
		if e := &ents[i]; e.Actor != "" || e.Label == "GPE" || e.Label == "LOC" || e.Label == "NORP" {
			placed[e.Start] = true
		}
	}
	for si, s := range sents {
		if si < len(zones) && (zones[si] == "header" || zones[si] == "references") || s.End > len(doc) || !anyRun(doc[s.Start:s.End], opens) {
			continue
		}
		ws := english.Words(doc[s.Start:s.End], s.Start)
		for k := 1; k < len(ws); k++ {
			p := full[ws[k].Text]
			if p == nil || p.Rule != ruleNational || strings.Contains(p.Match.Text, " ") {
				continue
			}
			if w := ws[k-1]; name(w) && !v.en.Title(w.Text) && v.en.Month(strings.ToLower(w.Text)) == 0 && !(k == 1 && v.en.OpensSentence(w.Text)) && !placed[w.Start] && doc[w.End:ws[k].Start] == " " {
				delete(full, ws[k].Text)
			}
		}
	}
}

// nationals gives a person the document introduces by a nationality and a
// title the state of that nationality, with the title's sector: "the
// British general Archibald Wavell", "Italian Marshal Pietro Badoglio",
// "the French general Joffre" (demonym, title, name or surname alone; a
// state's name after "the" for the demonym: "the Union general Meade"),
// "Admiral Yamamoto of the Japanese navy" (title, name, "of the", a
// demonym's force or government: the force's sector), "a German
// general, Hans Speidel," (the name in apposition, closed by a clause's
// end), "Pietro Badoglio, the Italian
// commander," (name, comma, article, demonym, title, then a clause's end);
// and a person named by a state's own name after "of", with a given name
// first, the state's: "Philip II of Spain", "Henry V of England" (a
// regnal numeral: its government), not before a possessive ("of Spain's
// navy"). The person must be a full name, or after a demonym and a title
// a surname alone, that no stage coded (prose's), the title one of
// titles.txt, the demonym one of a state's; the person's later mentions by
// surname then take that state (surnames), unless the document names
// another person of the surname ("Arthur MacArthur" beside "Douglas
// MacArthur"; otherBearers: "Fitzhugh Lee" beside "the Confederate general
// Lee"), or the surname on two sides.
// A demonym after a word of formerly.txt ("the former Soviet general")
// gives no state; one of a state that ended gives its state only to the
// state's end (Redate dates the person's mentions).
// A bounded row's numbered ruler before "of" and a state's name is that
// state's, whatever the row's term (numberedRuler).
// One pass over the entities, one over adjacent pairs.
func (v *Vocabulary) nationals(doc string, ents []Entity) []Entity {
	title := func(s string) (string, bool) {
		s = strings.TrimSpace(s)
		if f := strings.Fields(s); len(f) > 1 && v.titleMods[strings.ToLower(f[0])] && !v.en.Title(titleWords(s)) {
			s = strings.Join(f[1:], " ") // "Deputy President": a president's sector
		}
		if s == "" || len(s) > 40 || strings.ContainsAny(s, ",;:()") || !v.en.Title(titleWords(s)) {
			return "", false
		}
		sector := ""
		if fm := v.agents.all[strings.ToLower(s)]; fm != nil && len(fm.entries) > 0 {
			sector = fm.entries[0].Sector
		}
		return sector, true
	}
	// a demonym, or a bounded one (only:dated, resolved by Redate later:
	// "the Confederate general Lee")
	national := func(e *Entity) bool {
		return (e.Actor != "" || boundedMatch(e.Match) && len(e.Match.Entries) == 1) && !e.Agent && e.Label == "NORP" && e.Match != nil && len(e.Match.Entries) > 0 && e.Match.Entries[0].Kind == "demonym"
	}
	// a state's name as a modifier after "the": "the Union general Meade"
	attributive := func(e *Entity) bool {
		if e.Agent || e.Label != "GPE" || e.Match == nil || len(e.Match.Entries) != 1 || e.Actor == "" && !boundedMatch(e.Match) ||
			e.Start < 4 || !strings.EqualFold(doc[e.Start-4:e.Start], "the ") {
			return false
		}
		k := e.Match.Entries[0].Kind
		return k == "state" || k == "alias"
	}
	titled := func(e *Entity) bool { // "French admiral": a title claimed by a demonym
		return e.Agent && e.Actor != "" && e.Label == "PERSON" && e.source != nil && len(e.source.Entries) > 0 && e.source.Entries[0].Kind == "demonym"
	}
	// a role a state's possessive claims: "Nigeria's head of state"
	owned := func(e *Entity) bool {
		if !e.Agent || e.Actor == "" || e.Rule != rulePossessive || e.Sector == "" || e.source == nil || len(e.source.Entries) == 0 {
			return false
		}
		k := e.source.Entries[0].Kind
		return k == "state" || k == "alias"
	}
	stateName := func(e *Entity) bool { // "Spain": a state's own name
		if e.Actor == "" || e.Agent || e.Label != "GPE" || e.Match == nil {
			return false
		}
		for _, x := range e.Match.Entries {
			if x.Code == e.Actor {
				return x.Kind == "state"
			}
		}
		return false
	}
	uncoded := func(e *Entity) bool {
		return e.Label == "PERSON" && e.Actor == "" && e.Match == nil && !e.Agent && e.End <= len(doc)
	}
	unnamed := func(e *Entity) bool { return uncoded(e) && strings.Contains(doc[e.Start:e.End], " ") } // a full name
	// a name the tagger took for a place, which no vocabulary knows
	guessedPlace := func(e *Entity) bool {
		return e.Label == "GPE" && e.Actor == "" && e.Match == nil && !e.Agent && e.Rule == "prose" && e.End <= len(doc)
	}
	// a surname alone after a demonym and a title: "the French general
	// Joffre", "Prussian chancellor Bismarck"
	surname := func(e *Entity) bool {
		if !uncoded(e) {
			return false
		}
		w := doc[e.Start:e.End]
		return !strings.ContainsAny(w, " -.") && english.IsNameWord(w) && english.StartsUpper(w) && !isAllCaps(w) && !v.en.Title(w)
	}
	// The full names of the document's persons by surname: a surname
	// two of them bear ("Douglas MacArthur", "Arthur MacArthur") stays
	// with its full names, no later mention's.
	fulls := map[string]string{} // surname -> the one full name; "" for two
	for i := range ents {
		if e := &ents[i]; e.Label == "PERSON" && !e.Agent && e.End <= len(doc) {
			name := doc[e.Start:e.End]
			if k := strings.LastIndexByte(name, ' '); k > 0 {
				if f, ok := fulls[name[k+1:]]; ok && f != name {
					fulls[name[k+1:]] = ""
				} else {
					fulls[name[k+1:]] = name
				}
			}
		}
	}
	alone := false // a surname alone after a demonym and a title: its mentions too
	give := func(p, d *Entity, sector string) {
		name, code := doc[p.Start:p.End], d.Actor
		if code == "" { // a bounded demonym: its one row's, by its dates (Redate)
			code = d.Match.Entries[0].Code
		}
		p.Actor, p.Sector, p.Rule = code, sector, ruleNational
		_, full := fulls[name] // a surname alone: no full name of the document ends in it
		if fulls[name[strings.LastIndexByte(name, ' ')+1:]] == name || alone && !strings.Contains(name, " ") && !full {
			x := &Entry{Code: code, Label: "PERSON", Kind: "national", Sector: sector}
			if d.Match != nil {
				// a state that ended: its person is its own only to its end
				// ("the Soviet general" of 1999 is none, by Redate); a
				// bounded one's only within its years
				if i := slices.IndexFunc(d.Match.Entries, func(y *Entry) bool { return y.Code == code }); i >= 0 && d.Match.Entries[i].To != "" {
					x.To, x.only = d.Match.Entries[i].To, true
					if d.Actor == "" {
						x.From = d.Match.Entries[i].From
					}
				}
			}
			p.Match = &Match{Start: p.Start, End: p.End, Text: name, Entries: []*Entry{x}} // its surname's mentions (surnames)
		}
	}
	for i := 0; i+1 < len(ents); i++ {
		a, b := &ents[i], &ents[i+1]
		if a.Sent != b.Sent || a.End > b.Start || b.End > len(doc) {
			continue
		}
		// demonym, title, name: "the British general Archibald Wavell";
		// with the name in apposition, closed by a clause's end: "a
		// German general, Hans Speidel," and "the French admiral, Pierre
		// Villeneuve,"
		// A name the tagger took for a place in that apposition is a
		// person's: "the Chilean ambassador, Varela, said".
		if (national(a) || attributive(a)) && guessedPlace(b) && strings.HasSuffix(doc[a.End:b.Start], ", ") && strings.IndexAny(doc[b.End:], ",;.)") == 0 && !v.formerBefore(doc[max(0, a.Start-12):a.Start]) {
			if _, ok := title(strings.TrimSuffix(doc[a.End:b.Start], ", ") + " "); ok {
				b.Label = "PERSON"
			}
		}
		if (national(a) || attributive(a)) && (unnamed(b) || surname(b)) && !v.formerBefore(doc[max(0, a.Start-12):a.Start]) {
			between := doc[a.End:b.Start]
			if t, ok := strings.CutSuffix(between, ", "); ok && strings.IndexAny(doc[b.End:], ",;.)") == 0 {
				between = t + " "
			}
			if sector, ok := title(between); ok && between[0] == ' ' && between[len(between)-1] == ' ' {
				alone = true
				give(b, a, sector)
				alone = false
			}
			continue
		}
		if titled(a) && unnamed(b) && doc[a.End:b.Start] == ", " && !v.formerBefore(doc[max(0, a.Start-12):a.Start]) && strings.IndexAny(doc[b.End:], ",;.)") == 0 {
			give(b, a, a.Sector)
			continue
		}
		// a state's office holder in apposition: "Nigeria's head of
		// state, Yakubu Gowon," (a role its state's possessive claims,
		// then the name, closed by a clause's end)
		if owned(a) && unnamed(b) && (doc[a.End:b.Start] == ", " || doc[a.End:b.Start] == " ") && !v.formerBefore(doc[max(0, a.Start-30):a.Start]) && strings.IndexAny(doc[b.End:], ",;.)") == 0 {
			give(b, a, a.Sector)
			continue
		}
		// the same with a title: "Egypt's foreign minister, Mahmoud Riad,"
		if stateName(a) && unnamed(b) && strings.IndexAny(doc[b.End:], ",;.)") == 0 {
			between := doc[a.End:b.Start]
			if r, ok := strings.CutPrefix(strings.Replace(between, "’", "'", 1), "'s "); ok { // a word before the title ("former") makes it none
				r, ok = strings.CutSuffix(r, ", ")
				if !ok {
					r = strings.TrimSuffix(r, " ")
				}
				if sector, ok := title(r); ok {
					give(b, a, sector)
					continue
				}
			}
		}
		// "Yakubu Gowon, the head of state of Nigeria,": the name, then
		// the role an "of" and a state's name claim, then a clause's end
		if unnamed(a) && b.Agent && b.Label == "PERSON" && b.Actor != "" && b.Rule == "agent:of" && doc[a.End:b.Start] == ", the " && i+2 < len(ents) {
			if c := &ents[i+2]; c.Sent == b.Sent && stateName(c) && c.Actor == b.Actor && doc[b.End:c.Start] == " of " && c.End <= len(doc) && strings.IndexAny(doc[c.End:], ",;.)") == 0 {
				give(a, b, b.Sector)
				continue
			}
		}
		// a ruler by the state's name: "Philip II of Spain", "Henry V of
		// England" (a regnal numeral: the government), "Hans Blix of
		// Sweden" (none); not before a possessive ("of Spain's navy")
		if uncoded(a) && stateName(b) && !strings.HasPrefix(doc[b.End:], "'s") && !strings.HasPrefix(doc[b.End:], "’s") {
			between, name := doc[a.End:b.Start], doc[a.Start:a.End]
			if n, ok := strings.CutSuffix(strings.TrimPrefix(between, " "), " of "); ok && between[0] == ' ' && (regnal(n) || n == "I") {
				between, name = " of ", name+" "+n
			}
			if first, _, ok := strings.Cut(name, " "); ok && between == " of " && v.Actors.givenNames[first] {
				sector := ""
				if n := name[strings.LastIndexByte(name, ' ')+1:]; regnal(n) || n == "I" {
					sector = "GOV"
				}
				give(a, b, sector)
			}
		}
		// a numbered ruler a bounded row names (rulers.tsv, leaders.tsv)
		// by the state's name: "King Philip IV of France" in 1303, out of
		// his namesake's term, "King Ferdinand II of Portugal" in 1850, in
		// another's; the state the text names, at any date
		if numberedRuler(a, doc) && stateName(b) && doc[a.End:b.Start] == " of " && !strings.HasPrefix(doc[b.End:], "'s") && !strings.HasPrefix(doc[b.End:], "’s") {
			a.Match = nil // the row's reading yields to the text's
			give(a, b, "GOV")
		}
		// name, comma, article, demonym, title: "Pietro Badoglio, the
		// Italian commander,"
		if unnamed(a) && (national(b) || titled(b)) {
			between := doc[a.End:b.Start]
			if between != ", the " && between != ", an " && between != ", a " {
				continue
			}
			rest := doc[b.End:]
			if titled(b) {
				if strings.IndexAny(rest, ",;.)") == 0 {
					give(a, b, b.Sector) // the title an agent of the demonym: "French admiral"
				}
				continue
			}
			end := strings.IndexAny(rest, ",;.)")
			if end < 0 || i+2 < len(ents) && ents[i+2].Sent == b.Sent && ents[i+2].Start < b.End+end {
				continue // another name before the clause ends
			}
			if sector, ok := title(rest[:end]); ok && strings.HasPrefix(rest, " ") {
				give(a, b, sector)
			}
		}
	}
	// title, name, "of the", a demonym's force or government: "Admiral
	// Yamamoto of the Japanese navy", "General Wavell of the British army"
	var add []Entity
	for i := range ents {
		b := &ents[i]
		if !b.Agent || b.Actor == "" || !armed(b.Sector) && b.Sector != "GOV" || b.source == nil || len(b.source.Entries) == 0 || b.source.Entries[0].Kind != "demonym" ||
			b.Start < len(" of the ") || b.End > len(doc) || doc[b.Start-len(" of the "):b.Start] != " of the " {
			continue
		}
		at := b.Start - len(" of the ")
		ws := english.Words(doc[max(0, at-60):at], max(0, at-60))
		k := len(ws) - 1
		if k < 1 || ws[k].End != at {
			continue
		}
		j := k // the name's first word: one or two words after the title
		for j > 0 && j >= k-1 && !v.en.Title(ws[j].Text) && english.StartsUpper(ws[j].Text) && english.IsNameWord(ws[j].Text) && !isAllCaps(ws[j].Text) && doc[ws[j-1].End:ws[j].Start] == " " {
			j--
		}
		if j == k || !v.en.Title(ws[j].Text) || !english.StartsUpper(ws[j].Text) || j > 0 && ws[j-1].Key == "the" {
			continue // "the Admiral Scheer of the German navy": a ship
		}
		start, end := ws[j+1].Start, ws[k].End
		if a := &ents[max(0, i-1)]; i > 0 && a.End > ws[j].Start { // a name prose read already: "Admiral Yamamoto"
			if a.Start >= ws[j].Start && a.End == end && uncoded(a) {
				alone = true
				give(a, b, b.Sector)
				alone = false
			}
			continue
		}
		p := Entity{Start: start, End: end, Sent: b.Sent, Label: "PERSON"}
		if last := doc[ws[k].Start:end]; start != ws[k].Start {
			if _, ok := fulls[last]; !ok {
				fulls[last] = doc[start:end]
			}
		}
		alone = true
		give(&p, b, b.Sector)
		alone = false
		add = append(add, p)
	}
	return mergeEntities(ents, add)
}

// formerBefore reports a word of formerly.txt ending before (the text
// right before a demonym, ending at it) after a space or at its start:
// "the former Soviet general".
func (v *Vocabulary) formerBefore(before string) bool {
	b := strings.ToLower(before)
	for _, w := range v.formerly {
		t, ok := strings.CutSuffix(b, w)
		if !ok && !strings.HasSuffix(w, "-") {
			t, ok = strings.CutSuffix(b, w+" ")
		}
		if ok && (t == "" || t[len(t)-1] == ' ' || t[len(t)-1] == '(') {
			return true
		}
	}
	return false
}

// wordRun returns the first run of word runes of s.
func wordRun(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !english.IsWordRune(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// anyRun reports whether some run of word runes of s (one that starts s
// or follows a rune that is none) is a key of runs.
func anyRun(s string, runs map[string]bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !english.IsWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !english.IsWordRune(r) {
				break
			}
			j += n
		}
		if runs[s[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// placeSurnames reads a subdivision's form that the document gives a
// person somewhere (ruleProvincePerson: "General William Westmoreland")
// as that person wherever else it stands for the subdivision alone
// ("Westmoreland predicted victory"): a PERSON with no actor and no place,
// or, where the person is one the vocabulary codes and the only coded
// person the document names with that last word, that person (ruleSurname,
// his match, resolved by its own sentence's date as surnames does).
func placeSurnames(ents []Entity) {
	person := map[string]bool{}
	coded := map[string]*Entity{} // last word -> the one coded person of it; nil when two
	for i := range ents {
		e := &ents[i]
		if e.Rule == ruleProvincePerson && e.Match != nil {
			person[e.Match.Text] = true
		}
		if e.Label != "PERSON" || e.Actor == "" || e.Match == nil || e.Agent || e.Rule == ruleSurname {
			continue
		}
		if name := strings.Fields(e.Match.Text); len(name) >= 2 {
			last := name[len(name)-1]
			if p, ok := coded[last]; ok && (p == nil || p.Actor != e.Actor || p.Match.Text != e.Match.Text && !sameRow(p.Match, e.Match)) {
				coded[last] = nil
				continue
			}
			coded[last] = e
		}
	}
	for i := range ents {
		e := &ents[i]
		if e.Rule != "vocab:province" || e.Actor != "" || e.Match == nil || e.Start != e.Match.Start || e.End != e.Match.End {
			continue
		}
		if p := coded[e.Match.Text]; p != nil {
			takeSurname(e, p)
		} else if person[e.Match.Text] {
			e.Label, e.Where, e.Rule = "PERSON", "", ruleProvincePerson
		}
	}
}

// sameRow reports two matches of one vocabulary row ("William
// Westmoreland", "General Westmoreland"): their first meanings are one.
func sameRow(a, b *Match) bool {
	return len(a.Entries) > 0 && len(b.Entries) > 0 && a.Entries[0] == b.Entries[0]
}

// ruleUnplaced marks a place of a state the document does not name.
const ruleUnplaced = "vocab:place+unplaced"

// castSize is how many states a document must name for its places to
// need one of them (unplaced): a text that names that many states names
// those its story is about, where a news line naming one or two ("Quebec
// sent aid to Haiti") leaves the reader to place a well-known province.
const castSize = 3

// placeKinds are the kinds of place unplaced reads: a subdivision, or a
// place of the dictionaries (their lists of a state's towns, rivers and
// regions, rich in surnames and words of other languages); not the
// project's own cities (places.tsv), chosen as unambiguous.
var placeKinds = map[string]bool{"province": true, "place": true}

// unplaced leaves a place of one word (a subdivision, or a place of the
// dictionaries) with no state (Where) when the document names at least
// castSize states but neither that state (its name, capital, demonym, an agent of it) nor another of
// its places: the word is then a place of another state or a name
// ("Galicia" in a history of Poland is no Spanish province, "Leon" among
// the French revolutionaries no Nicaraguan one, the "Sur" of a Mexican
// army's Spanish name no Lebanese city). A name of several words ("Castilla
// y León", "West Bank") keeps its state: such names are seldom anything
// else.
func unplaced(ents []Entity) {
	named := map[string]bool{}             // states named as places
	places := map[string]map[string]bool{} // state -> forms of its places named
	for i := range ents {
		e := &ents[i]
		if c := stateOf(e); c != "" {
			named[c] = true
		}
		if e.Actor == "" && e.Where != "" && e.Match != nil {
			if places[e.Where] == nil {
				places[e.Where] = map[string]bool{}
			}
			places[e.Where][e.Match.Text] = true
		}
	}
	if len(named) < castSize {
		return // a news line or a short text need not name a place's state
	}
	for i := range ents {
		e := &ents[i]
		if e.Actor != "" || e.Where == "" || e.Match == nil || !placeKinds[e.Match.Entry("").Kind] || strings.ContainsAny(e.Match.Text, " -") || named[e.Where] || len(places[e.Where]) >= 2 {
			continue
		}
		e.Where, e.Rule = "", ruleUnplaced
	}
}

// insideAny reports an entity of es whose span holds offset at.
func insideAny(at int, es []Entity) bool {
	for _, e := range es {
		if e.Start <= at && at < e.End {
			return true
		}
	}
	return false
}

// docTopic is the state the document is about: the one it names most
// often as a place (its name or capital); "" when it names none, or two
// equally often.
func docTopic(ents []Entity) string {
	count := map[string]int{}
	for i := range ents {
		if e := &ents[i]; e.Label == "GPE" && !e.Agent {
			if c := stateOf(e); c != "" {
				count[c]++
			}
		}
	}
	topic, most := "", 0
	for c, n := range count {
		switch {
		case n > most:
			topic, most = c, n
		case n == most:
			topic = ""
		}
	}
	if topic == "" && most > 0 {
		// a tie: the first of the states named most often
		for i := range ents {
			if e := &ents[i]; e.Label == "GPE" && !e.Agent && stateOf(e) != "" && count[stateOf(e)] == most {
				return stateOf(e)
			}
		}
	}
	return topic
}

// otherStateBefore reports a state other than c named in an earlier
// clause of the sentence of entity i, whose text starts at start: "In
// 1991 the United States attacked Iraq, and the army liberated Kuwait" is
// no sentence where "the army" is the Iraqi army its paragraph named
// before. A place in the force's own clause ("In Afghanistan the army
// fought") is where it acts, no other side. Bounded by the sentence's
// entities.
func otherStateBefore(doc string, start int, ents []Entity, i int, c string) bool {
	if ents[i].Start > len(doc) || start > ents[i].Start {
		return false
	}
	cs := clauseStart(doc, start, ents[i].Start)
	for j := i - 1; j >= 0 && ents[j].Sent == ents[i].Sent; j-- {
		if s := stateOf(&ents[j]); s != "" && s != c && ents[j].End <= cs {
			return true
		}
	}
	return false
}

// topicStates gives each agent noun named with no actor (rule agent:topic)
// the state its paragraph is about: the one state the paragraph names,
// else the document's (topic); none when the document names no state. An
// agent noun right after a person whose actor only the document gives
// (a surname, coref:surname: "the Diem regime", "the Karzai government")
// is that person's actor's, as agent:modifier makes "the Nixon
// administration" the United States'. One after a word of topical.tsv's
// "new" rows ("the new government", "the revolutionary regime") is the
// government a revolution set up: the state of the revolution the
// document last named before it ("the French Revolution", "the revolution
// in Mexico": a state's name or demonym right before a word of the
// "revolution" rows, or after it and "in" or "of") at most revolutionGap
// sentences before, not the enemy the paragraph names; with none named,
// or with a place of its own after it ("the new government in Berlin"),
// the paragraph's as before. A non-force noun its paragraph, naming
// several states, named before with "in" or "of" and a state or capital
// ("the government in Dushanbe" ... "Uzbekistan supplied aircraft to the
// government") is that state's, as one an earlier possessor named is;
// none where the paragraph so placed it in two states. doc is what the
// offsets index.
func (v *Vocabulary) topicStates(doc string, sents []text.Sentence, zones []string, ents []Entity, topic string) {
	para := map[int]string{} // line -> its one state, "" for several
	found := false
	type lineHead struct {
		line int
		head string
	}
	forces := map[lineHead]string{}     // a paragraph's forces named so far by their noun: the one state, "" for several
	force := map[int]string{}           // a bare force's index -> the state of its paragraph's earlier forces of its noun
	home := map[int]bool{}              // a bare force's index whose paragraph named no force of its noun before it
	revolt := make([]string, len(ents)) // per entity: the state of the last revolution named before it, nearby
	owner := map[int]string{}           // an agent noun's index -> the one state that earlier named its head with a possessor ("Sudan's army" ... "the army")
	possessed := map[string]string{}    // a head named so far with a state's possessor -> that state, "" for several
	ownerLate := map[int]bool{}         // such an agent noun's index whose paragraph named a state before it
	placed := map[lineHead]string{}     // a paragraph's non-force head named so far with "in"/"of" a state ("the government in Dushanbe") -> that state, "" for several
	seen := map[int]bool{}              // lines that named a state so far
	last, lastSent := "", 0
	for i := range ents {
		e := &ents[i]
		if (e.Rule == rulePossessive || e.Rule == ruleTopic) && e.End <= len(doc) && e.Start < e.End {
			// (the head only of the two rules that use it: forceHead lowers a copy)
			switch h := forceHead(doc[e.Start:e.End]); {
			case e.Rule == rulePossessive && stateOf(e) != "":
				if s, ok := possessed[h]; !ok {
					possessed[h] = e.Actor
				} else if s != e.Actor {
					possessed[h] = ""
				}
			case e.Rule == ruleTopic && !v.forceTopical[h] && e.Sent < len(sents) && placeAfter(doc, ents, i) != "":
				// "the government in Dushanbe": as "Tajikistan's
				// government" for the bare noun after it in its paragraph
				k, c := lineHead{sents[e.Sent].Line, h}, placeAfter(doc, ents, i)
				if s, ok := placed[k]; !ok {
					placed[k] = c
				} else if s != c {
					placed[k] = ""
				}
			case e.Rule == ruleTopic && e.Sent < len(sents) && placed[lineHead{sents[e.Sent].Line, h}] != "":
				owner[i] = placed[lineHead{sents[e.Sent].Line, h}]
			case e.Rule == ruleTopic && possessed[h] != "":
				owner[i] = possessed[h]
				if e.Sent < len(sents) && seen[sents[e.Sent].Line] {
					ownerLate[i] = true
				}
			}
		}
		if e.Sent < len(sents) && stateOf(e) != "" {
			seen[sents[e.Sent].Line] = true
		}
		if last != "" && e.Sent-lastSent <= revolutionGap {
			revolt[i] = last
		}
		if c := stateOf(e); c != "" && !e.Agent && e.End <= len(doc) && e.Start <= len(doc) {
			after := strings.Fields(doc[e.End:min(len(doc), e.End+40)])
			before := strings.Fields(doc[max(0, e.Start-30):e.Start])
			switch {
			case len(after) > 0 && v.revolutions[strings.ToLower(strings.Trim(after[0], ".,;:'’"))]:
				last, lastSent = c, e.Sent
			case len(before) >= 2 && (before[len(before)-1] == "in" || before[len(before)-1] == "of") && v.revolutions[strings.ToLower(before[len(before)-2])]:
				last, lastSent = c, e.Sent
			}
		}
		if e.Sent < len(sents) && (e.Agent || armedBody(e)) && e.End <= len(doc) {
			if h := forceHead(doc[e.Start:e.End]); v.forceTopical[h] {
				k := lineHead{sents[e.Sent].Line, h}
				switch {
				case e.Rule == ruleTopic:
					if s, ok := forces[k]; ok {
						force[i] = s
						if otherStateBefore(doc, sents[e.Sent].Start, ents, i, s) {
							force[i] = "" // "Germany built U-boats, and the navy attacked"
						}
					} else {
						home[i] = true
					}
				case e.Actor != "" && armed(e.Sector) || armedBody(e):
					if c, _ := sideCode(e); forces[k] != c {
						if _, ok := forces[k]; ok {
							c = ""
						}
						forces[k] = c
					}
				}
			}
		}
		if e.Rule == ruleTopic {
			found = true
			continue
		}
		c := stateOf(e)
		if c == "" || e.Sent >= len(sents) {
			continue
		}
		line := sents[e.Sent].Line
		if s, ok := para[line]; !ok {
			para[line] = c
		} else if s != c {
			para[line] = ""
		}
	}
	if !found {
		return
	}
	var homes map[int]string  // line -> the side its bare forces are (sectionSides)
	var invs map[int]invasion // line -> the invader its paragraph names (invaders)
	var parl map[int]bool     // lines naming a body with a parliament ("the European Union"): "the parliament" there is no state's
	for i := range ents {
		e := &ents[i]
		if e.Rule != ruleTopic || e.Sent >= len(sents) {
			continue
		}
		if p := ents[max(0, i-1)]; i > 0 && p.Label == "PERSON" && p.Actor != "" && !p.Agent && p.Match != nil && p.Sent == e.Sent &&
			p.End <= e.Start && e.Start <= len(doc) && onlySpace(doc[p.End:e.Start]) {
			e.Actor, e.Rule, e.source = p.Actor, "agent:modifier", p.Match
			continue
		}
		if f, ok := force[i]; ok || home[i] {
			e.Actor = f // "the Persian army ... the army": not the paragraph's state nor the document's
			if home[i] && owner[i] != "" && !ownerLate[i] {
				// "Sudan's army rejected ... The army accused": the state that
				// named it so, where its own paragraph named no state before it
				// ("Chad closed its border. The army deployed" is Chad's)
				e.Actor = owner[i]
			} else if home[i] && !strings.HasPrefix(doc[e.End:], " in ") {
				// (not "the army in Britain": a place of its own, perhaps another's land)
				if homes == nil {
					homes = sectionSides(sents, zones, paragraphSides(doc, sents, ents))
				}
				e.Actor = homes[sents[e.Sent].Line]
				if e.Actor == "" && v.advances(doc[e.End:min(len(doc), e.End+30)]) {
					if invs == nil {
						invs = v.invaders(doc, sents, ents)
					}
					if a, ok := invs[sents[e.Sent].Line]; ok && a.sent <= e.Sent {
						e.Actor = a.code // "Germany invaded Poland. The army advanced": the invader's
					}
				}
			}
			continue
		}
		if s := placeAfter(doc, ents, i); s != "" {
			e.Actor = s // "the government in Dushanbe": Tajikistan's, whatever its paragraph names
			continue
		}
		e.Actor = topic
		own := e.End <= len(doc) && v.ownTopical[strings.ToLower(strings.Fields(doc[e.Start:e.End])[0])]
		if own && parl == nil {
			parl = v.parliamentLines(sents, ents)
		}
		line := sents[e.Sent].Line
		s := para[line]
		if s != "" && !(own && parl[line]) {
			e.Actor = s
		} else if owner[i] != "" {
			e.Actor = owner[i] // "Sudan's army ... the army", its paragraph naming several states or none
		} else if own {
			// "the cabinet", "the army": only the body of the one state
			// its paragraph names, not the document's topic
			e.Actor = ""
			continue
		}
		if rest := doc[min(e.End, len(doc)):]; revolt[i] != "" && e.Start <= len(doc) && !strings.HasPrefix(rest, " in ") && !strings.HasPrefix(rest, " of ") {
			// "the new government", "the new revolutionary regime"; not
			// "a new government", which any state may elect
			ws := strings.Fields(strings.ToLower(doc[max(0, e.Start-40):e.Start]))
			k := len(ws) - 1
			for k >= 0 && v.newGovernment[ws[k]] {
				k--
			}
			if k < len(ws)-1 && k >= 0 && ws[k] == "the" {
				e.Actor = revolt[i]
			}
		}
	}
}

// ruleOwnBody is the rule of a state's body named by one capitalised word
// ("Parliament") that its paragraph's side decides (ownBodies).
const ruleOwnBody = "coref:ownbody"

// ownBodies reads a state's body named by a capitalised word alone
// (topical.tsv's body rows: "Parliament", "the Cabinet", "the Assembly")
// that no stage coded as the body of the side its paragraph names, with
// the row's sector: a state's right before it and "'s" ("Iraq's
// Cabinet"), else the one actor of the paragraph's coded entities, else
// its section heading's (sectionSides, as a bare "the army"); no one's
// where the paragraph names two sides or a person it does not place,
// inside a longer name ("the Maine House of Representatives"), after "of
// the" ("the President of the Assembly", another's body) or before "of"
// ("the Assembly of Virginia"). The sides are indexed once, when
// the document names such a body.
func (v *Vocabulary) ownBodies(doc string, sents []text.Sentence, zones []string, ents []Entity) {
	var homes map[int]string
	for i := range ents {
		e := &ents[i]
		if e.Actor != "" || e.Agent || e.Sent >= len(sents) || e.Start < 0 || e.End > len(doc) || e.Match != nil && e.Match.Entry("").Code != "" {
			continue
		}
		sector, ok := v.bareBodies[doc[e.Start:e.End]]
		if before := doc[max(0, e.Start-8):e.Start]; !ok || longerName(doc, e.Start, v.en.OpensSentence) || strings.HasSuffix(before, " of the ") || strings.HasPrefix(doc[e.End:], " of ") {
			continue // (not "the President of the Assembly", another's body)
		}
		if p := ents[max(0, i-1)]; i > 0 && p.Actor != "" && !p.Agent && stateOf(&p) != "" && p.End <= e.Start && possessiveBetween(doc[p.End:e.Start]) {
			// "Iraq's Cabinet": the possessor's
			e.Label, e.Actor, e.Sector, e.Agent, e.Rule, e.Where, e.source = "ORG", p.Actor, sector, true, rulePossessive, "", p.Match
			continue
		}
		if v.bodyHolders[doc[e.Start:e.End]] != nil {
			continue // a body only some states have: heldBodies
		}
		if homes == nil {
			homes = sectionSides(sents, zones, paragraphSides(doc, sents, ents))
		}
		if c := homes[sents[e.Sent].Line]; c != "" {
			e.Label, e.Actor, e.Sector, e.Agent, e.Rule, e.Where = "ORG", c, sector, true, ruleOwnBody, ""
		}
	}
}

// ruleHeldBody is the rule of a body by one capitalised word that only some
// states have ("Congress") whose state its paragraph or section decides
// (heldBodies).
const ruleHeldBody = "coref:heldbody"

// heldBodies reads a body named by one capitalised word alone that only
// some states have (topical.tsv's body rows with codes: "Congress", "the
// Senate"), where no stage coded it, as the one state of those that its
// paragraph names (any coded name of the state's, a place's too, or of
// its body of the name, of any state, "the US Senate": "The
// United States sent more troops to Vietnam. Congress debated the war" is
// the United States' Congress, Vietnam having none), else the one its
// section names, from a heading to the next; no one's where they name two
// ("Mexico and the United States ... Congress") or none, or name a state
// where the word names a party (a code after "!": "The United States
// praised India. Congress lost the election"; such a state named anywhere
// in the section: a section on India's elections), inside a longer name ("the Texas Senate", "the
// Congress Party"), after "of the" or "'s", before "of" ("the Congress
// of Vienna") and after such a name in its section ("the Congress of
// Vienna ... Britain dominated the Congress"). The word counts where the tagger found no name too ("In
// 1973 Congress cut the funds"): such a mention becomes an entity only when
// a state takes it. One scan of the document per word.
func (v *Vocabulary) heldBodies(doc string, sents []text.Sentence, zones []string, ents []Entity) []Entity {
	if len(v.bodyHolders) == 0 || len(sents) == 0 {
		return ents
	}
	names := make([]string, 0, len(v.bodyHolders))
	for n := range v.bodyHolders {
		names = append(names, n)
	}
	sort.Strings(names)
	section := sections(sents, zones) // sentence -> its section
	var added []Entity
	for _, name := range names {
		holders := v.bodyHolders[name]
		var lines, secs map[int]string // line or section -> its one holder, "" for two
		parties := map[int]bool{}      // sections that name a state where the word names a party
		one := func(m map[int]string, k int, c string) {
			if s, ok := m[k]; !ok {
				m[k] = c
			} else if s != c {
				m[k] = ""
			}
		}
		holder := func(si int) string {
			if lines == nil {
				lines, secs = map[int]string{}, map[int]string{}
				for i := range ents {
					c, held := stateOf(&ents[i]), false
					if e := &ents[i]; e.Actor != "" && e.End <= len(doc) && strings.HasSuffix(doc[e.Start:e.End], " "+name) {
						c, held = e.Actor, true // a state's body of the name: "the US Senate", "the National People's Congress"
					}
					if c != "" && !held && holders["!"+c] && ents[i].Sent < len(sents) {
						c, held = "", true // a state where the word names a party ("India ... Congress"): no one's
						parties[section[ents[i].Sent]] = true
					}
					if (held || c != "" && (holders[c] || holders["*"])) && ents[i].Sent < len(sents) {
						one(lines, sents[ents[i].Sent].Line, c)
						one(secs, section[ents[i].Sent], c)
					}
				}
			}
			if parties[section[si]] {
				return "" // the section is about a state where the word names a party
			}
			if c, ok := lines[sents[si].Line]; ok {
				return c
			}
			return secs[section[si]]
		}
		others := map[int]bool{} // sections that named another body by the word
		occurrences(doc, name, func(at, end int) {
			si, ok := sentenceAt(sents, at)
			if !ok || si >= len(zones) || zones[si] != "body" || sents[si].Heading {
				return
			}
			if r, _ := utf8.DecodeLastRuneInString(doc[:at]); at > sents[si].Start && !unicode.IsSpace(r) && !strings.ContainsRune("(\"“‘/", r) {
				return // a word's part, an address's ("&level=Congress&")
			}
			if r, _ := utf8.DecodeRuneInString(doc[end:]); end < len(doc) && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("&=_-", r)) {
				return
			}
			j := slices.IndexFunc(ents, func(e Entity) bool { return e.Start < end && at < e.End })
			if j >= 0 && (ents[j].Start != at || ents[j].End != end || ents[j].Actor != "" || ents[j].Agent || ents[j].Match != nil) {
				return // a longer name's or a coded one's
			}
			if r, ok := strings.CutPrefix(doc[end:min(len(doc), end+40)], " of "); ok {
				if english.StartsUpper(strings.TrimPrefix(r, "the ")) {
					others[section[si]] = true // "the Congress of Vienna": the bare word after it is not a state's
				}
				return
			}
			before := doc[max(0, at-8):at]
			if others[section[si]] || longerName(doc, at, v.en.OpensSentence) || strings.HasSuffix(before, " of the ") || strings.HasSuffix(before, "'s ") || strings.HasSuffix(before, "’s ") {
				return
			}
			if ws := english.Words(doc[end:min(len(doc), end+20)], 0); len(ws) > 0 && ws[0].Start <= 1 && english.StartsUpper(ws[0].Text) {
				return // "the Congress Party"
			}
			c := holder(si)
			if c == "" {
				return
			}
			if j >= 0 {
				e := &ents[j]
				e.Label, e.Actor, e.Sector, e.Agent, e.Rule, e.Where = "ORG", c, v.bareBodies[name], true, ruleHeldBody, ""
				return
			}
			added = append(added, Entity{Start: at, End: end, Sent: si, Label: "ORG", Actor: c, Sector: v.bareBodies[name], Agent: true, Rule: ruleHeldBody})
		})
	}
	return mergeEntities(ents, added)
}

// invasion is a paragraph's one invader and the first sentence that names
// it acting on a state (invaders).
type invasion struct {
	code string
	sent int
}

// invaders maps each line whose one side (paragraphSides: a state's name
// as a clause's subject, a coded actor) acts on other states only as
// the objects of verbs of invasion (topical.tsv "invade": "Germany
// invaded Poland", "Iraq attacked Iran") to that side and the first
// sentence of such an object. A line with an object of another verb
// ("France supported Poland") or a second side has none.
func (v *Vocabulary) invaders(doc string, sents []text.Sentence, ents []Entity) map[int]invasion {
	first := map[int]int{}     // line -> the first sentence with an invasion's object
	other := map[int]bool{}    // lines with another verb's object
	objs := map[int][]string{} // line -> the invasions' objects
	side, stated := lineSides(doc, sents, ents, func(line int, e *Entity, c string) {
		if !v.invadeVerbs[objectVerb(doc, e)] {
			other[line] = true
			return
		}
		objs[line] = append(objs[line], c)
		if f, ok := first[line]; !ok || e.Sent < f {
			first[line] = e.Sent
		}
	})
	out := map[int]invasion{}
	for line, cs := range objs {
		a := side[line]
		if a == "" || !stated[line] || other[line] || slices.Contains(cs, a) {
			continue
		}
		out[line] = invasion{a, first[line]}
	}
	return out
}

// objectVerb is the lower-case word before a state's name that
// placeNamed read as its verb ("invaded" in "Germany invaded Poland",
// "attacked" in "attacked the Soviet Union").
func objectVerb(doc string, e *Entity) string {
	before := english.Words(doc[max(0, e.Start-24):e.Start], 0)
	if k := len(before) - 1; k > 0 && before[k].Text == "the" {
		before = before[:k]
	}
	if len(before) == 0 {
		return ""
	}
	return strings.ToLower(before[len(before)-1].Text)
}

// advances reports the text after a bare force opening with a verb of an
// invader's advance (topical.tsv "advance": "the army reached Moscow",
// "the army quickly crossed the river"; one adverb in -ly may come first).
func (v *Vocabulary) advances(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) > 1 && strings.HasSuffix(ws[0], "ly") {
		ws = ws[1:]
	}
	return len(ws) > 0 && v.advanceVerbs[strings.ToLower(ws[0])]
}

// paragraphSides maps each line to the one side its entities name (a
// coded entity's actor, a person it does not place or a state's rebels or
// opposition as some side: "rebels in Mali" are Mali's code, not its
// army's side; not an agent noun the document decides, nor a place:
// placeNamed), "" for several; a state a verb's object names ("Germany
// invaded Poland. The army resisted": either's) is a second side where
// a state's name gives the paragraph another, and no side alone ("the
// League of Nations ... The Assembly condemned Japan" is the League's).
func paragraphSides(doc string, sents []text.Sentence, ents []Entity) map[int]string {
	var objects map[int][]string // line -> the states its verbs' objects name
	side, stated := lineSides(doc, sents, ents, func(line int, _ *Entity, c string) {
		if objects == nil {
			objects = map[int][]string{}
		}
		objects[line] = append(objects[line], c)
	})
	for line, cs := range objects {
		for _, c := range cs {
			if s := side[line]; s != "" && c != s && stated[line] {
				side[line] = "" // "Germany invaded Poland ... the army resisted": either's
			}
		}
	}
	return side
}

// lineSides is the one pass over the entities that paragraphSides and
// invaders share: side maps each line to the one side its entities name
// ("" for several; a verb's object, a place and an agent the document
// decides name none), stated the lines a state's name gave a side, and
// object is called with each state a verb's object names (placeNamed's
// namesObject), its line and its side code.
func lineSides(doc string, sents []text.Sentence, ents []Entity, object func(line int, e *Entity, c string)) (side map[int]string, stated map[int]bool) {
	side, stated = map[int]string{}, map[int]bool{} // stated: the League's assembly is its own, whomever it condemned
	for i := range ents {
		e := &ents[i]
		c, ok := sideCode(e)
		if !ok && (e.Label != "PERSON" || e.Rule == ruleRuler) || e.Sent >= len(sents) {
			continue
		}
		line := sents[e.Sent].Line
		how := placeNamed(doc, ents, i)
		if how == namesObject {
			object(line, e, c)
			continue
		}
		if how == namesPlace {
			continue
		}
		if how == namesSome || e.Sector == "REB" || e.Sector == "OPP" {
			c = "" // (rebels in Mali are Mali's code, not the side of its army)
		}
		if stateOf(e) != "" {
			stated[line] = true
		}
		if s, ok := side[line]; !ok {
			side[line] = c
		} else if s != c {
			side[line] = ""
		}
	}
	return side, stated
}

// sideCode is the actor an entity names, as the sides of a paragraph
// count it (sectionSides): its actor, or for a bounded name not yet dated
// ("the Continental Army", "the Persians", resolved by Redate) the one
// code of its rows, ok false where it names none; "" for a bounded name of
// several codes, which names some side, not one.
func sideCode(e *Entity) (string, bool) {
	if e.Rule == ruleTopic || e.Rule == ruleGroup || e.Rule == ruleRuler {
		return "", false // an agent or a title whose actor the document decides
	}
	if e.Actor != "" {
		return e.Actor, true
	}
	if !boundedMatch(e.Match) || len(e.Match.Entries) == 0 {
		return "", false
	}
	c := e.Match.Entries[0].Code
	for _, en := range e.Match.Entries[1:] {
		if en.Code != c {
			return "", true
		}
	}
	return c, c != ""
}

// How a state's or a capital's name counts among a paragraph's sides
// (placeNamed).
const (
	namesSide   = iota // its actor is a side
	namesPlace         // a place: no side
	namesSome          // a side in a coordination whose other part may be a place: no one side
	namesObject        // a verb's object ("Germany invaded Poland"): a second side beside another, none alone
)

// placeNamed reports how a name counts among the sides of its paragraph
// (sectionSides): a capital names a place ("the army held Algiers.
// Algiers was calm": a city, not a side); a state's name a side as a
// clause's subject, right before a lower-case word and after no lower-case
// word, perhaps after "the" ("Meanwhile, Germany was falling apart", "In
// 1979 the Soviet Union invaded"; not "the Treaty of Friendship of the
// Republic of Chile"), some side after another name and "and", "or"
// or a comma ("Italy and Germany signed": not Italy alone), the object of
// a verb in the past (a lower-case word in -ed right before it, perhaps
// before "the": "Germany invaded Poland", "the Soviet Union pressed
// Finland"; not a longer name's part, "passed the Irish Free State Act"),
// a second side beside the paragraph's one, a place alone
// ("the army entered Afghanistan"), and a place elsewhere ("declared war
// on Germany"). Any other entity names a side. i indexes the name in ents.
func placeNamed(doc string, ents []Entity, i int) int {
	e := &ents[i]
	if e.Agent || e.Match == nil || e.Start < 0 || e.End > len(doc) {
		return namesSide
	}
	switch e.Match.Entry("").Kind {
	case "capital", "seat":
		return namesPlace
	case "state", "alias":
	default:
		return namesSide
	}
	if i > 0 && ents[i-1].End <= e.Start {
		switch strings.TrimSpace(doc[ents[i-1].End:e.Start]) {
		case ",", "and", "or", ", and", ", or":
			return namesSome
		}
	}
	before := english.Words(doc[max(0, e.Start-24):e.Start], 0)
	if k := len(before) - 1; k > 0 && before[k].Text == "the" {
		before = before[:k] // "the Soviet Union invaded"; not "the Declaration of the United States"
	}
	k := len(before) - 1
	after := english.Words(doc[e.End:min(len(doc), e.End+20)], 0)
	named := len(after) > 0 && after[0].Start <= 1 && unicode.IsUpper(english.FirstRune(after[0].Text)) // "the Irish Free State Act"
	if k >= 0 && !named && len(before[k].Text) > 3 && strings.HasSuffix(before[k].Text, "ed") && unicode.IsLower(english.FirstRune(before[k].Text)) {
		return namesObject // "invaded Poland", "pressed Finland"; not "war on Germany"
	}
	if len(after) == 0 || after[0].Start > 1 || !unicode.IsLower(english.FirstRune(after[0].Text)) {
		return namesPlace
	}
	if k >= 0 && unicode.IsLower(english.FirstRune(before[k].Text)) {
		return namesPlace
	}
	return namesSide
}

// armedBody reports a force named by a bounded institution's name not yet
// dated ("the Continental Army"): a force of its noun as "the American
// army" is.
func armedBody(e *Entity) bool {
	if e.Agent || e.Actor != "" || !boundedMatch(e.Match) || len(e.Match.Entries) == 0 {
		return false
	}
	en := e.Match.Entries[0]
	return en.Kind == "institution" && armed(en.Sector)
}

// sectionSides gives each paragraph the side a bare force of its is
// when its paragraph named no force of its noun before it ("Meanwhile,
// Germany was falling apart at home. ... morale in the army fell"): the
// one actor the paragraph names (each coded entity's actor: "Tsar Nicholas
// II" is Russia), no one's where it names two ("the Russians met the
// Germans ... the army") or a person it does not place, who may lead
// another side's army ("Napoleon invaded Russia ... the army reached
// Moscow"). A place's state is no side ("the army
// that Xerxes mustered marched to Abydos": Abydos lies in Turkey, an army
// often in another's land). In a paragraph that names none, the one actor
// of its section's heading ("Russian Revolution"), the nearest heading
// line before it, where the paragraphs between name no other side. side
// maps a line to its one actor, "" for several. One pass over the
// sentences.
func sectionSides(sents []text.Sentence, zones []string, side map[int]string) map[int]string {
	out := map[int]string{}
	head, line := "", -1
	for k, st := range sents {
		if st.Line == line {
			continue
		}
		line = st.Line
		s, ok := side[line]
		switch {
		case k < len(zones) && zones[k] == "header":
			head = s
		case k >= len(zones) || zones[k] != "body":
			head = ""
		case ok:
			out[line] = s
			if s != head {
				head = "" // a paragraph that names another side, or two
			}
		default:
			out[line] = head
		}
	}
	return out
}

// placeAfter is the state of a place named right after agent noun i and
// "in" or "of" ("the government in Dushanbe", "the authorities of
// Georgia"): a state's name or capital, not a city or a region; "" when
// none follows.
func placeAfter(doc string, ents []Entity, i int) string {
	if i+1 >= len(ents) || ents[i+1].Sent != ents[i].Sent || ents[i+1].Agent || ents[i].End > ents[i+1].Start || ents[i+1].Start > len(doc) {
		return ""
	}
	if gap := doc[ents[i].End:ents[i+1].Start]; gap != " in " && gap != " of " {
		return ""
	}
	return stateOf(&ents[i+1])
}

// forceHead is the last word of a force's name in the singular, lower
// case: "Persian army" -> "army", "fleets" -> "fleet", "navies" -> "navy".
func forceHead(name string) string {
	h := strings.ToLower(name[strings.LastIndexAny(name, " -")+1:])
	if t, ok := strings.CutSuffix(h, "ies"); ok {
		return t + "y"
	}
	return strings.TrimSuffix(h, "s")
}

// revolutionGap is how many sentences after a revolution's name "the new
// government" may be the government it set up (topicStates).
const revolutionGap = 8

// groupAgents reads rebels as the armed group the document names in their
// state ("the mujahideen" ... "rebels in Afghanistan", "the Afghan
// resistance movement", "insurgents shot down a plane"): an agent of an
// armed opposition (sector REB or OPP) that a state claims is the group
// the document names most often of those whose home is that state; an
// agent of sector REB that no actor claims (rule agent:group) is the one
// of the groups whose home is the state the document is about (topic).
// Only a group the document follows counts, one it names at least
// followed times and more often than all its other armed groups together
// (of any home): a group named in passing ("groups such as Boko Haram")
// is no one's rebels, and neither is one of several a
// war's history names ("insurgents" where the text names al-Qaeda, the
// Mahdi Army, Ansar al-Islam and the PKK are none of them). A state with
// no such group keeps its rebels. Unclaimed rebels with no such group
// ("guerrilla forces ambushed a convoy", "insurgent columns") are the
// domestic rebels (sector REB: PLOVER's X>X) of the state whose ground
// the story is on (groundState, by its places) once the text has named
// that state before them; where no land is the story's, in a scholarly
// document (scholarly: one with references), whose rebels are any
// state's, and before the text names its state, they stay no one's.
func groupAgents(doc string, ents []Entity, topic string, scholarly bool) {
	count := map[string]int{}
	home := map[string]string{}
	match := map[string]*Match{}
	groups := 0 // mentions of every armed group the document names
	for i := range ents {
		e := &ents[i]
		if e.Agent || e.Actor == "" || e.Match == nil {
			continue
		}
		en := e.Match.Entry("")
		if en.Kind == "group" && en.Code == e.Actor {
			groups++
		}
		if en.Kind == "group" && en.Home() != "" && en.Code == e.Actor {
			count[e.Actor]++
			home[e.Actor] = en.Home()
			if match[e.Actor] == nil {
				match[e.Actor] = e.Match
			}
		}
	}
	group := func(state string) string {
		best, most := "", 0
		for c, n := range count {
			if home[c] != state || n < followed || 2*n <= groups {
				continue
			}
			switch {
			case n > most:
				best, most = c, n
			case n == most && c < best:
				best = c
			}
		}
		return best
	}
	ground := groundState(ents)
	named := false // the ground state named before the entity at hand
	for i := range ents {
		e := &ents[i]
		if !e.Agent && ground != "" && (stateOf(e) == ground || e.Actor == "" && e.Where == ground) {
			named = true
		}
		if !e.Agent || e.Sector != "REB" && e.Sector != "OPP" {
			continue
		}
		state := ""
		switch {
		case e.Rule == ruleGroup:
			state = topic
		case e.Actor != "" && stateOf(e) == e.Actor:
			state = e.Actor
		}
		if g := group(state); state != "" && g != "" {
			e.Actor, e.source = g, match[g]
			if e.Rule != ruleGroup {
				e.Rule += "+group"
			}
			continue
		}
		if e.Rule == ruleGroup && e.Actor == "" && ground != "" && named && !scholarly && !modifies(doc, e) {
			e.Actor, e.Rule = ground, ruleRebels
		}
	}
}

// groundState is the state whose ground the document's story is on: the
// one whose places (its capital, its cities and regions) it names most
// often, at least groundMin times and half as often again as any
// other's; "" when it names none so often (a short report: "Russia
// attacked Georgia, and the separatist militias joined" tells no land of
// the militias) or no state's places so much more often than another's
// (a world war's theatres). A war's history
// names the foreign powers that fight in a land as often as the land
// itself ("the United States" in a history of the Vietnam war), but its
// places are the land's: Hue, Saigon, the Mekong delta.
func groundState(ents []Entity) string {
	count := map[string]int{}
	for i := range ents {
		e := &ents[i]
		switch {
		case e.Agent || e.Label == "PERSON":
		case e.Actor == "" && e.Where != "":
			count[e.Where]++
		case e.Actor != "" && e.Match != nil && e.Match.Entry("").Kind == "capital" && stateOf(e) != "":
			count[e.Actor]++
		}
	}
	best, most, next := "", 0, 0
	for c, n := range count {
		switch {
		case n > most:
			best, most, next = c, n, most
		case n > next:
			next = n
		}
	}
	if most < groundMin || 2*most < 3*next {
		return "" // no one land's: a world war's theatres, a short report
	}
	return best
}

// groundMin is how many times a document must name the places of the
// state its story is on (groundState).
const groundMin = 3

// modifies reports a rebels' word in the singular before a lower-case
// word, the noun it modifies: "guerrilla tactics", "insurgent attacks",
// "a guerrilla war" name no body of rebels ("insurgent forces", a phrase
// of the agents, and "the insurgents stepped up" do).
func modifies(doc string, e *Entity) bool {
	if e.End >= len(doc) || e.Start >= e.End || strings.HasSuffix(strings.ToLower(doc[e.Start:e.End]), "s") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(doc[e.End:], " "))
	return doc[e.End] == ' ' && unicode.IsLower(r)
}

// stateOf returns the state an entity names by the state's name, capital,
// demonym or another of its forms, or by an agent of the state's ("the
// Afghan government"); "" for any other entity.
func stateOf(e *Entity) string {
	m := e.Match
	if e.Agent {
		m = e.source
	}
	if m == nil || e.Actor == "" || e.Rule == ruleSurname {
		return ""
	}
	switch m.Entry("").Kind {
	case "state", "capital", "demonym", "combining", "alias", "seat":
		return e.Actor
	}
	return ""
}

// numberedRuler reports a person a bounded leader's row names (rulers.tsv,
// leaders.tsv: only:dated) whose name ends in a regnal numeral ("King
// Philip IV", "Emperor Francis I"), not yet an agent's.
func numberedRuler(e *Entity, doc string) bool {
	if e.Label != "PERSON" || e.Agent || e.End > len(doc) || !boundedMatch(e.Match) || e.Match.Entries[0].Kind != "leader" {
		return false
	}
	name := doc[e.Start:e.End]
	n := name[strings.LastIndexByte(name, ' ')+1:]
	return n != name && (regnal(n) || n == "I")
}
