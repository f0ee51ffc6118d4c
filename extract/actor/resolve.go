package actor

import (
	"slices"
	"strings"
)

// Entry returns the match's meaning at date, a timex value ("1987",
// "1987-05", "1987-05-14", "1983/1990", "198X") or "" for none.
//
// A form may have several meanings: an office holder's roles, each with
// its dates and sector (Putin: RUS, ELI until 1999, GOV from then on;
// SUN, ELI before 1992). At a date, the meanings whose dates hold on some
// day of it come first, then the one whose dates are nearest to it; among
// equals, the order of the files. Where the project's own files have the
// form, their meanings are its choices and come first while one of them
// holds within a year of the date ("Queen Elizabeth II" is GBR, not one
// of the realms Phoenix lists her for), unless none of them holds on the
// date and a dictionary's does (a Soviet minister's own row ends in
// December 1991; the summer after, the dictionary's row of the new state
// he leads holds); beyond that the dictionaries' may know a later role
// ("George Robertson", GBR's defence secretary, then NATO's secretary
// general). With no date, the first meaning, but for the
// dictionaries' the first government role (the role an office holder is
// listed for).
func (m Match) Entry(date string) *Entry { return pick(m.Entries, date) }

// ownSlack is how near a date the project's own meaning must hold to come
// first, in the rough days of gap.
const ownSlack = 372

func pick(es []*Entry, date string) *Entry {
	if held, ok := heldBounded(es, date); ok {
		if len(held) == 0 {
			return unnamed(es[0])
		}
		if x := outOfTerm(es, held, date); x != nil {
			return unnamed(x)
		}
		es = held
	}
	if len(es) == 1 {
		return es[0]
	}
	lo, hi, ok := dateRange(date)
	if !ok {
		var gov *Entry
		for _, e := range es {
			if !e.Dict {
				return e
			}
			if gov == nil && e.Sector == "GOV" {
				gov = e
			}
		}
		if gov != nil {
			return gov
		}
		return es[0]
	}
	var best, own *Entry
	bestGap, ownGap := 0, 0
	for _, e := range es {
		gap := e.gap(lo, hi)
		if best == nil || gap < bestGap {
			best, bestGap = e, gap
		}
		if !e.Dict && (own == nil || gap < ownGap) {
			own, ownGap = e, gap
		}
	}
	if own != nil && ownGap <= ownSlack {
		for _, e := range es {
			if ownGap > 0 && e.gap(lo, hi) == 0 && laterRole(own, e, lo) {
				return e
			}
		}
		return own
	}
	return best
}

// laterRole reports a dictionary's meaning that begins after the project's
// own meaning ended, before a date from lo on: the new role of a
// minister whose state ended, which holds on the date as the own row no
// longer does.
func laterRole(own, dict *Entry, lo string) bool {
	if own.To == "" || dict.From == "" || !dict.Dict {
		return false
	}
	_, to := bounds(own.To)
	from, _ := bounds(dict.From)
	return to != "" && from != "" && to < lo && to < from
}

// outOfTerm returns the bounded meaning of es nearest to date when it
// does not hold then (it is not among held) and no meaning that does is
// as near: "King Faisal" in 1910 lies eleven years before Iraq's Faisal
// I and half a century before Saudi Arabia's, so it is neither king's,
// and "King Abdullah" in 1936 is not Saudi Arabia's king of 2005. A
// farther row with dates names a namesake of another time; only a row
// whose dates hold, or one with none, answers at a date the nearer
// bounded row rules out. Nil when that is not so, or date is no date.
func outOfTerm(es, held []*Entry, date string) *Entry {
	lo, hi, ok := dateRange(date)
	if !ok || len(held) == len(es) {
		return nil
	}
	var best *Entry
	bestGap := 0
	for _, e := range es {
		if gap := e.gap(lo, hi); best == nil || gap < bestGap {
			best, bestGap = e, gap
		}
	}
	for _, e := range held {
		if e.gap(lo, hi) <= bestGap {
			return nil
		}
	}
	return best
}

