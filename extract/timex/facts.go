package timex

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
)

// wordFacts is what the date scanner's word lists say of one lower-case
// word, gathered so that a token costs one lookup however many lists the
// form readers ask.
type wordFacts struct {
	tw        timeWord           // its meaning in timewords.tsv
	num       english.NumberWord // its meaning as a number word
	month     int                // the month it names, 0 for none
	start     uint8              // opens, opensBeforeTime or 0 (Vocabulary.starts)
	lead      uint8              // a word before which canStart looks on: leadNext, leadOf or 0 (timestarts.txt leads)
	rel       relWord            // what timestarts.txt says of it as a relative word (relativeAt)
	isTime    bool               // a one-word form of timewords.tsv
	isNum     bool               // a number word
	anaFirst  bool               // the first token of an anaphoric form
	timeFirst bool               // the first token of a time word
	timeMax   int                // tokens of the longest time word it opens (first tokens as english.Lex splits the forms)
	joins     bool               // a word that joins a range's ends (rangeWords)
	story     bool               // the first word of a form of storytimes.tsv (storyFirst)
	marks     uint8              // what a sentence that holds it must be read for: markStory, markSequel
	tense     uint16             // what tense.tsv and the clause lists say of it (the tense bits)
	perfAux   bool               // an auxiliary of the past perfect (perfect.tsv: perfectAux)
	bound     bool               // a bound cue: the date after it starts a state (datecues.tsv bound: boundCues)
	setting   bool               // a setting cue ("in", "on": datecues.tsv setting, settingCues)
	frames    [2]int32           // the frames of storytimes.tsv it opens: storyFrames[frames[0]:frames[1]] (byFirst)
}

// The tense bits of wordFacts: the lists future, governs, ahead and
// yearContext ask of every word they read back over, answered from the
// facts of its token with no lookup of their own.
const (
	tenseAhead     uint16 = 1 << iota // a future or conditional form (wordTense > 0, conditional)
	tenseCond                         // a conditional form (conditional)
	tensePast                         // a past form (wordTense < 0)
	tenseModal                        // a modal (modal)
	tenseDeadline                     // a word before a deadline (deadline)
	tenseIntent                       // a verb of intent before "to" (ahead.txt: Vocabulary.ahead)
	tenseClause                       // a word that opens a clause (clauseOpeners)
	tenseRetro                        // a retro word ("later": retro)
	tenseNotBefore                    // no year after it (notBefore)
	tenseNotAfter                     // no year before it (notAfter)
	tenseLowerOnly                    // a notAfter word that counts only in lower case (lowerOnly)
)

// The marks of wordFacts: a sentence with no token of a mark skips the
// reading that asks for it.
const (
	markStory   uint8 = 1 << iota // story: a form of storytimes.tsv may open there (storyTime)
	markSequel                    // a retro word ("later") or a postunit that counts ahead ("after"): sequels
	markShort                     // a common-era word, beside which a short number is a year (shortYearAt)
	markPerfect                   // an auxiliary of the past perfect ("had"): perfects
	markJoins                     // a word that joins a clause to the one before ("and": conjuncts): conjunctEnd
)

// noFacts is the facts of a token past either end of the sentence (a
// word no list has is factList[0], equally empty).
var noFacts wordFacts

