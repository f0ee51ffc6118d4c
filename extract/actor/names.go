package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// A person of the vocabulary is named by one of their forms: a full name
// ("Bill Clinton") or a surname ("Clinton"). The same words inside a longer
// name name someone else: a given name before a surname that none of the
// person's forms gives them ("Henry Clinton", "Imru Haile Selassie", "J.
// S. Rumsfeld"), or a name that goes on after the form ("Abdul Sattar Abu
// Risha", "Abu Musab al-Zarqawi", a reference list's "Haig KM"). And a
// document that names another person of a surname leaves the surname alone
// ambiguous: "General Clinton" after "Sir Henry Clinton" is no president.

// ruleOtherPerson marks a vocabulary person's form inside another
// person's name; the entity spans that name and has no actor.
const ruleOtherPerson = "vocab:other-person"

// ruleAmbiguous ends the rule of a surname's mention that the document
// gives another person too (ambiguousSurnames).
const ruleAmbiguous = "+ambiguous"

// ruleSurnameNoun marks a person's surname after an indefinite article,
// a common noun that the name has become ("was a Hitler."): no actor.
const ruleSurnameNoun = "vocab:person+article"

// maxNameWords is how many name words before or after a person's form
// are taken into the other person's name.
const maxNameWords = 2

// otherPerson reports whether the person's form m of sentence st (base its
// offset, ms its matches, mi m's index) is part of another person's
// name, and that name's span.
func (v *Vocabulary) otherPerson(lx *english.Lexer, st string, base int, ms []Match, mi int) (start, end int, other bool) {
	m := ms[mi]
	ws := english.Words(st, base)
	low := foldKeys(ws)
	first, last := -1, -1
	for k, w := range ws {
		if w.Start == m.Start {
			first = k
		}
		if w.End == m.End {
			last = k
		}
	}
	if first < 0 || last < first {
		return 0, 0, false
	}
	start, end = m.Start, m.End
	// given names before a surname alone
	if first == last {
		known := false
		for k := first - 1; k >= 0 && first-1-k < maxNameWords && spaced(st, base, ws, k); k-- {
			w := ws[k].Text
			initial := english.IsInitials(w)
			if !initial && (!v.givenWord(lx, ws, low, k, ms) || v.styles[w] || k == 0 && !v.Actors.givenNames[w]) {
				break // the sentence's first word ("Then Karzai spoke") only if it is a given name of the vocabulary's
			}
			known = known || v.Actors.knownGiven(m, w, initial)
			start = ws[k].Start
		}
		if known {
			start = m.Start // the person's own given name: "John Kennedy", "Jair Messias Bolsonaro"
		}
	}
	// a name that goes on after the form, up to a word in lower case or
	// punctuation (not a run of capitalized words, a heading's)
	k := last + 1
	for ; k < len(ws) && k-last-1 < maxNameWords && spaced(st, base, ws, k-1); k++ {
		w := ws[k].Text
		if n := particleName(ws, k); n > 0 {
			k += n - 1
			continue
		}
		if !(k == last+1 && initialsAfter(ws, k) || v.givenWord(lx, ws, low, k, ms) && !v.en.Title(w)) {
			break
		}
	}
	if k > last+1 && (k == len(ws) || !english.StartsUpper(ws[k].Text) || !spaced(st, base, ws, k-1)) {
		end = ws[k-1].End
	}
	// a regnal numeral none of the person's forms gives them: "Emperor
	// Charles V" is not Austria's Charles I ("I" alone is the pronoun)
	if end == m.End && last+1 < len(ws) && spaced(st, base, ws, last) && regnal(ws[last+1].Text) {
		end = ws[last+1].End
	}
	return start, end, start != m.Start || end != m.End
}

