package extract

import (
	"sort"
	"strings"
)

// EventSpan is one event a sentence reports, in byte offsets.
type EventSpan struct {
	Sent       int
	Start, End int    // the trigger
	Date       string // a timex value from the sentence, "" for none
	DateAt     [2]int // the timex it came from
	Category   string
	Subtype    string
	Source     []string
	Target     []string
	Money      []float64
	Modality   string // reported, negated, future, hypothetical, or ""
	Rule       string
	Main       bool // the sentence's principal event
	mutual     bool
	noun       bool
	subord     bool // in a subordinate clause, an infinitive of purpose or a background phrase
	light      bool // a noun that is the object of a light verb ("launched war games")
}

// actorGroup is a run of tokens naming one actor ("Pakistan's foreign
// minister Bhutto", "the Soviet Union"), or one part of a compound
// ("Sino" of "Sino-Pak").
type actorGroup struct {
	first, last int // token indices, inclusive
	codes       []string
	label       string
	compound    bool
}

// coord is a coordination of actor groups: "Pakistan, Iran and Turkey",
// "Sino-Pak".
type coord struct {
	first, last int
	groups      []int
}

func (c coord) codes(gs []actorGroup) []string {
	var out []string
	for _, g := range c.groups {
		out = appendCodes(out, gs[g].codes...)
	}
	return out
}

func appendCodes(dst []string, codes ...string) []string {
	for _, c := range codes {
		if c != "" && !contains(dst, c) {
			dst = append(dst, c)
		}
	}
	return dst
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// paragraph is what the event stage remembers across the sentences of one
// paragraph: its events and the subject of the last sentence.
type paragraph struct {
	events  []EventSpan
	subject []string
	doc     []EventSpan // the document's events before this sentence
	pair    []string    // the last pair a sentence of the paragraph stated, for "the two"
}

// sentenceView is what the event and pair stages know of one sentence.
type sentenceView struct {
	v       *Vocabulary
	toks    []tok
	actorAt []int // group index of each token, -1 if none
	groups  []actorGroup
	coords  []coord
	coordAt []int    // coordination index of each token, -1 if none
	inEnt   []bool   // inside any entity
	placeAt []string // the state a place token lies in, "" if none
	clause  []int    // clause number of each token
	timex   []TimexSpan
	money   []MoneySpan
	para    *paragraph
	prior   []EventSpan // this sentence's events so far
	hidden  []EventSpan // events inside another event's phrase: pairs only
	trigs   []int       // token indices of this sentence's triggers
}

var titleWords = map[string]bool{"president": true, "prime": true, "minister": true, "foreign": true, "defence": true, "defense": true,
	"secretary": true, "vice": true, "general": true, "former": true, "then": true, "leader": true, "chief": true, "ambassador": true,
	"envoy": true, "king": true, "queen": true, "premier": true, "chancellor": true, "pm": true, "commander": true, "army": true,
	"marshal": true, "field": true, "deputy": true, "senior": true, "emir": true, "sheikh": true, "ayatollah": true}

var clauseWords = map[string]bool{"when": true, "while": true, "whereas": true, "although": true, "though": true, "because": true,
	"which": true, "who": true, "but": true, "whereby": true, "thereby": true, "resulting": true, "where": true, "if": true, "unless": true}

var prepositions = map[string]bool{"to": true, "of": true, "with": true, "from": true, "for": true, "against": true, "on": true, "in": true,
	"between": true, "towards": true, "toward": true, "by": true, "at": true, "into": true, "about": true, "over": true, "among": true,
	"than": true, "like": true, "vis-à-vis": true, "via": true, "through": true, "under": true, "after": true, "before": true, "during": true,
	"despite": true, "including": true, "involving": true, "within": true, "across": true, "beyond": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "both": true, "all": true, "other": true}

var pronouns = map[string]string{"it": "subject", "they": "subject", "he": "subject", "she": "subject", "its": "possessive", "their": "possessive",
	"his": "possessive", "her": "possessive", "them": "object", "him": "object"}

// view builds the sentence view from its tokens and the entities in it.
func (v *Vocabulary) view(text string, s *SentenceSpan, ents []EntitySpan, timex []TimexSpan, money []MoneySpan, para *paragraph) *sentenceView {
	toks := v.tokens(s, text)
	n := len(toks)
	sv := &sentenceView{v: v, toks: toks, actorAt: make([]int, n), coordAt: make([]int, n), inEnt: make([]bool, n),
		placeAt: make([]string, n), clause: make([]int, n), timex: timex, money: money, para: para}
	entOf := make([]int, n)
	for i := range toks {
		sv.actorAt[i], sv.coordAt[i], entOf[i] = -1, -1, -1
	}
	k := 0
	for ei, e := range ents {
		for k > 0 && int(toks[k-1].end) > e.Start {
			k--
		}
		for i := k; i < n && int(toks[i].start) < e.End; i++ {
			if int(toks[i].start) >= e.Start && int(toks[i].end) <= e.End {
				sv.inEnt[i] = true
				if e.Actor != "" {
					entOf[i] = ei
				} else if e.Where != "" {
					sv.placeAt[i] = e.Where
				}
			}
		}
	}
	// Groups: one actor's tokens, merged over titles and names when the
	// next mention has the same code ("Pakistan's foreign minister Bhutto").
	for i := 0; i < n; {
		if entOf[i] < 0 {
			i++
			continue
		}
		e := ents[entOf[i]]
		// "anti-American approaches", "pro-Soviet", "non-NATO ally": an
		// attitude towards an actor, not the actor.
		if i > 1 && toks[i-1].text == "-" && (toks[i-2].low == "anti" || toks[i-2].low == "pro" || toks[i-2].low == "non") {
			for ei := entOf[i]; i < n && entOf[i] == ei; i++ {
			}
			continue
		}
		g := actorGroup{first: i, codes: []string{e.Actor}, label: e.Label, compound: e.Match != nil && e.Match.Compound}
		j := i + 1
		for j < n && entOf[j] == entOf[i] {
			j++
		}
		g.last = j - 1
		if !g.compound {
			sawTitle := false
			for k := j; k < n && k-j < 7; k++ {
				t := toks[k]
				if entOf[k] >= 0 {
					if ents[entOf[k]].Actor == e.Actor && !(ents[entOf[k]].Match != nil && ents[entOf[k]].Match.Compound) {
						for k < n && entOf[k] >= 0 && ents[entOf[k]].Actor == e.Actor {
							k++
						}
						g.last, g.label = k-1, ents[entOf[k-1]].Label
					} else if sawTitle && ents[entOf[k]].Label == "PERSON" && e.Label != "PERSON" {
						// "German Foreign Minister Oskar Fischer": the state
						// the text gives the office holder acts, whatever
						// state the name is listed for.
						for ek := entOf[k]; k < n && entOf[k] == ek; k++ {
						}
						g.last, g.label = k-1, "PERSON"
					}
					break
				}
				sawTitle = sawTitle || titleWords[t.low]
				if !(t.low == "'" || t.low == "s" || t.low == "," || titleWords[t.low] || t.kind == tWord && isUpperWord(t.text)) {
					break
				}
			}
		}
		// "Libyan leader Muammar Gaddafi": a title after a state word heads
		// the phrase, and the names after it belong to it.
		if k := g.last + 1; !g.compound && k < n && titleWords[toks[k].low] && entOf[k] < 0 {
			for k < n && k <= g.last+6 && entOf[k] < 0 && (titleWords[toks[k].low] || toks[k].kind == tWord && isUpperWord(toks[k].text) || toks[k].low == "-") {
				k++
			}
			g.last, g.label = k-1, "PERSON"
		}
		// "Bosnian Serbs", "Iraqi Kurds": a people named by the state they
		// live in is coded by that state.
		if k := g.last + 1; g.label == "NORP" && k < n && entOf[k] >= 0 && ents[entOf[k]].Label == "NORP" && ents[entOf[k]].Actor != e.Actor {
			for k < n && entOf[k] == entOf[g.last+1] {
				k++
			}
			g.last = k - 1
		}
		// "Ethnic Albanians in south Serbia", "The Albanians of southern
		// Serbia": people are coded by the state they live in.
		if g.label == "NORP" {
			k := g.last + 1
			if k < n && (toks[k].low == "in" || toks[k].low == "of") {
				for j := k + 1; j < n && j <= k+3; j++ {
					if entOf[j] >= 0 && ents[entOf[j]].Label == "GPE" {
						g.codes = []string{ents[entOf[j]].Actor}
						break
					}
					if toks[j].kind != tWord || isUpperWord(toks[j].text) && entOf[j] < 0 {
						break
					}
				}
			}
		}
		for k := g.first; k <= g.last; k++ {
			sv.actorAt[k] = len(sv.groups)
		}
		sv.groups = append(sv.groups, g)
		i = g.last + 1
	}
	// Coordinations: groups joined by "and", "," or "&", or by a dash in a
	// compound. A demonym before a noun ("the Soviet invasion") modifies it
	// and joins only another demonym or a compound.
	for gi := 0; gi < len(sv.groups); {
		c := coord{first: sv.groups[gi].first, last: sv.groups[gi].last, groups: []int{gi}}
		gj := gi + 1
		for gj < len(sv.groups) {
			a, b := sv.groups[gj-1], sv.groups[gj]
			gap := toks[c.last+1 : b.first]
			dash := len(gap) == 1 && isDash(firstRune(gap[0].text)) || a.compound && b.compound && len(gap) <= 2
			// A demonym before a lower-case noun modifies it ("and the Soviet
			// invasion"); one used as a noun ("between Soviet and China") joins.
			modifier := func(g actorGroup) bool {
				return g.label == "NORP" && g.last+1 < n && toks[g.last+1].kind == tWord && !isUpperWord(toks[g.last+1].text) && toks[g.last+1].low != "and"
			}
			plainAnd := len(gap) == 1 && (gap[0].low == "and" || gap[0].low == ",")
			if !dash && (!coordGap(gap) || modifier(b) && !plainAnd || modifier(a) && !modifier(b) && b.label != "NORP") {
				break
			}
			c.groups = append(c.groups, gj)
			c.last = b.last
			gj++
		}
		for k := c.first; k <= c.last; k++ {
			sv.coordAt[k] = len(sv.coords)
		}
		sv.coords = append(sv.coords, c)
		gi = gj
	}
	cl := 0
	for i, t := range toks {
		if t.low == ";" || t.low == ":" || clauseWords[t.low] && i > 0 {
			cl++
		}
		sv.clause[i] = cl
	}
	return sv
}

func isUpperWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// coordGap reports tokens that join two actors in a list.
func coordGap(gap []tok) bool {
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	var b strings.Builder
	for i, t := range gap {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.low)
	}
	switch b.String() {
	case "and", ",", "&", ", and", "as well as", "along with", "and the", ", the", ", and the", "or":
		return true
	}
	return false
}