// indexFacts gathers the facts of every word of the lists, once the lists
// are read. seen marks the lengths (63 for longer) of those words by
// their first and last bytes (seenKey): most tokens of a text are rejected there, with no
// lookup.
func (v *Vocabulary) indexFacts() {
	v.facts = map[string]int32{}
	v.factList = []wordFacts{{}} // 0: noFacts
	get := func(w string) *wordFacts {
		k, ok := v.facts[w]
		if !ok {
			k = int32(len(v.factList))
			v.factList = append(v.factList, wordFacts{})
			v.facts[w] = k
			if w != "" {
				v.seen[seenKey(w)] |= 1 << min(len(w), 63)
			}
		}
		return &v.factList[k]
	}
	for w, tw := range v.timeWords {
		f := get(w)
		f.tw, f.isTime = tw, true
	}
	for w := range v.en.Months() {
		get(w).month = v.en.Month(w)
	}
	for w, n := range v.en.Numbers() {
		f := get(w)
		f.num, f.isNum = n, true
	}
	for w, s := range v.starts {
		get(w).start = s
	}
	for w, l := range v.leads {
		get(w).lead = l
	}
	for w, r := range v.relatives {
		get(w).rel = r
	}
	for w := range v.anaphoraFirst {
		get(w).anaFirst = true
	}
	for form := range v.timeWords {
		if ts := english.Lex(form, 0); len(ts) > 0 {
			f := get(ts[0].Low)
			f.timeMax = max(f.timeMax, len(ts))
		}
	}
	for w := range v.timeFirst {
		get(w).timeFirst = true
	}
	for w := range v.rangeWords {
		get(w).joins = true
	}
	for w := range v.storyFirst {
		f := get(w)
		f.story, f.marks = true, f.marks|markStory
	}
	for _, w := range v.perfectAux {
		f := get(w)
		f.perfAux, f.marks = true, f.marks|markPerfect
	}
	for w := range v.boundCues {
		get(w).bound = true
	}
	for w := range v.settingCues {
		get(w).setting = true
	}
	for w := range v.conjuncts {
		get(w).marks |= markJoins
	}
	v.byFirst()
	for k := 0; k < len(v.storyFrames); {
		f := get(v.storyFrames[k][0])
		f.frames[0] = int32(k)
		for k < len(v.storyFrames) && v.storyFrames[k][0] == v.storyFrames[f.frames[0]][0] {
			k++
		}
		f.frames[1] = int32(k)
	}
	for w, t := range v.wordTense {
		switch {
		case t > 0:
			get(w).tense |= tenseAhead
		case t < 0:
			get(w).tense |= tensePast
		}
	}
	for w, tw := range v.timeWords {
		if tw.kind == "common" {
			get(w).marks |= markShort // "AD 455"
		}
		if tw.kind == "postunit" && tw.value == "1" || tw.kind == "bound" {
			get(w).marks |= markSequel // "two days after", "weeks later", "within two years"
		}
	}
	for w, ok := range v.retro {
		if ok {
			get(w).marks |= markSequel // "Later, France recognized the border"
		}
	}
	for _, l := range []struct {
		words map[string]bool
		bits  uint16
	}{
		{v.conditional, tenseAhead | tenseCond}, {v.modal, tenseModal}, {v.deadline, tenseDeadline},
		{v.ahead, tenseIntent}, {v.clauseOpeners, tenseClause}, {v.retro, tenseRetro},
		{v.notBefore, tenseNotBefore}, {v.notAfter, tenseNotAfter}, {v.lowerOnly, tenseLowerOnly},
	} {
		for w, ok := range l.words {
			if ok {
				get(w).tense |= l.bits
			}
		}
	}
}

// byFirst orders storyFrames by their first word, keeping the order of
// the frames that share one (storyTime takes the first that matches), so
// that a word's frames are one run of them (wordFacts.frames).
func (v *Vocabulary) byFirst() {
	slices.SortStableFunc(v.storyFrames, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
}

// tenseOf is the tense bits of toks[i] (none past either end).
func (p *tparser) tenseOf(i int) uint16 { return p.fact(i).tense }

// seenKey is the slot of Vocabulary.seen for a word: the low five bits
// of its first and of its last byte (a letter's place in the alphabet).
func seenKey(w string) int { return int(w[0]&31)<<5 | int(w[len(w)-1]&31) }

// lookFacts is the index in factList of a lower-case word's facts, 0
// for none.
func (v *Vocabulary) lookFacts(w string) int32 {
	if w == "" || v.seen[seenKey(w)]&(1<<min(len(w), 63)) == 0 {
		return 0
	}
	return v.facts[w]
}

// fact is the facts of toks[i]'s lower-case form (noFacts past either end).
func (p *tparser) fact(i int) *wordFacts {
	if i < 0 || i >= len(p.facts) {
		return &noFacts
	}
	return &p.v.factList[p.facts[i]]
}

// timeWord is the meaning of toks[i] as a one-word time word.
func (p *tparser) timeWord(i int) (timeWord, bool) {
	f := p.fact(i)
	return f.tw, f.isTime
}

// number is the meaning of toks[i] as a number word.
func (p *tparser) number(i int) (english.NumberWord, bool) {
	f := p.fact(i)
	return f.num, f.isNum
}

// timeWordOf is the time word written by the n tokens at toks[i], joined
// as the forms of timewords.tsv are (a space where the text has one).
func (p *tparser) timeWordOf(i, n int) (timeWord, bool) {
	if n == 1 {
		return p.timeWord(i)
	}
	var buf [48]byte // on the stack: the lookup by string(b) allocates nothing
	b := buf[:0]
	for k := 0; k < n; k++ {
		if k > 0 && p.toks[i+k].Space {
			b = append(b, ' ')
		}
		b = append(b, p.toks[i+k].Low...)
	}
	w, ok := p.v.timeWords[string(b)]
	return w, ok
}

// anyByte is strings.ContainsAny for a set of ASCII characters, without
// its per-call set-up (a byte below 0x80 is never part of a longer UTF-8
// character, so the answer is the same).
func anyByte(s, set string) bool {
	for k := 0; k < len(s); k++ {
		if strings.IndexByte(set, s[k]) >= 0 {
			return true
		}
	}
	return false
}