// regnal reports a Roman numeral of two to six letters or "V", "X":
// a monarch's or pope's number ("II", "V", "XVI").
func regnal(w string) bool {
	if w != "V" && w != "X" && (len(w) < 2 || len(w) > 6) {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// spaced reports words k and k+1 of ws separated by one space.
func spaced(st string, base int, ws []english.Word, k int) bool {
	return k+1 < len(ws) && ws[k].End+1 == ws[k+1].Start && st[ws[k].End-base] == ' '
}

// givenWord reports a word of ws that can be part of a person's name: a
// capitalized name word that is no title or honorific, no word that opens
// sentences, no month, no word the stages know in lower case (a heading's
// "Under"), no head word of a name ("Doctrine"), no agent noun
// ("Administration"), no venue word (in lower case or as written: "treaty",
// "Acts"), and no part of another vocabulary
// form.
func (v *Vocabulary) givenWord(lx *english.Lexer, ws []english.Word, low []uint64, k int, ms []Match) bool {
	w := ws[k].Text
	lw := strings.ToLower(w)
	if !english.IsNameWord(w) || isAllCaps(w) || v.en.Title(w) || v.en.Honorific(w) || v.en.OpensSentence(w) || v.en.Starter(w) ||
		v.en.Month(lw) > 0 || lx.Known(lw) || v.nonEntity(w) || v.named[w] != "" || v.venues[lw] != 0 || v.venues[w] != 0 {
		return false
	}
	for _, m := range ms {
		if m.Start <= ws[k].Start && ws[k].End <= m.End {
			return false
		}
	}
	if n, _ := v.agents.at(ws, low, k); n > 0 {
		return false
	}
	// a title of several words ending here ("Secretary of State")
	return !v.endsTitle(ws, k)
}

func wordTexts(ws []english.Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

// particleName returns the number of words (three) of a name after a
// particle joined by a hyphen at word k: "al-Zarqawi", "el-Sisi": a word
// of lower-case letters, a hyphen, a capitalized word, with no space
// between; else 0.
func particleName(ws []english.Word, k int) int {
	if k+2 >= len(ws) || ws[k].End != ws[k+1].Start || ws[k+1].End != ws[k+2].Start || ws[k+1].Text != "-" ||
		!english.IsNameWord(ws[k+2].Text) {
		return 0
	}
	for _, r := range ws[k].Text {
		if !unicode.IsLower(r) {
			return 0
		}
	}
	return 3
}

// initialsAfter reports a reference list's initials after a surname:
// one to three capitals ("KM", "J") or dotted initials ("J.S."), then a
// comma, a full stop or the end: "Haig KM, Sutton S".
func initialsAfter(ws []english.Word, k int) bool {
	w := ws[k].Text
	if !english.IsInitials(w) {
		if len(w) > 3 || !isAllCapsShort(w) {
			return false
		}
	}
	return k+1 == len(ws) || ws[k+1].Text == "," || ws[k+1].Text == "." || ws[k+1].Text == ";"
}

func isAllCapsShort(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}

// knownGiven reports whether a form of the person m names (a form that
// ends with m's words, has more words, and shares a code with m) has the
// word given before them: "John" for "Kennedy" by "John F. Kennedy"; for
// an initial ("J."), a word with that first letter.
func (g *Gazetteer) knownGiven(m Match, given string, initial bool) bool {
	keys := wordKeys(m.Text)
	if len(keys) == 0 {
		return false
	}
	for _, fm := range g.byLast[foldHash(keys[len(keys)-1])] {
		n := len(fm.keys) - len(keys)
		if n <= 0 || !sameWords(fm.keys[n:], keys) || !shareCode(fm.entries, m.Entries) {
			continue
		}
		for _, k := range fm.keys[:n] {
			if strings.EqualFold(k, given) || initial && english.FirstRune(k) == english.FirstRune(given) {
				return true
			}
		}
	}
	return false
}

func sameWords(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return len(a) == len(b)
}

func shareCode(a, b []*Entry) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Code != "" && x.Code == y.Code {
				return true
			}
		}
	}
	return false
}

// indexNames indexes the forms of people of several words by their last
// word, for knownGiven, and collects their first words that are names
// (givenNames).
func (g *Gazetteer) indexNames() {
	g.byLast, g.givenNames = map[uint64][]*form{}, map[string]bool{}
	for _, fm := range g.all {
		if len(fm.keys) < 2 {
			continue
		}
		for _, e := range fm.entries {
			if e.Label == "PERSON" {
				h := foldHash(fm.keys[len(fm.keys)-1])
				g.byLast[h] = append(g.byLast[h], fm)
				if w := fm.keys[0]; english.IsNameWord(w) && !isAllCaps(w) {
					g.givenNames[w] = true
				}
				break
			}
		}
	}
}

