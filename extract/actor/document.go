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

// otherPeople reports a demonym that at date names another people in
// this document: its row's note gives the date until which the form may
// (others:YYYY-MM-DD) and the states of the region where it does
// (others-in:USA,MEX,...), one of the document's two most-named states
// (counts) is of that region, and the document does not name the state
// itself (by a name other than the demonym). "Indians" before India's
// independence in a history of Mexico's revolution are the peoples of the
// Americas; in a history of the First World War, in one of the American
// revolution that names India ("the Indian port of Pondicherry"), or
// after 1947, India's (states.tsv).
func otherPeople(m *Match, date string, counts map[string]int) bool {
	if m == nil || len(m.Entries) == 0 {
		return false
	}
	x := m.Entries[0]
	until, region := x.noteField("others"), x.noteField("others-in")
	if x.Kind != "demonym" || until == "" || region == "" {
		return false
	}
	lo, _, ok := dateRange(date)
	if end, _ := bounds(until); !ok || end == "" || lo > end || counts[x.Code] > 0 {
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
	return first != "" && slices.Contains(in, first) || second != "" && slices.Contains(in, second)
}

// otherPeopleRow reports a match whose first row may name another people
// (otherPeople's note fields), before the document is counted.
func otherPeopleRow(m *Match) bool {
	return m != nil && len(m.Entries) > 0 && m.Entries[0].noteField("others") != ""
}
