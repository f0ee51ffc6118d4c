package actor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/vocab"
)

// agents holds the agent nouns: words that name a kind of actor rather
// than one ("rebels", "the police", "foreign minister"), each with the
// sector it gives the actor it is joined to (agents.tsv, phoenix/agents.tsv),
// and the rules of joining (attach.tsv, home.txt, abroad.txt, bodies.txt,
// unless.tsv).
type agents struct {
	trie   trie
	all    map[string]*form // phrase -> form; its one entry is its meaning
	attach map[string]attach
	home   map[string]bool // sectors of agents that act at home
	abroad map[string]bool // phrases of home sectors' agents that live abroad
	bodies map[string]bool // sectors whose capitalized agents are a state's bodies
	unless map[string]bool // phrase + "\x00" + the next word that makes it no agent
	rebels map[string]bool // first words (lower case) of the agents of sector REB
}

// attach is how a word of attach.tsv joins an agent to the actor after it.
type attach struct {
	home   bool            // only agents that act at home
	except map[string]bool // sectors it does not join
}

func newAgents() *agents {
	return &agents{trie: newTrie(8192), all: map[string]*form{}, attach: map[string]attach{}, home: map[string]bool{}, abroad: map[string]bool{}, bodies: map[string]bool{}, unless: map[string]bool{}, rebels: map[string]bool{}}
}

// addRow reads "forms <TAB> sector <TAB> note"; a phrase given again takes
// the later meaning.
func (a *agents) addRow(l vocab.Line) error {
	if len(l.Fields) < 2 || l.Field(0) == "" {
		return fmt.Errorf("want forms<TAB>sector[<TAB>note]")
	}
	e := &Entry{Kind: "agent", Label: "ORG", Sector: l.Field(1), Note: l.Field(2)}
	e.readNote()
	for _, p := range vocab.Split(l.Field(0), "|") {
		p = strings.ToLower(p)
		if e.Sector == "REB" {
			a.rebels[strings.Fields(p)[0]] = true
		}
		if fm := a.all[p]; fm != nil {
			fm.entries = []*Entry{e}
			continue
		}
		fm := &form{keys: wordKeys(p), entries: []*Entry{e}}
		if len(fm.keys) == 0 {
			continue
		}
		a.all[p] = fm
		a.trie.add(fm)
	}
	return nil
}

func (a *agents) addAttach(l vocab.Line) error {
	how := l.Field(1)
	if how != "all" && how != "home" {
		return fmt.Errorf("want word<TAB>all|home[<TAB>sectors]")
	}
	at := attach{home: how == "home", except: map[string]bool{}}
	for _, s := range vocab.Split(l.Field(2), ",") {
		at.except[s] = true
	}
	a.attach[strings.ToLower(l.Field(0))] = at
	return nil
}

// at finds the longest agent phrase at word i, in any case: its length in
// words and its meaning.
func (a *agents) at(ws []english.Word, low []uint64, i int) (int, *Entry) {
	node, n, best := int32(0), 0, (*form)(nil)
	for k := i; k < len(ws); k++ {
		if node = a.trie.next(node, low[k]); node == 0 {
			break
		}
		for _, fm := range a.trie.nodes[node].forms {
			same := true
			for j, key := range fm.keys {
				same = same && strings.EqualFold(ws[i+j].Key, key)
			}
			if same {
				n, best = k-i+1, fm
			}
		}
	}
	if best == nil || best.entries[0].Sector == "" || best.entries[0].Sector == "-" {
		return 0, nil // a religion or "people": no sector to give; "-": no agent
	}
	return n, best.entries[0]
}

// atHome reports whether an agent placed in a state ("police in Lagos") is
// that state's: one of a sector of home.tsv, not one of abroad.txt.
func (a *agents) atHome(phrase string, e *Entry) bool {
	return a.home[e.Sector] && !a.abroad[strings.ToLower(phrase)]
}

