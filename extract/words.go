package extract

import (
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence for dictionary matching: a run of letters
// and digits (with internal apostrophes, and the periods of abbreviations such
// as "U.S.S.R."), or a single other non-space character.
type word struct {
	Start, End int // byte offsets
	Text       string
	Key        string // Text with curly apostrophes made straight
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

// isDash reports a hyphen or dash that joins compounds ("Sino-Pak", "India–Pakistan").
func isDash(r rune) bool { return r == '-' || r == '‐' || r == '‑' || r == '–' }

// words splits s into words, offsets relative to base.
func words(s string, base int) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if !isWordRune(r) {
			i += n
			out = append(out, mkWord(s, start, i, base))
			continue
		}
		run := 0 // letters in the current dotted segment
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				run++
				continue
			}
			if r == '.' && run == 1 && unicode.IsUpper(lastRune(s[start:i])) {
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
			if isApostrophe(r) && i+n < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i+n:])
				if isWordRune(r2) {
					// Possessive 's ends the word; other internal apostrophes
					// (d'Ivoire, Xi'an) belong to it.
					if (r2 == 's' || r2 == 'S') && (i+n+n2 == len(s) || !isWordRune(firstRune(s[i+n+n2:]))) {
						break
					}
					i += n + n2
					run++
					continue
				}
			}
			break
		}
		out = append(out, mkWord(s, start, i, base))
	}
	return out
}

func mkWord(s string, start, end, base int) word {
	t := s[start:end]
	return word{Start: base + start, End: base + end, Text: t, Key: foldQuotes(t)}
}

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// foldQuotes makes curly quotes straight, so that rules match them as one.
func foldQuotes(s string) string {
	need := false
	for _, r := range s {
		if r == '’' || r == '‘' || r == '“' || r == '”' || r == 'ʼ' {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		case '“', '”':
			r = '"'
		}
		b = append(b, r)
	}
	return string(b)
}
