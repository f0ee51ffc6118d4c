package actor

import (
	"slices"
	"strings"
)

// The document's states decide two kinds of name that a date alone leaves
// open (Redate): a title that several states' rulers bore at once, and a
// demonym that, in a history of the Americas, names another people.

// stateCounts counts the document's mentions of each actor code other
// than a person's and other than a demonym that may name another people
// (otherPeople's own): the states (and bodies) the text is about.
func stateCounts(ents []Entity) map[string]int {
	n := map[string]int{}
	for i := range ents {
		e := &ents[i]
		if e.Actor == "" || e.Label == "PERSON" || otherPeopleRow(e.Match) || e.Agent && otherPeopleRow(e.source) {
			continue // a demonym that may name another people casts no vote
		}
		n[e.Actor]++
	}
	return n
}

// sentenceCounts is stateCounts for the entities of sentence sent.
func sentenceCounts(ents []Entity, sent int) map[string]int {
	var own []Entity
	for i := range ents {
		if ents[i].Sent == sent {
			own = append(own, ents[i])
		}
	}
	return stateCounts(own)
}

// sharedTitle returns the bounded leader rows of m that hold at date with
// two or more codes: a bare title that several states' rulers bore then
// ("King George": GBR's George V and Greece's George I in 1912; "the
// Tsar": Russia's and Bulgaria's in 1915; leaders.tsv), the nearest to
// the date (a row that holds on it before one that ends months before).
// Nil when the date leaves one state's ruler or none.
func sharedTitle(m *Match, date string) []*Entry {
	if m == nil {
		return nil
	}
	held, ok := heldBounded(m.Entries, date)
	if !ok {
		return nil
	}
	lo, hi, _ := dateRange(date)
	near := -1 // the smallest gap of a leader row to the date
	for _, e := range held {
		if e.bounded() && e.Kind == "leader" && e.Code != "" && (near < 0 || e.gap(lo, hi) < near) {
			near = e.gap(lo, hi)
		}
	}
	var rows []*Entry
	codes := 0
	for _, e := range held {
		if !e.bounded() || e.Kind != "leader" || e.Code == "" || e.gap(lo, hi) > near {
			continue
		}
		if !slices.ContainsFunc(rows, func(r *Entry) bool { return r.Code == e.Code }) {
			codes++
		}
		rows = append(rows, e)
	}
	if codes < 2 {
		return nil
	}
	return rows
}

// byDocument picks among rows the one whose state the document names most
// (counts), its first row of that state; nil when no state of rows is
// named or two are named equally often: then the title is no one's.
func byDocument(rows []*Entry, counts map[string]int) *Entry {
	var best *Entry
	top, tie := 0, false
	for _, e := range rows {
		n := counts[e.Code]
		switch {
		case best != nil && e.Code == best.Code:
		case n > top:
			best, top, tie = e, n, false
		case n == top && n > 0:
			tie = true
		}
	}
	if tie || top == 0 {
		return nil
	}
	return best
}

// localRow reports a title row that names its state's ruler only where
// the passage names that state (note "title:local"): Bulgaria's "the Tsar"
// (1908-1943), a title every history of Russia gives its own emperor.
func localRow(e *Entry) bool {
	return e != nil && e.noteField("title") == "local"
}

// localMatch reports a match with a local row (localRow).
func localMatch(m *Match) bool {
	return m != nil && slices.ContainsFunc(m.Entries, localRow)
}

// nearSents is how many sentences before and after a title's own make up
// its passage (nearCounts): Redate knows sentences, not paragraphs.
const nearSents = 3

// nearKey is what entity e adds to the counts of its passage
// (nearCounts): its actor, else for a place the state it lies in; "" for
// nothing. Persons ("Ferdinand", "Tsar Boris" name Bulgaria) and places
// by their state ("Petrograd", Russia's) count, local titles (they name no
// state of their own) and demonyms that may name another people do not.
func nearKey(e *Entity) string {
	if localMatch(e.Match) || otherPeopleRow(e.Match) || e.Agent && otherPeopleRow(e.source) {
		return ""
	}
	switch {
	case e.Actor != "":
		return e.Actor
	case e.Where != "" && e.Label != "PERSON":
		return e.Where
	}
	return ""
}