// ambiguousSurnames takes the actor from every mention of a one-word
// person's form (a surname alone: "Clinton", "General Clinton") in a
// document whose body names another person of that surname by a given
// name the vocabulary knows as one (an entity of rule ruleOtherPerson
// whose given name, a first name of a person of the vocabulary, stands
// before the same form: "Henry Clinton"), and returns those surnames,
// which no full name's mentions may claim either. A namesake the
// vocabulary lists as no actor (people.tsv, kind namesake: "Henri
// Poincaré", the mathematician of Raymond's years) counts as such a
// person, and so does a person the vocabulary codes for another state
// ("Douglas Haig", GBR, beside the "Haig" of the secretary of state, USA:
// codedNamesake). A bounded leader's surname (leaders.tsv, only:dated) inside
// another name is not made ambiguous so: a history of Madero's revolution
// names his brother "Raúl Madero" and means the president by "Madero".
func (v *Vocabulary) ambiguousSurnames(doc string, zones []string, ents []Entity) map[string]bool {
	var shared map[string]bool
	for i := range ents {
		e := &ents[i]
		if sur := v.coded(e); sur != "" && e.Sent < len(zones) && zones[e.Sent] == "body" {
			if shared == nil {
				shared = map[string]bool{}
			}
			shared[sur] = true
			continue
		}
		if e.Rule != ruleOtherPerson || e.Match == nil || boundedMatch(e.Match) || e.Match.End != e.End || e.Match.Start == e.Start ||
			e.Sent >= len(zones) || zones[e.Sent] != "body" || strings.ContainsAny(e.Match.Text, " -") {
			continue
		}
		given := strings.Fields(doc[e.Start:e.Match.Start])
		if len(given) == 0 || !v.Actors.givenNames[given[len(given)-1]] {
			continue
		}
		if shared == nil {
			shared = map[string]bool{}
		}
		shared[e.Match.Text] = true
	}
	if shared == nil {
		return nil
	}
	for i := range ents {
		e := &ents[i]
		if (e.Actor != "" || boundedMatch(e.Match)) && !e.Agent && e.Match != nil && e.Label == "PERSON" && shared[doc[e.Start:e.End]] {
			e.Actor, e.Sector, e.Rule = "", "", e.Rule+ruleAmbiguous
		}
	}
	return shared
}

// groupNameEnd returns the end of a longer name that a group's form m of
// sentence st (base its offset) opens: the form, a connector that joins
// a group's name (connectors.txt marks them "group": "for"), and
// capitalized words joined by connectors, ending on a capitalized word:
// "National Front for the Liberation of South Vietnam" is no "National
// Front" of another country, and the state it names is part of its name.
// A connector that joins a list's names ("and", marked "list") ends the
// name before a word in lower case: "... of South Vietnam and the Viet
// Cong" names two. 0 when the form ends where its name does.
func (v *Vocabulary) groupNameEnd(st string, base int, m Match) int {
	ws := english.Words(st[m.End-base:], m.End)
	if len(ws) < 2 || !v.groupJoiners[strings.ToLower(ws[0].Text)] {
		return 0
	}
	end := 0
	for k := 1; k < len(ws); k++ {
		w := ws[k].Text
		lw := strings.ToLower(w)
		switch {
		case english.StartsUpper(w) && english.IsNameWord(w):
			end = ws[k].End
		case v.listJoiners[lw] && k+1 < len(ws) && !english.StartsUpper(ws[k+1].Text):
			return end
		case v.connectors[lw]:
		default:
			return end
		}
		if k+1 < len(ws) && ws[k].End == ws[k+1].Start {
			return end // a word glued to the next: punctuation
		}
	}
	return end
}

// ruleCapitalPerson marks a capital's one-word form that names a person
// here: after a title or an honorific ("General Washington", "Lord
// Wellington", "Sir Kingston"), after a title and "of" ("the Mayor of
// London", "the Governor of Kabul"), or after a given name the
// vocabulary knows as one ("George Washington"). The entity is a PERSON
// with no actor: the state is not named.
const ruleCapitalPerson = "vocab:capital+person"

// ruleProvincePerson marks a subdivision's one-word form that names a
// person in the same places ("General William Westmoreland", "Governor
// Kent"), or stands alone in a document that names that person so
// (placeSurnames): a PERSON with no actor and no place.
const ruleProvincePerson = "vocab:province+person"

