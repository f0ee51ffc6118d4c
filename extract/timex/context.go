package timex

import (
	"strconv"
	"strings"

	"github.com/stratex/stratex/extract/english"
)

// yearContext reports whether a bare four-digit number at toks[i] reads as a
// year where it stands.
func (p *tparser) yearContext(i int, pt point, inRange bool) bool {
	if pt.strong {
		return true
	}
	prev, next := p.tok(i-1), p.tok(i+pt.n)
	// Parts of codes and numbers: "KAR/2014/51207", "MK-84", "ISSN 1187-0932", "No. 1954";
	// glued to a sign of code or markup on either side: "seed=2017", "#0(1923#", "@1984".
	if prev != nil && !p.toks[i].Space && prev.Kind == english.Sym && strings.ContainsAny(prev.Text, "/-#$€£¥+:."+codeSigns+"%") {
		return false
	}
	if next != nil && !next.Space && next.Kind == english.Sym && strings.ContainsAny(next.Text, "/%:"+codeSigns) {
		// "2005: Elections and ...": a year that opens a line as its label
		if !(next.Text == ":" && i == 0 && p.spaceAfter(i+pt.n)) {
			return false
		}
	}
	if next != nil && !next.Space && next.Text == "-" && !inRange {
		if nn := p.tok(i + pt.n + 1); nn != nil && !nn.Space && nn.Kind == english.Num {
			return false // "2394-0344", a range would have been read as one
		}
	}
	if prev != nil {
		if w, dot := strings.CutSuffix(prev.Low, "."); dot && p.v.notBefore[w] || !dot && p.tenseOf(i-1)&tenseNotBefore != 0 {
			return false
		}
	}
	if prev != nil && prev.Text == "." && !prev.Space {
		if pp := p.tok(i - 2); pp != nil && p.tenseOf(i-2)&tenseNotBefore != 0 {
			return false // "No. 1954", "p. 1006": a label and its full stop
		}
	}
	if next != nil {
		if tb := p.tenseOf(i + pt.n); tb&tenseNotAfter != 0 && (tb&tenseLowerOnly == 0 || next.Text == next.Low) {
			return false
		}
	}
	// Glued to the letters of a code or name: "AGS2000", "Windows2000"; not
	// "FY2012", a fiscal year.
	if prev != nil && prev.Kind == english.Alpha && !p.toks[i].Space && prev.Low != "fy" {
		return false
	}
	// A capitalized name before it outside a citation: "Orion 1980", "Vision 2030".
	if prev != nil && prev.Kind == english.Alpha && english.StartsUpper(prev.Text) && p.toks[i].Space && !p.inParens(i) && !inRange {
		if p.fact(i-1).month == 0 && !p.v.en.OpensSentence(prev.Text) && prev.Low != "fy" && !(i-1 == 0) {
			if _, isTimeWord := p.timeWord(i - 1); !isTimeWord {
				return false
			}
		}
	}
	return true
}

// codeSigns are signs that prose does not write against a year; a number
// glued to one is part of code, markup or PDF noise. Not "~", "<", ">":
// "~1990" is circa 1990, "<2010" before it.
const codeSigns = "#=@&|\\_^"

// spaceAfter reports a token followed by a space, or the last one.
func (p *tparser) spaceAfter(i int) bool {
	nx := p.tok(i + 1)
	return nx == nil || nx.Space
}

