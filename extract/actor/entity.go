package actor

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// Entity is one entity mention in byte offsets.
type Entity struct {
	Start, End int
	Sent       int
	Label      string
	Actor      string // "" when the mention is not an actor
	Sector     string // the actor's sector: GOV, MIL, REB, OPP, COP, ... or ""
	Rule       string
	Match      *Match   // the vocabulary match behind it, if any
	Where      string   // for a place: the state it lies in, from its vocabulary note
	Agent      bool     // an agent noun ("rebels", "the government") whose actor is named with it
	Pair       []string // the two states a plural noun stands for ("the two governments", "both sides": pairNouns), Actor then empty

	source  *Match // the match that gives an agent its actor
	noCarry bool   // its sentence takes no narrative date (a references zone, the writer's day: presentDay)
	ruler   *title // a ruler's bare title ("the king"): whose ruler the narrative decides (rulerStates)
}

var proseLabels = map[string]string{"ORGANIZATION": "ORG", "LOCATION": "LOC", "GPE": "GPE", "PERSON": "PERSON"}

var initialRE = regexp.MustCompile(`^ [A-Z]\.`)

// givenName reports a place form before an initial or after an honorific:
// "Mary J. O'Connell", "Ms. Mary Sinnott" name people, not places. text is
// what m's offsets index.
func (v *Vocabulary) givenName(m Match, text string) bool {
	e := m.Entry("")
	if e.Code != "" || m.End > len(text) {
		return false
	}
	return initialRE.MatchString(text[m.End:min(len(text), m.End+4)]) ||
		v.en.HonorificBefore(text[max(0, m.Start-6):m.Start])
}

// NamesPlace reports whether a line names a place or a state other than
// as a person's given name: an address line, not a line of authors.
func (v *Vocabulary) NamesPlace(line string) bool {
	for _, m := range v.Actors.Match(line, 0) {
		if !v.givenName(m, line) {
			return true
		}
	}
	return false
}

// ruleEthnicOf marks a state's name or demonym before the name of a people
// that lives in several states (peoples.tsv's ethnic rows): "Bosnian Serb",
// "Iraqi Kurdish" name that state's people of the group, its actor, and
// never the state the second word names alone.
const ruleEthnicOf = "vocab:ethnic+of"

// venueUse says where a venue word makes a capital's name a venue.
type venueUse uint8

const (
	venueNext venueUse = 1 << iota // after the name: "the Tashkent agreement"
	venueOf                        // before "of" and the name: "the Treaty of Paris"
	venueMod                       // between the name and a venue word: "the Paris peace treaty"
)

// venueAfter reports a venue word (venues.txt) opening rest, the text after
// a capital's name, past spaces, quotes and a possessive "s": "the Tashkent
// agreement", "Moscow's talks"; or a capitalized one after up to two other
// capitalized words, the rest of a name: "the Paris Peace Accords",
// "Moscow State University"; or after up to two modifiers of venues.txt
// ("mod"): "the Paris peace treaty".
func (v *Vocabulary) venueAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n\f\r’'")
	if after, ok := strings.CutPrefix(rest, "s"); ok {
		if t := strings.TrimLeft(after, " \t\n\f\r"); len(t) < len(after) {
			if v.venueWordAt(t, venueNext) {
				return true
			}
		}
	}
	if v.venueWordAt(rest, venueNext) {
		return true
	}
	for t, k := rest, 0; k < 2 && v.venueWordAt(t, venueMod); k++ {
		w := leadingWord(t)
		if !strings.HasPrefix(t[len(w):], " ") {
			break
		}
		t = t[len(w)+1:]
		if v.venueWordAt(t, venueNext) {
			return true // "the Paris peace treaty", "the Geneva nuclear talks"
		}
	}
	for range 2 {
		w := leadingWord(rest)
		if w == "" || !english.StartsUpper(w) || !strings.HasPrefix(rest[len(w):], " ") {
			return false
		}
		rest = rest[len(w)+1:]
		if english.StartsUpper(rest) && v.venueWordAt(rest, venueNext) {
			return true
		}
	}
	return false
}

// venueBefore reports a venue word before "of" and the name of a capital
// that opens after (the text after the text before it): "the Treaty of
// Paris", "the Congress of Vienna", "the Battle of Warsaw".
func (v *Vocabulary) venueBefore(before string) bool {
	before, ok := strings.CutSuffix(before, " of ")
	if !ok {
		return false
	}
	i := strings.LastIndexFunc(before, func(r rune) bool { return strings.ContainsRune(" \t\n\f\r(\"“", r) })
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		i += n
	} else {
		i = 0
	}
	w := before[i:]
	return w != "" && v.venueWordAt(w, venueOf) && len(leadingWord(w)) == len(w)
}

// ruleAddress marks a capital written as a city in an address or a
// reference: where, not who.
const ruleAddress = "vocab:address"

// addressRE matches what may come between a capital's name and the state
// or region that places it in an address: a postal code ("Dhaka-1000",
// "Dublin 2"), a comma, spaces.
var addressRE = regexp.MustCompile(`^(?:[- ]\d{1,6})?,?[ \t]+`)

// regionRE matches a region's postal abbreviation after a city: "DC",
// "D.C.", "OH", then no letter.
var regionRE = regexp.MustCompile(`^[A-Z]\.?[A-Z]\.?(?:[^\pL]|$)`)

// publisherRE matches what follows a publisher's city in a reference:
// a colon and the publisher ("London: Routledge"), perhaps after a
// region ("Washington, DC: ...").
var publisherRE = regexp.MustCompile(`^(?:,[ \t]*[A-Z]\.?[A-Z]\.?)?:[ \t]+\p{Lu}`)