// agentEntities finds the agent nouns of a sentence that a named actor
// claims, and makes them entities of that actor with the agent's sector:
//
//   - after the actor's name or demonym ("the Peruvian government",
//     "Nepalese workers", "Soviet troops", "the Nixon administration"):
//     one entity of both, in place of the name's;
//   - after a hyphenated compound of actors ("a Franco-British force",
//     "Sino-Pak troops"): each part keeps its entity, the last one
//     reaching over the agent, and each takes the agent's sector; not
//     for an agent that acts at home ("Indo-Chinese border patrols");
//   - after the actor and a possessive ("Pakistan's army");
//   - before a word of attach.tsv and an actor, or a place that lies in a
//     state ("rebels in Mali", "police in Lagos", "Kurdish fighters in
//     Syria", "the government of Pakistan"); a demonym before the agent
//     wins ("Nepalese workers in Qatar" are Nepal's).
//
// An agent written before a capitalized word is a title before a name
// ("Foreign Minister Lavrov"): the name is the actor, and the agent no
// entity. A capitalized agent inside a sentence is part of a name
// ("University of Washington", "Kennedy School") unless a state's name
// opens that name and the agent is one of a state's bodies ("Pakistan
// Army"). A demonym after a word of disclaim.txt names a people or an
// attitude, not a state's own ("ethnic Albanian", "anti-Soviet"); an agent
// before the words unless.tsv gives it is a stance ("opposition to").
// Agents that no actor claims are not entities, but for a government named
// with no actor in a sentence of the body ("the government", "government
// forces"; topical.tsv), the government of the state its paragraph is
// about, and rebels ("the rebels", "insurgents"; sector REB), the armed
// group the document names in the state it is about: the document's
// readings decide (topicStates, groupAgents), and DocumentContext drops
// those they find no actor for. In a paper's front matter and abstract,
// which tell no story of a state, such a government is the authors' or
// the reader's: no entity.
func (v *Vocabulary) agentEntities(txt string, s text.Sentence, si int, ents []Entity, body bool) []Entity {
	ws := english.Words(txt[s.Start:s.End], s.Start)
	if len(ws) == 0 || len(ents) == 0 && !(body && v.anyTopical(ws)) && !v.anyPlural(ws) {
		return ents
	}
	low := foldKeys(ws)
	covered := make([]bool, len(ws))
	endAt, startAt := map[int]int{}, map[int]int{} // word index -> entity index
	for ei, e := range ents {
		for k, w := range ws {
			if w.Start >= e.Start && w.End <= e.End {
				covered[k] = true
			}
			if w.End == e.End {
				endAt[k] = ei
			}
			if w.Start == e.Start {
				startAt[k] = ei
			}
		}
	}
	var add []Entity
	drop := map[int]bool{}
	for i := 0; i < len(ws); i++ {
		if covered[i] {
			continue
		}
		n, ag := v.agents.at(ws, low, i)
		if n == 0 || anyCovered(covered[i:i+n]) {
			continue
		}
		if ag.Sector == "REB" && i+n < len(ws) && !covered[i+n] && onlySpace(txt[ws[i+n-1].End:ws[i+n].Start]) {
			// a rebels' word before a force noun is one body of rebels:
			// "rebel troops", "insurgent soldiers", "guerrilla fighters"
			if m, x := v.agents.at(ws, low, i+n); m > 0 && armed(x.Sector) && i+n+m <= len(ws) && !anyCovered(covered[i+n:i+n+m]) {
				n += m
			}
		}
		first, last := ws[i], ws[i+n-1]
		phrase := txt[first.Start:last.End]
		capital := false
		for _, w := range ws[i : i+n] {
			capital = capital || english.StartsUpper(w.Text)
		}
		capital = capital && first.Start > s.Start
		j := i + n // the word after the agent
		label := agentLabel(v, phrase)
		name := func(k int) bool {
			return k < len(ws) && english.StartsUpper(ws[k].Text) && english.IsNameWord(ws[k].Text)
		}
		if name(j) || label == "PERSON" && j < len(ws) && ws[j].Key == "," && name(j+1) {
			i += n - 1
			continue // a title before a name ("Prime Minister, Mikhail Fradkov"), or a name going on
		}
		// A capitalized government before "of" and a state's name is that
		// state's: "the Provisional Government of Russia", "the Government
		// of India".
		govOf := capital && ag.Sector == "GOV" && label != "PERSON" && v.ofState(ws, startAt, ents, j)
		if capital && !govOf && (!v.agents.bodies[ag.Sector] || label != "PERSON" && j+1 < len(ws) && v.connectors[strings.ToLower(ws[j].Key)] && english.StartsUpper(ws[j+1].Text)) {
			i += n - 1
			continue // part of a name: "American College of Gastroenterology"; not a title: "Chancellor of Germany"
		}
		e := Entity{Start: first.Start, End: last.End, Sent: si, Label: label, Sector: ag.Sector, Agent: true}
		after := strings.ToLower(wordAt(ws, j) + " " + wordAt(ws, j+1))
		if j+2 < len(ws) && v.count(wordAt(ws, j+1)) {
			after = strings.ToLower(wordAt(ws, j) + " " + wordAt(ws, j+2)) // a count between: "a fleet of 200 fishing boats"
		}
		if v.agents.unless[strings.ToLower(phrase)+"\x00"+strings.ToLower(wordAt(ws, j))] || v.agents.unless[strings.ToLower(phrase)+"\x00"+after] {
			i += n - 1
			continue // a stance: "opposition to Huerta"; a civil fleet: "a fleet of fishing boats"
		}
		// The actor before it: its name or demonym, not one that names a
		// people ("ethnic Albanian guerrillas") or an attitude
		// ("anti-Soviet forces").
		mod := -1
		// A force noun may take up to two military modifiers after the
		// actor ("Soviet airborne forces", "Iraqi armoured units").
		before := i - 1
		for before >= 0 && i-before <= 2 && ag.Sector == "MIL" && !covered[before] && v.forceMods[strings.ToLower(ws[before].Key)] && onlySpace(txt[ws[before].End:ws[before+1].Start]) {
			before--
		}
		if before < i-1 && (before < 0 || !covered[before]) {
			before = i - 1 // no actor before the modifiers: the noun alone
		}
		if k, ok := endAt[before]; ok && before >= 0 && v.claims(ents[k]) && onlySpace(txt[ws[before].End:ws[before+1].Start]) && !drop[k] {
			b := wordBefore(ws, ents[k].Start)
			if b > 0 && ws[b].End == ents[k].Start && english.IsDash(english.FirstRune(ws[b].Text)) {
				b-- // "anti-Soviet"
			}
			if b < 0 || !v.disclaim[strings.ToLower(ws[b].Key)] {
				mod = k
			}
		}
		// An uncoded name whose plural is a body's or a group's before
		// an armed agent: "Bolshevik forces" (pluralGroup); not after a
		// possessive, whose actor the agent is ("Nicaragua's Sandinista
		// army").
		var plural *Match
		if armed(ag.Sector) && mod < 0 && before >= 0 && !covered[before] && !possessiveBefore(ws, before) && onlySpace(txt[ws[before].End:ws[before+1].Start]) && (before == 0 || !v.disclaim[strings.ToLower(ws[before-1].Key)] && !english.IsDash(english.FirstRune(ws[before-1].Text))) {
			plural = v.pluralGroup(ws[before])
		}
		// The actor after it, past a word of attach.tsv and "the": a name,
		// not a demonym ("the leaders of the Mexican Revolution"), or a
		// place in a state for an agent at home.
		after, afterRule := "", ""
		var afterMatch *Match
		if at, ok := v.agents.attach[strings.ToLower(wordAt(ws, j))]; ok && j+1 < len(ws) && !at.except[ag.Sector] && (!at.home || v.agents.atHome(phrase, ag)) {
			m := j + 1
			if m+1 < len(ws) && strings.EqualFold(ws[m].Key, "the") {
				m++
			}
			// "the governments of Pakistan and Afghanistan" name two
			// actors: the coder reads the coordination.
			if k, ok := startAt[m]; ok && !v.coordinated(ws, startAt, ents, ents[k].End) {
				switch x := ents[k]; {
				case v.claims(x) && x.Label != "NORP":
					after, afterMatch = x.Actor, x.Match
				case x.Actor == "" && x.Where != "" && at.home:
					after = x.Where
				}
				afterRule = "agent:" + strings.ToLower(ws[j].Key)
			}
		}
		// A compound of actors before it ("a Franco-British force",
		// "Sino-Pak forces"): the agent of each. Agents that act at home
		// (home.txt: police, rebels, parties) are each state's own
		// ("Indo-Chinese border patrols"), not one body of both.
		var parts []int
		if k, ok := endAt[i-1]; ok && i > 0 && mod < 0 && !drop[k] && !v.agents.home[ag.Sector] && onlySpace(txt[ws[i-1].End:first.Start]) {
			parts = v.compoundParts(ws, endAt, ents, k)
		}
		switch {
		case len(parts) > 0:
			last := parts[len(parts)-1]
			m := ents[last]
			e.Start, e.Actor, e.Rule, e.Match, e.source = m.Start, m.Actor, "agent:compound", m.Match, m.Match
			drop[last] = true
			for _, p := range parts[:len(parts)-1] {
				ents[p].Sector, ents[p].Rule = ag.Sector, "agent:compound"
			}
		case mod >= 0:
			m := ents[mod]
			e.Start, e.Actor, e.Rule, e.Match, e.source = m.Start, m.Actor, "agent:modifier", m.Match, m.Match
			drop[mod] = true
		case plural != nil:
			e.Start, e.Actor, e.Rule, e.Match, e.source = plural.Start, plural.Entry("").Code, rulePlural, plural, plural
		case capital && label != "PERSON" && !govOf:
			// a capitalized agent is a state's body only after its name;
			// a title may follow ("Chancellor of Germany")
		case i >= 3 && possessiveBefore(ws, i):
			if k, ok := endAt[i-3]; ok && v.claims(ents[k]) {
				e.Actor, e.Rule, e.source = ents[k].Actor, rulePossessive, ents[k].Match
			}
		case after != "":
			e.Actor, e.Rule, e.source = after, afterRule, afterMatch
		}
		if e.Actor == "" && body && !capital && (i == 0 || !v.notTopical[strings.ToLower(ws[i-1].Key)]) && !(i > 1 && english.IsDash(english.FirstRune(ws[i-1].Text))) {
			switch {
			case v.topical[strings.ToLower(ws[i].Key)] && (!v.ownTopical[strings.ToLower(ws[i].Key)] || i > 0 && strings.EqualFold(ws[i-1].Key, "the") && !strings.EqualFold(wordAt(ws, j), "of") && !v.unitHeads[strings.ToLower(wordAt(ws, j))]):
				// (an own body right after "the" only: not after a
				// possessive no actor claims, "Sturmer's cabinet", nor
				// a noun that makes it another thing, "the shadow
				// cabinet"; nor one an "of" phrase names, "the
				// parliament of birds"; nor a unit's noun after it
				// makes its own, "the army corps of Armenian volunteers")
				// "the government", "the communist regime", "government
				// officials": the state the paragraph is about (topicStates)
				e.Rule = ruleTopic
				add = append(add, e)
			case ag.Sector == "REB":
				// "the rebels", "insurgents": the armed group the document
				// names in the state it is about (groupAgents)
				e.Rule = ruleGroup
				add = append(add, e)
			}
		}
		if e.Actor != "" {
			add = append(add, e)
		}
		i += n - 1
	}
	if len(add) == 0 {
		return ents
	}
	out := ents[:0]
	for k, e := range ents {
		if !drop[k] {
			out = append(out, e)
		}
	}
	return append(out, add...)
}