// capitalPerson reports whether the capital's or subdivision's form m of
// sentence st (base its offset, ms its matches) names a person, and where
// the person's name starts (the given name, or the form itself after a
// title).
func (v *Vocabulary) capitalPerson(lx *english.Lexer, st string, base int, ms []Match, m Match) (start int, ok bool) {
	if strings.ContainsAny(m.Text, " -.") {
		return 0, false
	}
	ws := english.Words(st, base)
	k := -1
	for i, w := range ws {
		if w.Start == m.Start {
			k = i
		}
	}
	if k < 1 || !spaced(st, base, ws, k-1) {
		return 0, false
	}
	w := ws[k-1].Text
	if v.endsTitle(ws, k-1) || v.en.Honorific(w) || w == "." && k >= 2 && (v.en.Honorific(ws[k-2].Text) || v.endsTitle(ws, k-2) || v.en.Title(ws[k-2].Text+".")) && ws[k-2].End == ws[k-1].Start {
		return m.Start, true // "General Washington", "Mr. Lima", "Gen. Washington", "Col. Lima" (a title listed with its full stop)
	}
	if w == "of" && k >= 2 && spaced(st, base, ws, k-2) && v.endsTitle(ws, k-2) {
		return ws[k-2].Start, true // "the Mayor of Paris": the person's span takes the title
	}
	low := foldKeys(ws)
	// A given name after a venue word and "of" opens the place's own
	// name: "the Battle of Vittorio Veneto" is fought at a town.
	if v.Actors.givenNames[w] && v.givenWord(lx, ws, low, k-1, ms) && (k-1 > 0 || !v.en.OpensSentence(w)) && !v.venueBefore(st[:ws[k-1].Start-base]) {
		return ws[k-1].Start, true
	}
	return 0, false
}

// ruleTitledState marks a state's one-word name or demonym after a title
// or an honorific: the surname of a person, as capitals' are
// (ruleCapitalPerson): "Admiral Togo", "General French", "Mr. Jordan".
// A demonym so placed is the person's only where its sentence goes on as a
// name's would, with no noun for the demonym to modify: punctuation, a
// possessive, a verb in -ed or a word of topical.tsv's alone rows
// ("General French ordered", "General French had"; not "General French
// opinion", whose demonym is an adjective). The entity is a PERSON with no
// actor.
const ruleTitledState = "vocab:state+person"

// titledState reports whether the state's or demonym's one-word form m of
// sentence st (base its offset) names a person after a title (after, the
// text after the form), and where the person's name starts.
func (v *Vocabulary) titledState(st string, base int, m Match, demonym bool, after string) (start int, ok bool) {
	if strings.ContainsAny(m.Text, " -.") {
		return 0, false
	}
	ws := english.Words(st, base)
	k := slices.IndexFunc(ws, func(w english.Word) bool { return w.Start == m.Start })
	if k < 1 || !spaced(st, base, ws, k-1) {
		return 0, false
	}
	w := ws[k-1].Text
	if !v.endsTitle(ws, k-1) && !v.en.Honorific(w) && !(w == "." && k >= 2 && ws[k-2].End == ws[k-1].Start && (v.en.Honorific(ws[k-2].Text) || v.en.Title(ws[k-2].Text+"."))) {
		return 0, false
	}
	if demonym {
		next := firstWord(after)
		if next != "" && strings.HasPrefix(after, " "+next) {
			if !unicode.IsLower(rune(next[0])) || next == "of" || !v.pointerAlone[next] && !strings.HasSuffix(next, "ed") {
				return 0, false
			}
		}
	}
	return m.Start, true
}

// endsTitle reports a title of one or more words ending at word k of ws
// ("General", "Secretary of State").
func (v *Vocabulary) endsTitle(ws []english.Word, k int) bool {
	for n := 1; n <= v.en.MaxTitle() && k-n+1 >= 0; n++ {
		if v.en.Title(strings.Join(wordTexts(ws[k-n+1:k+1]), " ")) {
			return true
		}
	}
	return false
}

// ruleDemonymName marks a demonym that opens the name of an institution
// or a publication ("American University", "American Political Science
// Review"): the name is one ORG with no actor.
const ruleDemonymName = "vocab:demonym+name"

// demonymNameEnd returns the end of a capitalized name that the demonym's
// form m of sentence st (base its offset) opens and that a head word of
// demonymheads.txt closes, past at most three other capitalized words, and
// then past "of" or a connector that joins a group's name ("for") and
// capitalized words ("British Journal of Political Science", "American
// Association for the Advancement of Science"); 0 when there is none.
func (v *Vocabulary) demonymNameEnd(st string, base int, m Match) int {
	return v.nameEnd(st, base, m, func(w string) bool { return v.demonymHeads[w] })
}

