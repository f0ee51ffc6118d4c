package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tNum  tokKind = iota + 1 // digits, with inner "," or "." before a digit
	tWord                    // letters, with inner "." before a letter ("u.s")
	tSym                     // any other single character
)

// tok is one token of the date and money scanners.
type tok struct {
	start, end int32 // byte offsets into the document text
	text       string
	low        string // lower case, quotes straightened
	kind       tokKind
	space      bool     // whitespace before it
	class      tokClass // what the vocabulary knows of it (set by classify)
}

// tokClass flags what a token can start, so that the scanners look words
// up once.
type tokClass uint8

const (
	cMonth     tokClass = 1 << iota // a month name or abbreviation
	cTimeStart                      // may open a temporal expression
	cMoney                          // may open a money figure
	cClassified
)

// classify sets each token's class from the vocabulary.
func (v *Vocabulary) classify(toks []tok) []tok {
	for i := range toks {
		t := &toks[i]
		if t.kind == tNum {
			t.class = cClassified | cTimeStart | cMoney
			continue
		}
		t.class = cClassified | v.wordClass[t.low]
	}
	return toks
}

// scannerWords are the words the date and money scanners compare tokens
// with, besides their vocabularies.
const scannerWords = `a after afternoon ago al an and apr at aug before between by calendar century coming day decade dec during each
earlier early end evening every feb financial fiscal following fortnight from fy h hence hundred in indeed isbn issn jan july june
last late later may mid morning need next night no nos noughties nov now number oct of on p page pages past per percent post pp pre
previous q rd route rs s seed sept shall since speed st th the this thousand through till times to today until upcoming vol volume
week when will year grade tel km kg mw tons tonnes people men troops soldiers persons members units hours minutes seconds feet metres
meters miles us`

// eventWords are further words the event and pair stages compare with.
const eventWords = `again against also amid and another are as be because been being between by composed comprising consisting could
due during each expected following for from given intends is known later may might never not of on one other owing plans s sent
shall should sold such that then this to toward towards wake was were when which will with jointly together bilateral mutual forming
formed form both or n't no would 'll in among involving including over
remained remain remains stayed went go has have had anti pro non re co`

// buildWordClass folds the word lists the scanners start from into one map,
// and collects every word they compare with into lowForm.
func (v *Vocabulary) buildWordClass() {
	v.lowForm = map[string]string{}
	for _, w := range strings.Fields(scannerWords) {
		v.lowForm[w] = w
	}
	for w := range pastWords {
		v.lowForm[w] = w
	}
	// The event and pair stages' words.
	for _, m := range []map[string]bool{prepositions, determiners, clauseWords, titleWords, reportWords} {
		for w := range m {
			v.lowForm[w] = w
		}
	}
	for w := range pronouns {
		v.lowForm[w] = w
	}
	for _, w := range strings.Fields(eventWords) {
		v.lowForm[w] = w
	}
	for _, ts := range v.triggers {
		for _, t := range ts {
			for _, w := range t.words {
				v.lowForm[w] = w
			}
			for w := range t.objects {
				v.lowForm[w] = w
			}
		}
	}
	for w := range v.relations {
		v.lowForm[w] = w
	}
	for w := range v.domestic {
		v.lowForm[w] = w
	}
	for _, m := range []map[string]bool{intentWords, lightVerbs, headTitles} {
		for w := range m {
			v.lowForm[w] = w
		}
	}
	defer func() {
		for w := range v.wordClass {
			v.lowForm[w] = w
		}
		for w := range v.money.scales {
			v.lowForm[w] = w
		}
		for w := range v.timeWords {
			for _, t := range lex(w, 0) {
				v.lowForm[t.low] = t.low
			}
		}
	}()
	v.wordClass = map[string]tokClass{}
	for m := range v.months {
		v.wordClass[m] |= cMonth | cTimeStart
	}
	for w := range v.timeStarts {
		v.wordClass[w] |= cTimeStart
	}
	for w := range v.money.byFirst {
		v.wordClass[w] |= cMoney
	}
	for w := range v.money.numbers {
		v.wordClass[w] |= cMoney
	}
}