// ofState reports "of", perhaps "the", and a state's name (not a
// capital's, a demonym's or a place's) at word j of ws: startAt gives the
// entity of ents that starts at a word.
func (v *Vocabulary) ofState(ws []english.Word, startAt map[int]int, ents []Entity, j int) bool {
	if j+1 >= len(ws) || ws[j].Key != "of" {
		return false
	}
	m := j + 1
	if m+1 < len(ws) && strings.EqualFold(ws[m].Key, "the") {
		m++
	}
	k, ok := startAt[m]
	if !ok || ents[k].Actor == "" || ents[k].Agent || ents[k].Match == nil {
		return false
	}
	kind := ents[k].Match.Entry("").Kind
	return kind == "state" || kind == "alias"
}

// anyTopical reports a word of ws that opens an agent whose actor the
// document decides ("the government", "the rebels"): with no entity in its
// sentence, the only agents it may hold (no such word is shorter than
// four letters: "army").
func (v *Vocabulary) anyTopical(ws []english.Word) bool {
	for _, w := range ws {
		if len(w.Key) >= 4 && (v.topical[strings.ToLower(w.Key)] || v.agents.rebels[strings.ToLower(w.Key)]) {
			return true
		}
	}
	return false
}

// coordinated reports a comma or a word of listwords.txt right after offset
// end and an actor after it: the actor that ends there opens a list.
func (v *Vocabulary) coordinated(ws []english.Word, startAt map[int]int, ents []Entity, end int) bool {
	for i, w := range ws {
		if w.Start < end {
			continue
		}
		if w.Key != "," && !v.joiners[strings.ToLower(w.Key)] || i+1 >= len(ws) {
			return false
		}
		m := i + 1
		if m+1 < len(ws) && strings.EqualFold(ws[m].Key, "the") {
			m++
		}
		k, ok := startAt[m]
		return ok && ents[k].Actor != ""
	}
	return false
}