// heldBounded returns, when any of es is bounded (only:dated), those of
// es that are not bounded or whose years lie within ownSlack of date (none
// when date is no date), and true; else nil and false.
func heldBounded(es []*Entry, date string) ([]*Entry, bool) {
	some := false
	for _, e := range es {
		if e.bounded() {
			some = true
			break
		}
	}
	if !some {
		return nil, false
	}
	lo, hi, ok := dateRange(date)
	held := make([]*Entry, 0, len(es))
	for _, e := range es {
		if !e.bounded() || ok && e.gap(lo, hi) <= ownSlack {
			held = append(held, e)
		}
	}
	return held, true
}

// boundedMatch reports a match with a bounded meaning.
func boundedMatch(m *Match) bool {
	if m == nil {
		return false
	}
	_, ok := heldBounded(m.Entries, "")
	return ok
}

// unnamed is e's meaning with no actor: a bounded name at a date (or at
// none) that none of its rows holds for keeps its label and kind.
func unnamed(e *Entry) *Entry {
	return &Entry{Label: e.Label, Kind: e.Kind, Note: e.Note, Dict: e.Dict, source: e.source, only: e.only, with: e.with, notBefore: e.notBefore}
}

// gap is how far the entry's dates lie from the range [lo, hi] of full
// dates (YYYY-MM-DD), in days roughly (by month 31 days, by year 372): 0
// when they share a day.
func (e *Entry) gap(lo, hi string) int {
	from, to := "", ""
	if e.From != "" {
		from, _ = bounds(e.From)
	}
	if e.To != "" {
		_, to = bounds(e.To)
	}
	switch {
	case to != "" && to < lo:
		return days(lo) - days(to)
	case from != "" && from > hi:
		return days(from) - days(hi)
	}
	return 0
}

// days counts a full date (YYYY-MM-DD) in rough days since year 0, only
// to compare distances between dates.
func days(d string) int {
	n := func(s string) int {
		v := 0
		for _, c := range s {
			v = v*10 + int(c-'0')
		}
		return v
	}
	return n(d[:4])*372 + n(d[5:7])*31 + n(d[8:10])
}

// dateRange reads a timex value as the first and last full dates it
// covers: "1987" is 1987-01-01 to 1987-12-31, "198X" the 1980s,
// "1983/1990" 1983-01-01 to 1990-12-31. It fails on a value with no year
// ("PRESENT_REF", "").
func dateRange(v string) (lo, hi string, ok bool) {
	a, b, interval := strings.Cut(v, "/")
	if !interval {
		b = a
	}
	lo, _ = bounds(a)
	_, hi = bounds(b)
	return lo, hi, lo != "" && hi != "" && lo <= hi
}