// citationYear reports an author-year citation: "(Herz, 1950a)", "Jervis
// (1976)", "Waltz's (1979)", "(Snyder 1984 and Walt 1987)", "(Lake, 2009a: 41)"; never
// in a heading ("The Suez Crisis (1956)"), nor after the name of a thing
// dated ("the Camp David Accords (1978)", "the Treaty of Rapallo (1922)",
// "Operation Barbarossa (1941)"). bare reports a citation known only by a
// name before its year in brackets ("Keohane (1984)"), with no other mark of
// one: no comma, possessive, "et al.", page or second year. A year after a
// citation year and a comma or ";" is a citation's too ("Mearsheimer (2001,
// 2014)", "(Norton et al., 2009; 2011)"). A bare one that a scholar's verb
// follows (Document.CiteVerb: "Snyder (1984) argues") is a citation in
// any document. A place's or
// an event's name reads the same ("In Gallipoli (1915)"), so in a document
// that cites no author otherwise (p.scan.nameDates) it is a date.
func (p *tparser) citationYear(i int, pt point) (cite, bare bool) {
	if pt.d.m > 0 || pt.decade > 0 || pt.century > 0 || !p.inParens(i) {
		return false, false
	}
	// "Mearsheimer (2001, 2014)", "(Och and Ney, 2000, 2003)", "(Norton et
	// al., 2009; 2011)": a second year of a citation's
	if p.citeEnd > 0 && p.citeEnd == i-1 && p.isSym(i-1, ",;") {
		return true, false
	}
	nx := p.tok(i + pt.n)
	// "(Mathieson, 1991, p. 175)": a page after the year is a citation's,
	// in a caption or heading too
	if nx != nil && nx.Text == "," && (p.low(i+pt.n+1) == "p" || p.low(i+pt.n+1) == "pp") {
		return true, false
	}
	if p.head {
		return false, false
	}
	j := i - 1
	if p.isSym(j, ",") {
		j--
	}
	if p.isSym(j, "(") {
		j--
	}
	// "Waltz's (1979)", "Plagemann’s (2021)": the author's possessive
	possessive := p.low(j) == "s" && (p.isSym(j-1, "'") || p.isSym(j-1, "’"))
	if possessive {
		j -= 2
	}
	if t := p.tok(j); t != nil && p.v.namedCues[t.Low] && p.isSym(i-1, "(") {
		return false, false // "the Camp David Accords (1978)": the thing named, dated
	}
	// A title word is a surname where a citation's name stands: first in
	// the brackets or after ";" in them ("(King 1997)", "(Imai and Khanna
	// 2016; Lord 2004)"), not after another word ("the King (1997)").
	surname := func(j int) bool {
		return !p.v.en.Title(p.toks[j].Text) || p.inParens(j) && (p.isSym(j-1, "(") || p.isSym(j-1, ";"))
	}
	if t := p.tok(j); t != nil && t.Kind == english.Alpha && english.IsNameWord(t.Text) && p.fact(j).month == 0 && !p.v.en.OpensSentence(t.Text) && surname(j) {
		if p.isSym(i-1, "(") && p.namedBy(j) {
			return false, false
		}
		bare = p.isSym(i-1, "(") && !possessive && nx != nil && nx.Text == ")"
		if bare && p.doc.CiteVerb != nil {
			if t := p.tok(i + pt.n + 1); t != nil && t.Kind == english.Alpha && p.doc.CiteVerb(t.Low) {
				// "Snyder (1984) argues": a scholar's verb marks this one,
				// not the document's other bare ones ("Sadat (1977)
				// offered Israel peace" stays a date where nothing else
				// is cited)
				return true, true
			}
		}
		return !(bare && p.scan != nil && p.scan.nameDates), bare
	}
	// "(ed.) (1984)", "et al. (2010)", "(Ali, 2019b, p. 7)": a page after it
	if t := p.tok(j); t != nil && (t.Low == "al" || t.Text == ".") {
		return true, false
	}
	return nx != nil && nx.Text == ":", false
}

// namedBy reports a name ending at toks[j] that a named cue (datecues.tsv)
// heads: "the Treaty of Rapallo", "the Battle of the Somme", or, for a cue
// that opens a name ("opens"), "Operation Barbarossa", "Operation Desert
// Storm". The name's words are capitalized, at most three.
func (p *tparser) namedBy(j int) bool {
	k := j
	for k > j-3 && k > 0 && english.IsNameWord(p.toks[k-1].Text) {
		k--
	}
	for m := k; m < j; m++ {
		if p.v.opensName[strings.ToLower(p.toks[m].Text)] {
			return true // "Operation Barbarossa"
		}
	}
	c := k - 1
	if p.low(c) == "the" {
		c--
	}
	if p.low(c) != "of" {
		return false
	}
	t := p.tok(c - 1)
	return t != nil && english.IsNameWord(t.Text) && p.v.namedCues[t.Low]
}

// inParens reports whether toks[i] is inside parentheses in its sentence.
func (p *tparser) inParens(i int) bool { return i < len(p.depth) && p.depth[i] > 0 }