// ZoneNoEvents is the zone to give Events for a sentence of back matter
// (ReportsNoEvents): it states pairs but reports no events.
const ZoneNoEvents = "noevents"

// Events finds the events and actor pairs of every sentence. sents must
// come from Sentences; ents, timex and money are the other stages'
// findings for the same document; zones gives each sentence's zone (the
// reference list and the front matter give none; headings and ZoneNoEvents
// give pairs only).
func (v *Vocabulary) Events(text string, sents []SentenceSpan, zones []string, ents []EntitySpan, timex []TimexSpan, money []MoneySpan) ([]EventSpan, []PairSpan) {
	var events []EventSpan
	var pairs []PairSpan
	ei, ti, mi := 0, 0, 0
	para := &paragraph{}
	line := -1
	for si := range sents {
		s := &sents[si]
		for ei < len(ents) && ents[ei].Sent < si {
			ei++
		}
		ej := ei
		for ej < len(ents) && ents[ej].Sent == si {
			ej++
		}
		for ti < len(timex) && timex[ti].Sent < si {
			ti++
		}
		var st []TimexSpan
		for k := ti; k < len(timex) && timex[k].Sent == si; k++ {
			if !timex[k].Citation {
				st = append(st, timex[k])
			}
		}
		for mi < len(money) && money[mi].Sent < si {
			mi++
		}
		mj := mi
		for mj < len(money) && money[mj].Sent == si {
			mj++
		}
		if s.Line != line {
			line, para = s.Line, &paragraph{}
		}
		para.doc = events
		zone := ""
		if si < len(zones) {
			zone = zones[si]
		}
		if zone == "references" {
			continue
		}
		backMatter := zone == ZoneNoEvents
		sv := v.view(text, s, ents[ei:ej], st, money[mi:mj], para)
		var evs []EventSpan
		if zone == "header" {
			// front matter: the title may state a relation, but it reports no events
			pairs = append(pairs, v.pairsOf(sv, si, nil)...)
			continue
		}
		if !s.Heading && !backMatter {
			evs = v.eventsOf(sv, si)
			para.events = append(para.events, evs...)
			para.subject = sv.mainSubject()
		}
		events = append(events, evs...)
		ps := v.pairsOf(sv, si, evs)
		if len(ps) > 0 {
			para.pair = []string{ps[0].A, ps[0].B}
		}
		pairs = append(pairs, ps...)
	}
	return events, pairs
}

// mainSubject is the sentence's first subject: its first actor that no
// preposition governs.
func (sv *sentenceView) mainSubject() []string {
	if len(sv.prior) > 0 && len(sv.prior[0].Source) > 0 {
		return sv.prior[0].Source
	}
	for k, t := range sv.toks {
		if pronouns[t.low] == "subject" {
			if c := sv.firstCoordFrom(0); c < 0 || sv.coords[c].first > k {
				return sv.para.subject
			}
		}
		if sv.coordAt[k] >= 0 {
			break
		}
	}
	for ci, co := range sv.coords {
		if !sv.governed(ci) && !sv.objectOfVerb(ci) {
			return co.codes(sv.groups)
		}
	}
	return sv.para.subject
}

func (sv *sentenceView) firstCoordFrom(k int) int {
	for ; k < len(sv.toks); k++ {
		if sv.coordAt[k] >= 0 {
			return sv.coordAt[k]
		}
	}
	return -1
}

// triggerAt returns the trigger at token i, and how many tokens it takes.
func (sv *sentenceView) triggerAt(i int) (*trigger, int) {
	t := sv.toks[i]
	if t.kind != tWord || sv.inEnt[i] || sv.blocked(i) {
		return nil, 0
	}
	// "self-imposed", "Soviet-backed": a trigger word joined by a hyphen
	// to the word before is part of an adjective ("re-imposed" is not).
	if i > 1 && sv.toks[i-1].text == "-" && sv.toks[i-1].end == t.start && sv.toks[i-2].end == sv.toks[i-1].start &&
		sv.toks[i-2].low != "re" && sv.toks[i-2].low != "co" {
		return nil, 0
	}
	cands := sv.v.triggers[t.low]
	// A word that is both a verb and a noun ("visit", "defeat") is a noun
	// after a determiner or a possessive.
	nounish := i > 0 && (determiners[sv.toks[i-1].low] || sv.toks[i-1].low == "s" && i > 1 && sv.toks[i-2].low == "'" ||
		sv.actorAt[i-1] >= 0 && sv.groups[sv.actorAt[i-1]].label == "NORP" ||
		// "military supplies": an -s form after a lower-case modifier
		strings.HasSuffix(t.low, "s") && sv.toks[i-1].kind == tWord && !isUpperWord(sv.toks[i-1].text) && sv.actorAt[i-1] < 0 &&
			!prepositions[sv.toks[i-1].low] && pronouns[sv.toks[i-1].low] == "" && !clauseWords[sv.toks[i-1].low] && sv.toks[i-1].low != "and" && sv.toks[i-1].low != "that")
	var best *trigger
	bn := 0
	for _, tr := range cands {
		n := len(tr.words)
		if i+n > len(sv.toks) || n < bn || tr.category == "NONE" {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = sv.toks[i+k].low == tr.words[k] && !sv.inEnt[i+k]
		}
		if !ok {
			continue
		}
		if tr.objects != nil {
			found := false
			for k := i + n; k < min(len(sv.toks), i+n+10); k++ {
				if tr.objects[sv.toks[k].low] {
					found = true
					break
				}
			}
			// "a new regional group called ... was formed": in the
			// passive the object comes first.
			if !found && !tr.noun && i > 0 && auxiliary(sv.toks[i-1].low) {
				for k := i - 2; k >= 0 && k >= i-20 && sv.clause[k] == sv.clause[i]; k-- {
					if tr.objects[sv.toks[k].low] {
						found = true
						break
					}
				}
			}
			if !found {
				continue
			}
		}
		// "given its strategic interest": a preposition unless passive.
		if t.low == "given" && (i == 0 || !auxiliary(sv.toks[i-1].low)) {
			continue
		}
		// "recognised as the centre": a description, not an act.
		if !tr.noun && i+n < len(sv.toks) && sv.toks[i+n].low == "as" && strings.HasSuffix(t.low, "ed") && !tr.objects["as"] {
			continue
		}
		if best == nil || n > bn || n == bn && tr.noun == nounish && best.noun != nounish {
			best, bn = tr, n
		}
	}
	return best, bn
}