// addressAfter reports a capital written as a city with the state it is
// in, or a region's postal abbreviation, after it (rest, the text after
// the capital's name; code, its state): "Lilongwe, Malawi", "Berlin,
// Germany", "Dhaka-1000, Bangladesh", "Copenhagen Denmark", "Washington,
// DC": an address, a conference's or a publisher's city, where no
// government acts.
func (v *Vocabulary) addressAfter(rest, code string) bool {
	loc := addressRE.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	sep := rest[:loc[1]]
	rest = rest[loc[1]:]
	matches := v.Actors.Match(rest[:min(len(rest), 60)], 0)
	if strings.Contains(sep, ",") && regionRE.MatchString(rest) && (len(matches) == 0 || matches[0].Start != 0) {
		return true // "Washington, DC"; not "Washington, UK and France": an actor's short name is no region
	}
	for _, m := range matches {
		if m.Start != 0 {
			break
		}
		if en := m.Entry(""); en.Code == code && (en.Kind == "state" || en.Kind == "alias") {
			after := strings.TrimLeft(rest[m.End:], "’'")
			return len(after) == len(rest[m.End:]) || !strings.HasPrefix(after, "s") // not "Vilnius, Lithuania's capital"
		}
	}
	return false
}

// ruleCitySubdivision marks a capital's name written as a city of another
// state's subdivision: "San Jose, California", "London, Ontario".
const ruleCitySubdivision = "vocab:city+subdivision"

// ruleVenue marks a capital's or a city's name that names a venue
// ("Venice Film Festival"), no state.
const ruleVenue = "vocab:venue"

// listRE matches what continues a list after a name: "and", "or", or a
// comma before another name.
var listRE = regexp.MustCompile(`^(?:,?[ \t]+(?:and|or)[ \t]|,[ \t]*\p{Lu})`)

// subdivisionAfter returns the state of a first-level subdivision written
// after a comma that rest (the text after a city's name) opens with: "San
// Jose, California" is a city of the United States, not Costa Rica's
// capital. A subdivision counts only where no list goes on after it
// ("Moscow, Washington and Beijing" names three capitals, "Delhi,
// Kashmir, Lahore" three places). With place, a place row that lies in a
// state counts too (a historic city of no code: "Venice, Florida"; the
// subdivisions leave out a name another row has). It returns "" for
// anything else.
func (v *Vocabulary) subdivisionAfter(rest string, place bool) string {
	loc := addressRE.FindStringIndex(rest)
	if loc == nil || !strings.Contains(rest[:loc[1]], ",") {
		return ""
	}
	rest = rest[loc[1]:]
	ms := v.Actors.Match(rest, 0)
	if len(ms) == 0 || ms[0].Start != 0 {
		return ""
	}
	if listRE.MatchString(rest[ms[0].End:]) {
		return ""
	}
	for _, en := range ms[0].Entries {
		if (en.Kind == "province" || place && en.Kind == "place") && en.Code == "" && en.In() != "" {
			return en.In()
		}
	}
	return ""
}

// leadingWord returns the letters that open s.
func leadingWord(s string) string {
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return s[:end]
}

// venueWordAt reports a venue word of the use at the start of s, its first
// letter in either case, ending where a word ends (not before a letter, a
// digit or "_").
func (v *Vocabulary) venueWordAt(s string, use venueUse) bool {
	w := leadingWord(s)
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[len(w):]); unicode.IsDigit(r) || r == '_' {
		return false // "Talks2": a longer word
	}
	r, n := utf8.DecodeRuneInString(w)
	return v.venues[string(unicode.ToLower(r))+w[n:]]&use != 0 || v.venues[w]&use != 0
}

// Entities finds the entity mentions of each sentence, in three passes that
// each leave alone what an earlier one found: every actor vocabulary form;
// capitalized multi-word names with a known head word ("Mutual Defence
// Assistance Agreement", "Council of Foreign Ministers"); then prose's
// statistical entities, cut at proper-noun runs, stripped of titles and of
// words that are never entities ("Further", "Billion Dollars"), and
// relabelled where the context shows better (an all-capitals acronym is an
// organisation, a name before a citation year a person, a nationality
// adjective NORP). Headings, front matter and the reference list get no
// statistical entities: prose reads every title-cased word there as a name.
//
// people are spans already known to be personal names (a paper's authors);
// they become PERSON entities first.
//
// lx is the lexer that made the sentences' tokens: a sentence's first word
// that it knows is a common word, no name.
//
// Entities reads sents as a whole document: the readings that depend on
// all of it are made too (DocumentContext). A caller that reads a long
// document a window of sentences at a time calls SentenceEntities on each
// window and DocumentContext once over all of them, which gives what
// Entities gives over the whole.
func (v *Vocabulary) Entities(ctx context.Context, tg *Tagger, lx *english.Lexer, text string, sents []text.Sentence, zones []string, people [][2]int) ([]Entity, error) {
	out, err := v.SentenceEntities(ctx, tg, lx, text, sents, zones, people)
	if err != nil {
		return nil, err
	}
	return v.DocumentContext(text, sents, zones, out), nil
}