// compoundParts returns the entities of a hyphenated compound of actors
// that ends with entity k ("Franco-British", "Polish-Ukrainian",
// "Sino-Pak"), first to last, or nil when k ends none or a word of
// disclaim.txt opens it ("anti-Soviet-Afghan").
func (v *Vocabulary) compoundParts(ws []english.Word, endAt map[int]int, ents []Entity, k int) []int {
	part := func(x Entity) bool {
		return x.Actor != "" && x.Match != nil && x.Match.Compound && !x.Agent
	}
	if !part(ents[k]) {
		return nil
	}
	parts := []int{k}
	for {
		d := wordBefore(ws, ents[parts[0]].Start)
		if d < 1 || ws[d].End != ents[parts[0]].Start || !english.IsDash(english.FirstRune(ws[d].Text)) {
			break
		}
		p, ok := endAt[d-1]
		if !ok || ws[d-1].End != ws[d].Start || !part(ents[p]) {
			break
		}
		parts = append([]int{p}, parts...)
	}
	if len(parts) < 2 {
		return nil
	}
	if b := wordBefore(ws, ents[parts[0]].Start); b >= 0 {
		if ws[b].End == ents[parts[0]].Start && english.IsDash(english.FirstRune(ws[b].Text)) {
			b--
		}
		if b >= 0 && v.disclaim[strings.ToLower(ws[b].Key)] {
			return nil
		}
	}
	return parts
}