func (v *Vocabulary) eventsOf(sv *sentenceView, si int) []EventSpan {
	var out []EventSpan
	toks := sv.toks
	for i := 0; i < len(toks); {
		if tr, n := sv.triggerAt(i); tr != nil {
			sv.trigs = append(sv.trigs, i)
			i += n
			continue
		}
		i++
	}
	lastVerb, lastVerbEnd := -1, -1
	for i := 0; i < len(toks); {
		tr, n := sv.triggerAt(i)
		if tr == nil {
			i++
			continue
		}
		if !tr.noun && sv.nounUse(i) {
			c := *tr
			c.noun = true
			tr = &c
		}
		// A noun that completes the trigger before it is not an event of its
		// own: "received military aid", "stopped its aid", "a halt in the
		// military sales", "a ban on all military supplies and cooperation".
		if tr.noun && (lastVerb >= 0 && sv.clause[i] == sv.clause[lastVerb] && i-lastVerbEnd <= 6 && sv.complement(lastVerbEnd, i) || sv.curbed(i)) {
			if ev, ok := sv.event(i, n, tr, out); ok && !strings.Contains(ev.Rule, "+topic") {
				sv.hidden = append(sv.hidden, ev)
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
		lastVerb, lastVerbEnd = i, i+n
		sv.prior = out
		ev, ok := sv.event(i, n, tr, out)
		if ok && len(out) > 0 && !tr.noun {
			p := &out[len(out)-1]
			pi := sv.tokAt(p.Start)
			switch {
			case strings.Contains(ev.Rule, "+subject-event") && pi >= 0 && i-pi <= 5 && !auxiliary(sv.toks[i-1].low) && p.noun:
				// "aid to Pakistan negotiated in 1987": the participle
				// describes the event noun before it and dates it.
				if ev.Date != "" {
					p.Date, p.DateAt = ev.Date, ev.DateAt
				}
				for _, m := range ev.Money {
					if !containsFloat(p.Money, m) {
						p.Money = append(p.Money, m)
					}
				}
				ok = false
			case i >= 2 && sv.toks[i-1].low == "to" && pi >= 0 && pi >= i-4 && takesComplement(p.Category) && !p.noun:
				// "agreed to provide armaments to Islamabad": one event, the
				// first verb's category and the second's subtype and target.
				p.Subtype = ev.Subtype
				if len(p.Target) == 0 || len(ev.Target) > 0 {
					p.Target = ev.Target
				}
				for _, m := range ev.Money {
					if !containsFloat(p.Money, m) {
						p.Money = append(p.Money, m)
					}
				}
				ok = false
			}
		}
		// "demanded that the US cancel plans to sell arms": what is
		// demanded, refused or threatened did not happen; its actors pair.
		if ok && sv.inComplement(i, out) {
			sv.hidden = append(sv.hidden, ev)
			ok = false
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
	out = append(out, sv.bothDates(out)...)
	out = append(out, sv.partitive(out)...)
	out = dedupe(out)
	markMain(out)
	return out
}

// researchWords name a paper's own work or its authors as the subject of
// a verb: "This paper investigates", "we discuss", "Section 6 concludes".
var researchWords = map[string]bool{"paper": true, "study": true, "article": true, "analysis": true,
	"chapter": true, "section": true, "thesis": true, "essay": true, "survey": true, "surveys": true,
	"we": true, "i": true, "author": true, "authors": true, "researchers": true, "model": true,
	"approach": true, "findings": true, "results": true, "data": true, "dataset": true, "work": true}

// auxWords may stand between a subject and its verb.
var auxWords = map[string]bool{"also": true, "further": true, "then": true, "first": true, "finally": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "to": true, "not": true, "here": true, "thus": true, "therefore": true, "now": true,
	"aims": true, "seeks": true, "attempts": true, "tries": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "briefly": true, "critically": true}

// researchSubject reports a verb at toks[i] whose subject is the paper or
// its authors, or a purpose infinitive of theirs ("this study examined
// his speeches to investigate H2").
func (sv *sentenceView) researchSubject(i int) bool {
	// "It investigates how public opinion shifted": a sentence that opens
	// with "It" and a verb in the present tense speaks of the paper
	if i == 1 && sv.toks[0].low == "it" && strings.HasSuffix(sv.toks[i].low, "s") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-8 && sv.clause[k] == sv.clause[i]; k-- {
		w := sv.toks[k].low
		switch {
		case researchWords[w]:
			return true
		case w == "to":
			// a purpose infinitive of the paper's: "we examined his
			// speeches to investigate", "To investigate H2, this study
			// examined", "Finally, to further investigate H2"
			toks := sv.toks
			for j := 0; j < len(toks) && j < 4; j++ {
				if researchWords[toks[j].low] {
					return true // the sentence's subject
				}
			}
			for j := 0; j+1 < len(toks); j++ {
				if toks[j].low == "," {
					// "To investigate H2, this study examined": the subject
					// after the opening infinitive
					for k := j + 1; k < len(toks) && k <= j+3; k++ {
						if researchWords[toks[k].low] {
							return true
						}
					}
					break
				}
			}
			return false
		case auxWords[w] || sv.toks[k].kind == tNum:
		default:
			// "Section 6 concludes": a number after the noun is fine, any
			// other word ends the subject
			return false
		}
	}
	return false
}

// sayWords report what an actor says, demands or warns.
var sayWords = map[string]bool{"said": true, "says": true, "say": true, "announced": true, "stated": true,
	"declared": true, "insisted": true, "warned": true, "told": true, "argued": true, "stressed": true,
	"added": true, "maintained": true, "demanded": true, "urged": true, "asserted": true}

// mustDemands reads "X said that Y must (should) act" as X's demand of Y,
// the way PLOVER codes it: "Jack Straw said the Sudanese government ...
// must reach an agreement", "rebels announced that President Kagame must
// agree". The act demanded stays an event of its own, hypothetical.
func (sv *sentenceView) mustDemands(si int, evs []EventSpan) []EventSpan {
	toks := sv.toks
	var out []EventSpan
	for k := 1; k < len(toks); k++ {
		if w := toks[k].low; w != "must" && w != "should" {
			continue
		}
		// the one who must: the nearest actors before the modal, within
		// its clause
		c := -1
		for j := k - 1; j >= 0 && j >= k-8 && sv.clause[j] == sv.clause[k]; j-- {
			if sv.coordAt[j] >= 0 {
				c = sv.coordAt[j]
				break
			}
			if w := toks[j].low; w == "that" || sayWords[w] {
				break
			}
		}
		if c < 0 {
			continue
		}
		// the one who says it: the subject of a reporting verb before them
		var src []string
		for j := sv.coords[c].first - 1; j >= 0 && j >= sv.coords[c].first-6; j-- {
			if sayWords[toks[j].low] {
				src, _ = sv.subject(j, sv.clause[j], evs)
				break
			}
			if w := toks[j].low; w != "that" && w != "," && w != "the" && toks[j].kind != tWord {
				break
			}
		}
		if src == nil {
			continue
		}
		tr := &trigger{category: "REQUEST", subtype: "demand"}
		ev := EventSpan{Sent: si, Start: int(toks[k].start), End: int(toks[k].end), Category: "REQUEST", Subtype: "demand",
			Source: append([]string{}, src...), Target: append([]string{}, sv.coords[c].codes(sv.groups)...), Rule: "event:must"}
		ev.Date, ev.DateAt = sv.dateFor(k, 1, tr)
		out = append(out, ev)
	}
	return out
}

// shareDates gives an undated event noun the date of the event noun
// coordinated with it: "the Soviet support to the Northern Alliance and the
// Soviet invasion of Afghanistan in 1979".
func (sv *sentenceView) shareDates(evs []EventSpan) {
	for k := 0; k+1 < len(evs); k++ {
		e, f := &evs[k], &evs[k+1]
		if e.Date != "" || f.Date == "" || !e.noun || !f.noun {
			continue
		}
		a, b := sv.tokEndAt(e.End), sv.tokAt(f.Start)
		if a < 0 || b < 0 || sv.clause[a] != sv.clause[b] {
			continue
		}
		and := false
		for j := a + 1; j < b; j++ {
			switch sv.toks[j].low {
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

// bothDates repeats an event for a second date coordinated with its own:
// "the largest supplier of arms to India in both 2012-16 and 2017-21".
func (sv *sentenceView) bothDates(evs []EventSpan) []EventSpan {
	var out []EventSpan
	for _, e := range evs {
		if e.Date == "" {
			continue
		}
		for k, x := range sv.timex {
			if x.Start != e.DateAt[0] || k+1 >= len(sv.timex) {
				continue
			}
			y := sv.timex[k+1]
			a, b := sv.tokEndAt(x.End), sv.tokAt(y.Start)
			if a >= 0 && b == a+2 && sv.toks[a+1].low == "and" {
				f := e
				f.Date, f.DateAt, f.Main, f.Rule = y.Value, [2]int{y.Start, y.End}, false, e.Rule+"+both-dates"
				out = append(out, f)
			}
		}
	}
	return out
}

// markMain marks the sentence's principal event: the first asserted verb
// event outside subordinate clauses, else the first such noun event, else
// the first event that is not hypothetical, else the first at all.
func markMain(evs []EventSpan) {
	for pass := 0; pass < 4; pass++ {
		for k := range evs {
			e := &evs[k]
			switch pass {
			case 0, 1:
				if e.subord || e.Modality == "hypothetical" || (e.noun && !e.light) != (pass == 1) {
					continue
				}
			case 2:
				if e.Modality == "hypothetical" {
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
func (sv *sentenceView) subordinate(i int) bool {
	toks := sv.toks
	cl := sv.clause[i]
	start := i
	for start > 0 && sv.clause[start-1] == cl {
		start--
	}
	if start > 0 && clauseWords[toks[start].low] && toks[start].low != "but" {
		return true
	}
	if i > 0 && toks[i-1].low == "to" {
		return true
	}
	for k := i - 1; k >= max(start, i-4); k-- {
		if sv.actorAt[k] >= 0 || toks[k].low == "," {
			// "in 1954, Pakistan signed": the phrase ended before the
			// clause's subject
			return false
		}
		switch toks[k].low {
		case "for", "during", "owing", "due", "amid", "following", "aimed", "designed", "in":
			if !sv.isTrigger(k) {
				return true
			}
		}
	}
	return false
}

// event reads the roles, date, money and modality of the trigger at toks[i:i+n].
func (sv *sentenceView) event(i, n int, tr *trigger, prior []EventSpan) (EventSpan, bool) {
	toks := sv.toks
	ev := EventSpan{Start: int(toks[i].start), End: int(toks[i+n-1].end), Category: tr.category, Subtype: tr.subtype, mutual: tr.mutual, noun: tr.noun}
	rule := "event:verb"
	var src, tgt []string
	gerund := !tr.noun && i > 0 && determiners[toks[i].low] == false && determiners[toks[i-1].low] && strings.HasSuffix(toks[i].low, "ing")
	if tr.noun || gerund {
		rule = "event:noun"
		src, tgt = sv.nounRoles(i, n, tr, prior)
		if len(src) == 0 && (len(tgt) == 0 && (tr.mutual || sv.predicate(i)) || sv.afterLightVerb(i) || tr.agent) {
			// "Israel and Lebanon renewed negotiations", "X declared a
			// ceasefire", "Israel launched an invasion of Lebanon",
			// "Russia was the largest supplier of arms"
			if subj, _ := sv.subject(i, sv.clause[i], prior); subj != nil && !overlapCodes(subj, tgt) {
				src, rule = subj, rule+"+subject"
			}
		}
		if len(src) == 0 && len(tgt) == 0 && len(prior) > 0 && sv.continuesPrior(i) {
			// "establishing the group in 2002, followed by a dialogue in
			// 2003": the same parties go on.
			p := prior[len(prior)-1]
			src, tgt, rule = append([]string{}, p.Source...), append([]string{}, p.Target...), rule+"+followed"
		}
		if len(src) == 0 && len(tgt) < 2 {
			// An event noun with no agent: only the paragraph's topic can
			// say who acted ("aid to Pakistan negotiated in 1987").
			if s := sv.topicSource(tgt); s != nil {
				src, rule = s, rule+"+topic"
			} else if s := sv.docSource(tr, tgt); s != nil && len(tgt) > 0 {
				src, rule = s, rule+"+topic"
			} else {
				return ev, false
			}
		}
		if strings.Contains(rule, "+subject") && sv.locative(i) {
			// "shocked India at an anti-terror meet": a venue, not an act
			// of the subject's.
			return ev, false
		}
		if len(src) == 0 && len(tgt) >= 2 {
			src, tgt = tgt, nil // "the establishment of Sino-Pak relations": the pair acts together
		}
	} else {
		src, tgt = sv.verbRoles(i, n, tr, prior)
		if len(src) == 0 && len(tgt) == 0 && len(prior) > 0 {
			// "all aid to Pakistan ... was cut off": the verb acts on the
			// event named before it.
			p := prior[len(prior)-1]
			src, tgt, rule = append([]string{}, p.Source...), append([]string{}, p.Target...), rule+"+subject-event"
		}
		if len(src) == 0 && len(tgt) == 0 {
			// "the rapprochement was cut short": the relation an earlier
			// sentence reported.
			if p := sv.earlierEvent(i); p != nil {
				src, rule = appendCodes(append([]string{}, p.Source...), p.Target...), rule+"+subject-event"
			}
		}
		if len(src) == 0 && len(tgt) >= 2 && (tr.mutual || tr.category == "COOPERATE" || tr.category == "SUPPORT" || tr.category == "CONSULT") && !auxiliary(toks[max(i-1, 0)].low) {
			// "initiated by establishing the Pakistan-Russia Joint Working
			// Group": the parties named act together.
			src, tgt, rule = tgt, nil, rule+"+parties"
		}
		if len(src) == 0 && len(tgt) > 0 {
			if s := sv.topicSource(tgt); s != nil {
				src, rule = s, rule+"+topic"
			} else if s := sv.docSource(tr, tgt); s != nil {
				src, rule = s, rule+"+topic"
			}
		}
	}
	if tr.mediator {
		// "launched a mediation effort between the Emirates and Saudi
		// Arabia": the mediator acts on both parties.
		if btw := sv.betweenAfter(i + n); len(btw) >= 2 {
			if subj, _ := sv.subject(i, sv.clause[i], prior); len(subj) > 0 && !overlapCodes(subj, btw) {
				src, tgt, rule = subj, btw, rule+"+mediator"
			}
		}
	}
	if len(tgt) == 0 && len(src) > 0 && !tr.mutual && needsTarget(tr) {
		if t := sv.placeTarget(i+n, src); t != "" {
			tgt, rule = []string{t}, rule+"+place"
		} else if t := sv.topicTarget(src); t != nil {
			tgt, rule = t, rule+"+topic"
		}
	}
	if len(src) == 0 && len(tgt) == 0 {
		return ev, false
	}
	if len(src) == 0 && len(tgt) == 1 && sv.v.isState(tgt[0]) && sv.unknownLeader(i) {
		// "President Museveni has banned Ugandan opposition candidates":
		// a head of state the vocabulary does not know, acting on his own
		// state's people.
		src, rule = append([]string{}, tgt...), rule+"+domestic"
	}
	ev.Source, ev.Target, ev.Rule = nonNil(src), nonNil(removeCodes(tgt, src)), rule
	if len(tgt) > 0 && len(ev.Target) == 0 && len(src) == 1 && sv.v.isState(src[0]) && !tr.mutual {
		// "Bosnian Serbs demanded a truce with Moslem forces in east
		// Bosnia": the object is named inside the source's own state.
		ev.Target, ev.Rule = []string{src[0]}, ev.Rule+"+domestic"
	}
	if len(ev.Target) == 0 {
		switch tr.category {
		case "CONCEDE", "PROTEST", "COERCE":
			// "reimposed blockades in the West Bank": the place names the
			// target; with no outside target these are domestic: a
			// government easing its own rule, people protesting at home,
			// police arresting
			if t := sv.placeTarget(i+n, ev.Source); t != "" {
				ev.Target, ev.Rule = []string{t}, ev.Rule+"+place"
			} else {
				ev.Target = append([]string{}, ev.Source...)
			}
		case "REQUEST", "REJECT", "ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "MOBILIZE":
			// "opposition groups in Zimbabwe are demanding...": a group
			// inside a state that names no outside target acts at home
			if sv.domesticActor(i, n) && len(ev.Source) == 1 && sv.v.isState(ev.Source[0]) {
				ev.Target = append([]string{}, ev.Source...)
				ev.Rule += "+domestic"
			}
		}
	}
	ev.Date, ev.DateAt = sv.dateFor(i, n, tr)
	ev.Money = sv.moneyFor(i)
	ev.Modality = sv.modality(i)
	ev.subord = sv.subordinate(i)
	ev.light = tr.noun && sv.afterLightVerb(i)
	if ev.Modality == "future" {
		// PLOVER codes an announced act by its announcement: promised
		// cooperation or concession is agreement, announced force or
		// sanction is a threat.
		switch ev.Category {
		case "CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT":
			ev.Category = "AGREE"
		case "SANCTION", "COERCE", "ASSAULT":
			ev.Category = "THREATEN"
		}
	}
	return ev, true
}

// headTitles are the titles of heads of state and government.
var headTitles = map[string]bool{"president": true, "premier": true, "king": true, "emir": true, "sultan": true, "chancellor": true, "shah": true}

// unknownLeader reports a head of state or government the vocabulary does
// not know as the subject of the trigger at i: "President Yoweri Museveni
// has banned...".
func (sv *sentenceView) unknownLeader(i int) bool {
	cl := sv.clause[i]
	for k := i - 1; k >= 0 && sv.clause[k] == cl; k-- {
		if sv.actorAt[k] >= 0 || prepositions[sv.toks[k].low] {
			return false
		}
		t := sv.toks[k]
		if (headTitles[t.low] || t.low == "prime" && k+1 < len(sv.toks) && sv.toks[k+1].low == "minister") && isUpperWord(t.text) &&
			k+1 < len(sv.toks) && isUpperWord(sv.toks[k+1].text) {
			return true
		}
	}
	return false
}

// domesticActor reports a noun naming actors inside a state (opposition,
// rebels, students, police...) as the subject or the object of the trigger
// at toks[i:i+n], in its clause.
func (sv *sentenceView) domesticActor(i, n int) bool {
	cl := sv.clause[i]
	for k := i - 1; k >= 0 && sv.clause[k] == cl; k-- {
		if sv.v.domestic[sv.toks[k].low] {
			return true
		}
	}
	for k := i + n; k < len(sv.toks) && k < i+n+6 && sv.clause[k] == cl; k++ {
		if sv.v.domestic[sv.toks[k].low] {
			return true
		}
		if sv.actorAt[k] >= 0 && sv.groups[sv.actorAt[k]].label != "NORP" {
			return false
		}
	}
	return false
}

// lightVerbs carry no event of their own: the noun after them names it
// ("launched war games", "staged demonstrations", "paid a visit").
var lightVerbs = map[string]bool{"launch": true, "launched": true, "launches": true, "stage": true, "staged": true, "stages": true,
	"hold": true, "held": true, "holds": true, "begin": true, "began": true, "begins": true, "start": true, "started": true, "starts": true,
	"conduct": true, "conducted": true, "conducts": true, "mount": true, "mounted": true, "organize": true, "organized": true,
	"organise": true, "organised": true, "continue": true, "continued": true, "make": true, "made": true, "pay": true, "paid": true,
	"undertake": true, "undertook": true, "initiate": true, "initiated": true, "carry": true, "carried": true}

// afterLightVerb reports a light verb at most four words before token i, in
// its clause, with only determiners, numbers and modifiers between.
func (sv *sentenceView) afterLightVerb(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && sv.clause[k] == sv.clause[i]; k-- {
		w := sv.toks[k].low
		if lightVerbs[w] {
			return true
		}
		if prepositions[w] && w != "of" || sv.actorAt[k] >= 0 || w == "," || w == "and" {
			return false
		}
	}
	return false
}

// subjectOfNext reports a coordination followed by a verb trigger of its
// own ("... and the Soviets along with India forming another axis").
func (sv *sentenceView) subjectOfNext(c int) bool {
	k := sv.coords[c].last + 1
	if k >= len(sv.toks) || !verbLike(sv.toks[k].low) {
		return false
	}
	tr, _ := sv.triggerAt(k)
	return tr != nil && !tr.noun
}

// earlierEvent finds, for an event noun in the subject of the verb at i
// ("the rapprochement was cut short"), the document's latest event of that
// subtype.
func (sv *sentenceView) earlierEvent(i int) *EventSpan {
	cl := sv.clause[i]
	for k := i - 1; k >= 0 && sv.clause[k] == cl; k-- {
		tr, _ := sv.triggerAt(k)
		if tr == nil || !tr.noun {
			continue
		}
		if k == 0 || !determiners[sv.toks[k-1].low] {
			return nil
		}
		for j := len(sv.para.doc) - 1; j >= 0; j-- {
			if e := &sv.para.doc[j]; e.Subtype == tr.subtype {
				return e
			}
		}
		return nil
	}
	return nil
}

// locative reports an event noun in an "at" phrase: "at an anti-terror
// meet in Brisbane".
func (sv *sentenceView) locative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := sv.toks[k].low
		if w == "at" {
			return true
		}
		if prepositions[w] || sv.actorAt[k] >= 0 || verbLike(w) {
			return false
		}
	}
	return false
}

// restrictionNouns name a curb whose complement is what is curbed ("an
// embargo on arms supplies", "a ban on military sales").
var restrictionNouns = map[string]bool{"embargo": true, "embargoes": true, "ban": true, "bans": true, "halt": true, "sanctions": true,
	"curbs": true, "restrictions": true, "moratorium": true, "freeze": true, "cut": true, "cuts": true, "suspension": true, "end": true}

// curbed reports an event noun that is the complement of a restriction
// noun: "embargo on arms supplies to Pakistan".
func (sv *sentenceView) curbed(i int) bool {
	for k := i - 1; k > 0 && k >= i-4; k-- {
		w := sv.toks[k].low
		if w == "on" || w == "of" || w == "in" || w == "to" {
			return restrictionNouns[sv.toks[k-1].low]
		}
		if prepositions[w] || sv.actorAt[k] >= 0 && sv.groups[sv.actorAt[k]].label != "NORP" || verbLike(w) || w == "," {
			return false
		}
	}
	return false
}

// continuesPrior reports an event noun at i that goes on with the parties of
// the event before it: after "followed by", or at the head of a clause
// joined by ", and" with only modifiers before the noun.
func (sv *sentenceView) continuesPrior(i int) bool {
	for k := i - 1; k > 0 && k >= i-4; k-- {
		if sv.toks[k].low == "by" && sv.toks[k-1].low == "followed" {
			return true
		}
		// "got military aid worth 5.81 Billion Dollars, and the arms
		// sales component was ...": a clause joined by ", and" goes on
		// with the same parties
		if sv.toks[k].low == "and" && sv.toks[k-1].low == "," {
			for j := k + 1; j < i; j++ {
				if w := sv.toks[j]; !determiners[w.low] && (w.kind != tWord || isUpperWord(w.text) || verbLike(w.low)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// effortNouns take an infinitive whose subject is their owner ("an Indian
// effort to reprimand Pakistan", "the Russian decision to sell").
var effortNouns = map[string]bool{"effort": true, "efforts": true, "attempt": true, "attempts": true, "bid": true, "move": true,
	"plan": true, "plans": true, "decision": true, "proposal": true, "offer": true, "request": true, "call": true, "initiative": true,
	"campaign": true, "push": true, "drive": true, "refusal": true, "willingness": true, "readiness": true, "pledge": true, "promise": true}

// memberWords introduce a group's members.
var memberWords = map[string]bool{"consisting": true, "composed": true, "comprising": true, "comprised": true, "made": true}

// predicate reports an event noun right after the clause's verb
// ("remained on alert", "were on strike").
func (sv *sentenceView) predicate(i int) bool {
	k := i - 1
	for k >= 0 && determiners[sv.toks[k].low] {
		k--
	}
	if k < 0 {
		return false
	}
	w := sv.toks[k].low
	return auxiliary(w) || w == "remained" || w == "remain" || w == "remains" || w == "stayed" || w == "went" || w == "go" || w == "are"
}

// betweenAfter returns the actors of a "between A and B" phrase in the
// clause after token from.
func (sv *sentenceView) betweenAfter(from int) []string {
	for k := from; k+1 < len(sv.toks) && k < from+10 && sv.clause[k] == sv.clause[from]; k++ {
		if sv.toks[k].low == "between" {
			if c := sv.coordAt[k+1]; c >= 0 {
				return sv.coords[c].codes(sv.groups)
			}
			return nil
		}
	}
	return nil
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// blocked reports token i inside a phrase that names no event ("cold war",
// "attack helicopters"; category NONE in the trigger file).
func (sv *sentenceView) blocked(i int) bool {
	for j := max(0, i-3); j <= i; j++ {
		for _, tr := range sv.v.triggers[sv.toks[j].low] {
			n := len(tr.words)
			if tr.category != "NONE" || j+n <= i || j+n > len(sv.toks) {
				continue
			}
			ok := true
			for k := 1; k < n && ok; k++ {
				ok = sv.toks[j+k].low == tr.words[k]
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// nounUse reports a verb trigger used as a noun: after an article, with
// at most three modifier words between ("a total ban", "an anti-terror
// meet").
func (sv *sentenceView) nounUse(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := sv.toks[k]
		switch {
		case w.low == "a" || w.low == "an" || w.low == "the":
			return true
		case w.text == "-" || w.kind == tWord && !isUpperWord(w.text) && !verbLike(w.low) && !prepositions[w.low] &&
			!clauseWords[w.low] && !auxiliary(w.low) && w.low != "and" && w.low != "to" && sv.actorAt[k] < 0 && !sv.isTrigger(k):
			continue
		}
		return false
	}
	return false
}

func needsTarget(tr *trigger) bool {
	switch tr.category {
	case "AID", "SANCTION", "COERCE", "ASSAULT", "CONSULT", "REQUEST", "ACCUSE", "THREATEN", "AGREE", "MOBILIZE":
		return !tr.mutual
	case "COOPERATE":
		return tr.subtype == "arms_sale" || tr.subtype == "arms_deal"
	}
	return false
}

// topicSource finds who acted on tgt in the paragraph's latest event with
// that target.
func (sv *sentenceView) topicSource(tgt []string) []string {
	return latest(sv.topicEvents(), func(e *EventSpan) []string {
		if len(e.Source) > 0 && overlapCodes(e.Target, tgt) && !overlapCodes(e.Source, tgt) {
			return e.Source
		}
		return nil
	})
}

// docSource finds, for an event with no agent and no topic in its
// paragraph, the source of the document's latest event of the same
// subtype on the same target ("Pakistan got military aid worth...": the
// aid an earlier section said the US gave).
func (sv *sentenceView) docSource(tr *trigger, tgt []string) []string {
	return latest(sv.para.doc, func(e *EventSpan) []string {
		if e.Subtype == tr.subtype && e.Category == tr.category && len(e.Source) > 0 && overlapCodes(e.Target, tgt) && !overlapCodes(e.Source, tgt) {
			return e.Source
		}
		return nil
	})
}

// topicTarget finds the target of the paragraph's latest event by src.
func (sv *sentenceView) topicTarget(src []string) []string {
	return latest(sv.topicEvents(), func(e *EventSpan) []string {
		if len(e.Target) > 0 && overlapCodes(e.Source, src) && !overlapCodes(e.Target, src) {
			return e.Target
		}
		return nil
	})
}

// topicEvents are the paragraph's events so far, this sentence's included.
func (sv *sentenceView) topicEvents() []EventSpan {
	return append(append([]EventSpan{}, sv.para.events...), sv.prior...)
}

// latest returns a copy of what pick finds in the latest event that has it.
func latest(evs []EventSpan, pick func(*EventSpan) []string) []string {
	for k := len(evs) - 1; k >= 0; k-- {
		if codes := pick(&evs[k]); codes != nil {
			return append([]string{}, codes...)
		}
	}
	return nil
}

// placeTarget returns the state of the first place after token from in its
// clause ("build steel mills at Karachi" → PAK).
func (sv *sentenceView) placeTarget(from int, src []string) string {
	if from >= len(sv.toks) {
		return ""
	}
	cl := sv.clause[from]
	for k := from; k < len(sv.toks) && sv.clause[k] == cl && k < from+10; k++ {
		if w := sv.placeAt[k]; w != "" && !contains(src, w) {
			return w
		}
		if sv.coordAt[k] >= 0 {
			return ""
		}
	}
	return ""
}

func overlapCodes(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

func removeCodes(xs, drop []string) []string {
	var out []string
	for _, x := range xs {
		if !contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// governed reports whether a preposition governs coordination ci: "in the
// Pakistani media", "with the US".
func (sv *sentenceView) governed(ci int) bool {
	toks := sv.toks
	for k := sv.coords[ci].first - 1; k >= 0 && k >= sv.coords[ci].first-4; k-- {
		w := toks[k].low
		switch {
		case w == "that" && k+1 == sv.coords[ci].first:
			// "with the aim that Russia would train...": a new clause
			return false
		case w == "as":
			// "renamed as X", "such as X" govern; "as X stopped..." opens a clause.
			return k > 0 && (verbLike(toks[k-1].low) || toks[k-1].low == "such" || toks[k-1].low == "known")
		case prepositions[w]:
			// "before that Soviets...": the preposition has its own object.
			if k+1 < sv.coords[ci].first && (toks[k+1].low == "that" || toks[k+1].low == "this") && k+2 == sv.coords[ci].first {
				return false
			}
			return true
		case determiners[w] || w == "'" || w == "s":
		case toks[k].kind == tWord && !isUpperWord(toks[k].text) && !verbLike(w) && !clauseWords[w] && w != "and" && w != "that":
		default:
			return false
		}
	}
	return false
}

// objectOfVerb reports whether coordination ci follows a verb as its object
// ("keeping India informed").
func (sv *sentenceView) objectOfVerb(ci int) bool {
	k := sv.coords[ci].first - 1
	if k >= 0 && sv.toks[k].low == "that" {
		return false // "agreed that Russia will...": the subject of a clause
	}
	for k >= 0 && determiners[sv.toks[k].low] {
		k--
	}
	if k < 0 {
		return false
	}
	w := sv.toks[k].low
	// "Newly appointed Palestinian Prime Minister...", "Ousted president":
	// a participle that opens its clause modifies the actor.
	opens := true
	for j := k - 1; j >= 0 && sv.clause[j] == sv.clause[k]; j-- {
		if t := sv.toks[j].low; !determiners[t] && !strings.HasSuffix(t, "ly") {
			opens = false
			break
		}
	}
	if opens && strings.HasSuffix(w, "ed") {
		return false
	}
	if tr, _ := sv.triggerAt(k); tr != nil && !tr.noun {
		return true
	}
	return verbLike(w)
}

func verbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || w == "led" || w == "made"
}

// verbRoles: the subject before the verb is the source, the first actor
// after it the target; a passive's agent after "by" is the source; for
// "receive" the subject is the target.
func (sv *sentenceView) verbRoles(i, n int, tr *trigger, prior []EventSpan) ([]string, []string) {
	toks := sv.toks
	cl := sv.clause[i]
	passive := false
	aux := i - 1
	if aux > 0 && strings.HasSuffix(toks[aux].low, "ly") && toks[aux].kind == tWord {
		aux-- // "have officially been branded"
	}
	if aux >= 0 {
		switch toks[aux].low {
		case "was", "were", "been", "be", "being", "is", "are":
			// "is opposed to": a state, not a passive
			passive = (strings.HasSuffix(toks[i].low, "ed") || toks[i].low == "sold" || toks[i].low == "given" || toks[i].low == "sent" || toks[i].low == "cut") &&
				toks[i+n-1].low != "to"
		}
	}
	subj, skipped := sv.subject(i, cl, prior)
	var obj, by, between []string
	mutualObj, objCompound, objInstitution := false, false, false
	for k := i + n; k < len(toks); k++ {
		if sv.clause[k] != cl && (obj != nil || !needsTarget(tr)) {
			break
		}
		w := toks[k].low
		if w == "as" && k == i+n {
			continue // "branded as revisionist states by the U.S.": the verb's own "as"
		}
		if backgroundWords[w] && (obj != nil || !needsTarget(tr) || passive) {
			break
		}
		if k == i+n && w == "that" && tr.category != "REQUEST" {
			break // "agreed that Russia will train...": a clause, not an object
		}
		if k == i+n && (pronouns[w] == "object" || pronouns[w] == "possessive" && tr.mutual) || k <= i+n+1 && w == "it" && pronouns[w] == "subject" && obj == nil {
			obj = sv.resolve(k, false, subj)
			continue
		}
		if w == "each" && k+1 < len(toks) && toks[k+1].low == "other" || w == "one" && k+1 < len(toks) && toks[k+1].low == "another" {
			mutualObj = true
		}
		if c := sv.coordAt[k]; c >= 0 {
			codes := sv.coords[c].codes(sv.groups)
			prep := ""
			for p := sv.coords[c].first - 1; p >= 0; p-- {
				if !determiners[toks[p].low] {
					prep = toks[p].low
					break
				}
			}
			switch {
			case prep == "by" && passive:
				by = codes
			case prep == "between" && len(codes) >= 2:
				between = codes
			case obj == nil && sv.subjectOfNext(c):
				// "China, Pakistan and the U.S. forming one axis and the
				// Soviets along with India forming another": a new subject.
				k = len(toks)
				continue
			case obj == nil:
				obj = codes
				objCompound = sv.groups[sv.coords[c].groups[0]].compound
				if l := sv.coords[c].last; l+1 < len(toks) && institutionNouns[toks[l+1].low] {
					objInstitution = true
				}
			}
			k = sv.coords[c].last
		}
	}
	if obj == nil && skipped != nil {
		obj = skipped // "keeping India informed"
	}
	switch {
	case passive && by != nil:
		return by, subj
	case passive && (tr.subtype == "establish_body" || tr.subtype == "sign_agreement" || tr.subtype == "establish_relations" || tr.subtype == "exercise"):
		// "Russo-Pak joint military commission was formed", "a group
		// consisting of ... was formed": the parties named made it.
		return subj, nil
	case passive && tr.mutual:
		// "Russia, China and Pakistan are discussed in this paper": the
		// parties are a topic, not actors.
		return nil, nil
	case passive:
		return nil, subj
	case tr.inverse:
		var from []string
		for k := i + n; k < len(toks) && sv.clause[k] == cl; k++ {
			if toks[k].low == "from" {
				j := k + 1
				for j < len(toks) && determiners[toks[j].low] {
					j++
				}
				if j < len(toks) && sv.coordAt[j] >= 0 {
					from = sv.coords[sv.coordAt[j]].codes(sv.groups)
					break
				}
			}
		}
		return from, subj
	case between != nil && (tr.category == "COOPERATE" || tr.category == "CONSULT" || tr.category == "SUPPORT"):
		return between, nil
	case (tr.mutual || mutualObj) && len(subj) >= 2:
		// "China, Russia, and Pakistan decided to cooperate with the U.S."
		return subj, removeCodes(obj, subj)
	case tr.mutual && len(obj) >= 2 && objCompound:
		// "deteriorated U.S.-Pakistan relations": the pair named
		return obj, nil
	}
	if objInstitution {
		// "Albanians of southern Serbia demanding autonomy from Serbian
		// authorities": people acting on their own state's institutions
		return subj, obj
	}
	if tr.category == "ACCUSE" || tr.category == "PROTEST" {
		// "complained to the United Nations over two Israeli air raids":
		// the one complained of is the target, not the one complained to
		if about := sv.complainedOf(i+n, cl); about != nil {
			return subj, removeCodes(about, subj)
		}
	}
	// "held talks with X", "met X", "shared evidence with X": the subject
	// is the source and the other party the target, as PLOVER codes a
	// meeting that one side holds with another.
	return subj, removeCodes(obj, subj)
}

// complainedOf finds, after a complaint verb addressed "to" someone, the
// actors of an "over", "about" or "against" phrase in the same clause:
// "protested to Washington about Pakistani incursions".
func (sv *sentenceView) complainedOf(from, cl int) []string {
	toks := sv.toks
	if from >= len(toks) || toks[from].low != "to" {
		return nil
	}
	for k := from + 1; k < len(toks) && sv.clause[k] == cl; k++ {
		switch toks[k].low {
		case "over", "about", "against":
			for j := k + 1; j < len(toks) && j <= k+4 && sv.clause[j] == cl; j++ {
				if c := sv.coordAt[j]; c >= 0 {
					return sv.coords[c].codes(sv.groups)
				}
			}
			return nil
		}
	}
	return nil
}

// institutionNouns after a state word name that state's institutions: "the
// Serbian authorities", "Chinese police".
var institutionNouns = map[string]bool{"authorities": true, "government": true, "regime": true, "police": true,
	"army": true, "forces": true, "troops": true, "officials": true, "administration": true, "leadership": true,
	"junta": true, "military": true, "security": true, "state": true, "parliament": true, "courts": true}

// subject finds the subject of a verb at toks[i]: the nearest coordination
// before it in its clause that no preposition governs and that is not a
// verb's object; a participle right after actors takes them ("China and
// the U.S. forming one axis"); else a subject pronoun's referent; else the
// previous clause's subject. skipped is an object passed on the way.
func (sv *sentenceView) subject(i, cl int, prior []EventSpan) (subj, skipped []string) {
	toks := sv.toks
	start := i
	for start > 0 && sv.clause[start-1] == cl {
		start--
	}
	if i > 0 && strings.HasSuffix(toks[i].low, "ing") && sv.coordAt[i-1] >= 0 {
		return sv.coords[sv.coordAt[i-1]].codes(sv.groups), nil
	}
	if i >= 3 && toks[i-1].low == "to" && effortNouns[toks[i-2].low] {
		// "an Indian effort to reprimand Pakistan": the one whose effort
		// it is acts.
		for k := i - 3; k >= 0 && k >= i-6; k-- {
			if c := sv.coordAt[k]; c >= 0 {
				return sv.coords[c].codes(sv.groups), nil
			}
			if determiners[toks[k].low] && toks[k].low != "its" && toks[k].low != "their" {
				break
			}
			if pronouns[toks[k].low] == "possessive" {
				return sv.resolve(k, false, nil), nil
			}
		}
	}
	for k := i - 1; k >= start; k-- {
		if c := sv.coordAt[k]; c >= 0 {
			k = sv.coords[c].first
			// "for Russia to lean towards Pakistan": the subject of the
			// infinitive.
			if l := sv.coords[c].last; l+2 == i && toks[l+1].low == "to" {
				return sv.coords[c].codes(sv.groups), skipped
			}
			// "a group consisting of Russia, Tajikistan, Pakistan and
			// Afghanistan was formed": the members.
			if f := sv.coords[c].first; f >= 2 && toks[f-1].low == "of" && memberWords[toks[f-2].low] || f >= 1 && memberWords[toks[f-1].low] {
				return sv.coords[c].codes(sv.groups), skipped
			}
			if sv.governed(c) {
				continue
			}
			if sv.objectOfVerb(c) {
				// "led the US to invoke": the object of one verb is the
				// subject of the infinitive after it.
				if l := sv.coords[c].last; l+2 == i && toks[l+1].low == "to" {
					return sv.coords[c].codes(sv.groups), skipped
				}
				if skipped == nil {
					skipped = sv.coords[c].codes(sv.groups)
				}
				continue
			}
			return sv.coords[c].codes(sv.groups), skipped
		}
		if pronouns[toks[k].low] == "subject" {
			return sv.resolve(k, true, nil), skipped
		}
	}
	if start > 0 && (toks[start].low == "who" || toks[start].low == "which") {
		// "in the words of Kissinger, who had warned the US": the relative
		// pronoun stands for the actor right before it.
		k := start - 1
		if k >= 0 && toks[k].low == "," {
			k--
		}
		if k >= 0 && sv.coordAt[k] >= 0 {
			return sv.coords[sv.coordAt[k]].codes(sv.groups), skipped
		}
	}
	if start > 0 {
		s, _ := sv.subject(start-1, sv.clause[start-1], prior)
		if s != nil {
			return s, skipped
		}
	}
	// "Demonstrators in Baghdad blocked...", "Thousands of Nigerians were
	// converging": the subject phrase names only where or whose people
	// they are; that place or people stands for the actor.
	if skipped == nil {
		for k := start; k < i; k++ {
			if prepositions[toks[k].low] && toks[k].low != "in" && toks[k].low != "of" && toks[k].low != "from" && toks[k].low != "throughout" && toks[k].low != "across" {
				break
			}
			if c := sv.coordAt[k]; c >= 0 {
				return sv.coords[c].codes(sv.groups), nil
			}
			if w := sv.placeAt[k]; w != "" {
				return []string{w}, nil
			}
		}
	}
	return nil, skipped
}

// resolve finds what a pronoun at toks[k] refers to: a subject pronoun the
// last sentence's subject (or this sentence's last event's source); an
// object or possessive the nearest actor before it other than not.
func (sv *sentenceView) resolve(k int, subject bool, not []string) []string {
	if subject {
		for p := len(sv.prior) - 1; p >= 0; p-- {
			if len(sv.prior[p].Source) > 0 {
				return sv.prior[p].Source
			}
		}
		if sv.para != nil && sv.para.subject != nil {
			return sv.para.subject
		}
	}
	if w := sv.toks[k].low; w == "their" || w == "them" || w == "they" {
		// a plural pronoun: the nearest pair or list ("U.S.-Pak
		// relations ... deteriorated their relations")
		for j := k - 1; j >= 0; j-- {
			if c := sv.coordAt[j]; c >= 0 {
				if codes := sv.coords[c].codes(sv.groups); len(codes) >= 2 && !overlapCodes(codes, not) {
					return codes
				}
				j = sv.coords[c].first
			}
		}
	}
	for j := k - 1; j >= 0; j-- {
		if g := sv.actorAt[j]; g >= 0 && !overlapCodes(sv.groups[g].codes, not) {
			return sv.groups[g].codes
		}
	}
	if sv.para != nil {
		return sv.para.subject
	}
	return nil
}

var ofIsAgent = map[string]bool{"withdraw": true, "visit": true, "support": true, "meet": true, "talks": true, "release": true}

// nounRoles: "the Soviet invasion of Afghanistan", "U.S. arms sales",
// "Ayub Khan's visit", "the 1965 Indo-Pak war", "a Soviet withdrawal from
// Afghanistan", "India's defeat", "aid to Pakistan", "its war with India".
func (sv *sentenceView) nounRoles(i, n int, tr *trigger, prior []EventSpan) ([]string, []string) {
	toks := sv.toks
	// Before the noun: an actor, a compound or a possessive within four words.
	var pre []string
	preGroups := 0
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if c := sv.coordAt[k]; c >= 0 {
			if !sv.governed(c) || toks[sv.coords[c].first-1].low == "of" || sv.groups[sv.coords[c].groups[0]].label == "NORP" ||
				len(sv.coords[c].groups) > 1 && sv.groups[sv.coords[c].groups[0]].compound {
				pre = sv.coords[c].codes(sv.groups)
				preGroups = len(sv.coords[c].groups)
			}
			break
		}
		w := toks[k].low
		if pronouns[w] == "possessive" {
			pre = sv.resolve(k, false, nil)
			preGroups = 1
			break
		}
		if w == "the" || w == "a" || w == "an" || w == "'" || w == "s" || toks[k].kind == tNum || toks[k].kind == tWord && !prepositions[w] && !clauseWords[w] && w != "and" && !verbLike(w) {
			continue
		}
		break
	}
	// After the noun, a chain of prepositional phrases: "of X", "to X", "from X", "by X", "between X and Y".
	var of, to, from, by, between []string
	k := i + n
	for k < len(toks) && prepositions[toks[k].low] {
		w := toks[k].low
		j := k + 1
		for j < len(toks) && j < k+5 && sv.coordAt[j] < 0 && toks[j].kind == tWord && !prepositions[toks[j].low] && !clauseWords[toks[j].low] {
			j++
		}
		if j >= len(toks) || sv.coordAt[j] < 0 {
			// a phrase with no actor ("in order to", "of the decision"): the chain goes on through it
			for j < len(toks) && !prepositions[toks[j].low] && toks[j].kind == tWord && j < k+5 {
				j++
			}
			if j < len(toks) && prepositions[toks[j].low] && j < k+6 {
				k = j
				continue
			}
			break
		}
		codes := sv.coords[sv.coordAt[j]].codes(sv.groups)
		switch w {
		case "of":
			if of == nil {
				of = codes
			}
		case "to", "against", "with", "on", "towards", "toward", "for":
			if to == nil {
				to = codes
			}
		case "from":
			from = codes
		case "by":
			by = codes
		case "between":
			between = codes
		}
		k = sv.coords[sv.coordAt[j]].last + 1
		// "of the Soviet forces from Afghanistan": the actor's head noun
		for h := 0; h < 2 && k < len(toks) && toks[k].kind == tWord && !prepositions[toks[k].low] && !clauseWords[toks[k].low] && toks[k].low != "and"; h++ {
			k++
		}
	}
	switch {
	case len(between) >= 2:
		return between, nil
	case tr.mutual && preGroups > 1:
		return pre, removeCodes(to, pre)
	}
	src, tgt := pre, to
	if by != nil {
		src = by
	}
	if ofIsAgent[tr.subtype] {
		if src == nil {
			src = of
		}
		if tgt == nil {
			tgt = from
		}
	} else if of != nil {
		if tgt == nil {
			tgt = of
		} else if src == nil {
			src = of
		}
	}
	if tr.subtype == "war" && !tr.mutual && pre != nil && by == nil {
		src, tgt = nil, pre // "India's defeat": the possessor lost
	}
	return src, removeCodes(tgt, src)
}

// dateFor picks the event's date: a "when" clause takes the date just
// before "when"; else the nearest date in the trigger's clause; a noun in a
// background phrase ("owing to the Soviet invasion") only a date next to
// it; else the sentence's first date.
func (sv *sentenceView) dateFor(i, n int, tr *trigger) (string, [2]int) {
	if len(sv.timex) == 0 {
		return "", [2]int{}
	}
	toks := sv.toks
	tokOf := func(x TimexSpan) (int, int) {
		a, b := -1, -1
		for k, t := range toks {
			if a < 0 && int(t.start) >= x.Start {
				a = k
			}
			if int(t.end) <= x.End {
				b = k
			}
		}
		return a, b
	}
	cl := sv.clause[i]
	start := i
	for start > 0 && sv.clause[start-1] == cl {
		start--
	}
	if start > 0 && toks[start].low == "when" {
		for _, x := range sv.timex {
			if _, b := tokOf(x); b >= 0 && b >= start-3 && b < start {
				return x.Value, [2]int{x.Start, x.End}
			}
		}
	}
	background := false
	if tr.noun {
		for k := max(0, i-5); k < i; k++ {
			switch toks[k].low {
			case "owing", "due", "because", "following", "amid", "wake", "during":
				background = true
			}
		}
	}
	best, bestD := -1, 1<<30
	for xi, x := range sv.timex {
		a, b := tokOf(x)
		if a < 0 || b < 0 {
			continue
		}
		d := 0
		switch {
		case b < i:
			d = i - b
			// "the group in 2002, followed by a dialogue ... in 2003": a
			// date before a comma belongs to what precedes it
			for k := b + 1; k < i; k++ {
				if toks[k].low == "," || toks[k].low == ";" {
					d += 3
					break
				}
			}
		case a >= i+n:
			d = a - (i + n - 1)
		}
		if background && d > 6 || sv.clause[a] != cl && sv.clause[b] != cl {
			continue
		}
		// A date right next to another trigger is that event's date.
		if d > 2 && sv.nextToOtherTrigger(a, b, i) {
			continue
		}
		if d < bestD {
			best, bestD = xi, d
		}
	}
	if best >= 0 {
		x := sv.timex[best]
		return x.Value, [2]int{x.Start, x.End}
	}
	if background {
		return "", [2]int{}
	}
	x := sv.timex[0]
	return x.Value, [2]int{x.Start, x.End}
}

// nextToOtherTrigger reports whether the tokens a..b sit within two tokens
// of a trigger other than the one at i.
func (sv *sentenceView) nextToOtherTrigger(a, b, i int) bool {
	for _, t := range sv.trigs {
		if t == i {
			continue
		}
		if t > b && t-b <= 2 || t < a && a-t <= 2 {
			return true
		}
	}
	return false
}

// moneyFor attaches the money figures of the trigger's clause.
func (sv *sentenceView) moneyFor(i int) []float64 {
	out := []float64{}
	cl := sv.clause[i]
	for _, m := range sv.money {
		for k, t := range sv.toks {
			if int(t.start) == m.Start {
				t := sv.nearestTrigger(k)
				// the nearest trigger may be a noun that completes this
				// one ("got military aid worth 5.81 Billion Dollars")
				mine := t == i || t > i && t-i <= 6 && sv.complement(i+1, t)
				if sv.clause[k] == cl && mine && !containsFloat(out, m.Amount) {
					out = append(out, m.Amount)
				}
				break
			}
		}
	}
	return out
}

// nearestTrigger returns the trigger of token k's clause nearest to it,
// preferring the one before it on a tie ("aid of 3.73 Billion Dollars ...,
// and the arms sales component was 2.20 Billion Dollars").
func (sv *sentenceView) nearestTrigger(k int) int {
	best, bd := -1, 1<<30
	for _, t := range sv.trigs {
		if sv.clause[t] != sv.clause[k] {
			continue
		}
		d := k - t
		if d < 0 {
			d = -d
		}
		if d < bd || d == bd && t < k {
			best, bd = t, d
		}
	}
	return best
}

func containsFloat(xs []float64, x float64) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var reportWords = map[string]bool{"unconfirmed": true, "reportedly": true, "allegedly": true, "rumoured": true, "rumored": true,
	"reports": true, "reported": true, "news": true, "claimed": true, "purportedly": true}

// intentWords before "to" announce an act that has not happened yet.
var intentWords = map[string]bool{"plans": true, "plan": true, "planned": true, "planning": true,
	"intends": true, "intend": true, "intended": true, "intending": true, "expected": true,
	"willing": true, "ready": true, "prepared": true, "set": true, "going": true,
	"aims": true, "hopes": true, "seeks": true}

// modality marks an event reported, negated, future or hypothetical from
// the words before its trigger.
func (sv *sentenceView) modality(i int) string {
	toks := sv.toks
	cl := sv.clause[i]
	for k := i - 1; k >= 0 && k >= i-4 && sv.clause[k] == cl; k-- {
		switch toks[k].low {
		case "not", "never", "n't", "no":
			return "negated"
		case "will", "shall", "'ll", "would":
			return "future"
		case "may", "might", "could", "should", "must":
			return "hypothetical"
		}
		if toks[k].low == "to" && k > 0 && intentWords[toks[k-1].low] {
			return "future"
		}
	}
	for k := 0; k < i; k++ {
		if reportWords[toks[k].low] {
			return "reported"
		}
	}
	return ""
}

// elided reads the events a coordination adds without repeating the verb:
// "sold arms to Iran in 1967 and later to Kuwait in 1977".
func (sv *sentenceView) elided(from int, ev EventSpan) []EventSpan {
	toks := sv.toks
	var out []EventSpan
	for k := from; k+2 < len(toks); k++ {
		if toks[k].low != "and" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].low == "later" || toks[j].low == "then" || toks[j].low == "also" || toks[j].low == "again") {
			j++
		}
		if j+1 >= len(toks) || (toks[j].low != "to" && toks[j].low != "with") || sv.coordAt[j+1] < 0 {
			continue
		}
		co := sv.coords[sv.coordAt[j+1]]
		e := ev
		e.Target = co.codes(sv.groups)
		e.Rule = ev.Rule + "+elided"
		e.Date, e.DateAt = "", [2]int{}
		for _, x := range sv.timex {
			if x.Start >= int(toks[co.last].end) && x.Start-int(toks[co.last].end) < 12 {
				e.Date, e.DateAt = x.Value, [2]int{x.Start, x.End}
				break
			}
		}
		if e.Date == "" || e.Date == ev.Date {
			continue
		}
		out = append(out, e)
	}
	return out
}

// partitive reads a share of an event given with its own date and money
// in a clause of its own: "...sold arms worth $1 billion, out of which
// $53 million was in 1954".
func (sv *sentenceView) partitive(evs []EventSpan) []EventSpan {
	var out []EventSpan
	toks := sv.toks
	for k := 0; k+1 < len(toks); k++ {
		if !(toks[k].low == "of" && toks[k+1].low == "which") {
			continue
		}
		var base *EventSpan
		for ei := range evs {
			if len(evs[ei].Money) > 0 && evs[ei].Start < int(toks[k].start) {
				base = &evs[ei]
			}
		}
		if base == nil {
			continue
		}
		e := *base
		e.Money = []float64{}
		for _, m := range sv.money {
			if m.Start > int(toks[k].start) {
				e.Money = append(e.Money, m.Amount)
				break
			}
		}
		for _, x := range sv.timex {
			if x.Start > int(toks[k].start) {
				e.Date, e.DateAt = x.Value, [2]int{x.Start, x.End}
				break
			}
		}
		if len(e.Money) == 0 || e.Date == base.Date {
			continue
		}
		e.Rule = base.Rule + "+partitive"
		out = append(out, e)
	}
	return out
}

// dedupe keeps one event per category, date, sources and targets in a
// sentence, except that verbs of different subtypes stay apart: "visited
// India, signed a treaty and endorsed India's stand" are three events,
// while "held talks ... to visit" and "a hunger strike to protest" are one.
func dedupe(evs []EventSpan) []EventSpan {
	seen := map[string]bool{}    // category, date and actors
	seenSub := map[string]bool{} // and subtype
	seenNoun := map[string]bool{}
	var out []EventSpan
	for _, e := range evs {
		s := append([]string{}, e.Source...)
		t := append([]string{}, e.Target...)
		sort.Strings(s)
		sort.Strings(t)
		k := e.Category + "|" + e.Date + "|" + strings.Join(s, ",") + ">" + strings.Join(t, ",")
		if e.noun && seen[k] || !e.noun && (seenSub[k+"|"+e.Subtype] || seenNoun[k]) {
			continue
		}
		seen[k], seenSub[k+"|"+e.Subtype] = true, true
		if e.noun {
			seenNoun[k] = true
		}
		out = append(out, e)
	}
	return out
}

// inComplement reports whether token i lies in the complement of an
// earlier REQUEST, REJECT or THREATEN event of the same clause.
func (sv *sentenceView) inComplement(i int, evs []EventSpan) bool {
	for _, e := range evs {
		switch e.Category {
		case "REQUEST", "REJECT", "THREATEN":
		default:
			continue
		}
		k := sv.tokAt(e.Start)
		if k >= 0 && k < i && i-k <= 15 && (sv.clause[k] == sv.clause[i] || sv.toks[min(k+1, len(sv.toks)-1)].low == "that") {
			return true
		}
	}
	return false
}

// tokAt returns the index of the token starting at byte offset b, or -1.
// tokEndAt returns the index of the token that ends at byte e, or -1.
func (sv *sentenceView) tokEndAt(e int) int {
	for k, t := range sv.toks {
		if int(t.end) == e {
			return k
		}
	}
	return -1
}

func (sv *sentenceView) tokAt(b int) int {
	for k, t := range sv.toks {
		if int(t.start) == b {
			return k
		}
	}
	return -1
}

func auxiliary(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "be", "being", "has", "have", "had":
		return true
	}
	return false
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
func (sv *sentenceView) complement(from, j int) bool {
	for k := from; k < j; k++ {
		if sv.coordAt[k] >= 0 && sv.groups[sv.actorAt[k]].label != "NORP" || clauseWords[sv.toks[k].low] || sv.toks[k].low == "," || backgroundWords[sv.toks[k].low] {
			return false
		}
	}
	return true
}

// backgroundWords open a phrase that gives a cause or a circumstance:
// the actors in it are not the objects of the verb before it.
var backgroundWords = map[string]bool{"due": true, "owing": true, "because": true, "despite": true, "amid": true, "following": true}

// isTrigger reports whether an event trigger starts at token k.
func (sv *sentenceView) isTrigger(k int) bool {
	for _, t := range sv.trigs {
		if t == k {
			return true
		}
	}
	return false
}