// SentenceEntities is Entities without the readings that depend on the
// whole document: the entities each sentence gives, with the agents whose
// actor the document decides still open (see DocumentContext). zones may
// run on past sents to the document's end: a references zone in them
// makes the document a paper, whose authors are cited after "the" too.
func (v *Vocabulary) SentenceEntities(ctx context.Context, tg *Tagger, lx *english.Lexer, text string, sents []text.Sentence, zones []string, people [][2]int) ([]Entity, error) {
	var out []Entity
	// a paper's references close it: a window of its sentences whose zones
	// run to the document's end sees them
	scholarly := slices.Contains(zones, "references")
	for si, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		st := text[s.Start:s.End]
		var ents []Entity
		for _, p := range people {
			if p[0] >= s.Start && p[1] <= s.End {
				ents = append(ents, Entity{Start: p[0], End: p[1], Sent: si, Label: "PERSON", Rule: "header:author"})
			}
		}
		for _, u := range v.unitSpans(st, s.Start, si) {
			if !overlaps(u, ents) {
				ents = append(ents, u)
			}
		}
		ms := v.Actors.Match(st, s.Start)
		ms = v.elided(st, s.Start, ms)
		for mi, m := range ms {
			m := m
			if overlaps(Entity{Start: m.Start, End: m.End}, ents) {
				continue
			}
			e := m.Entry("")
			if v.givenName(m, text) || e.Dict && v.dictNoise(text, ms, mi) {
				continue
			}
			es := Entity{Start: m.Start, End: m.End, Sent: si, Label: e.Label, Actor: e.Code, Sector: e.Sector, Rule: "vocab:" + e.Kind, Match: &m}
			es.Where = e.In()
			if (e.Kind == "state" || e.Kind == "alias" || e.Kind == "demonym") && e.Code != "" && mi+1 < len(ms) && ms[mi+1].Start == m.End+1 && text[m.End] == ' ' &&
				!ms[mi+1].Compound && slices.ContainsFunc(ms[mi+1].Entries, func(x *Entry) bool { return x.Kind == "ethnic" }) &&
				!v.disclaim[strings.ToLower(lastWord(strings.TrimRight(text[max(0, m.Start-16):m.Start], "-– ")))] {
				// "Bosnian Serb", "Iraqi Kurdish": the group of the first
				// state, one actor, that state's (not after a word of
				// disclaim.txt: "non-American Asians")
				es.End, es.Label, es.Rule = ms[mi+1].End, "NORP", ruleEthnicOf
			}
			if e.Kind == "ship" {
				if es.End = v.shipNameEnd(st, s.Start, m); es.End < 0 {
					continue // a prefix with no ship's name after it names nothing
				}
			}
			if e.Kind == "group" && e.Code != "" {
				if end := v.groupNameEnd(st, s.Start, m); end > 0 {
					es.End, es.Actor, es.Sector, es.Rule, es.Label = end, "", "", "vocab:group+name", "ORG"
				}
			}
			// a bounded leader (leaders.tsv, only:dated) has no code
			// until Redate dates it, but is a person all the same
			leader := e.Label == "PERSON" && (e.Code != "" || boundedMatch(&m))
			if leader {
				if a, b, other := v.otherPerson(lx, st, s.Start, ms, mi); other && !overlaps(Entity{Start: a, End: b}, ents) {
					es.Start, es.End, es.Actor, es.Sector, es.Rule = a, b, "", "", ruleOtherPerson
				}
			}
			if e.Dict && e.Label == "PERSON" && zones[si] == "header" {
				// an author: the dictionaries' people are a few common
				// names too ("David Anderson")
				es.Actor, es.Sector = "", ""
			}
			if leader && es.Rule == "vocab:"+e.Kind && !strings.ContainsAny(m.Text, " -") && indefiniteBefore(text, m.Start) && nounEnds(text[m.End:min(len(text), m.End+6)]) {
				// "was a Hitler.", "a Napoleon of his age": a surname as a
				// common noun ("a Churchill speech" is his)
				es.Actor, es.Sector, es.Rule = "", "", ruleSurnameNoun
			}
			if leader && (es.Actor != "" || e.Code == "") && es.Rule == "vocab:"+e.Kind {
				if !strings.ContainsAny(m.Text, " -") && !theBefore(text, m.Start) && v.citedSurname(text, s.Start, m.Start, m.End, scholarly) {
					es.Actor, es.Sector, es.Rule = "", "", ruleCitedSurname
				} else if v.affiliationAfter(text[m.End:min(len(text), m.End+80)]) {
					es.Actor, es.Sector, es.Rule = "", "", ruleAffiliation
				}
			}
			// a capital's or a city's name: a city of elsewhere, an
			// address, a venue or a person's name is no state's (a city row
			// has no code: its home is where it lies)
			city, home := e.Kind == "capital" || e.Kind == "city", e.Code
			if e.Kind == "city" {
				home = e.In()
			}
			if city || e.Kind == "province" && e.Code == "" && len(m.Entries) == 1 {
				if a, ok := v.capitalPerson(lx, st, s.Start, ms, m); ok && !overlaps(Entity{Start: a, End: m.End}, ents) {
					rule := ruleCapitalPerson
					if e.Kind == "province" {
						rule = ruleProvincePerson
					}
					es.Start, es.Label, es.Actor, es.Sector, es.Rule, es.Where = a, "PERSON", "", "", rule, ""
				}
			}
			if city && es.Rule != ruleCapitalPerson && (v.addressAfter(text[m.End:min(len(text), m.End+60)], home) ||
				zones[si] == "references" && publisherRE.MatchString(text[m.End:min(len(text), m.End+12)])) {
				es.Actor, es.Rule, es.Where = "", ruleAddress, home
			}
			if city && es.Rule != ruleCapitalPerson && es.Rule != ruleAddress {
				if w := v.subdivisionAfter(text[m.End:min(len(text), m.End+80)], e.Kind == "city"); w != "" && w != home {
					es.Actor, es.Sector, es.Rule, es.Where = "", "", ruleCitySubdivision, w
				}
			}
			if city && es.Rule != ruleCapitalPerson && es.Rule != ruleAddress && es.Rule != ruleCitySubdivision && (v.venueAfter(text[m.End:min(len(text), m.End+40)]) || v.venueBefore(text[max(0, m.Start-30):m.Start])) {
				es.Actor, es.Rule, es.Where = "", ruleVenue, home
			}
			if (e.Kind == "state" || e.Kind == "alias" || e.Kind == "capital") && e.Code != "" && es.Rule != ruleCapitalPerson {
				if a, ok := v.newPlace(st, s.Start, m); ok && !overlaps(Entity{Start: a, End: m.End}, ents) {
					es.Start, es.Label, es.Actor, es.Sector, es.Rule, es.Where = a, "GPE", "", "", ruleNewPlace, ""
				}
			}
			if (e.Kind == "state" || e.Kind == "alias" || e.Kind == "capital") && e.Code != "" && es.Rule != ruleCapitalPerson && es.Rule != ruleNewPlace {
				if a, ok := v.unitName(st, s.Start, m); ok && !overlaps(Entity{Start: a, End: m.End}, ents) {
					es.Start, es.Label, es.Actor, es.Sector, es.Rule, es.Where = a, "ORG", "", "", ruleUnitName, ""
				}
			}
			if (e.Kind == "state" || e.Kind == "alias") && e.Code != "" && es.Rule == "vocab:"+e.Kind && len(ents) > 0 {
				// "Chiang Kai-shek's China": the state its leader held
				if p := ents[len(ents)-1]; p.Label == "PERSON" && p.Actor != "" && p.Match != nil && possessiveBetween(st[p.End-s.Start:m.Start-s.Start]) && (p.Match.holds(e.Code) || v.Actors.calledBy(p.Match, e.Code)) {
					es.Actor, es.source, es.Rule = p.Actor, p.Match, ruleLeadersState
				}
			}
			if (e.Kind == "state" || e.Kind == "alias") && e.Code != "" && es.Rule == "vocab:"+e.Kind {
				if a, sector := v.bodyBefore(st[:m.Start-s.Start], m.Text); a >= 0 && !overlaps(Entity{Start: s.Start + a, End: m.End}, ents) {
					es.Start, es.Label, es.Sector, es.Rule, es.Where = s.Start+a, "ORG", sector, ruleStateBody, ""
				}
			}
			if (e.Kind == "demonym" || e.Kind == "state" || e.Kind == "alias" || e.Kind == "territory") && e.Code != "" && v.diseaseAfter(text[m.End:min(len(text), m.End+30)]) {
				es.Actor, es.Sector, es.Rule = "", "", ruleDisease
			} else if slices.ContainsFunc(m.Entries, func(x *Entry) bool { return x.Kind == "demonym" && x.Code != "" }) && v.senseAfter(text[m.End:min(len(text), m.End+30)]) {
				// a dated demonym too: "Persian" is Iran's only to 1935
				es.Actor, es.Sector, es.Rule = "", "", ruleSense
			} else if e.Kind == "demonym" && e.Code != "" {
				if end := v.demonymNameEnd(st, s.Start, m); end > 0 {
					es.End, es.Label, es.Actor, es.Sector, es.Rule, es.Where = end, "ORG", "", "", ruleDemonymName, ""
				} else if originFirst(st, s.Start, ms, mi) {
					es.Actor, es.Sector, es.Rule = "", "", ruleDemonymOrigin
				}
			}
			if (e.Kind == "state" || e.Kind == "alias" || e.Kind == "demonym" || e.Kind == "capital") && es.Actor != "" {
				if a, b, ok := v.firmName(st, s.Start, m); ok && !overlaps(Entity{Start: a, End: b}, ents) {
					es.Start, es.End, es.Label, es.Actor, es.Sector, es.Rule, es.Where = a, b, "ORG", "", "", ruleFirm, ""
				}
			}
			stateName := func(x *Entry) bool {
				return (x.Kind == "state" || x.Kind == "alias" || x.Kind == "demonym") && x.Code != ""
			}
			if (stateName(e) && es.Actor != "" || es.Actor == "" && e.Code == "" && boundedMatch(&m) && slices.ContainsFunc(m.Entries, stateName)) && es.Start == m.Start && es.End == m.End {
				// a dated state's name too: "the Hejaz Railway" in 1917
				if end := v.placeHeadEnd(st, s.Start, m); end > 0 {
					x := m.Entries[slices.IndexFunc(m.Entries, stateName)]
					es.End, es.Label, es.Actor, es.Sector, es.Rule, es.Where = end, "LOC", "", "", rulePlaceHead, x.Code
				}
			}
			if es.Rule == "vocab:"+e.Kind && es.Start == m.Start && es.End == m.End && slices.ContainsFunc(m.Entries, func(x *Entry) bool { return x.Kind == "demonym" && x.Code != "" }) && v.journeyEnd(st[:m.Start-s.Start], st[m.End-s.Start:]) {
				// "the railroad reached Cheyenne": the town, not the people
				es.Label, es.Actor, es.Sector, es.Rule = "GPE", "", "", ruleJourneyEnd
			}
			if (e.Kind == "state" || e.Kind == "alias" || e.Kind == "demonym") && e.Code != "" && es.Rule == "vocab:"+e.Kind && es.Start == m.Start && es.End == m.End {
				// "Admiral Togo", "General French": a person's surname
				if a, ok := v.titledState(st, s.Start, m, e.Kind == "demonym", text[m.End:min(len(text), m.End+30)]); ok && !overlaps(Entity{Start: a, End: m.End}, ents) {
					es.Label, es.Actor, es.Sector, es.Rule, es.Where = "PERSON", "", "", ruleTitledState, ""
				}
			}
			if es.Actor != "" {
				v.colonyReading(st, s.Start, &m) // "Libyan rebels" are not Italy's
			}
			ents = append(ents, es)
		}
		ents = v.openedEntities(st, s.Start, si, ents)
		ents = v.agentEntities(text, s, si, ents, zones[si] == "body")
		if zones[si] == "body" {
			ents = v.rulerEntities(tg, text, s, si, ents, scholarly)
		}
		if named := v.namedEntities(text, s, si, ents); len(named) > 0 {
			// A place or group inside a name ("Sochi Summit") is part of
			// it; a name that is exactly a vocabulary place ("West Bank")
			// stays that place.
			// A place name ("Panjshir Valley") is where its place is.
			kept := ents[:0]
			for _, e := range ents {
				if !(e.Actor == "" && overlaps(e, named)) || sameSpan(e, named) {
					kept = append(kept, e)
					continue
				}
				for k := range named {
					if n := &named[k]; n.Label == "LOC" && n.Where == "" && overlaps(e, named[k:k+1]) {
						n.Where = e.Where
					}
				}
			}
			for _, n := range named {
				if !sameSpan(n, kept) {
					kept = append(kept, n)
				}
			}
			ents = kept
		}
		ents = append(ents, v.citedAuthors(text, s, si, ents, scholarly)...)
		if !s.Heading && zones[si] != "references" && zones[si] != "header" {
			ents = append(ents, v.proseEntities(tg, lx, text, s, si, ents)...)
		}
		sort.Slice(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
		if zones[si] == "references" || v.presentDaySentence(st) {
			for i := range ents {
				ents[i].noCarry = true
			}
		}
		out = append(out, ents...)
	}
	return out, nil
}