// claims reports an entity whose actor can own an agent: a vocabulary
// match with an actor code, not a part of a compound ("Sino-Pak forces"
// names two) nor a combining form.
func (v *Vocabulary) claims(e Entity) bool {
	return e.Actor != "" && e.Match != nil && !e.Match.Compound && !e.Agent
}

// pluralGroup returns the meaning of an uncoded one-word name before an
// agent noun where the vocabulary knows the name's plural only as a
// body's or an armed group's (agencies.tsv, the dictionaries' groups):
// "Bolshevik forces" are the Bolsheviks', "Zapatista soldiers" the
// Zapatistas'. A state's people ("Persian", "Persians") have their
// demonym rows already; a plural that names a state, a place or a person,
// or a name written also in capitals ("Hamas", "HAMAS": an acronym, no
// plural) gives nil.
func (v *Vocabulary) pluralGroup(w english.Word) *Match {
	if !v.isPlural(w.Text) {
		return nil
	}
	return &Match{Start: w.Start, End: w.End, Text: w.Text, Entries: v.plurals[w.Text]}
}

// isPlural reports a name of v.plurals; most words, in lower case, are
// told so without a look-up.
func (v *Vocabulary) isPlural(name string) bool {
	return len(name) >= 3 && english.StartsUpper(name) && v.plurals[name] != nil
}

