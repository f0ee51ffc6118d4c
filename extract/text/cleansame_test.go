package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanBefore is Clean as it was before its ASCII fast path: every rune
// through the general case. TestCleanSame holds Clean to it.
func cleanBefore(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false  // a space is pending
	var accent rune // a spacing accent waiting for its letter
	prevLetter := false
	flushAccent := func() {
		if accent != 0 {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(accent)
			accent = 0
		}
	}
	for _, r := range s {
		if r == utf8.RuneError || r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' ||
			r == '\u2060' || r == '\uFEFF' || r >= '\uE000' && r <= '\uF8FF' || unicode.IsControl(r) && !unicode.IsSpace(r) {
			continue // dropped, as if it were not there
		}
		if accent != 0 && unicode.IsLetter(r) {
			// the letter, then its combining accent: NFC composes them
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
			b.WriteRune(spacingAccents[accent])
			accent, prevLetter = 0, true
			continue
		}
		_, isAccent := spacingAccents[r]
		if accent != 0 && isAccent {
			// two accents in a row: both stay as they are, so that a
			// second cleaning changes nothing
			flushAccent()
			b.WriteRune(r)
			prevLetter = false
			continue
		}
		flushAccent()
		if isAccent && (prevLetter || b.Len() == 0 || space) {
			accent = r
			continue
		}
		prevLetter = unicode.IsLetter(r)
		if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if l, ok := ligatures[r]; ok {
			b.WriteString(l)
			continue
		}
		b.WriteRune(r)
	}
	flushAccent() // with the space before it, if any; a trailing space is not pending here
	// Normalize after filtering, so that a combining mark separated from its
	// base by a dropped character composes with it.
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// TestCleanSame checks Clean against cleanBefore on every paragraph of the
// sample, WikiWars and MEANTIME texts and on random strings of ASCII
// letters, spaces and controls, spacing accents, ligatures, soft hyphens,
// non-breaking spaces and invalid bytes.
func TestCleanSame(t *testing.T) {
	var blocks []string
	for _, tx := range devTexts(t, sampleTexts, wikiwarsTexts, meantimeTexts) {
		blocks = append(blocks, strings.Split(tx, "\n\n")...)
	}
	if len(blocks) < 500 {
		t.Fatalf("only %d paragraphs: the development texts are missing", len(blocks))
	}
	alphabet := []string{"a", "Z", "1", " ", "\t", "\n", "\r", "\v", "\x00", "\x07", "\x1f", "\x7f", "\u00B4", "\u00B8", "\u02DC",
		"\uFB01", "\u00AD", "\u200B", "\u00A0", "\u2003", "\u0085", "é", "e\u0301", "\xff", "\uFFFD", "\uE000", ".", "'"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		blocks = append(blocks, b.String())
	}
	for _, s := range blocks {
		if got, want := Clean(s), cleanBefore(s); got != want {
			t.Fatalf("Clean(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkClean cleans the WikiWars development texts' paragraphs: Clean
// and cleanBefore.
func BenchmarkClean(b *testing.B) {
	var blocks []string
	n := 0
	for _, tx := range devTexts(b, wikiwarsTexts) {
		blocks = append(blocks, strings.Split(tx, "\n\n")...)
		n += len(tx)
	}
	for _, f := range []struct {
		name  string
		clean func(string) string
	}{{"Clean", Clean}, {"before", cleanBefore}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, s := range blocks {
					f.clean(s)
				}
			}
		})
	}
}