// tense guesses the tense of a sentence from its tokens (tense.tsv):
// future, past or unknown.
func (v *Vocabulary) tense(toks []english.Tok) int {
	low := make([]string, len(toks))
	for k, t := range toks {
		low[k] = strings.ToLower(english.FoldQuotes(t.Text))
	}
	has := func(f tenseForm) bool {
		for k := 0; k+len(f.words) <= len(low); k++ {
			match := true
			for n, w := range f.words {
				if low[k+n] != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
		return false
	}
	for _, want := range []int{1, -1} {
		for _, f := range v.sentTense {
			if f.tense == want && has(f) {
				return want
			}
		}
		if want == -1 {
			for k, w := range low {
				prev := ""
				if k > 0 {
					prev = low[k-1]
				}
				// ", announced Tuesday, takes effect in March": a word in
				// -ed right after a comma opens a participle's phrase, no
				// past of the sentence's
				if v.edPast(w, prev) && prev != "," {
					return -1
				}
			}
		}
	}
	for _, f := range v.sentTense {
		if f.tense == 2 && has(f) {
			return 1
		}
	}
	return 0
}

// edPast reports a word w (after the word prev) of more than four letters
// in -ed that reads as a past: not listed as no past form ("indeed"), not a
// passive after a present form of "be" ("is expected in December").
func (v *Vocabulary) edPast(w, prev string) bool {
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	if t, ok := v.wordTense[w]; ok && t >= 0 {
		return false
	}
	return !v.passive[prev]
}

// clause is the span of tokens [lo, hi) of the clause toks[i] is in: from
// the word that opens it (clauses.txt) or the mark that ends the one before
// (";", ":", a dash, a parenthesis), to the next.
func (p *tparser) clause(i int) (lo, hi int) {
	bound := func(k int) bool {
		t := &p.toks[k]
		switch t.Kind {
		case english.Sym:
			return strings.ContainsAny(t.Text, ";:()[]—–")
		case english.Alpha:
			return p.tenseOf(k)&tenseClause != 0
		}
		return false
	}
	lo, hi = i, i+1
	for lo > 0 && !bound(lo) {
		lo--
	}
	if p.toks[lo].Kind == english.Sym && bound(lo) {
		lo++ // the mark belongs to neither clause
	}
	for hi < len(p.toks) && !bound(hi) {
		hi++
	}
	return lo, hi
}

// localTense reads the tense from the words next to toks[i:j]: a
// past-tense verb or a future auxiliary within a few words, or a
// word right before it that points one way (tense.tsv points-back,
// points-ahead: "since August", "by Oct. 31"); 0 when nothing near decides.
func (p *tparser) localTense(i, j int) int {
	if t := p.v.points[p.low(i-1)]; t != 0 {
		return t
	}
	crossed := false // a comma lies between toks[k] and the date
	for k := i - 1; k >= max(0, i-8); k-- {
		w := p.low(k)
		if w == ";" || w == ":" {
			break
		}
		// "planned to leave on Thursday", "agreed to meet Friday": an
		// infinitive after a verb of intent points ahead of it
		if w == "to" && (p.tenseOf(k-1)&tenseIntent != 0 || p.low(k+1) == "be") {
			return 1 // and "to be completed around Nov. 1": an infinitive passive
		}
		if w == "would" || w == "as" && p.low(k+1) == "soon" && p.low(k+2) == "as" {
			return 1
		}
		if w == "," {
			crossed = true
		}
		if k < i-5 {
			continue // the past-tense verbs count near the date only
		}
		if t := p.tenseOfTok(k); t != 0 {
			if t < 0 && crossed && p.low(k-1) == "," {
				continue // ", signed Monday, expires in October": a participle's phrase closed before the date
			}
			return t
		}
	}
	for k := j; k < min(len(p.toks), j+3); k++ {
		if t := p.tenseOfTok(k); t != 0 {
			return t
		}
	}
	return 0
}

// tenseOfTok is the tense toks[k] gives next to a date (tense.tsv, or a
// word in -ed: edPast): none for a passive ("should be
// completed in October", "will be paid Dec. 14", "is expected in December").
func (p *tparser) tenseOfTok(k int) int {
	w := p.low(k)
	if t, ok := p.v.wordTense[w]; ok {
		if t < 0 && p.v.passive[p.low(k-1)] {
			return 0 // "will be paid Dec. 14"
		}
		return t
	}
	if p.v.edPast(w, p.low(k-1)) {
		return -1
	}
	return 0
}

// perfects are the byte spans of the verbs of the sentence in the past
// perfect (perfect.tsv): from the auxiliary ("had"), over at most two
// adverbs ("not", a word in -ly), to a participle ("been", a word in -ed, a
// listed one), then on to the next comma, ";", ":", the sentence's end, word that opens a
// clause (clauses.txt) or word that ends the span ("to"). "Had been" before a word in -ing is no perfect of
// the past: what it reports goes on up to the time set. "Had" before
// anything else is the verb "have" ("had no tanks").
func (p *tparser) perfects() [][2]int {
	if p.marks&markPerfect == 0 {
		return nil // no "had": most sentences
	}
	var out [][2]int
	for k := 0; k < len(p.toks); k++ {
		if !p.fact(k).perfAux {
			continue
		}
		j := k + 1
		for n := 0; n < 2 && j < len(p.toks) && p.adverb(j); n++ {
			j++
		}
		if j >= len(p.toks) || !p.participle(j) {
			continue
		}
		if p.v.perfect[p.toks[j].Low] == "been" && strings.HasSuffix(p.low(j+1), "ing") {
			continue
		}
		e := j
		for e+1 < len(p.toks) {
			t := &p.toks[e+1]
			if t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:.!?") || t.Kind == english.Alpha && (p.tenseOf(e+1)&tenseClause != 0 || p.v.perfect[t.Low] == "ends" && !p.preposition(e+1)) {
				break
			}
			e++
		}
		out = append(out, [2]int{int(p.toks[k].Start), int(p.toks[e].End)})
		k = e
	}
	return out
}

// preposition reports a word that ends a perfect's span ("to") used as a
// preposition: before a word that opens a noun phrase (perfect.tsv's
// "noun": "had ceded the port to its ally") or a name ("had lost it to
// Venice"),
// where an infinitive's verb would stand ("had prepared to fight").
func (p *tparser) preposition(j int) bool {
	t := p.tok(j + 1)
	if t == nil || t.Kind != english.Alpha {
		return false
	}
	return p.v.perfect[t.Low] == "noun" || english.StartsUpper(t.Text)
}

// comparison reports a superlative (superlatives.txt) before toks[k]
// ("since") in its clause, within eight words: "the first substantial
// incursion since", "the worst flooding in the region since".
func (p *tparser) comparison(k int) bool {
	for j := k - 1; j >= max(0, k-8); j-- {
		t := &p.toks[j]
		if t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:()") || t.Kind == english.Alpha && p.tenseOf(j)&tenseClause != 0 {
			return false
		}
		if p.v.superlatives[t.Low] {
			return true
		}
	}
	return false
}