// nameEnd is demonymNameEnd for the head words head reports.
func (v *Vocabulary) nameEnd(st string, base int, m Match, head func(string) bool) int {
	if m.End-base >= len(st) || st[m.End-base] != ' ' {
		return 0
	}
	ws := english.Words(st[m.End-base:], m.End)
	capital := func(k int) bool {
		return k < len(ws) && english.StartsUpper(ws[k].Text) && english.IsNameWord(ws[k].Text)
	}
	spaced := func(k int) bool { return k == 0 || ws[k-1].End < ws[k].Start }
	end, k := 0, 0
	for ; k < len(ws) && k <= 3 && capital(k) && spaced(k); k++ {
		if head(ws[k].Text) {
			end = ws[k].End
			break
		}
	}
	if end == 0 {
		return 0
	}
	for k++; k+1 < len(ws) && spaced(k) && (ws[k].Text == "of" || v.groupJoiners[ws[k].Text]); {
		j := k + 1
		if strings.EqualFold(ws[j].Text, "the") && j+1 < len(ws) {
			j++
		}
		if !capital(j) {
			break
		}
		for ; capital(j) && spaced(j); j++ {
			end = ws[j].End
		}
		k = j
	}
	return end
}

// ruleNewPlace marks a state's or a capital's name after a word of
// newnames.txt that makes another place of it: "German New Guinea",
// "New England", "New London". The place has no actor.
const ruleNewPlace = "vocab:place+new"

// newPlace reports whether the match m of sentence st (base its offset)
// follows a word of newnames.txt, written as listed with one space
// between, and where that place's name starts.
func (v *Vocabulary) newPlace(st string, base int, m Match) (start int, ok bool) {
	before := st[:m.Start-base]
	w, ok := strings.CutSuffix(before, " ")
	if !ok {
		return 0, false
	}
	word := w[strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	if !v.newNames[word] {
		return 0, false
	}
	return base + len(w) - len(word), true
}

// ruleUnitName marks a state's or a capital's name that closes the name of
// a force or a command (unitnames.txt): "Task Force Tripoli", "Multi-
// National Force - Iraq". The whole is an ORG with no actor.
const ruleUnitName = "vocab:unit+name"

// unitName reports whether the match m of sentence st (base its offset)
// follows words of unitnames.txt, as listed, after a space and perhaps a
// dash between spaces, and where the force's name starts (the longest
// such words').
func (v *Vocabulary) unitName(st string, base int, m Match) (start int, ok bool) {
	before, ok := strings.CutSuffix(st[:m.Start-base], " ")
	if !ok {
		return 0, false
	}
	if w, cut := strings.CutSuffix(before, " -"); cut {
		before = w
	} else if w, cut := strings.CutSuffix(before, " –"); cut {
		before = w
	}
	start = -1
	for _, u := range v.unitNames { // the longest: "Combined Joint Task Force"
		if rest, cut := strings.CutSuffix(before, u); cut && (start < 0 || base+len(rest) < start) {
			if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !unicode.IsLetter(r) && r != '-' {
				start = base + len(rest)
			}
		}
	}
	return start, start >= 0
}

// ruleDemonymOrigin marks the first demonym of a dashed pair of demonyms
// that stands as a noun ("John Lind, a Swedish-American."): a person's
// origin, no actor; the second demonym names the person's nationality and
// keeps its code.
const ruleDemonymOrigin = "vocab:demonym+origin"

// originFirst reports whether match mi of ms (sentence st, base its
// offset) is a demonym joined by a dash to a demonym after it that no word
// follows (punctuation or the sentence's end): a pair of demonyms before a
// noun ("the Soviet-Afghan war") names two sides, one standing alone a
// person or a people of mixed origin.
func originFirst(st string, base int, ms []Match, mi int) bool {
	if mi+1 >= len(ms) || !adjacentDash(st, base, ms[mi].End, ms[mi+1].Start) || ms[mi+1].Entry("").Kind != "demonym" {
		return false
	}
	rest := st[ms[mi+1].End-base:]
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r) && !unicode.IsSpace(r) && !english.IsDash(r)
}

// ruleDisease marks a demonym or a state's name that opens a disease's
// name: "the Spanish flu", "the Hong Kong flu".
const ruleDisease = "vocab:disease"

