package text

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// Sentence is one sentence (or heading) of the clean text.
type Sentence struct {
	Start, End int // byte offsets
	Line       int // index into Text.Lines
	Heading    bool
	Toks       []english.Tok // tokens for the later stages, made once
}

// Tokens returns the sentence's tokens, lexing them with lx if the
// sentence was not made by Sentences.
func (s *Sentence) Tokens(text string, lx *english.Lexer) []english.Tok {
	if s.Toks == nil {
		return lx.Lex(text[s.Start:s.End], s.Start)
	}
	return s.Toks
}

// MaxSentence is the longest sentence, in bytes, that the later stages
// get: a longer run of text with no sentence punctuation (a table, a list
// flattened by a reader, text with its punctuation lost) is cut at spaces
// into pieces at most this long, so that no stage spends more than a
// bounded time on one sentence. No sentence of the sample, the development
// sets or the papers corpus comes near it (the longest has 2,398 bytes).
const MaxSentence = 4000

// Segment splits text into sentences with prose's segmenter (a Punkt model)
// and returns the byte offset where each sentence starts.
func Segment(text string) []int {
	tk, err := punkt()
	if err != nil {
		return nil
	}
	var starts []int
	for _, s := range tk.Tokenize(text) {
		if t := strings.TrimLeftFunc(s.Text, unicode.IsSpace); strings.TrimSpace(t) != "" {
			starts = append(starts, s.Start+len(s.Text)-len(t))
		}
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
//
// A run longer than MaxSentence is cut into pieces. lx tokenizes each
// sentence for the later stages.
func (v *Vocabulary) Sentences(ctx context.Context, t *Text, st *Structure, lx *english.Lexer) ([]Sentence, error) {
	out, err := v.SentencesIn(ctx, t, st, Window{To: len(t.Lines)})
	if err != nil {
		return nil, err
	}
	if err := Lex(ctx, lx, t.Text, out); err != nil {
		return nil, err
	}
	return out, nil
}

// SentencesIn splits the lines of one window of the clean text into
// sentences as Sentences does, without tokens (see Lex). Every boundary
// falls inside a line or at its end, and prose's segmenter decides each one
// from the words next to it, so the windows of a text give, one after the
// other, the sentences the whole text gives.
func (v *Vocabulary) SentencesIn(ctx context.Context, t *Text, st *Structure, w Window) ([]Sentence, error) {
	if w.From >= w.To {
		return nil, nil
	}
	base := t.Lines[w.From].Start
	starts := Segment(t.Text[base:t.Lines[w.To-1].End])
	for i := range starts {
		starts[i] += base
	}
	var out []Sentence
	k := 0 // next prose boundary
	for li := w.From; li < w.To; li++ {
		ln := t.Lines[li]
		if err := ctx.Err(); err != nil {
			return nil, err
		}
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
	return out, nil
}

// appendTrimmed appends text[start:end] without its spaces at either end,
// cut into pieces of at most MaxSentence bytes.
func appendTrimmed(out []Sentence, text string, start, end, line int, heading bool) []Sentence {
	for {
		for start < end && text[start] == ' ' {
			start++
		}
		stop := end
		for stop > start && text[stop-1] == ' ' {
			stop--
		}
		if stop-start <= MaxSentence {
			if start < stop {
				out = append(out, Sentence{Start: start, End: stop, Line: line, Heading: heading})
			}
			return out
		}
		cut := pieceEnd(text, start)
		out = append(out, Sentence{Start: start, End: cut, Line: line, Heading: heading})
		start = cut
	}
}

// pieceEnd is where a piece of an over-long sentence starting at start
// ends: at the last space within MaxSentence bytes, or, in a run with no
// space, at the last rune boundary.
func pieceEnd(text string, start int) int {
	limit := start + MaxSentence
	if i := strings.LastIndexByte(text[start:limit], ' '); i > 0 {
		end := start + i
		for end > start && text[end-1] == ' ' {
			end--
		}
		if end > start {
			return end
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// Lex tokenizes every sentence into shared buffers, for the later stages.
// Dropping the tokens when a stage is done with them (Unlex) frees the
// buffers: a sentence without tokens lexes them again when asked.
//
// The buffers are sized for the text still to lex at bytesPerTok, and a
// sentence that may not fit in what is left of one (a sentence has at most
// one token per byte) starts the next, so no buffer grows by copying: the
// tokens are most of what the scanners allocate, and every byte allocated
// costs the collector's time (BenchmarkScanners).
func Lex(ctx context.Context, lx *english.Lexer, text string, sents []Sentence) error {
	rest := 0 // bytes and sentences not lexed yet
	for _, s := range sents {
		rest += s.End - s.Start
	}
	var buf []english.Tok
	for i := range sents {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		size := sents[i].End - sents[i].Start
		if cap(buf)-len(buf) < size {
			buf = make([]english.Tok, 0, max(rest/bytesPerTok+len(sents)-i, size))
		}
		rest -= size
		from := len(buf)
		buf = lx.Append(buf, text[sents[i].Start:sents[i].End], sents[i].Start)
		sents[i].Toks = buf[from:len(buf):len(buf)]
	}
	return nil
}

// bytesPerTok is about how many bytes of text make a token in prose: 4.9
// in the seed article, 5.1 and 5.3 (medians) in the papers and the
// WikiWars histories.
const bytesPerTok = 5

// Unlex drops the sentences' tokens.
func Unlex(sents []Sentence) {
	for i := range sents {
		sents[i].Toks = nil
	}
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

// hasLowerUpper reports whether a lower-case letter comes right before a
// capital somewhere in s.
func hasLowerUpper(s string) bool {
	prevLower := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if prevLower && c >= 'A' && c <= 'Z' {
				return true
			}
			prevLower = c >= 'a' && c <= 'z'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
		i += n
	}
	return false
}

// gluedCuts finds sentence starts inside text[from:to] that the segmenter
// missed because no space separates them from the sentence before.
func (v *Vocabulary) gluedCuts(text string, from, to int) []int {
	var cuts []int
	s := text[from:to]
	// "ChinaHence," : lower case then a capitalized connective (only a
	// text with a lower-case letter before a capital can have one).
	if hasLowerUpper(s) {
		for _, w := range english.Words(s, from) {
			if w.End-w.Start < 4 {
				continue
			}
			prevLower := false
			for j, r := range w.Text {
				if unicode.IsUpper(r) && prevLower && j >= 2 {
					suffix := w.Text[j:]
					after := text[w.End:min(w.End+1, len(text))]
					if v.en.Connective(suffix) && (after == "," || after == " ") {
						cuts = append(cuts, w.Start+j)
					}
					break
				}
				prevLower = unicode.IsLower(r)
			}
		}
	}
	// "talks with the U.S. They ended...": an abbreviation that may end a sentence,
	// then a word that opens one; the segmenter keeps them together. The
	// words are cut at spaces; the abbreviation is not the first of them.
	prev, k := "", 0 // the word before and how many came before
	for i := 0; ; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if k >= 2 && (v.abbrevs[prev] == abbrevMaybe || english.IsInitials(prev) && isStateInitials(prev)) && v.en.OpensSentence(s[i:j]) {
			cuts = append(cuts, from+i)
		}
		prev, k, i = s[i:j], k+1, j
	}
	// "policy.The": a word, a full stop and a capitalized word, no space.
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		if k := v.markerCut(s, i); k > 0 {
			cuts = append(cuts, from+k)
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
	slices.Sort(cuts)
	return cuts
}

// markerCut returns where a sentence starts after the stop at s[i] when
// a footnote marker is glued to it, 0 if none does: a PDF prints a
// superscript as plain digits ("balance.2 India attacked", "by Jadad et
// al.11 All of the", "palm.1,2 The", "most.¹ We"). The marker is one to
// three digits or superscript digits, or a list of them ("1,2", "10-12"),
// then a space and a capitalized word; it stays with the sentence before.
// Before the stop stands a closing parenthesis ("(Khan, 2004).3 We"), or
// a word that is no abbreviation a number follows ("p.2 The", "No.9
// People's"; abbreviations.tsv never) nor a web address. Before plain
// digits, which may make a number with it, the word has two or more
// letters and no figure ("2.5 Million", "section 3.2 India", "Appendix
// A.2 The") and is no Roman numeral ("Part II.3 The", "iv.2"); a
// superscript may follow a year ("by 1965.³ Pakistan"). An abbreviation
// that may end a sentence, or a word with a stop inside ("et al.",
// "U.S.", "Ph.D."), ends one before a word that opens sentences only.
func (v *Vocabulary) markerCut(s string, i int) int {
	j := i + 1
	digits, groups, plain := 0, 1, false
	for j < len(s) {
		if isDigit(s, j) {
			j++
			plain = true
		} else if r, n := utf8.DecodeRuneInString(s[j:]); isSuperDigit(r) {
			j += n
		} else if digits > 0 && (r == ',' || r == '-' || r == '–') && (isDigit(s, j+n) || isSuperDigitAt(s, j+n)) {
			j += n
			digits = 0
			groups++
			continue
		} else {
			break
		}
		digits++
		if digits > 3 || groups > 4 {
			return 0
		}
	}
	if digits == 0 || j+1 >= len(s) || s[j] != ' ' {
		return 0
	}
	k := j + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k == len(s) || !unicode.IsUpper(english.FirstRune(s[k:])) {
		return 0
	}
	if i > 0 && (s[i-1] == ')' || s[i-1] == ']') {
		return k // "(Khan, 2004).3 We", "(pp. 5–9).7 After"
	}
	// The word before the stop.
	ws := strings.LastIndexByte(s[:i], ' ') + 1
	word := strings.TrimLeft(s[ws:i+1], "(\"“‘'[")
	core := strings.TrimRight(word[:len(word)-1], "\"'”’")
	if v.abbrevs[word] == abbrevNever || strings.Contains(core, "www") {
		return 0
	}
	if plain {
		// Digits that may make a number with what stands before the stop.
		letters := 0
		for _, r := range core {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return 0 // a number, a web address, a formula
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 || isRoman(core) {
			return 0
		}
	}
	if v.abbrevs[word] == abbrevMaybe || strings.Contains(core, ".") || english.IsInitials(word) {
		if english.IsInitials(word) && v.abbrevs[word] == abbrevNone && !isStateInitials(word) {
			return 0
		}
		next := s[k:]
		if e := strings.IndexByte(next, ' '); e >= 0 {
			next = next[:e]
		}
		if !v.en.OpensSentence(strings.TrimRight(next, ",;:")) {
			return 0
		}
	}
	return k
}

// isSuperDigit reports a superscript digit: ¹ ² ³ and U+2070-U+2079.
func isSuperDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r == '⁰' || r >= '⁴' && r <= '⁹'
}

func isSuperDigitAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSuperDigit(r)
}

// isRoman reports a Roman numeral that numbers a part or a section:
// capitals ("II", "XIV"), or up to four of i, v and x ("iv", "vii").
func isRoman(s string) bool {
	return s != "" && (strings.Trim(s, "IVXLCDM") == "" || len(s) <= 4 && strings.Trim(s, "ivx") == "")
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// falseBoundary reports whether the segmenter was wrong to end a sentence
// between prev and next.
func (v *Vocabulary) falseBoundary(prev, next string) bool {
	prev = strings.TrimRight(prev, " ")
	next = strings.TrimLeft(next, " ")
	if prev == "" || next == "" {
		return true
	}
	// A sentence goes on after a lower-case word.
	if unicode.IsLower(english.FirstRune(next)) {
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
	nextWord := next
	if i := strings.IndexFunc(next, unicode.IsSpace); i >= 0 {
		nextWord = next[:i]
	}
	nextWord = strings.TrimRight(nextWord, ",;:")
	switch v.abbrevs[last] {
	case abbrevNever:
		return true
	case abbrevMaybe:
		return !v.en.OpensSentence(nextWord)
	}
	if english.IsInitials(last) {
		if v.abbrevs[last] == abbrevNone && !isStateInitials(last) {
			return true
		}
		return !v.en.OpensSentence(nextWord)
	}
	// A citation left after the full stop: "...Lisbon. (Moreau 1991 and Tanaka 2004)."
	if isCitationOnly(next) {
		return true
	}
	return false
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
	return allDigits || allRoman || (len(s) == 1 && unicode.IsLetter(english.FirstRune(s)))
}

// isCitationOnly reports a piece that is just a parenthesized citation and a
// full stop: "(Moreau 1991 and Tanaka 2004)." or "(p. 220)".
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

// referenceCuts splits a reference list written as one paragraph at its
// entry numbers ("1. Brown, T. (2011). ... 2. Chen, L. ..."): numbers that
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
		if r := english.FirstRune(s[j+2:]); !unicode.IsUpper(r) && !strings.ContainsRune("“\"'", r) {
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