// lex splits s (starting at offset base of the document) into tokens.
func lex(s string, base int) []tok { return lexInto(make([]tok, 0, len(s)/5+4), s, base, nil) }

// lexInto appends the tokens of s to out; lows caches lower-cased words.
func lexInto(out []tok, s string, base int, lows map[string]string) []tok {
	space := true
	first := true
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space = true
			i++
			continue
		}
		start := i
		kind := tSym
		switch {
		case c >= '0' && c <= '9':
			kind = tNum
			i++
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' {
					i++
					continue
				}
				if (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					i++
					continue
				}
				break
			}
		case c < utf8.RuneSelf && (c|0x20 < 'a' || c|0x20 > 'z'):
			i++ // ASCII punctuation
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if c >= utf8.RuneSelf && unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			if !unicode.IsLetter(r) {
				i += n
				break
			}
			kind = tWord
			i += n
			for i < len(s) {
				c := s[i]
				if c < utf8.RuneSelf {
					if c|0x20 >= 'a' && c|0x20 <= 'z' {
						i++
						continue
					}
					if c == '.' && i+1 < len(s) && (s[i+1]|0x20 >= 'a' && s[i+1]|0x20 <= 'z' || s[i+1] >= utf8.RuneSelf && isLetterAt(s, i+1)) {
						i++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
					i += n2
					continue
				}
				break
			}
		}
		text := s[start:i]
		lw := lows
		if first {
			lw = nil // a sentence's first word is lower-cased whatever it is
		}
		out = append(out, tok{start: int32(base + start), end: int32(base + i), kind: kind, text: text, low: lowKey(text, kind, lw), space: space})
		if kind != tSym {
			first = false
		}
		space = false
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// lowKey is the token's lookup key: lower case, curly quotes straight. With
// lows, a capitalized word inside a sentence is lower-cased only if it is
// one of the words the stages compare with (lows holds them); any other is
// a name and keeps its capitals, which saves an allocation per name.
func lowKey(text string, kind tokKind, lows map[string]string) string {
	switch kind {
	case tNum:
		return text
	case tSym:
		switch text {
		case "’", "‘", "ʼ":
			return "'"
		case "“", "”":
			return "\""
		}
		return text
	}
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(text)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return text
	}
	if lows == nil || len(text) > 24 {
		return strings.ToLower(text)
	}
	// Only words the scanners know need a lower-case key; look it up
	// without allocating and share the vocabulary's copy.
	var buf [24]byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if l, ok := lows[string(buf[:len(text)])]; ok {
		return l
	}
	return text
}

// glued reports whether toks[i] follows toks[i-1] with no space between.
func glued(toks []tok, i int) bool { return i > 0 && !toks[i].space }

// lexSentences tokenizes every sentence into one shared buffer.
func (v *Vocabulary) lexSentences(text string, sents []SentenceSpan) {
	n := 0
	for _, s := range sents {
		n += s.End - s.Start
	}
	buf := make([]tok, 0, n/4+len(sents))
	lows := v.lowForm
	for i := range sents {
		from := len(buf)
		buf = lexInto(buf, text[sents[i].Start:sents[i].End], sents[i].Start, lows)
		sents[i].toks = v.classify(buf[from:len(buf):len(buf)])
	}
}

// tokens returns a sentence's classified tokens, lexing them if the
// sentence was not made by Sentences.
func (v *Vocabulary) tokens(s *SentenceSpan, text string) []tok {
	if s.toks == nil {
		t := text[s.Start:s.End]
		return v.classify(lexInto(make([]tok, 0, len(t)/5+4), t, s.Start, v.lowForm))
	}
	return s.toks
}
