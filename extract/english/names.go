package english

import (
	"strings"
	"unicode"
)

// IsNameWord reports a capitalized word of letters (with inner hyphens or
// apostrophes): "Husain", "Al-Hassan", "O'Neill".
func IsNameWord(w string) bool {
	if !unicode.IsUpper(FirstRune(w)) || len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// IsInitials reports "A.", "A.Q.", "U.S.S.".
func IsInitials(s string) bool {
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

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// HonorificBefore reports whether s (the text right before a name) ends
// with an honorific, its period optional, and one space: "Ms. ", "Dr ".
// The honorific starts at a word boundary.
func (v *Vocabulary) HonorificBefore(s string) bool {
	s, ok := strings.CutSuffix(s, " ")
	if !ok {
		return false
	}
	s = strings.TrimSuffix(s, ".")
	for h := range v.honorifics {
		if rest, ok := strings.CutSuffix(s, h); ok && (rest == "" || !asciiWordByte(rest[len(rest)-1])) {
			return true
		}
	}
	return false
}

// asciiWordByte reports a byte of a regular expression's \w: [0-9A-Za-z_].
func asciiWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}