// diseaseAfter reports a disease noun of diseases.txt (perhaps plural)
// as the next word of rest, the text after a demonym or a state's name,
// past spaces or one dash: the two name a disease ("Spanish flu", "Asian
// influenza"), not the state.
func (v *Vocabulary) diseaseAfter(rest string) bool {
	return nounAfter(rest, v.diseases)
}

// ruleSense marks a demonym that names a language, its letters or a
// people's craft, not the state (senses.txt): "Persian-speaking Tajiks",
// "Persian poetry", "Persian carpets".
const ruleSense = "vocab:demonym+sense"

// senseAfter is diseaseAfter for the nouns of senses.txt: the demonym
// before one names a language, its letters or a craft.
func (v *Vocabulary) senseAfter(rest string) bool {
	return nounAfter(rest, v.senses)
}

// nounAfter reports a noun of set (lower case, perhaps plural) as the next
// word of rest, past spaces or one dash.
func nounAfter(rest string, set map[string]bool) bool {
	t := strings.TrimLeft(rest, " \t\n")
	if len(t) == len(rest) {
		if t2, ok := strings.CutPrefix(rest, "-"); ok {
			t = t2
		} else {
			return false
		}
	}
	w := strings.ToLower(leadingWord(t))
	return set[w] || strings.HasSuffix(w, "s") && set[w[:len(w)-1]]
}

// ruleStateBody marks a state's institution named as statebodies.tsv
// says: "the Bank of Canada".
const ruleStateBody = "vocab:state+body"

