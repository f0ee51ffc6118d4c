package english

import (
	"unicode"
	"unicode/utf8"
)

// Word is one word of a sentence for dictionary matching: a run of letters
// and digits (with internal apostrophes, and the periods of abbreviations
// such as "U.S.S.R."), or a single other non-space character.
type Word struct {
	Start, End int // byte offsets
	Text       string
	Key        string // Text with curly apostrophes made straight
}

// IsWordRune reports a letter, a digit or a combining mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsApostrophe reports a straight or curly apostrophe.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

// IsDash reports a hyphen or dash that joins compounds ("Sino-Pak", "India–Pakistan").
func IsDash(r rune) bool { return r == '-' || r == '‐' || r == '‑' || r == '–' }

// Words splits s into words, offsets relative to base.
func Words(s string, base int) []Word {
	// a word and a space or a mark take six bytes or more of most text:
	// one allocation for most sentences, not one per doubling
	out := make([]Word, 0, len(s)/6+4)
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			if !asciiWord[c] {
				out = append(out, Word{Start: base + i, End: base + i + 1, Text: s[i : i+1], Key: s[i : i+1]})
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if !IsWordRune(r) {
				out = append(out, mkWord(s, i, i+n, base))
				i += n
				continue
			}
		}
		start := i
		ascii := true // only ASCII bytes so far: no curly quote to fold
		run := 0      // letters in the current dotted segment
		for i < len(s) {
			c := s[i]
			var r rune
			n := 1
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					i++
					run++
					continue
				}
				r = rune(c)
			} else {
				r, n = utf8.DecodeRuneInString(s[i:])
				if IsWordRune(r) {
					ascii = false
					i += n
					run++
					continue
				}
			}
			if r == '.' && run == 1 && unicode.IsUpper(LastRune(s[start:i])) {
				// "U." of "U.S.", "A." of "A.Q. Khan": keep the period, go on
				// if a letter follows.
				i += n
				run = 0
				if i < len(s) {
					if r2, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r2) {
						continue
					}
				}
				break
			}
			if IsApostrophe(r) && i+n < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i+n:])
				if IsWordRune(r2) {
					// Possessive 's ends the word; other internal apostrophes
					// (d'Ivoire, Xi'an) belong to it.
					if (r2 == 's' || r2 == 'S') && (i+n+n2 == len(s) || !IsWordRune(FirstRune(s[i+n+n2:]))) {
						break
					}
					ascii = ascii && r < utf8.RuneSelf && r2 < utf8.RuneSelf
					i += n + n2
					run++
					continue
				}
			}
			break
		}
		if ascii {
			out = append(out, Word{Start: base + start, End: base + i, Text: s[start:i], Key: s[start:i]})
		} else {
			out = append(out, mkWord(s, start, i, base))
		}
	}
	return out
}

// asciiSpace and asciiWord are unicode.IsSpace and IsWordRune of the ASCII
// bytes.
var asciiSpace, asciiWord [utf8.RuneSelf]bool

func init() {
	for c := range rune(utf8.RuneSelf) {
		asciiSpace[c], asciiWord[c] = unicode.IsSpace(c), IsWordRune(c)
	}
}

func mkWord(s string, start, end, base int) Word {
	t := s[start:end]
	return Word{Start: base + start, End: base + end, Text: t, Key: FoldQuotes(t)}
}

// LastRune returns the last rune of s.
func LastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// FirstRune returns the first rune of s.
func FirstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// StartsUpper reports a string whose first rune is an upper-case letter
// (any script; IsUpperWord asks for an ASCII capital).
func StartsUpper(s string) bool { return unicode.IsUpper(FirstRune(s)) }

// IsUpperWord reports a word that starts with an ASCII capital.
func IsUpperWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// FoldQuotes makes curly quotes straight, so that rules match them as one.
func FoldQuotes(s string) string {
	need := false
	for _, r := range s {
		if FoldRune(r) != r {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		b = append(b, FoldRune(r))
	}
	return string(b)
}

// FoldRune makes a curly quote straight.
func FoldRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ':
		return '\''
	case '“', '”':
		return '"'
	}
	return r
}