// compared reports a phrase that opens a comparison (comparisons.txt:
// "similar to", "compared with", "unlike") before toks[i], within ten words
// and no comma, ";", ":" or parenthesis between: "a statement similar to
// that made two decades earlier", "compared to the carnage of November". The
// phrase's words come in order; "a similar agreement in 1995" opens none.
func (p *tparser) compared(i int) bool {
	for j := i - 1; j >= max(0, i-10); j-- {
		t := &p.toks[j]
		if t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:()") {
			// a form may open with its comma (", like the"): the comma
			// sets the comparison off from a verb "like"
			for _, form := range p.v.comparisons[t.Text] {
				if j+len(form) <= i && p.wordsAt(j, form) {
					return true
				}
			}
			return false
		}
		if t.Kind != english.Alpha {
			continue
		}
		for _, form := range p.v.comparisons[t.Low] {
			if j+len(form) <= i && p.wordsAt(j, form) {
				return true
			}
		}
		if j == 0 {
			// a form that opens with a comma opens a sentence without it:
			// "Like the treaty of 1966, the accord ..."
			for _, form := range p.v.comparisons[","] {
				if j+len(form)-1 <= i && p.wordsAt(j, form[1:]) {
					return true
				}
			}
		}
	}
	return false
}

// wordsAt reports whether the tokens from j are the words of form.
func (p *tparser) wordsAt(j int, form []string) bool {
	for k, w := range form {
		if p.toks[j+k].Low != w {
			return false
		}
	}
	return true
}

