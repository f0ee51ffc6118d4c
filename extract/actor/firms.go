package actor

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// firmUse is how a word of firms.tsv makes a name a company's.
type firmUse uint8

const (
	firmNoun   firmUse = 1 << iota // "the automaker Chrysler"
	firmSuffix                     // "Chrysler LLC"
	firmBefore                     // "Air India"
	firmHead                       // "Qatar Airways"
)

// ruleFirm marks a state's name or a demonym inside a company's name ("Air
// India", "Qatar Airways", "American Airlines"): an ORG with no actor.
const ruleFirm = "vocab:firm"

// firmName reports the span of the company's name that the match m of
// sentence st (base its offset) is part of: a word of firms.tsv's use
// "before" right before it, or one of use "head" closing a name it opens.
func (v *Vocabulary) firmName(st string, base int, m Match) (start, end int, ok bool) {
	start, end = m.Start, m.End
	if before, cut := strings.CutSuffix(st[:m.Start-base], " "); cut {
		word := before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
		if v.firms[word]&firmBefore != 0 {
			start, ok = base+len(before)-len(word), true
		}
	}
	if e := v.nameEnd(st, base, m, func(w string) bool { return v.firms[w]&firmHead != 0 }); e > 0 {
		end, ok = e, true
	}
	return start, end, ok
}