// groupPlurals indexes the names pluralGroup gives a meaning, with that
// meaning, once at load: every form of the gazetteer that is such a name
// and "s".
func (g *Gazetteer) groupPlurals() map[string][]*Entry {
	out := map[string][]*Entry{}
	for plural, fm := range g.all {
		name, ok := strings.CutSuffix(plural, "s")
		if !ok || len(name) < 3 || !english.StartsUpper(name) || !english.IsNameWord(name) || len(fm.entries) == 0 {
			continue
		}
		if slices.ContainsFunc(fm.entries, func(x *Entry) bool {
			return x.Code == "" || x.Label != "ORG" || x.Kind != "institution" && x.Kind != "group" || x.bounded()
		}) {
			continue
		}
		if up := g.all[strings.ToUpper(plural)]; up != nil && len(up.entries) > 0 && up.entries[0] == fm.entries[0] {
			continue // an acronym's "s", no plural: "Hamas" (HAMAS) is not the Hama's
		}
		out[name] = fm.entries
	}
	return out
}

// possessiveBefore reports an apostrophe and "s" right before word k of
// ws: the word after a possessor ("Nicaragua's Sandinista army").
func possessiveBefore(ws []english.Word, k int) bool {
	return k >= 2 && ws[k-1].Key == "s" && english.IsApostrophe(english.FirstRune(ws[k-2].Text))
}

// armed reports an agent's sector of armed men, whom a group's name
// before them makes the group's (pluralGroup): forces, soldiers,
// fighters; a group's government or women are not the group.
func armed(sector string) bool {
	return sector == "MIL" || sector == "REB" || sector == "UAF"
}

// anyPlural reports a word of ws that pluralGroup may give a meaning.
func (v *Vocabulary) anyPlural(ws []english.Word) bool {
	return slices.ContainsFunc(ws, func(w english.Word) bool { return v.isPlural(w.Text) })
}

// rulePlural is the rule of an agent claimed by a name given its
// plural's meaning (pluralGroup).
const rulePlural = "vocab:plural"

// agentLabel labels an agent entity: PERSON for a title ("the Pakistani
// president"), ORG for the rest (a government, an army, rebels as a body).
func agentLabel(v *Vocabulary, phrase string) string {
	if v.en.Title(titleWords(phrase)) {
		return "PERSON"
	}
	return "ORG"
}

// titleWords writes each word of s with a capital, as titles.txt does.
func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(ws, " ")
}

// count reports a number in digits or in words ("200", "forty").
func (v *Vocabulary) count(w string) bool {
	if w != "" && digits(strings.ReplaceAll(w, ",", "")) {
		return true
	}
	nw, ok := v.en.Number(strings.ToLower(w))
	return ok && nw.Kind != "ordinal"
}

// wordAt returns the key of word j, or "" past the end.
func wordAt(ws []english.Word, j int) string {
	if j < len(ws) {
		return ws[j].Key
	}
	return ""
}

// wordBefore returns the index of the word that ends last before offset
// at, or -1.
func wordBefore(ws []english.Word, at int) int {
	k := -1
	for i, w := range ws {
		if w.End > at {
			break
		}
		k = i
	}
	return k
}

func anyCovered(c []bool) bool {
	for _, x := range c {
		if x {
			return true
		}
	}
	return false
}

func onlySpace(s string) bool { return strings.TrimSpace(s) == "" }