// adverb reports a word that may stand between "had" and its participle.
func (p *tparser) adverb(j int) bool {
	w := p.toks[j].Low
	return p.v.perfect[w] == "adverb" || p.toks[j].Kind == english.Alpha && len(w) > 4 && strings.HasSuffix(w, "ly")
}

// participle reports a past participle: "been", a listed one, a word of
// more than four letters in -ed that is a past form.
func (p *tparser) participle(j int) bool {
	w := p.toks[j].Low
	switch p.v.perfect[w] {
	case "been", "participle":
		return true
	}
	if p.toks[j].Kind != english.Alpha || len(w) <= 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	t, ok := p.v.wordTense[w]
	return !ok || t < 0
}

// storyTime finds the phrases of storytimes.tsv in the sentence, times
// the story names by its own course ("at the end of the war", "for the
// duration of World War I", "throughout the war"): a frame, then "the" or
// up to two capitalised words of a name, then a noun of the list. Each
// span runs from the start of the phrase's clause to the sentence's end
// (an inserted clause after a comma, to its closing comma):
// from the last word before the phrase that opens a clause (clauses.txt),
// an infinitive's "to" or a future, conditional or modal auxiliary
// (tense.tsv: "promised to supply France until the end of the war": the
// promise is not of the war's end), else from the sentence's start. opens
// reports a phrase that opens the sentence, after at most one word ("Only
// at the end of the conflict were ...", "By the end of the war, officials
// admitted ..."): the sentence sets its story at that time.
func (p *tparser) storyTime() (spans [][2]int, opens bool) {
	if p.marks&markStory == 0 || len(p.toks) == 0 {
		return nil, false
	}
	end := int(p.toks[len(p.toks)-1].End)
	for k := range p.toks {
		ff := p.fact(k)
		if !ff.story {
			continue
		}
		for _, f := range p.v.storyFrames[ff.frames[0]:ff.frames[1]] { // those that open with toks[k]
			if !p.storyNoun(k, f) {
				continue
			}
			if k <= 1 {
				return [][2]int{{int(p.toks[0].Start), end}}, true
			}
			lo := 0
			for j := k - 1; j > 0; j-- {
				w := p.toks[j].Low
				if p.tenseOf(j)&(tenseClause|tenseModal|tenseAhead) != 0 ||
					w == "to" && p.tok(j+1) != nil && p.tok(j+1).Kind == english.Alpha && p.tok(j+1).Text == p.low(j+1) && !p.determiner(p.low(j+1)) {
					lo = j
					break
				}
			}
			to := end
			if lo > 0 && p.toks[lo-1].Text == "," && p.v.subOpeners[p.toks[lo].Low] {
				// "The Soviet Union, which had stayed neutral throughout
				// the war, then declared war": the inserted clause ends at
				// its comma (subclauses.txt)
				for j := k + len(f); j < len(p.toks); j++ {
					if p.toks[j].Text == "," {
						to = int(p.toks[j].Start)
						break
					}
				}
			}
			spans = append(spans, [2]int{int(p.toks[lo].Start), to})
			break
		}
	}
	return spans, false
}

// tellsEnd reports a sentence that tells the war's end: a word of the end
// (storytimes.tsv kind end: "Germany signed the armistice", "Japan
// surrendered") with no word before it that makes it only asked for or
// refused (kind unmet, or a negation: "the UN demanded its surrender",
// "Japan did not surrender"), or a verb of the end (kind ended) at most
// three words after a noun of the story's course and with no object after
// it ("the war ended", "the war in the Balkans ended"; not "the talks ended",
// "the war ended the long peace").
func (p *tparser) tellsEnd() bool {
	if p.marks&markStory == 0 {
		return false // no word of storytimes.tsv: most sentences
	}
	for k := range p.toks {
		if !p.fact(k).story {
			continue
		}
		if p.formAt(k, p.v.storyEnds) && !p.unmet(k) {
			return true
		}
		if p.formAt(k, p.v.storyEnded) && !p.determiner(p.low(k+p.formLen(k, p.v.storyEnded))) {
			for j := max(0, k-3); j < k; j++ {
				if p.v.storyNouns[p.toks[j].Low] {
					return true
				}
			}
		}
	}
	return false
}

