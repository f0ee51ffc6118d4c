package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// SentenceSpan is one sentence (or heading) of the clean text.
type SentenceSpan struct {
	Start, End int // byte offsets
	Line       int // index into Text.Lines
	Heading    bool
	toks       []tok // tokens for the date and money scanners, made once
}

// Segment splits text into sentences with prose's segmenter (a Punkt model)
// and returns the byte offset where each sentence starts.
func Segment(text string) []int {
	doc, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	var starts []int
	cur := 0
	for _, s := range doc.Sentences() {
		if s.Text == "" {
			continue
		}
		i := strings.Index(text[cur:], s.Text)
		if i < 0 {
			continue
		}
		starts = append(starts, cur+i)
		cur += i + len(s.Text)
	}
	return starts
}

// Sentences splits the clean text into sentences: prose's boundaries, cut at
// every line end and after every heading or run-in label, then corrected for
// scholarly text. A boundary after "p.", "No.", "Vol.", "et al.", an initial
// ("A.Q. Khan") or a list number is removed, and one after "U.S." or "etc."
// only stays before a word that opens sentences ("It", "The"); a parenthetical
// citation left alone after a full stop joins its sentence; and a sentence a
// PDF line break glued to the next ("...to visit XFurther, ...", "end.The")
// is cut apart.
func (v *Vocabulary) Sentences(t *Text, st *Structure) []SentenceSpan {
	starts := Segment(t.Text)
	var out []SentenceSpan
	k := 0 // next prose boundary
	for li, ln := range t.Lines {
		info := st.Lines[li]
		from := ln.Start
		if info.Role == RoleHeading {
			out = appendTrimmed(out, t.Text, ln.Start, ln.End, li, true)
			continue
		}
		if info.Role == RoleLabelled {
			out = appendTrimmed(out, t.Text, ln.Start, info.LabelEnd, li, true)
			from = info.LabelEnd
		}
		cuts := []int{from}
		for k < len(starts) && starts[k] < ln.End {
			if starts[k] > from {
				cuts = append(cuts, starts[k])
			}
			k++
		}
		if info.Zone == "references" {
			if refs := referenceCuts(t.Text, from, ln.End); len(refs) > 1 {
				cuts = refs
			} else {
				cuts = v.fixCuts(t.Text, cuts, ln.End)
			}
		} else {
			cuts = v.fixCuts(t.Text, cuts, ln.End)
		}
		for i, c := range cuts {
			end := ln.End
			if i+1 < len(cuts) {
				end = cuts[i+1]
			}
			out = appendTrimmed(out, t.Text, c, end, li, false)
		}
	}
	v.lexSentences(t.Text, out)
	return out
}

func appendTrimmed(out []SentenceSpan, text string, start, end, line int, heading bool) []SentenceSpan {
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	if start < end {
		out = append(out, SentenceSpan{Start: start, End: end, Line: line, Heading: heading})
	}
	return out
}

// fixCuts corrects the sentence starts cuts (the first is the line part's
// start) of a line part ending at end.
func (v *Vocabulary) fixCuts(text string, cuts []int, end int) []int {
	// Add cuts where a line break glued two sentences.
	var added []int
	for i, c := range cuts {
		stop := end
		if i+1 < len(cuts) {
			stop = cuts[i+1]
		}
		added = append(added, c)
		added = append(added, v.gluedCuts(text, c, stop)...)
	}
	cuts = added
	// Remove false cuts.
	kept := cuts[:1]
	for i := 1; i < len(cuts); i++ {
		prev := text[kept[len(kept)-1]:cuts[i]]
		next := text[cuts[i]:end]
		if i+1 < len(cuts) {
			next = text[cuts[i]:cuts[i+1]]
		}
		if v.falseBoundary(prev, next) {
			continue
		}
		kept = append(kept, cuts[i])
	}
	return kept
}

