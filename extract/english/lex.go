package english

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

// Token kinds.
const (
	Num   Kind = iota + 1 // digits, with inner "," or "." before a digit
	Alpha                 // letters, with inner "." before a letter ("u.s")
	Sym                   // any other single character
)

// Tok is one token of the scanners.
type Tok struct {
	Start, End int32 // byte offsets into the document text
	Text       string
	Low        string // lower case, quotes straightened (see Lexer)
	Kind       Kind
	Space      bool // whitespace before it
}

// Glued reports whether toks[i] follows toks[i-1] with no space between.
func Glued(toks []Tok, i int) bool { return i > 0 && !toks[i].Space }

// PossessiveAt reports a possessive "'s" as toks[i] and toks[i+1]: the
// lexer splits "Japan's" into "Japan", "'" and "s", and Low makes a curly
// apostrophe straight.
func PossessiveAt(toks []Tok, i int) bool {
	return i >= 0 && i+1 < len(toks) && toks[i].Low == "'" && toks[i+1].Low == "s"
}

// Lexer tokenizes sentences. It knows the words the stages compare tokens
// with (the union every stage's vocabulary gives): a capitalized word
// inside a sentence gets a lower-case Low only when it is one of them; any
// other keeps its capitals as a name, which saves an allocation per name.
// A sentence's first word is lower-cased whatever it is.
type Lexer struct {
	lows map[string]string
	// bits holds every word of lows. Most capitalized words of a text are
	// names no stage knows; bits tells most of them so without a look-up in
	// lows, a large map whose look-ups were a quarter of the lexing.
	bits Filter
}

// NewLexer returns a lexer that knows the words of every sequence.
func NewLexer(words ...iter.Seq[string]) *Lexer {
	lx := &Lexer{lows: map[string]string{}}
	for _, seq := range words {
		for w := range seq {
			lx.lows[w] = w
			lx.bits.Add(w)
		}
	}
	return lx
}

// known returns the lexer's copy of the lower-case word w, if it knows w.
func (lx *Lexer) known(w []byte) (string, bool) {
	if lx == nil {
		return "", false
	}
	if !lx.bits.MayBytes(w) {
		return "", false
	}
	l, ok := lx.lows[string(w)]
	return l, ok
}

// Known reports whether a lower-case word is one the stages compare with.
func (lx *Lexer) Known(w string) bool { return lx.lows[w] != "" }

// Lex splits a sentence s (starting at offset base of the document) into tokens.
func (lx *Lexer) Lex(s string, base int) []Tok {
	return lx.Append(make([]Tok, 0, len(s)/5+4), s, base)
}

// Append appends the tokens of the sentence s to out.
func (lx *Lexer) Append(out []Tok, s string, base int) []Tok {
	return lexInto(out, s, base, lx)
}

// Lex splits s into tokens, every word lower-cased in Low: for the forms of
// a vocabulary, and wherever the known words do not matter.
func Lex(s string, base int) []Tok { return lexInto(make([]Tok, 0, len(s)/5+4), s, base, nil) }

// lexInto appends the tokens of s to out; lx (nil for none) knows the words.
func lexInto(out []Tok, s string, base int, lx *Lexer) []Tok {
	space := true
	first := true
	i := 0
	for i < len(s) {
		c := s[i]
		cl := byteClass[c]
		if cl&bSpace != 0 {
			space = true
			i++
			continue
		}
		start := i
		kind := Sym
		// An Alpha token's ASCII bytes are letters and "."; seen gathers
		// their classes (a capital among them) and wide says a byte is
		// not ASCII, so lowKey need not read the word again.
		seen, wide := uint8(0), false
		switch {
		case cl&bDigit != 0:
			kind = Num
			i++
			for i < len(s) {
				c := s[i]
				if byteClass[c]&bDigit != 0 {
					i++
					continue
				}
				if (c == ',' || c == '.') && i+1 < len(s) && byteClass[s[i+1]]&bDigit != 0 {
					i++
					continue
				}
				break
			}
		case cl == 0:
			i++ // ASCII punctuation
		default:
			if cl&bLetter != 0 {
				seen = cl
				i++
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) {
					space = true
					i += n
					continue
				}
				i += n
				if !unicode.IsLetter(r) {
					break
				}
				wide = true
			}
			kind = Alpha
			for i < len(s) {
				c := s[i]
				cl := byteClass[c]
				if cl&bLetter != 0 {
					seen |= cl
					i++
					continue
				}
				if c < utf8.RuneSelf {
					if c == '.' && i+1 < len(s) && (byteClass[s[i+1]]&bLetter != 0 || s[i+1] >= utf8.RuneSelf && isLetterAt(s, i+1)) {
						i++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
					wide = true
					i += n2
					continue
				}
				break
			}
		}
		text := s[start:i]
		low := text // a number, ASCII punctuation, a word in small letters
		switch {
		case kind == Alpha && (wide || seen&bUpper != 0):
			// a sentence's first word is lower-cased whatever it is
			low = lowWord(text, wide, lx, lx != nil && !first)
		case c >= utf8.RuneSelf:
			low = lowSym(text)
		}
		// The token's fields are set in place: a Tok built and then
		// appended is copied with a write barrier over the whole struct
		// while the collector runs, which cost a fifth of the lexing.
		if len(out) == cap(out) {
			out = slices.Grow(out, 1)
		}
		out = out[:len(out)+1]
		t := &out[len(out)-1]
		t.Start, t.End, t.Kind, t.Text, t.Low, t.Space = int32(base+start), int32(base+i), kind, text, low, space
		if kind != Sym {
			first = false
		}
		space = false
	}
	return out
}

// The lexer's classes of a byte (byteClass): ASCII whitespace, digit,
// letter, capital, and a byte that is not ASCII. ASCII punctuation has
// none. A look-up in the table costs the lexer's loops less than the
// comparisons it replaces, on every byte of the text.
const (
	bSpace uint8 = 1 << iota
	bDigit
	bLetter
	bUpper
	bWide
)

var byteClass = func() (t [256]uint8) {
	for _, c := range " \t\n\r" {
		t[c] = bSpace
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = bLetter
		t[c-'a'+'A'] = bLetter | bUpper
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = bWide
	}
	return t
}()

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// lowSym is a symbol's lookup key: curly quotes straight, the quotes
// FoldRune folds, compared as strings (decoding the rune to call FoldRune
// costs the scanners 0.1% more instructions).
func lowSym(text string) string {
	switch text {
	case "’", "‘", "ʼ":
		return "'"
	case "“", "”":
		return "\""
	}
	return text
}

// lowWord is the lookup key of a word with a capital or a byte that is not
// ASCII (wide): lower case (a word of small ASCII letters is its own key).
// With names, a capitalized word is lower-cased only if it is one of the
// words lx knows; any other is a name and keeps its capitals. A known
// word shares the lexer's copy of its key, which saves an allocation.
func lowWord(text string, wide bool, lx *Lexer, names bool) string {
	if wide || len(text) > 24 {
		return strings.ToLower(text)
	}
	// Look the word up without allocating and share the lexer's copy.
	var buf [24]byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if l, ok := lx.known(buf[:len(text)]); ok {
		return l
	}
	if names {
		return text
	}
	return string(buf[:len(text)])
}