// bounds reads the start of a date value (YYYY, YYYY-MM, YYYY-MM-DD,
// decades and centuries written with X) as its first and last full dates,
// a season (SP, SU, FA) as its three months. Anything else after the date
// (winter, WI, which straddles two years; "T10:00") widens it to the whole
// of what the digits give. A date before the era ("BC0480", timex's) is year
// 0: before every row's dates, so a row with a start names no one then and
// a row with only an end ("Persians" until Persia became Iran) holds.
func bounds(v string) (lo, hi string) {
	if strings.HasPrefix(v, "BC") {
		return "0000-01-01", "0000-12-31"
	}
	if len(v) < 4 {
		return "", ""
	}
	year := v[:4]
	for i := 0; i < 4; i++ {
		c := year[i]
		if c == 'X' && i >= 2 {
			return year[:i] + strings.Repeat("0", 4-i) + "-01-01", year[:i] + strings.Repeat("9", 4-i) + "-12-31"
		}
		if c < '0' || c > '9' {
			return "", ""
		}
	}
	rest := v[4:]
	if len(rest) >= 3 && rest[0] == '-' {
		// a season of the northern year ("1991-FA", timex's) is its
		// months: autumn 1991 lies before the Soviet Union's end; winter
		// straddles two years, so it stays the year
		switch rest[1:3] {
		case "SP":
			return year + "-03-01", year + "-05-31"
		case "SU":
			return year + "-06-01", year + "-08-31"
		case "FA":
			return year + "-09-01", year + "-11-30"
		}
	}
	if len(rest) >= 3 && rest[0] == '-' && digits(rest[1:3]) {
		month := rest[1:3]
		if len(rest) >= 6 && rest[3] == '-' && digits(rest[4:6]) {
			d := year + "-" + month + "-" + rest[4:6]
			return d, d
		}
		return year + "-" + month + "-01", year + "-" + month + "-31"
	}
	return year + "-01-01", year + "-12-31"
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dated reports a match with a meaning that holds only for a time, or
// only from a group's founding (foundings).
func dated(m *Match) bool {
	if m == nil || len(m.Entries) == 0 {
		return false
	}
	if _, ok := heldBounded(m.Entries, ""); ok {
		return true
	}
	if slices.ContainsFunc(m.Entries, func(e *Entry) bool { return e.since != "" }) {
		return true // a group's member, not before its founding
	}
	if len(m.Entries) < 2 {
		return false
	}
	for _, e := range m.Entries {
		if e.From != "" || e.To != "" {
			return true
		}
	}
	return false
}

// At returns the entity's actor code and sector at date, a timex value
// (see Match.Entry): for an office holder the role that holds then, for an
// agent ("Soviet troops") the actor of the name that claims it with the
// agent's sector, for a state after a possessive leader ("Chiang Kai-shek's
// China") the leader's state then. An entity whose meaning has no dates, or that is no
// actor, keeps its own; so does a demonym that names a language or a
// craft ("Persian carpets", ruleSense) and a dated state's name that opens
// a place's or a facility's ("the Hejaz Railway", rulePlaceHead) or is a
// journey's end ("reached Cheyenne", ruleJourneyEnd) at any date; a capital's or city's name the text makes no state's (cityGuard)
// stays none at a date whose row is that capital or city. Redate passes each entity its sentence's date;
// whether a person is someone else of that name is Redate's to say, from
// all the document's dates (notYet), not one date's. A surname the
// document gives another person too (ambiguousSurnames) stays no one's.
func (e Entity) At(date string) (code, sector string) {
	m := e.Match
	if e.Agent || e.Rule == ruleLeadersState {
		m = e.source
	}
	if e.Actor == "" && (e.Agent || !boundedMatch(e.Match) || strings.HasSuffix(e.Rule, ruleAmbiguous) || notThePerson[e.Rule] || e.Rule == ruleSense || e.Rule == rulePlaceHead || e.Rule == ruleJourneyEnd) || !dated(m) {
		return e.Actor, e.Sector
	}
	x := m.Entry(date)
	if x.since != "" {
		if _, hi, ok := dateRange(date); ok {
			if from, _ := bounds(x.since); from != "" && hi < from {
				return "", "" // a founder before the group's founding
			}
		}
	}
	if x.Code == "" && x.colony() {
		return "", "" // a colony's people or troops (colonyReading)
	}
	if x.Code == "" && x.Label == "PERSON" && x.bounded() {
		return "", "" // a leader out of term, nearer than a namesake (outOfTerm)
	}
	if x.Code == "" && x.bounded() && slices.Contains(m.Entries, x) {
		// a place row of no state that holds then, not a coded row out
		// of term (unnamed): "Vilnius" in 1812 is no state's capital
		return "", ""
	}
	if x.Code == "" {
		return e.Actor, e.Sector // a place at that date: keep the actor the text gave
	}
	if cityGuard[e.Rule] && (x.Kind == "capital" || x.Kind == "city") {
		return e.Actor, e.Sector // "Athens, Ohio" in 2018: the capital's guards hold at its date
	}
	if e.Agent || e.Rule == ruleLeadersState {
		return x.Code, e.Sector
	}
	return x.Code, x.Sector
}

// cityGuard holds the rules that say a capital's or a city's name is no
// state's here (a city elsewhere, an address, a venue, a person): they
// hold at a date whose row is the capital or the city, not at one whose
// row is a state of the name ("Athens" in 404 BC).
var cityGuard = map[string]bool{ruleCitySubdivision: true, ruleAddress: true, ruleVenue: true, ruleCapitalPerson: true}

// notThePerson holds the rules that say a person's form names someone
// else (another person's name, an author, a scholar of an affiliation,
// a common noun, a state's name after a title):
// a bounded leader's such mention stays no one's at any date.
var notThePerson = map[string]bool{ruleOtherPerson: true, ruleCitedSurname: true, ruleAffiliation: true, ruleSurnameNoun: true, ruleTitledState: true}

// personLead is how long, in the rough days of gap, before the earliest
// date the vocabulary knows of a person a text may name that person: a
// career starts some years before the first office the files list, not
// a lifetime.
const personLead = 40 * 372

// notYet reports a person's vocabulary match named at a date long before
// any date the vocabulary knows of the person: "Clinton" in a sentence of
// 1780 is not the president of 1993, "Haig" in one of 1918 not the
// secretary of state of 1981. A date after a person's roles proves
// nothing (a history names the dead; a paper's own date stands in for the
// dates its sentences lack), so only an early date rules a person out. A
// match with no dates, or one that is no person, is never ruled out.
func notYet(m *Match, date string) bool {
	if m == nil || len(m.Entries) == 0 {
		return false
	}
	_, hi, ok := dateRange(date)
	if !ok {
		return false
	}
	first := ""
	for _, e := range m.Entries {
		if e.Label != "PERSON" || e.Kind == "national" { // a state's end, no person's dates (nationals)
			return false
		}
		for _, d := range []string{e.From, e.To} {
			if d == "" {
				continue
			}
			if lo, _ := bounds(d); first == "" || lo < first {
				first = lo
			}
		}
	}
	return first != "" && days(first)-days(hi) > personLead
}

// Redate resolves the office holders and other dated actors of ents by the
// date of their sentence: date(i) is the date of sentence i (its first
// date, else the one its context or the document gives, else ""). latest
// is the latest date the document's text names (no citation; "" for
// none). A person is someone else of that name (no actor, in every
// sentence) only when even the latest date of the text lies long before
// any date the vocabulary knows of them (notYet): a history whose dates
// run from 1776 to 1783 names no president of 1993 as "Clinton", while a
// paper that reaches 2016 may name Obama in a sentence whose only date
// labels a thing of the past ("Obama recalled the 1962 crisis"): one
// name in one document is one person, and a year in a sentence need not
// be the time of its telling. A bounded leader's or body's name in a
// sentence with no date takes the date of the nearest dated sentence
// before it, at most maxCarry sentences back (narrates, narrative); in a
// sentence set in the writer's day ("Today Chamberlain is remembered
// ...", presentday.txt) or in a references zone it takes no date at all,
// its own or its paragraph's. A bare title that several states'
// rulers bore at that date is the ruler's of the state its sentence names
// ("Britain's King George"), else the one the document names most, else
// no one's (sharedTitle, byDocument); a local title (Bulgaria's "the
// Tsar") is its state's only where its sentence or passage names that
// state, and otherwise the other state's ruler, after his reign only in a
// passage on his state (byPassage, deposed); a demonym that before a
// date names another people in a document about another region is no
// actor there (otherPeople).
func Redate(ents []Entity, date func(sent int) string, dates []string) {
	latest, end := "", ""
	for _, d := range dates {
		if _, hi, ok := dateRange(d); ok && hi > end {
			latest, end = d, hi
		}
	}
	var before []string        // before[i]: the date of the nearest dated sentence before i
	var counts map[string]int  // the document's states (stateCounts), built when needed
	var persons map[string]int // the document's persons' states (personCounts), likewise
	var near *passages         // the states of each sentence's passage (byPassage), likewise
	for i := range ents {
		e := &ents[i]
		if latest != "" && (person(e) != nil && notYet(e.Match, latest) || ownersPerson(e) && notYet(e.source, latest)) {
			// (an agent a person's name claims, "Clinton's army" in a
			// history of 1778, is no more that person's state than the
			// name is the person)
			e.Actor, e.Sector = "", ""
			continue
		}
		d := date(e.Sent)
		if e.noCarry && (narrates(e.Match) || narrates(e.source)) {
			d = "" // the writer's day or a list of references: no time the narrative or its paragraph sets
		} else if d == "" && (narrates(e.Match) || narrates(e.source)) {
			if before == nil {
				before = narrative(ents, date)
			}
			if e.Sent >= 0 && e.Sent < len(before) {
				d = before[e.Sent]
			}
		}
		if d == "" {
			continue
		}
		e.Actor, e.Sector = e.At(d)
		if e.Rule == ruleLeadersState || e.Actor == "" {
			continue
		}
		own := e.Match // the name that gives the actor: an agent's claimant
		if e.Agent {
			own = e.source
		}
		var rows []*Entry
		if !e.Agent {
			rows = sharedTitle(e.Match, d)
		}
		if !e.Agent && localMatch(e.Match) {
			if x := heldLocal(e.Match, d, e.Actor); rows == nil && x != nil {
				if y := deposed(e.Match, d); y != nil {
					rows = []*Entry{x, y}
				}
			}
			if rows != nil && slices.ContainsFunc(rows, localRow) {
				if counts == nil {
					counts = stateCounts(ents)
				}
				e.Actor, e.Sector = "", ""
				if near == nil {
					near = newPassages(ents)
				}
				if x := byPassage(rows, near, i, e.Sent, counts); x != nil && (x.Code == rows[0].Code || !deposedOnly(rows, d) || inContext(x, near, i, e.Sent)) {
					e.Actor, e.Sector = x.Code, x.Sector
				}
				continue
			}
		}
		if rows == nil && !otherPeopleRow(own) {
			continue
		}
		if counts == nil {
			counts = stateCounts(ents)
		}
		if rows != nil {
			e.Actor, e.Sector = "", ""
			x := byDocument(rows, sentenceCounts(ents, e.Sent))
			if x == nil {
				x = byDocument(rows, counts)
			}
			if x != nil {
				e.Actor, e.Sector = x.Code, x.Sector
			}
			continue
		}
		if persons == nil {
			persons = personCounts(ents)
		}
		sector := "" // an agent's: "Indian troops" (MIL)
		if e.Agent {
			sector = e.Sector
		}
		if otherPeople(own, d, counts, persons, sector) {
			e.Actor, e.Sector = "", ""
		}
	}
	rulerStates(ents, date)
}

// narrates reports a bounded match of a leader, a state's institution or
// a former state's people (leaders.tsv, agencies.tsv, a demonym of
// states.tsv), which an undated sentence resolves by the narrative time
// (narrative): a name of a person, body or people of those years ("the
// Persians" of a history of the Greek wars after its paragraph of 490 BC,
// "the Neapolitans" of one of 1848). A coalition's or a place's bounded
// name ("the Allies", "Allied forces", "Sardinia") is any war's or a
// later place's, and prose that has named 1944 may go on to "Allied
// forces in Afghanistan now face ...", so it holds only in a sentence
// that its own date, paragraph or heading places.
func narrates(m *Match) bool {
	if !boundedMatch(m) {
		return false
	}
	for _, e := range m.Entries {
		if e.bounded() && e.Kind != "leader" && e.Kind != "institution" && e.Kind != "demonym" {
			return false
		}
	}
	return true
}

// maxCarry is how many sentences past the last dated one a narrative
// date reaches: a history tells the next events of a year it has named;
// a paper's prose long after its last date is of no year.
const maxCarry = 30

// narrative returns, for each sentence up to the last that ents name, the
// date of the nearest sentence before it that has one (its own, its
// paragraph's or heading's, the document's), no more than maxCarry
// sentences back, "" for none: the narrative
// time a bounded leader's or body's name ("Mussolini", "the Committee of
// Public Safety") in an undated sentence takes, as a history tells the
// next events of the years it has named.
func narrative(ents []Entity, date func(sent int) string) []string {
	last := 0
	for _, e := range ents {
		if e.Sent > last {
			last = e.Sent
		}
	}
	before := make([]string, last+1)
	cur, at := "", 0
	for i := 0; i <= last; i++ {
		if i-at <= maxCarry {
			before[i] = cur
		}
		if d := date(i); d != "" {
			cur, at = d, i
		}
	}
	return before
}

// person returns the first meaning of an entity that names a person of
// the actor vocabulary with an actor, or nil.
// ownersPerson reports an agent whose actor a person's vocabulary name
// gives ("Clinton's army", "Rommel's troops").
func ownersPerson(e *Entity) bool {
	return e.Agent && e.Actor != "" && e.source != nil && len(e.source.Entries) > 0 && e.source.Entries[0].Label == "PERSON"
}

func person(e *Entity) *Entry {
	if e.Agent || e.Actor == "" || e.Match == nil || len(e.Match.Entries) == 0 || e.Match.Entries[0].Label != "PERSON" {
		return nil
	}
	return e.Match.Entries[0]
}