// unmet reports a word of storytimes.tsv kind unmet or a negation of
// tense.tsv within the four words before toks[k].
func (p *tparser) unmet(k int) bool {
	for j := max(0, k-4); j < k; j++ {
		if p.v.negation[p.low(j)] {
			return true
		}
		if !p.fact(j).story {
			continue
		}
		if n := p.formLen(j, p.v.storyUnmet); n > 0 && j+n <= k {
			return true
		}
	}
	return false
}

// storyNoun reports a frame f of storytimes.tsv at toks[k] followed by
// its noun: "at the end of the war", "for the duration of World War I".
func (p *tparser) storyNoun(k int, f []string) bool {
	for n, w := range f {
		if p.low(k+n) != w {
			return false
		}
	}
	j := k + len(f)
	if p.low(j) == "the" {
		j++
	}
	for n := 0; n <= 2; n++ {
		t := p.tok(j + n)
		if t == nil || t.Kind != english.Alpha {
			return false
		}
		if p.v.storyNouns[t.Low] {
			return true
		}
		if !english.StartsUpper(t.Text) {
			return false
		}
	}
	return false
}

// sequels reads the words of a sentence that names no date that put what
// it tells after the time the text has set (Context.Sequels): a unit and a
// postunit that counts ahead ("two days after his arrival", "a few weeks
// later", "days later", "six months afterwards"), a bound word before a
// count ("within two years"), or a retro word alone ("Later, France
// recognized the border", "was subsequently joined"); not a retro word
// after an article ("a later battle", "the later stages") or before "than"
// ("no later than"). A count of one to 999 ("two", "a", "18") is kept
// with its unit (Sequel.N, Sequel.Unit).
func (p *tparser) sequels() []Sequel {
	var out []Sequel
	for k := range p.toks {
		f := p.fact(k)
		if f.marks&markSequel == 0 {
			continue
		}
		at := [2]int{int(p.toks[k].Start), int(p.toks[k].End)}
		if f.isTime && f.tw.kind == "bound" {
			// "within two years", "within twenty-five years": from the
			// time set to the count after it
			_, nn := p.countAt(k + 1)
			e := k + max(nn, 1) // the count's last token ("a" of "within a year")
			if n, u, ok := p.count(e); ok {
				out = append(out, Sequel{Start: at[0], End: int(p.toks[e+1].End), Holds: 3, N: n, Unit: u})
			}
			continue
		}
		if u, ok := p.timeWord(k - 1); ok && u.kind == "unit" && f.isTime && f.tw.kind == "postunit" {
			holds := 0
			switch u.value {
			case "day":
				holds = 2
			case "week", "fortnight", "month":
				holds = 1
			}
			s := Sequel{Start: int(p.toks[k-1].Start), End: at[1], Holds: holds}
			if n, _, ok := p.count(k - 2); ok {
				s.N, s.Least, s.Unit = n, n, u.value
				if a := p.countStart(k - 2); p.low(a-1) == "and" {
					// "Four years and four months later": one count in the
					// smaller unit, else none
					m, v, ok := p.count(a - 3)
					if f := unitsIn(v, u.value); ok && f > 0 {
						s.N, s.Least = n+m*f, n+m*f
					} else if ok {
						s.N, s.Least, s.Holds = 0, 0, 0
						out = append(out, s)
						continue
					}
				}
				if nx := p.tok(k + 1); p.low(k) != "after" || nx == nil || nx.Kind == english.Sym {
					s.Holds = 3 // "eighteen months later": counted from the time set itself
				} else if u.value == "year" && p.setAct(k+1) {
					s.Holds = 1 // "two years after the threat" after "Germany threatened France": its year
				} else if (u.value == "day" || u.value == "week") && p.setAct(k+1) {
					// "A day after the declaration" after "On 14 May 1948
					// Israel declared its independence": counted from the
					// act the text dated, the time set moved by the count
					s.Holds = 3
				}
			}
			out = append(out, s)
			continue
		}
		if f.tense&tenseRetro == 0 || p.determiner(p.low(k-1)) || p.low(k+1) == "than" {
			continue
		}
		out = append(out, Sequel{Start: at[0], End: at[1], Holds: 1})
	}
	return out
}