// bodyBefore returns where a name of statebodies.tsv opens before a state's
// name, with "of" and perhaps "the" between (before, the text before the
// name, ending at it), and its sector: "the Bank of Canada". It returns -1
// where no such name stands there, where a capitalized word before it makes
// a longer name ("Agricultural Bank of China"), and where the whole is a
// company's name (companies.tsv: "Bank of America"); name is the state's
// name as written.
func (v *Vocabulary) bodyBefore(before, name string) (int, string) {
	t, ok := strings.CutSuffix(before, " of ")
	if !ok {
		if t, ok = strings.CutSuffix(before, " of the "); !ok {
			return -1, ""
		}
	}
	for _, body := range v.bodyNames { // longest first: "Central Bank" before "Bank"
		head, ok := strings.CutSuffix(t, body)
		if !ok || head != "" && !strings.HasSuffix(head, " ") {
			continue
		}
		prev := leadingWord(lastWord(head))
		if prev != "" && english.StartsUpper(prev) && prev != "The" {
			continue // a longer name
		}
		if v.companies[body+before[len(t):]+name] {
			return -1, ""
		}
		return len(head), v.stateBodies[body]
	}
	return -1, ""
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// unitSpans finds the names of forces and commands in sentence st (base
// its offset) that words of unitnames.txt open, whatever name closes them:
// a capitalized word or a number after the words, as listed, after a space
// and perhaps a dash between spaces ("Task Force Smith", "Task Force 121",
// "Multi-National Force - Iraq"). Each is an ORG with no actor; the
// longest words win ("Combined Joint Task Force 180").
func (v *Vocabulary) unitSpans(st string, base, si int) []Entity {
	var out []Entity
	for _, u := range v.unitNames {
		for from := 0; ; {
			i := strings.Index(st[from:], u)
			if i < 0 {
				break
			}
			i += from
			from = i + len(u)
			if r, _ := utf8.DecodeLastRuneInString(st[:i]); i > 0 && (unicode.IsLetter(r) || r == '-') {
				continue
			}
			rest, ok := strings.CutPrefix(st[i+len(u):], " ")
			if !ok {
				continue
			}
			for _, d := range []string{"- ", "– "} {
				if t, cut := strings.CutPrefix(rest, d); cut {
					rest = t
				}
			}
			w := leadingWord(rest)
			if w == "" {
				n := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
				if n < 0 {
					n = len(rest)
				}
				w = rest[:n]
			} else if !english.StartsUpper(w) || v.en.Title(w) || v.nonEntity(w) {
				continue
			}
			if w == "" {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(rest[len(w):]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
			end := base + len(st) - len(rest) + len(w)
			e := Entity{Start: base + i, End: end, Sent: si, Label: "ORG", Rule: ruleUnitName}
			k := slices.IndexFunc(out, func(o Entity) bool { return o.End == e.End })
			switch {
			case k < 0:
				out = append(out, e)
			case e.Start < out[k].Start:
				out[k] = e
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// coded returns the surname that makes a surname alone ambiguous in the
// document (ambiguousSurnames): a namesake's (namesake) or a coded
// person's whose surname is another state's person's (codedNamesake), or "".
func (v *Vocabulary) coded(e *Entity) string {
	if sur := namesake(e); sur != "" {
		return sur
	}
	return v.codedNamesake(e)
}

// codedNamesake returns the last word of a coded person's vocabulary name
// of two words or more ("Douglas Haig", GBR) where that word alone is the
// vocabulary's form of a person of no row of the same state ("Haig", the
// secretary of state, USA): another person of the surname. Else "".
func (v *Vocabulary) codedNamesake(e *Entity) string {
	if e.Label != "PERSON" || e.Actor == "" || e.Agent || e.Match == nil || e.Rule == ruleOtherPerson || !strings.HasPrefix(e.Rule, "vocab:") {
		return ""
	}
	name := strings.Fields(e.Match.Text)
	if len(name) < 2 {
		return ""
	}
	last := name[len(name)-1]
	ms := v.Actors.Match(last, 0)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(last) {
		return ""
	}
	person := false
	for _, x := range ms[0].Entries {
		if x.Label != "PERSON" {
			return ""
		}
		if x.Code != "" && x.Code != e.Actor && slices.ContainsFunc(e.Match.Entries, func(y *Entry) bool { return y.Code == x.Code }) {
			return "" // a row of the person's for that other state too
		}
		if x.Code == e.Actor {
			return ""
		}
		person = true
	}
	if !person {
		return ""
	}
	return last
}

// namesake returns the surname of an entity that names a namesake of an
// office holder, a person of kind namesake with no actor ("Henri
// Poincaré": "Poincaré"), or "".
func namesake(e *Entity) string {
	if e.Label != "PERSON" || e.Actor != "" || e.Match == nil || len(e.Match.Entries) == 0 || e.Match.Entries[0].Kind != "namesake" {
		return ""
	}
	name := strings.Fields(e.Match.Text)
	if len(name) < 2 {
		return ""
	}
	return name[len(name)-1]
}

// ruleOpenedName marks a name a head of named.tsv opens ("Operation
// Barbarossa"): an entity of the head's label, no actor.
const ruleOpenedName = "name:opened"

// maxOpenedWords bounds the words of a name a head opens.
const maxOpenedWords = 6

// openedNames returns the names the sentence st (base its offset) opens
// with a head of named.tsv's "opens" rows, written as listed: the head,
// one space, then a run of capitalized words, hyphenated words or a
// number, with a connector inside only before another such word
// ("Operation Peace for Galilee"), at most maxOpenedWords; not inside a
// word ("Operations").
func (v *Vocabulary) openedNames(st string, base, si int) []Entity {
	var out []Entity
	for _, h := range v.opens {
		for from := 0; ; {
			i := strings.Index(st[from:], h)
			if i < 0 {
				break
			}
			i += from
			from = i + len(h)
			if r, _ := utf8.DecodeLastRuneInString(st[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
				continue
			}
			ws := english.Words(st[from:], base+from)
			prevEnd := base + from // the end of the word before k
			spaced := func(k int) bool { return k < len(ws) && ws[k].Start == prevEnd+1 }
			name := func(k int) bool {
				r := english.FirstRune(ws[k].Text)
				return unicode.IsUpper(r) || unicode.IsDigit(r)
			}
			last := -1
			for k := 0; k < len(ws) && k < maxOpenedWords+4; k++ {
				switch {
				case last >= 0 && ws[k].Start == prevEnd && (dash(ws[k].Text) || dash(ws[k-1].Text)): // "Storm-333"
				case spaced(k) && name(k) && k < maxOpenedWords && !v.demonymBefore(ws, k):
				case last >= 0 && spaced(k) && v.connectors[strings.ToLower(ws[k].Text)] && !v.listJoiners[strings.ToLower(ws[k].Text)] &&
					k+1 < len(ws) && ws[k+1].Start == ws[k].End+1 && name(k+1) && v.en.Month(strings.ToLower(ws[k+1].Text)) == 0 &&
					!unicode.IsDigit(english.FirstRune(ws[k+1].Text)): // not "Operation Kuwait in 1961"
					prevEnd = ws[k].End
					continue
				default:
					k = len(ws)
					continue
				}
				last, prevEnd = k, ws[k].End
			}
			for last >= 0 && !english.IsWordRune(english.FirstRune(ws[last].Text)) {
				last-- // a hyphen or a stop that ends the run
			}
			if last < 0 {
				continue
			}
			out = append(out, Entity{Start: base + i, End: ws[last].End, Sent: si, Label: v.named[h], Rule: ruleOpenedName})
			from = ws[last].End - base
		}
	}
	return out
}

// openedEntities adds to ents the names heads open in sentence st (base
// its offset, openedNames) that hold no actor, in place of the entities
// of no actor inside them ("Galilee" in "Operation Peace for Galilee"); a
// name that holds an actor's name keeps it and adds none, so that the
// pair stage reads the actor as the name's theme ("Operation Danish
// Shield"), but for a name that is the head and that actor's name alone:
// the name is then the code name ("Operation Gibraltar", "Operation
// Kuwait" name no territory nor state).
func (v *Vocabulary) openedEntities(st string, base, si int, ents []Entity) []Entity {
	for _, n := range v.openedNames(st, base, si) {
		n.End = v.placeCut(st, base, n, ents)
		head := -1 // where the name after the head starts
		for _, h := range v.opens {
			if strings.HasPrefix(st[n.Start-base:], h+" ") && n.Start+len(h)+1 > head {
				head = n.Start + len(h) + 1
			}
		}
		if slices.ContainsFunc(ents, func(e Entity) bool {
			return e.Actor != "" && e.Start < n.End && n.Start < e.End && (e.Start != head || e.End != n.End)
		}) {
			continue
		}
		ents = slices.DeleteFunc(ents, func(e Entity) bool { return e.Start < n.End && n.Start < e.End })
		ents = append(ents, n)
		slices.SortStableFunc(ents, func(a, b Entity) int { return a.Start - b.Start })
	}
	return ents
}

// placeCut returns where opened name n ends when a connector of place
// (connectors.txt "place": "in") runs it on over a place or an actor's
// name: "Operation Gibraltar in Kashmir" is the operation "Operation
// Gibraltar" in Kashmir. Else n's end.
func (v *Vocabulary) placeCut(st string, base int, n Entity, ents []Entity) int {
	ws := english.Words(st[n.Start-base:n.End-base], n.Start)
	for k := 1; k+1 < len(ws); k++ {
		if !v.placeJoiners[strings.ToLower(ws[k].Text)] {
			continue
		}
		if slices.ContainsFunc(ents, func(e Entity) bool {
			return e.Start == ws[k+1].Start && (e.Actor != "" || e.Label == "GPE" || e.Label == "LOC")
		}) {
			return ws[k-1].End
		}
	}
	return n.End
}

// dash reports a hyphen or an en dash.
func dash(w string) bool { return w == "-" || w == "–" }

// demonymBefore reports word k of ws a demonym of the vocabulary before a
// lower-case word: the phrase after a name ("Operation Sinbad British
// troops"), not a word of it ("Operation Iraqi Freedom").
func (v *Vocabulary) demonymBefore(ws []english.Word, k int) bool {
	if k+1 >= len(ws) || !unicode.IsLower(english.FirstRune(ws[k+1].Text)) {
		return false
	}
	fm := v.Actors.all[ws[k].Text]
	return fm != nil && slices.ContainsFunc(fm.entries, func(e *Entry) bool { return e.Kind == "demonym" })
}

// maxShipWords bounds the words of a ship's name after its prefix.
const maxShipWords = 4

// shipNameEnd returns where the ship's name after the prefix m of
// ships.tsv ends in sentence st (base its offset): a run of capitalized
// words, each after one space ("USS Pueblo", "USS Abraham Lincoln", "ARA
// General Belgrano"), at most maxShipWords; the
// first no agent noun ("INS officials"), no word that is never an entity,
// and no title alone ("the INS Director said"); -1 for none.
func (v *Vocabulary) shipNameEnd(st string, base int, m Match) int {
	ws := english.Words(st[m.End-base:], m.End)
	end, prev := -1, m.End
	for k := 0; k < len(ws) && k < maxShipWords; k++ {
		w := ws[k]
		if w.Start != prev+1 || !english.StartsUpper(w.Text) {
			break
		}
		if k == 0 && (v.nonEntity(w.Text) || v.agents.all[strings.ToLower(w.Text)] != nil ||
			v.en.Title(w.Text) && (k+1 == len(ws) || ws[k+1].Start != w.End+1 || !english.StartsUpper(ws[k+1].Text))) {
			break
		}
		end, prev = w.End, w.End
	}
	return end
}