// passages counts, like stateCounts, the states named in each sentence
// (nearKey), so that the states within k sentences of one cost the
// passage's sentences, not the document's entities (nearCounts). Redate
// changes entities' actors as it goes: sync brings the counts of entities
// up to i in line with them, each entity counted as it stands.
type passages struct {
	ents    []Entity
	bySent  map[int]map[string]int
	counted []string // counted[i]: the key entity i is counted under
	cursor  int      // entities before it are counted as they stand, but for cursor itself
}

func newPassages(ents []Entity) *passages {
	p := &passages{ents: ents, bySent: map[int]map[string]int{}, counted: make([]string, len(ents))}
	for i := range ents {
		p.counted[i] = nearKey(&ents[i])
		p.add(ents[i].Sent, p.counted[i], 1)
	}
	return p
}

func (p *passages) add(sent int, key string, n int) {
	if key == "" {
		return
	}
	m := p.bySent[sent]
	if m == nil {
		m = map[string]int{}
		p.bySent[sent] = m
	}
	m[key] += n
}

// sync recounts the entities from the cursor to i, which Redate may have
// changed since they were counted, and moves the cursor to i.
func (p *passages) sync(i int) {
	for j := p.cursor; j <= i && j < len(p.ents); j++ {
		if k := nearKey(&p.ents[j]); k != p.counted[j] {
			p.add(p.ents[j].Sent, p.counted[j], -1)
			p.add(p.ents[j].Sent, k, 1)
			p.counted[j] = k
		}
	}
	if i > p.cursor {
		p.cursor = i
	}
}

// nearCounts counts, like stateCounts, the states named within k
// sentences of sent (nearKey), as the entities up to i stand.
func (p *passages) nearCounts(i, sent, k int) map[string]int {
	p.sync(i)
	n := map[string]int{}
	for s := sent - k; s <= sent+k; s++ {
		for c, v := range p.bySent[s] {
			n[c] += v
		}
	}
	return n
}

// byPassage picks among rows that include a local row (localRow): by the
// states its sentence names, else by those its passage names (nearSents),
// else the one state of the rows that are not local, else the document's
// most-named state (counts) among those: a local row never wins by the
// document's count.
func byPassage(rows []*Entry, near *passages, i, sent int, counts map[string]int) *Entry {
	if x := byDocument(rows, near.nearCounts(i, sent, 0)); x != nil {
		return x
	}
	if x := byDocument(rows, near.nearCounts(i, sent, nearSents)); x != nil {
		return x
	}
	var rest []*Entry
	for _, e := range rows {
		if !localRow(e) {
			rest = append(rest, e)
		}
	}
	if len(rest) > 0 && !slices.ContainsFunc(rest, func(e *Entry) bool { return e.Code != rest[0].Code }) {
		return rest[0]
	}
	return byDocument(rest, counts)
}

// heldLocal returns the local row of m with code that holds at date, or
// nil.
func heldLocal(m *Match, date, code string) *Entry {
	held, _ := heldBounded(m.Entries, date)
	if i := slices.IndexFunc(held, func(e *Entry) bool { return localRow(e) && e.Code == code && e.bounded() }); i >= 0 {
		return held[i]
	}
	return nil
}

// deposedOnly reports rows of which only the first, a local row, holds at
// date: the others are a deposed ruler's (deposed).
func deposedOnly(rows []*Entry, date string) bool {
	lo, hi, ok := dateRange(date)
	return ok && len(rows) > 1 && localRow(rows[0]) && rows[1].gap(lo, hi) > ownSlack
}

