package money

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// proseWindow is how many tokens either side of a figure prose looks at.
const proseWindow = 8

// oddSigns are signs that prose seldom writes and the glyph soup of a
// chart or a mis-read font is full of.
const oddSigns = "#@<>=+*\\|~^{}[]_`"

// prose reports whether the tokens around the figure toks[a:b] read as
// language: of the words and odd signs within proseWindow tokens either
// side, at least half are words (two letters or more, in one case after
// the first). Numbers and ordinary punctuation say nothing either way,
// but a sign in a run of signs, or digits between signs one of which is
// odd, count as odd; a window with fewer than four of them ("$20" alone)
// passes.
func prose(toks []english.Tok, a, b int) bool {
	words, counted := 0, 0
	look := func(k int) {
		t := &toks[k]
		switch t.Kind {
		case english.Alpha:
			counted++
			if wordShaped(t.Text) {
				words++
			}
		case english.Sym:
			if odd(t) || signRun(toks, k) {
				counted++
			}
		case english.Num:
			// digits between signs, one of them odd ("#3$")
			if k > 0 && k+1 < len(toks) && english.Glued(toks, k) && english.Glued(toks, k+1) &&
				toks[k-1].Kind == english.Sym && toks[k+1].Kind == english.Sym && (odd(&toks[k-1]) || odd(&toks[k+1])) {
				counted++
			}
		}
	}
	for k := max(0, a-proseWindow); k < a; k++ {
		look(k)
	}
	for k := b; k < len(toks) && k < b+proseWindow; k++ {
		look(k)
	}
	return counted < 4 || 2*words >= counted
}

func odd(t *english.Tok) bool { return len(t.Text) == 1 && strings.IndexByte(oddSigns, t.Text[0]) >= 0 }

// signRun reports a sign written against signs on both sides ("-./#"):
// prose leaves a space or a letter or digit next to its punctuation.
func signRun(toks []english.Tok, k int) bool {
	return k > 0 && k+1 < len(toks) && english.Glued(toks, k) && english.Glued(toks, k+1) &&
		toks[k-1].Kind == english.Sym && toks[k+1].Kind == english.Sym
}

// wordShaped reports letters that look like a word: two or more, the ones
// after the first all lower case or all upper case ("the", "Karachi",
// "NATO"; not "D", "aJ").
func wordShaped(s string) bool {
	first, n := utf8.DecodeRuneInString(s)
	if n == len(s) || !unicode.IsLetter(first) {
		return false
	}
	lower, upper := false, false
	for _, r := range s[n:] {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case r != '.':
			return false
		}
	}
	return !(lower && upper)
}