// setAct reports whether the words at toks[j:] after "N years after" name
// the act of the sentence that set the time the text stands at
// (tparser.setAt), so that the count moves that time: their first
// lower-case word shares its stem with a word of that sentence ("two
// years after the threat" after "Germany threatened France", "after the
// annexation" after "Germany annexed Alsace"), and a noun of the story's
// course (storytimes.tsv noun: "after the war") only with the verb after it
// ("after the war began" after "The war began in 1879"). Not another act
// ("after Stalin's death", "after the Soviet withdrawal" after "invaded")
// nor a course alone ("Two years after the war" after "The war began in
// 1939": the war's end).
func (p *tparser) setAct(j int) bool {
	if p.setAt[1] <= p.setAt[0] {
		return false
	}
	set := p.text[p.setAt[0]:p.setAt[1]]
	for k := j; k < j+5; k++ {
		t := p.tok(k)
		if t == nil || t.Kind == english.Num {
			return false
		}
		if t.Kind != english.Alpha || english.StartsUpper(t.Text) || p.determiner(t.Low) || len(t.Text) < 3 {
			continue // "the", "Stalin", "'s", "Soviet"
		}
		if p.low(k+1) == "of" && !p.namedIn(k+2, set) {
			return false // "ten years after the invasion of Afghanistan" after "Iraq invaded Kuwait": another act
		}
		if !p.v.storyNouns[t.Low] {
			return p.v.sharesStem(t.Low, set)
		}
		nx := p.tok(k + 1)
		return nx != nil && nx.Kind == english.Alpha && !english.StartsUpper(nx.Text) && p.v.sharesStem(nx.Low, set)
	}
	return false
}

// namedIn reports whether the capitalised name at toks[j] (after "the")
// is written in text, all of it but its last letter being enough for its
// people's word ("Hungary", "Hungarian"; "Kuwait", "Kuwaiti"), or no name
// stands there ("the invasion of Kuwait" after "Iraq invaded Kuwait";
// "after the siege of the city").
func (p *tparser) namedIn(j int, text string) bool {
	if p.determiner(p.low(j)) {
		j++
	}
	t := p.tok(j)
	if t == nil || t.Kind != english.Alpha || !english.StartsUpper(t.Text) {
		return true
	}
	return strings.Contains(text, t.Text[:max(min(4, len(t.Text)), len(t.Text)-1)])
}

// sharesStem reports a word of text (ASCII letters, any case) that is w or
// shares with it a stem of four letters or more that leaves at most three
// letters of the shorter ("invasion", "invaded"; "annexation", "annexed";
// not "conference", "confirmed"), and of the text's word at most two, or
// one before an ending ("invaded", "occupied", "withdrew"; not "protest",
// "protected"), unless w is all of the stem ("threat", "threatened"); "be"
// before the stem counts ("siege", "besieged"); the endings are
// datecues.tsv's (ending). A word of the text right after a reference cue
// (datecues.tsv reference: "after"), or after one and "the", "a" or "an",
// is the reference of the setting sentence's own sequel, not its act ("five
// years after the armistice").
func (v *Vocabulary) sharesStem(w, text string) bool {
	prev, prev2 := "", "" // the two words before, as written (no copy in lower case)
	for i := 0; i < len(text); {
		if !isLetter(text[i]) {
			i++
			continue
		}
		k := i
		for k < len(text) && isLetter(text[k]) {
			k++
		}
		word := text[i:k]
		if v.refCue(prev) || v.refCue(prev2) && v.en.Article(strings.ToLower(prev)) {
			prev, prev2 = word, prev
			i = k
			continue
		}
		if v.stemOf(w, word) || len(word) > len(w) && word[0]|0x20 == 'b' && word[1]|0x20 == 'e' && v.stemOf(w, word[2:]) {
			return true
		}
		prev, prev2 = word, prev
		i = k
	}
	return false
}