// inContext reports a deposed ruler's row x whose state or a state of its
// note's context field (context:RUS,SUN: Russia's emperor in a passage on
// Russia or on the Bolsheviks' state) its passage names: "In 1918 the
// Bolsheviks shot the Tsar" is Russia's; in a passage that names neither,
// a bare title after the reign is no one's.
func inContext(x *Entry, p *passages, i, sent int) bool {
	near := p.nearCounts(i, sent, nearSents)
	if near[x.Code] > 0 {
		return true
	}
	for _, c := range strings.Split(x.noteField("context"), ",") {
		if c != "" && near[c] > 0 {
			return true
		}
	}
	return false
}

// deposed returns the title's latest leader row that is not local and
// ended before date, for a local row that alone holds then: a passage that
// does not name the local row's state names the deposed ruler ("In 1918
// the Bolsheviks shot the Tsar": Russia's, not Bulgaria's; byPassage).
// Nil when none.
func deposed(m *Match, date string) *Entry {
	lo, _, ok := dateRange(date)
	if m == nil || !ok {
		return nil
	}
	var best *Entry
	for _, e := range m.Entries {
		if e.Kind != "leader" || e.Code == "" || localRow(e) || !e.bounded() {
			continue
		}
		if _, to := bounds(e.To); to != "" && to < lo && (best == nil || e.To > best.To) {
			best = e
		}
	}
	return best
}

// otherPeople reports a demonym that at date names another people in
// this document: its row's note gives the date until which the form may
// (others:YYYY-MM-DD) and the states of the region where it does
// (others-in:USA,MEX,...); the document does not name the state itself
// (by a name other than the demonym, or by a person of it: named,
// "Gandhi", "Nehru"); and the document's most-named state (counts) is of
// that region, or before the note's raj date one of its two most-named.
// From the raj date (the Crown's India and its Indian army, 1858) the
// demonym heading an armed or opposition agent (agent) is the state's in
// any text: "Indian troops", "Indian divisions", "Indian nationalists",
// "Indian protesters", while "the Indian army of Tecumseh" in 1811 and
// "French and Indian forces" in 1755 are not. "Indians" before India's
// independence in a history of Mexico's revolution are the peoples of the
// Americas; in a history of the First World War, in one of the American
// revolution that names India ("the Indian port of Pondicherry"), or
// after 1947, India's (states.tsv).
func otherPeople(m *Match, date string, counts, named map[string]int, agent string) bool {
	if m == nil || len(m.Entries) == 0 {
		return false
	}
	x := m.Entries[0]
	until, region := x.noteField("others"), x.noteField("others-in")
	if x.Kind != "demonym" || until == "" || region == "" {
		return false
	}
	lo, _, ok := dateRange(date)
	from, _ := bounds(x.noteField("raj"))
	later := ok && from != "" && lo >= from
	if later && (agent == "MIL" || agent == "OPP") {
		return false // the state's troops or its nationalists, from its army's founding
	}
	if end, _ := bounds(until); !ok || end == "" || lo > end || counts[x.Code] > 0 || named[x.Code] > 0 {
		return false // after the date, or in a document that names the state itself
	}
	first, second := "", ""
	for c, n := range counts {
		switch {
		case first == "" || n > counts[first] || n == counts[first] && c < first:
			first, second = c, first
		case second == "" || n > counts[second] || n == counts[second] && c < second:
			second = c
		}
	}
	in := strings.Split(region, ",")
	return first != "" && slices.Contains(in, first) || !later && second != "" && slices.Contains(in, second)
}

// personCounts counts the actor codes of the document's persons.
func personCounts(ents []Entity) map[string]int {
	n := map[string]int{}
	for i := range ents {
		if e := &ents[i]; e.Actor != "" && e.Label == "PERSON" && !e.Agent {
			n[e.Actor]++
		}
	}
	return n
}

// otherPeopleRow reports a match whose first row may name another people
// (otherPeople's note fields), before the document is counted.
func otherPeopleRow(m *Match) bool {
	return m != nil && len(m.Entries) > 0 && m.Entries[0].noteField("others") != ""
}