// gluedCuts finds sentence starts inside text[from:to] that the segmenter
// missed because no space separates them from the sentence before.
func (v *Vocabulary) gluedCuts(text string, from, to int) []int {
	var cuts []int
	s := text[from:to]
	ws := spaceWords(s, from)
	for _, w := range words(s, from) {
		if w.End-w.Start < 4 {
			continue
		}
		// "ChinaHence," : lower case then a capitalized connective.
		prevLower := false
		for j, r := range w.Text {
			if unicode.IsUpper(r) && prevLower && j >= 2 {
				suffix := w.Text[j:]
				after := text[w.End:min(w.End+1, len(text))]
				if v.connectives[suffix] && (after == "," || after == " ") {
					cuts = append(cuts, w.Start+j)
				}
				break
			}
			prevLower = unicode.IsLower(r)
		}
	}
	// "with the U.S. As Russia...": an abbreviation that may end a sentence,
	// then a word that opens one; the segmenter keeps them together.
	for i, w := range ws {
		if i+1 >= len(ws) || v.abbrevs[w.Text] != abbrevMaybe && !(isInitials(w.Text) && isStateInitials(w.Text)) {
			continue
		}
		next := ws[i+1]
		if next.Start > w.End && v.opensSentence(next.Text) && i > 0 {
			cuts = append(cuts, next.Start)
		}
	}
	// "policy.The": a word, a full stop and a capitalized word, no space.
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.ContainsRune("\"')]", rune(s[j])) {
			j++
		}
		if j+1 >= len(s) || !isUpperASCII(s[j]) || !isLowerASCII(s[j+1]) {
			continue
		}
		// Two lower-case letters before the stop, and not inside a URL,
		// an e-mail address or a file name.
		if i < 2 || !isLowerASCII(s[i-1]) || !isLowerASCII(s[i-2]) {
			continue
		}
		tokStart := strings.LastIndexByte(s[:i], ' ') + 1
		tok := s[tokStart:]
		if sp := strings.IndexByte(tok, ' '); sp >= 0 {
			tok = tok[:sp]
		}
		if strings.ContainsAny(tok, "/@:") || strings.Contains(tok, "www") {
			continue
		}
		cuts = append(cuts, from+j)
	}
	sortInts(cuts)
	return cuts
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// falseBoundary reports whether the segmenter was wrong to end a sentence
// between prev and next.
func (v *Vocabulary) falseBoundary(prev, next string) bool {
	prev = strings.TrimRight(prev, " ")
	next = strings.TrimLeft(next, " ")
	if prev == "" || next == "" {
		return true
	}
	// A sentence goes on after a lower-case word.
	if unicode.IsLower(firstRune(next)) {
		return true
	}
	last := prev
	if i := strings.LastIndexByte(prev, ' '); i >= 0 {
		last = prev[i+1:]
	}
	last = strings.TrimLeft(last, "(\"“‘'[")
	// A list number alone: "1." "(a)" "iv.".
	if prev == last && isListMarker(last) {
		return true
	}
	nextWord := strings.TrimRight(strings.Fields(next)[0], ",;:")
	switch v.abbrevs[last] {
	case abbrevNever:
		return true
	case abbrevMaybe:
		return !v.opensSentence(nextWord)
	}
	if isInitials(last) {
		if v.abbrevs[last] == abbrevNone && !isStateInitials(last) {
			return true
		}
		return !v.opensSentence(nextWord)
	}
	// A citation left after the full stop: "...Karachi. (Arif 1984 and Sattar 2007)."
	if isCitationOnly(next) {
		return true
	}
	return false
}

// isInitials reports "A.", "A.Q.", "U.S.S.".
func isInitials(s string) bool {
	if len(s) < 2 || s[len(s)-1] != '.' {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || !isUpperASCII(s[i]) || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// isStateInitials reports dotted initials that name a state or body and may
// end a sentence: "U.S.", "U.K.", "U.S.S.R." are in the abbreviations list;
// other dotted capitals of three or more letters behave the same way.
func isStateInitials(s string) bool { return len(s) >= 6 }

func isListMarker(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "."), ")")
	s = strings.TrimPrefix(s, "(")
	if s == "" || utf8.RuneCountInString(s) > 4 {
		return false
	}
	allDigits, allRoman := true, true
	for _, r := range s {
		allDigits = allDigits && r >= '0' && r <= '9'
		allRoman = allRoman && strings.ContainsRune("ivxlIVXL", r)
	}
	return allDigits || allRoman || (len(s) == 1 && unicode.IsLetter(firstRune(s)))
}

// isCitationOnly reports a piece that is just a parenthesized citation and a
// full stop: "(Arif 1984 and Sattar 2007)." or "(p. 220)".
func isCitationOnly(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".")
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") || strings.Count(s, "(") != 1 {
		return false
	}
	hasDigit := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			hasDigit = true
			break
		}
	}
	return hasDigit && utf8.RuneCountInString(s) < 120
}

// spaceWords splits s at spaces, offsets relative to base.
func spaceWords(s string, base int) []word {
	var out []word
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, word{Start: base + i, End: base + j, Text: s[i:j], Key: s[i:j]})
		}
		i = j
	}
	return out
}

// referenceCuts splits a reference list written as one paragraph at its
// entry numbers ("1. Ali, M. (2019). ... 2. Arif, K. ..."): numbers that
// count up by one, each followed by a capitalized word. It returns the
// entry starts, or nil when fewer than two are found.
func referenceCuts(text string, from, to int) []int {
	s := text[from:to]
	var cuts []int
	want := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || (i > 0 && s[i-1] != ' ' && s[i-1] != '[') {
			continue
		}
		j := i
		n := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-i < 3 {
			n = n*10 + int(s[j]-'0')
			j++
		}
		if j+2 >= len(s) || (s[j] != '.' && s[j] != ']') || s[j+1] != ' ' {
			continue
		}
		if r := firstRune(s[j+2:]); !unicode.IsUpper(r) && !strings.ContainsRune("“\"'", r) {
			continue
		}
		if want == 0 && (n == 1 || i == 0) || n == want {
			start := i
			if i > 0 && s[i-1] == '[' {
				start = i - 1
			}
			cuts = append(cuts, from+start)
			want = n + 1
		}
	}
	if len(cuts) < 2 {
		return nil
	}
	if cuts[0] != from {
		cuts = append([]int{from}, cuts...)
	}
	return cuts
}

// opensSentence reports a capitalized word that opens sentences: a starter
// ("It", "The") or a discourse word ("However").
func (v *Vocabulary) opensSentence(w string) bool { return v.starters[w] || v.connectives[w] }