// elided adds to ms the first name of a pair of states whose shared last
// word is written once: "North and South Korea" names North Korea too,
// "East and West Germany" East Germany, where the vocabulary has that
// name. st is the sentence, base its offset.
func (v *Vocabulary) elided(st string, base int, ms []Match) []Match {
	var out []Match
	for _, m := range ms {
		sp := strings.LastIndexByte(m.Text, ' ')
		if sp < 0 || m.Entry("").Kind != "state" {
			continue
		}
		last := m.Text[sp:] // " Korea"
		before := st[:m.Start-base]
		if !strings.HasSuffix(before, " and ") {
			continue
		}
		w := before[:len(before)-len(" and ")]
		first := w[strings.LastIndexAny(w, " \t\n")+1:]
		if first == "" || !english.StartsUpper(first) {
			continue
		}
		for _, x := range v.Actors.Match(first+last, 0) {
			if x.Start == 0 && x.End == len(first+last) && x.Entry("").Kind == "state" {
				start := base + len(w) - len(first)
				out = append(out, Match{Start: start, End: start + len(first), Text: first, Entries: x.Entries})
			}
		}
	}
	if len(out) == 0 {
		return ms
	}
	ms = append(ms, out...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// dictNoise reports a match of the dictionaries' forms that names
// something else here: a one-word form (not an acronym) before a citation
// year, an author ("(Lublin 2004)"), but not a person's (a leader's
// surname takes citedSurname's test: "Gorbachev (1986) described" is the
// office holder); an organisation's or a place's
// one-word form before a capitalized name word that is no geographic head
// ("Panjshir Valley" is a place), which makes a person's given name of it ("Xinhua Qu", "Vladimir Lenin"; a person's one-word
// form is a surname: "Putin Is Right"); a state's institution right after another state's name or
// demonym, which names that state's body ("the Italian Royal Air Force").
func (v *Vocabulary) dictNoise(text string, ms []Match, i int) bool {
	m, e := ms[i], ms[i].Entry("")
	one := !strings.ContainsAny(m.Text, " -") && !isAllCaps(m.Text)
	if one && e.Label != "PERSON" && citeYearRE.MatchString(text[m.End:min(len(text), m.End+12)]) && !theBefore(text, m.Start) {
		return true // an author: "(Lublin 2004)"
	}
	if one && (e.Label == "ORG" || e.Kind == "place") {
		rest := strings.TrimLeft(text[m.End:], " ")
		if w := english.Words(rest[:min(len(rest), 40)], 0); len(w) > 0 && w[0].Start == 0 && english.IsNameWord(w[0].Text) && v.named[w[0].Text] != "LOC" &&
			english.StartsUpper(w[0].Text) && !isAllCaps(w[0].Text) && (i+1 >= len(ms) || ms[i+1].Start > m.End+len(text[m.End:])-len(rest)) {
			return true
		}
	}
	if e.Kind == "institution" && i > 0 && strings.TrimSpace(text[ms[i-1].End:m.Start]) == "" {
		if p := ms[i-1].Entry(""); p.Code != "" && p.Code != e.Code && (p.Kind == "state" || p.Kind == "demonym") {
			return true
		}
	}
	return false
}

// DocumentContext gives a whole document's entities (SentenceEntities'
// over all its sentences) the readings that depend on the rest of the
// document (see documentReadings), and returns them in text order, without
// the agents it found no actor for: doc is the document's text, sents and
// zones its sentences and their zones. Call it once per document.
func (v *Vocabulary) DocumentContext(doc string, sents []text.Sentence, zones []string, ents []Entity) []Entity {
	ents = v.documentReadings(doc, sents, zones, ents)
	kept := ents[:0]
	for i, e := range ents {
		if e.Actor == "" && (e.Rule == ruleTopic || e.Rule == ruleGroup) {
			continue // an agent no actor claims is no entity
		}
		if e.Rule == ruleRuler && !mayRule(ents, i) {
			continue // a bare title with no polity of its title to rule
		}
		kept = append(kept, e)
	}
	return kept
}

// subdivisionContext reads a form that is both a state and a subdivision
// of another state ("Georgia") as the subdivision when the document names
// at least two other subdivisions of that state ("North Carolina",
// "Wisconsin"): a paper on American elections means the American state.
func subdivisionContext(ents []Entity) {
	named := map[string]map[string]bool{} // state -> subdivision forms named
	for _, e := range ents {
		if e.Actor == "" && e.Where != "" && e.Match != nil && len(e.Match.Entries) == 1 && !e.Match.Entries[0].Dict {
			if named[e.Where] == nil {
				named[e.Where] = map[string]bool{}
			}
			named[e.Where][e.Match.Text] = true
		}
	}
	flipped := map[*Match]string{}
	for i := range ents {
		e := &ents[i]
		if e.Actor == "" || e.Match == nil || len(e.Match.Entries) < 2 {
			continue
		}
		for _, alt := range e.Match.Entries {
			w := alt.In()
			if w != "" && alt.Code == "" && alt.Kind == "province" && len(named[w]) >= 2 {
				flipped[e.Match] = w
				if e.Agent {
					break // "Georgia voters": below
				}
				e.Actor, e.Sector, e.Where, e.Label, e.Rule = "", "", w, alt.Label, "vocab:province+context"
				break
			}
		}
	}
	// An agent the state claimed belongs to the province's state if it is
	// placed there ("voters in Georgia"), else to no one.
	for i := range ents {
		e := &ents[i]
		if w, ok := flipped[e.source]; ok && e.Agent {
			if e.Rule == "agent:in" {
				e.Actor = w
			} else {
				e.Actor, e.Sector = "", ""
			}
		}
	}
}

// sameSpan reports an entity in es with exactly e's span.
func sameSpan(e Entity, es []Entity) bool {
	for _, x := range es {
		if x.Start == e.Start && x.End == e.End {
			return true
		}
	}
	return false
}

// namedEntities finds capitalized multi-word names whose head word is in
// the named vocabulary.
func (v *Vocabulary) namedEntities(text string, s text.Sentence, si int, have []Entity) []Entity {
	ws := english.Words(text[s.Start:s.End], s.Start)
	var out []Entity
	// Places and groups that are no actor may be part of a name; actors
	// and people may not.
	var blocking []Entity
	for _, e := range have {
		if e.Actor != "" || e.Label == "PERSON" {
			blocking = append(blocking, e)
		}
	}
	upper := func(w english.Word) bool {
		return english.StartsUpper(w.Text) && !overlaps(Entity{Start: w.Start, End: w.End}, blocking)
	}
	// A word that is no entity alone ("Central", "August") may open or
	// continue a name, but only before another capitalized word.
	var capital func(w english.Word) bool
	idx := map[int]int{}
	for k, w := range ws {
		idx[w.Start] = k
	}
	capital = func(w english.Word) bool {
		if !upper(w) {
			return false
		}
		if !v.nonEntity(w.Text) {
			return true
		}
		k := idx[w.Start]
		return k+1 < len(ws) && upper(ws[k+1]) && !v.nonEntity(ws[k+1].Text)
	}
	for i := 0; i < len(ws); {
		if !capital(ws[i]) {
			i++
			continue
		}
		// A run of capitalized words with connectors between them.
		j := i + 1
		last := i
		for j < len(ws) {
			w := ws[j]
			if capital(w) {
				last = j
				j++
				continue
			}
			if v.connectors[strings.ToLower(w.Text)] || (w.Text == "," && j+1 < len(ws) && capital(ws[j+1])) {
				// a connector must be followed by a capitalized word
				if j+1 < len(ws) && (capital(ws[j+1]) || v.connectors[strings.ToLower(ws[j+1].Text)] && j+2 < len(ws) && capital(ws[j+2])) {
					j++
					continue
				}
				// "of the" and a word that is no entity alone ends the
				// name with that word, when no capitalized word follows
				// it: "Liberation Army of the South" (not "... of the
				// North American Chapter").
				if w.Text == "of" && j+2 < len(ws) && ws[j+1].Text == "the" && upper(ws[j+2]) &&
					(j+3 == len(ws) || !english.StartsUpper(ws[j+3].Text)) {
					last = j + 2
					j += 3
				}
			}
			break
		}
		first := i
		// The sentence's first word, a starter or a discourse word, is not
		// part of a name, nor is a first word before "the" ("Under the
		// Paris Peace Accord"), nor a connector the name would then open with.
		for first <= last && (v.en.OpensSentence(ws[first].Text) || v.en.Title(ws[first].Text) ||
			first == 0 && first < last && ws[first+1].Text == "the" || first > i && v.connectors[strings.ToLower(ws[first].Text)]) {
			first++
		}
		for last > first && v.connectors[strings.ToLower(ws[last].Text)] {
			last--
		}
		// the last head names the run, but a geographic head after
		// another head and "of" is part of that name: "Commission of the
		// Mekong Delta" is a commission; "the Mekong Delta" alone, or in
		// "Talks on the Korean Peninsula", is a place
		head, label, other := -1, "", -1
		for k := first; k <= last && last > first; k++ {
			if l, ok := v.named[ws[k].Text]; ok && (k == last || v.connectors[strings.ToLower(ws[k+1].Text)]) {
				head, label = k, l
				if l != "LOC" && k < last && ws[k+1].Text == "of" {
					other = k
				}
			}
		}
		if label == "LOC" && other >= 0 {
			head, label = other, v.named[ws[other].Text]
		}
		if label == "LOC" {
			out = append(out, v.placeNames(ws, first, last, capital, si)...)
		} else if head >= first && label != "" {
			out = append(out, Entity{Start: ws[first].Start, End: ws[last].End, Sent: si, Label: label, Rule: "name:" + ws[head].Text})
		}
		i = last + 1
	}
	return out
}

// rulePlaceHead marks a state's name or a demonym right before a
// geographic head or a facility's (named.tsv's LOC and FAC rows): "the
// Jordan River", "the Korean Peninsula", "the Taiwan Straits" are places
// in or by that state, "the Hejaz Railway", "the Burma Road" things built
// there; no actor.
const rulePlaceHead = "vocab:place+head"

// placeHeadEnd returns the end of the geographic or facility head word
// right after the match m of sentence st (base its offset), one space
// between, or 0.
func (v *Vocabulary) placeHeadEnd(st string, base int, m Match) int {
	rest, ok := strings.CutPrefix(st[m.End-base:], " ")
	if !ok {
		return 0
	}
	w := english.Words(rest[:min(len(rest), 20)], m.End+1)
	if len(w) == 0 || w[0].Start != m.End+1 || v.named[w[0].Text] != "LOC" && v.named[w[0].Text] != "FAC" {
		return 0
	}
	return w[0].End
}

// placeNames finds the places named by a geographic head (named.tsv's
// LOC rows) in the run of capitalized words ws[first..last]: the
// capitalized words right before each head, without a connector ("Quang Tri
// Province" in "Khe Sanh in Quang Tri Province", "Hudson River" in "Lake
// Champlain and Hudson River"), and "of" and the capitalized words after it
// ("Gulf of Tonkin", "Straits of Salamis"). A head alone is no name.
func (v *Vocabulary) placeNames(ws []english.Word, first, last int, capital func(english.Word) bool, si int) []Entity {
	var out []Entity
	name := func(w english.Word) bool { return capital(w) && !v.connectors[strings.ToLower(w.Text)] }
	for k := first; k <= last; k++ {
		if v.named[ws[k].Text] != "LOC" || k < last && !v.connectors[strings.ToLower(ws[k+1].Text)] {
			continue
		}
		a, b := k, k
		for a > first && name(ws[a-1]) {
			a--
		}
		if b+2 <= last && ws[b+1].Text == "of" {
			c := b + 2
			if ws[c].Text == "the" && c < last {
				c++
			}
			for c <= last && name(ws[c]) {
				b = c
				c++
			}
		}
		if a < k || b > k {
			out = append(out, Entity{Start: ws[a].Start, End: ws[b].End, Sent: si, Label: "LOC", Rule: "name:" + ws[k].Text})
		}
		k = b
	}
	return out
}

func (v *Vocabulary) proseEntities(tg *Tagger, lx *english.Lexer, text string, s text.Sentence, si int, have []Entity) []Entity {
	var out []Entity
	for _, w := range v.nameWindows(lx, text, s, have) {
		out = append(out, v.proseWindow(tg, text, w, si, have, w[0] == s.Start)...)
	}
	return out
}

// nameWindows returns the stretches of a sentence where prose's entity
// model can find something the vocabulary did not: each capitalized word
// outside the entities found so far (a sentence's first word only when it
// is not a common word), with three words of context on each side.
// Tagging only these stretches, and nothing in a sentence that has none,
// is what makes the entity stage fast: prose's classifier costs the same
// for every token it sees.
func (v *Vocabulary) nameWindows(lx *english.Lexer, text string, s text.Sentence, have []Entity) [][2]int {
	type field struct{ start, end int }
	var fs []field
	st := text[s.Start:s.End]
	for i := 0; i < len(st); {
		for i < len(st) && st[i] == ' ' {
			i++
		}
		j := i
		for j < len(st) && st[j] != ' ' {
			j++
		}
		if j > i {
			fs = append(fs, field{s.Start + i, s.Start + j})
		}
		i = j
	}
	var wins [][2]int
	for k, f := range fs {
		w := strings.TrimLeftFunc(text[f.start:f.end], func(r rune) bool { return !unicode.IsLetter(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		off := f.end - len(w)
		// the word without the punctuation after it ("Russia," "Iran."):
		// an entity that covers it leaves prose nothing to find there
		bare := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if overlaps(Entity{Start: off, End: off + len(bare)}, have) && covered(off, off+len(bare), have) {
			continue
		}
		if v.nonEntity(bare) || v.en.Month(strings.ToLower(bare)) > 0 {
			continue
		}
		if k == 0 && (v.en.OpensSentence(bare) || lx.Known(strings.ToLower(bare))) {
			continue
		}
		a, b := max(0, k-2), min(len(fs)-1, k+2)
		if n := len(wins); n > 0 && fs[a].start <= wins[n-1][1]+1 {
			wins[n-1][1] = fs[b].end
			continue
		}
		wins = append(wins, [2]int{fs[a].start, fs[b].end})
	}
	return wins
}

// covered reports whether the entities cover every byte of [a, b).
func covered(a, b int, es []Entity) bool {
	for _, e := range es {
		if e.Start <= a && e.End >= b {
			return true
		}
	}
	return false
}

// proseWindow runs prose over one window of a sentence.
func (v *Vocabulary) proseWindow(tg *Tagger, text string, win [2]int, si int, have []Entity, atStart bool) []Entity {
	toks := tg.Tag(text[win[0]:win[1]], win[0], true)
	var out []Entity
	for i := 0; i < len(toks); {
		if toks[i].Label == "O" || toks[i].Label == "" || toks[i].Start < 0 {
			i++
			continue
		}
		// A run of labelled tokens; an adjective does not run into a noun
		// ("Russian" + "PM Dmitry Medvedev").
		j := i + 1
		for j < len(toks) && toks[j].Label != "O" && toks[j].Label != "" && toks[j].Start >= 0 &&
			isAdj(toks[j].Tag) == isAdj(toks[j-1].Tag) && !strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ",;") {
			j++
		}
		initial := atStart && (i == 0 || (i == 1 && !hasLetter(toks[0].Text)))
		// Initials before a name belong to it: "A.Q. Khan".
		for i > 0 && english.IsInitials(toks[i-1].Text) && toks[i-1].Start >= 0 {
			i--
		}
		if e, ok := v.cleanEntity(text, toks[i:j], si, initial); ok && !overlaps(e, have) && !v.Actors.currencyNext(text[e.End:]) {
			out = append(out, e)
		}
		i = j
	}
	return out
}

func isAdj(tag string) bool { return strings.HasPrefix(tag, "JJ") }

func overlaps(e Entity, es []Entity) bool {
	for _, o := range es {
		if e.Start < o.End && o.Start < e.End {
			return true
		}
	}
	return false
}

var citeYearRE = regexp.MustCompile(`^(?:,\s*|\s*\(\s*|\s+)(?:1[5-9]|20)\d\d[a-z]?\b`)

var labelRank = map[string]int{"PERSON": 4, "ORGANIZATION": 3, "GPE": 2, "LOCATION": 1}

func (v *Vocabulary) cleanEntity(text string, toks []Token, si int, initial bool) (Entity, bool) {
	trim := func(t Token) bool {
		w := t.Text
		return v.nonEntity(w) || !hasLetter(w) || w == "The" || w == "the" || w == "'s" || w == "’s" || w == "s" || v.en.Title(w)
	}
	for len(toks) > 0 && trim(toks[0]) {
		toks = toks[1:]
		initial = false
	}
	for len(toks) > 0 && trim(toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return Entity{}, false
	}
	start, end := toks[0].Start, toks[len(toks)-1].End
	surface := text[start:end]
	if !english.StartsUpper(surface) || strings.IndexFunc(surface, unicode.IsDigit) >= 0 {
		return Entity{}, false
	}
	// The label most tokens carry; a tie goes to the rarer, harder kind.
	votes := map[string]int{}
	for _, t := range toks {
		if _, typ, ok := strings.Cut(t.Label, "-"); ok {
			votes[typ]++
		}
	}
	typ := ""
	for k, n := range votes {
		if typ == "" || n > votes[typ] || n == votes[typ] && labelRank[k] > labelRank[typ] || n == votes[typ] && labelRank[k] == labelRank[typ] && k < typ {
			typ = k
		}
	}
	label := proseLabels[typ]
	if label == "" {
		label = typ
	}
	rule := "prose"
	cited := citeYearRE.MatchString(text[end:min(len(text), end+12)]) && !theBefore(text, start)
	single := len(toks) == 1
	switch {
	case isAcronym(surface):
		if label != "ORG" {
			label, rule = "ORG", "prose+acronym"
		}
	case cited:
		if label != "PERSON" {
			label, rule = "PERSON", "prose+citation"
		}
	case v.titleBefore(text, start):
		if label != "PERSON" {
			label, rule = "PERSON", "prose+title"
		}
	case single && initial:
		// Capitalized because it opens the sentence: no evidence of a name.
		return Entity{}, false
	case single && strings.HasSuffix(surface, "ism"):
		return Entity{}, false // an ideology, not a name
	case single && (isAdj(toks[0].Tag) || v.nationalitySuffix(surface)) && label != "PERSON":
		label, rule = "NORP", "prose+adjective"
	}
	return Entity{Start: start, End: end, Sent: si, Label: label, Rule: rule}, true
}

// nationalitySuffix reports adjective endings of nationalities, religions
// and regions (suffixes.txt): "Asian", "Chechen", "Islamic", "Islamist",
// "Congolese".
func (v *Vocabulary) nationalitySuffix(s string) bool {
	for _, suf := range v.suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// isAcronym reports an all-capitals word of two to eight letters ("SIPRI").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// titleBefore reports whether a title ("President", "Foreign Minister")
// stands right before offset at, with or without a comma between.
func (v *Vocabulary) titleBefore(text string, at int) bool {
	before := strings.TrimRight(text[max(0, at-60):at], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
	ws := strings.Fields(before)
	for n := 1; n <= v.en.MaxTitle() && n <= len(ws); n++ {
		if v.en.Title(strings.Join(ws[len(ws)-n:], " ")) {
			return true
		}
	}
	return false
}

// ruleJourneyEnd marks a people's name written bare as a journey's end:
// "the railroad reached Cheyenne" names the town (journeys.tsv).
const ruleJourneyEnd = "vocab:demonym+journey"

// journeyEnd reports a demonym written bare after a journey's verb of
// journeys.tsv, before (the sentence's text before the name, ending at it)
// ending in the verb and a space, with no more than a clause's end, a
// preposition or a conjunction of journeys.tsv after it (after, the text
// after the name): "reached Cheyenne, and", "arrived in Cheyenne in
// 1868"; not "reached the Cheyenne" or "reached Cheyenne camps".
func (v *Vocabulary) journeyEnd(before, after string) bool {
	b, ok := strings.CutSuffix(before, " ")
	if !ok {
		return false
	}
	b = strings.ToLower(b[max(0, len(b)-20):])
	verb := false
	for _, w := range v.journeyVerbs {
		if t, ok := strings.CutSuffix(b, w); ok && (t == "" || !unicode.IsLetter(rune(t[len(t)-1]))) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	if after == "" || r != ' ' {
		return after == "" || !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
	}
	t := strings.TrimLeft(after, " ")
	w := leadingWord(t)
	if w == "" {
		return true
	}
	r, _ = utf8.DecodeRuneInString(w)
	return !unicode.IsLower(r) || v.journeyNext[w]
}

// theBefore reports whether the word right before offset at is "the": a
// name after it is no author, also before a year ("the Gallipoli (1915)
// campaigns", "the Somme (1916) offensive"; but see citedAuthors).
// indefiniteBefore reports the lower-case article "a" or "an" right
// before at (one space between).
func indefiniteBefore(text string, at int) bool {
	before := text[max(0, at-4):at]
	for _, a := range []string{" a ", " an "} {
		if strings.HasSuffix(before, a) || before == a[1:] {
			return true
		}
	}
	return false
}

// presentDaySentence reports a sentence that one of the phrases of
// presentday.txt sets in the writer's own day, as whole words.
func (v *Vocabulary) presentDaySentence(st string) bool {
	low := strings.ToLower(st)
	for _, p := range v.presentDay {
		for at := 0; ; {
			i := strings.Index(low[at:], p)
			if i < 0 {
				break
			}
			i += at
			j := i + len(p)
			if (i == 0 || !unicode.IsLetter(rune(low[i-1]))) && (j == len(low) || !unicode.IsLetter(rune(low[j]))) {
				return true
			}
			at = i + 1
		}
	}
	return false
}

// nounEnds reports text after a name that ends its noun phrase:
// punctuation, the end, or " of".
func nounEnds(after string) bool {
	return after == "" || strings.ContainsAny(after[:1], ",.;:!?)") || strings.HasPrefix(after, " of ")
}

func theBefore(text string, at int) bool {
	before := strings.TrimRight(text[max(0, at-5):at], " ")
	return len(before) >= 3 && strings.EqualFold(before[len(before)-3:], "the") &&
		(len(before) == 3 || !unicode.IsLetter(rune(before[len(before)-4])))
}

var yearRE = regexp.MustCompile(`\b(?:1[6-9]|20)\d\d[a-z]?\b`)

// citedAuthors finds the authors of author-year citations: "(Waltz 1979,
// Walt 1987 and Keohane 1984)", "(Gilpin and Ruggie, 1982, p. 3)",
// "Mearsheimer and Walt (2007)". Each run of capitalized words before a year inside
// parentheses, joined by "and", "&" or commas, is a PERSON (an ORG when it
// is an acronym).
// scholarly tells a document with a references zone (see citedAuthors).
func (v *Vocabulary) citedAuthors(text string, s text.Sentence, si int, have []Entity, scholarly bool) []Entity {
	st := text[s.Start:s.End]
	var out []Entity
	for _, loc := range yearRE.FindAllStringIndex(st, -1) {
		if strings.Count(st[:loc[0]], "(") <= strings.Count(st[:loc[0]], ")") {
			continue // not inside parentheses
		}
		ws := english.Words(st[:loc[0]], s.Start)
		k := len(ws) - 1
		if k >= 0 && (ws[k].Text == "," || ws[k].Text == "(") {
			k--
		}
		long := false // a name of more than one word in this citation
		for k >= 0 {
			end := k
			for k >= 0 && end-k < 3 && english.IsNameWord(ws[k].Text) && !v.nonEntity(ws[k].Text) && !v.en.Starter(ws[k].Text) && !v.en.Title(ws[k].Text) {
				k--
			}
			if k == end {
				break // no name
			}
			if k >= 0 && strings.EqualFold(ws[k].Text, "the") {
				// a name after "the" is no author ("the Directory
				// (1795-1799)", "North to the Yalu (1998)"), but in a
				// scholarly document a surname, one word in a citation of
				// one-word names, is ("the Fearon (1995) model", "the
				// Mearsheimer and Walt (2007) thesis"; not "the Cochrane
				// Library (1800 to 2008)")
				if !scholarly || long || end > k+1 {
					break
				}
			}
			long = long || end > k+1
			e := Entity{Start: ws[k+1].Start, End: ws[end].End, Sent: si, Label: "PERSON", Rule: "citation"}
			if isAcronym(text[e.Start:e.End]) {
				e.Label = "ORG"
			}
			if overlaps(e, have) || overlaps(e, out) {
				break
			}
			out = append(out, e)
			if k >= 0 && (ws[k].Text == "and" || ws[k].Text == "&" || ws[k].Text == ",") {
				k--
				continue
			}
			break
		}
	}
	return out
}

// mergeEntities adds the entities a pass found to those the document
// already has and keeps the list in text order (a stable sort, so that
// entities with one start keep the order they were found in).
func mergeEntities(ents, add []Entity) []Entity {
	if len(add) == 0 {
		return ents
	}
	ents = append(ents, add...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	return ents
}