// firmNames finds the companies a document names (firms.tsv): the
// capitalized name right after a noun that names a firm, perhaps after a
// comma and then set off by another ("the automaker Chrysler", "aircraft
// manufacturer, Airbus, has won"); the
// name before a comma, "a" or "an" and such a noun ("General Motors (GM),
// an American automaker"); the capitalized words before a company's
// suffix ("Chrysler LLC", "General Motors Corporation"). Each place the
// document writes such a name that no actor's entity covers becomes one
// ORG entity with no actor (ruleCompany), in place of the entities with
// no actor there ("Chrysler" read as a person, "Motors" after the title
// "General"): a company is no state and no person. A longer name that
// holds it ("Chrysler Group"), a person's name that ends with it ("Henry
// Ford") stay. doc is the document's text, sents its
// sentences; the entities come back in text order.
func (v *Vocabulary) firmNames(doc string, sents []text.Sentence, ents []Entity) []Entity {
	// overlapping returns the indices of the entities (in text order) that
	// overlap doc[a:b].
	overlapping := func(a, b int) []int {
		var out []int
		for i := sort.Search(len(ents), func(j int) bool { return ents[j].Start >= a-256 }); i < len(ents) && ents[i].Start < b; i++ {
			if ents[i].End > a {
				out = append(out, i)
			}
		}
		return out
	}
	names := map[string]bool{}
	for _, s := range sents {
		if s.End > len(doc) {
			continue
		}
		if !v.mayNameFirm(doc[s.Start:s.End]) {
			continue
		}
		v.firmCues(doc, english.Words(doc[s.Start:s.End], s.Start), func(a, b int) {
			for _, i := range overlapping(a, b) {
				if e := ents[i]; e.Actor != "" || !strings.HasPrefix(e.Rule, "prose") && e.Rule != "citation" {
					return // a state's, a person's or a place's name: "China National Petroleum", "Shanghai"
				}
			}
			names[doc[a:b]] = true
		})
	}
	if len(names) == 0 {
		return ents
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	// the longer name first ("Chrysler Holding" before "Chrysler")
	slices.SortFunc(list, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	// wordBefore and wordAfter report a letter, a digit or a mark right
	// before or after offset i: a name inside a longer word is no place of
	// the company's ("Skoda’s" and "“Skoda”" are).
	wordBefore := func(i int) bool {
		r, _ := utf8.DecodeLastRuneInString(doc[:i])
		return english.IsWordRune(r)
	}
	wordAfter := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(doc[i:])
		return english.IsWordRune(r)
	}
	removed := make([]bool, len(ents))
	var added []Entity
	taken := func(a, b int) bool {
		for _, e := range added {
			if e.Start < b && a < e.End {
				return true
			}
		}
		return false
	}
	for _, name := range list {
		for from := 0; ; {
			i := strings.Index(doc[from:], name)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(name)
			from = b
			if wordBefore(a) || wordAfter(b) || taken(a, b) {
				continue
			}
			si := sort.Search(len(sents), func(j int) bool { return sents[j].End > a })
			if si == len(sents) || sents[si].Start > a || sents[si].End < b {
				continue
			}
			over, ok := overlapping(a, b), true
			for _, k := range over {
				e := ents[k]
				if e.Actor != "" || e.Label == "PERSON" && e.Start < a || !strings.HasPrefix(e.Rule, "prose") && e.Rule != "citation" && (e.Start < a || b < e.End) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for _, k := range over {
				removed[k] = true
			}
			added = append(added, Entity{Start: a, End: b, Sent: si, Label: "ORG", Rule: ruleCompany})
		}
	}
	if len(added) == 0 {
		return ents
	}
	// in place: a copy of every entity of a long document for its few
	// companies was a spike of its memory (docs/memory1.md)
	out := ents[:0]
	for i, e := range ents {
		if !removed[i] {
			out = append(out, e)
		}
	}
	clear(ents[len(out):]) // no stale pointers past the end
	out = append(out, added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// mayNameFirm reports whether sentence st writes a word firmCues reads
// (a noun or a suffix of firms.tsv, as written): only then are its words
// made (a long document's words cost eight bytes a byte of text,
// docs/memory1.md).
func (v *Vocabulary) mayNameFirm(st string) bool {
	for _, w := range v.firmWords {
		if strings.Contains(st, w) {
			return true
		}
	}
	return false
}

// firmCues calls name with the span of each company's name that the words
// ws of one sentence of doc give (see firmNames).
func (v *Vocabulary) firmCues(doc string, ws []english.Word, name func(a, b int)) {
	low := foldKeys(ws)
	capital := func(k int) bool {
		return k >= 0 && k < len(ws) && english.IsNameWord(ws[k].Text) && english.StartsUpper(ws[k].Text) &&
			v.firms[ws[k].Text]&firmSuffix == 0
	}
	joined := func(k int) bool { return ws[k].End+1 == ws[k+1].Start && doc[ws[k].End] == ' ' }
	nameStart := func(b int) int { // the first of up to four joined capitalised words ending at b
		a := b
		for a > 0 && b-a < 3 && capital(a-1) && joined(a-1) {
			a--
		}
		return a
	}
	add := func(a, b int) { // words a..b
		if a < 0 || b < a || b-a > 3 {
			return
		}
		if v.en.Definite(strings.ToLower(ws[a].Text)) {
			a++
		}
		// a word that is no entity alone (nonentities.txt: a weekday, a
		// month) is no company's name: "the line held firm Tuesday"
		if a < b || a == b && !v.nonEntity(ws[a].Text) {
			name(ws[a].Start, ws[b].End)
		}
	}
	for k := range ws {
		w := ws[k].Text
		switch {
		case v.firms[strings.ToLower(w)]&firmNoun != 0 && w == strings.ToLower(w):
			j, comma := k+1, false
			if j < len(ws) && ws[j].Text == "," {
				j, comma = j+1, true
			}
			if capital(j) && !v.en.Honorific(ws[j].Text) {
				b := j
				for b+1 < len(ws) && b-j < 3 && capital(b+1) && joined(b) {
					b++
				}
				// after a comma, only a name set off as an apposition
				// ("manufacturer, Airbus, has"; not "the company, CEO
				// Steve Jobs said")
				// a title or a firm's agent noun and a full name is a person
				// ("company CEO Steve Jobs"); a title and one word may be a
				// firm ("automaker General Motors")
				n, ag := v.agents.at(ws, low, j)
				person := b-j >= 2 && (v.en.Title(ws[j].Text) || n == 1 && ag.Sector == "BUS")
				if !person && (!comma || b+1 < len(ws) && (ws[b+1].Text == "," || ws[b+1].Text == "(")) {
					add(j, b)
				}
			}
			// "General Motors (GM), an American automaker"
			i := k - 1
			for i >= 0 && k-i <= 4 && !v.en.Indefinite(strings.ToLower(ws[i].Text)) && hasLetter(ws[i].Text) {
				i--
			}
			if i < 1 || !v.en.Indefinite(ws[i].Text) || ws[i-1].Text != "," {
				continue
			}
			b := i - 2
			if b > 2 && ws[b].Text == ")" && ws[b-2].Text == "(" {
				b -= 3
			}
			if capital(b) {
				add(nameStart(b), b)
			}
		case v.firms[w]&firmSuffix != 0 && k > 0 && capital(k-1) && joined(k-1):
			add(nameStart(k-1), k-1)
		}
	}
}