// stemOf reports whether word (any case) is w or shares its stem as
// sharesStem says.
func (v *Vocabulary) stemOf(w, word string) bool {
	n := 0
	for n < len(w) && n < len(word) && w[n] == word[n]|0x20 {
		n++
	}
	if n == len(w) && n == len(word) || n == len(w) && n >= 4 {
		return true
	}
	if n < 4 || n < min(len(w), len(word))-3 {
		return false
	}
	r := len(word) - n
	return r <= 2 || r-v.inflection(word[n:]) <= 1
}

// inflection is the length of the longest verb or plural ending
// (datecues.tsv ending: "ing", "ed", "es", "s", "d") that closes r, 0 for
// none.
func (v *Vocabulary) inflection(r string) int {
	for _, e := range v.stemEndings {
		if len(r) >= len(e) && strings.EqualFold(r[len(r)-len(e):], e) {
			return len(e)
		}
	}
	return 0
}

// refCue reports a reference cue (datecues.tsv reference), w as written.
func (v *Vocabulary) refCue(w string) bool {
	if len(w) == 0 || len(w) > 16 {
		return false
	}
	var b [16]byte
	for k := 0; k < len(w); k++ {
		b[k] = w[k] | 0x20 // ASCII letters only (sharesStem's words)
	}
	return v.refCues[string(b[:len(w)])]
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// tensBefore is the value of a tens word before the unit word at toks[k]
// ("twenty" in "twenty-five", "twenty five"), 0 for none.
func (p *tparser) tensBefore(k int) int {
	j := k - 1
	if p.low(j) == "-" {
		j--
	}
	if w, ok := p.number(j); ok && w.Kind == "tens" {
		return int(w.Value)
	}
	return 0
}

// countStart is the first token of the count whose last token is toks[k]:
// the tens of "twenty-five" or "twenty five", else k.
func (p *tparser) countStart(k int) int {
	w, ok := p.number(k)
	if !ok || w.Kind != "unit" || p.tensBefore(k) == 0 {
		return k
	}
	if p.low(k-1) == "-" {
		return k - 2
	}
	return k - 1
}

// unitsIn is how many of the unit small make one of big, for the pairs a
// compound count joins ("four years and four months": 12, "a week and
// two days": 7), 0 for others.
func unitsIn(big, small string) int {
	switch {
	case big == "year" && small == "month":
		return 12
	case big == "week" && small == "day":
		return 7
	}
	return 0
}

// count reads a count of one to 999 units whose last figure or word is
// toks[k] (countAt from countStart: "25", "twenty-five", "twenty five"),
// or "a"/"an" ("a year later"), and its unit after it (timewords.tsv unit).
// In sequels a count after another and "and" is one in the smaller unit
// ("four years and four months later": 52 months) or, when the units do
// not divide (unitsIn), none: Holds 0.
func (p *tparser) count(k int) (n int, unit string, ok bool) {
	t := p.tok(k)
	switch {
	case t == nil || t.Kind == english.Num && len(t.Text) > 3:
		return 0, "", false
	case p.v.en.Indefinite(t.Low):
		n = 1
	default:
		s := p.countStart(k)
		if c, nn := p.countAt(s); s+nn-1 == k {
			n = c
		}
	}
	u, ok := p.timeWord(k + 1)
	if n <= 0 || !ok || u.kind != "unit" {
		return 0, "", false
	}
	return n, u.value, true
}

// countAt reads a count at toks[j]: a number in figures (no separator) or
// in words (timex-keywords numbers: unit, teen, tens), the units after the
// tens ("twenty-five", "twenty five"); its value and the tokens it takes,
// 0 tokens for none. The one reader of counts: offsetAt's, count's.
func (p *tparser) countAt(j int) (n, nn int) {
	t := p.tok(j)
	if t == nil {
		return 0, 0
	}
	if t.Kind == english.Num {
		if anyByte(t.Text, ".,") {
			return 0, 0
		}
		n, _ = strconv.Atoi(t.Text)
		return n, 1
	}
	w, ok := p.number(j)
	if !ok || w.Kind != "unit" && w.Kind != "teen" && w.Kind != "tens" {
		return 0, 0
	}
	n, nn = int(w.Value), 1
	if w.Kind == "tens" {
		k := j + 1
		if p.low(k) == "-" {
			k++
		}
		if u, ok := p.number(k); ok && u.Kind == "unit" {
			n, nn = n+int(u.Value), k-j+1
		}
	}
	return n, nn
}
