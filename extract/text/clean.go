package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Hint is what a reader knows about a block's role from its layout.
type Hint uint8

// Block hints.
const (
	HintNone     Hint = iota
	HintHeading       // set apart by size, weight or numbering
	HintTitle         // the document title
	HintListItem      // an enumerated or bulleted item
	HintFootnote      // a footnote or margin note
	HintCaption       // a figure or table caption
)

// Block is one paragraph-like unit of raw text from a reader.
type Block struct {
	Text string
	Page int // 1-based page number; 0 when the input has no pages
	Hint Hint
}

var ligatures = map[rune]string{
	'\uFB00': "ff", '\uFB01': "fi", '\uFB02': "fl", '\uFB03': "ffi",
	'\uFB04': "ffl", '\uFB05': "st", '\uFB06': "st",
}

// spacingAccents are the spacing forms of diacritics that TeX's older
// fonts draw as glyphs of their own before the letter they sit on
// ("Nat´alia", "Reputa¸c˜ao"), with their combining forms.
var spacingAccents = map[rune]rune{
	'\u00B4': '\u0301', // acute
	'\u00A8': '\u0308', // diaeresis
	'\u02C6': '\u0302', // circumflex
	'\u02DC': '\u0303', // tilde
	'\u00B8': '\u0327', // cedilla
	'\u02C7': '\u030C', // caron
	'\u02D8': '\u0306', // breve
	'\u02DA': '\u030A', // ring
	'\u00AF': '\u0304', // macron
	'\u02D9': '\u0307', // dot above
	'\u02DD': '\u030B', // double acute
}

// Clean normalizes one block of text: Unicode NFC, ligatures expanded, soft
// hyphens, zero-width characters, controls, private-use and replacement
// characters dropped, a spacing accent inside a word put on the letter
// after it ("Nat´alia" → "Natália"), every run of whitespace (line breaks
// included) folded to one space, and the ends trimmed. Curly quotes are
// kept as they are.
func Clean(s string) string {
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
		if r < utf8.RuneSelf && accent == 0 {
			// ASCII, no accent waiting: what the general case below does
			// with it, without its table look-ups
			c := byte(r)
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				prevLetter, space = false, b.Len() > 0
				continue
			case c < ' ' || c == 0x7F:
				continue // a control: dropped
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			prevLetter = c|0x20 >= 'a' && c|0x20 <= 'z'
			b.WriteByte(c)
			continue
		}
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

// Text is a document's clean text: one line per paragraph, heading or list
// item, lines joined by "\n".
type Text struct {
	Text  string
	Lines []Line
}

// Line is one line of a Text.
type Line struct {
	Start, End int // byte offsets of the line, without its "\n"
	Page       int
	Hint       Hint
}

// Compose cleans every block and joins the non-empty ones into a Text. A
// block that continues the sentence of the one before it (the earlier one
// ends without closing punctuation and the later one starts in lower case)
// is joined to it with a space: a page or column break, or a stray blank
// line, does not end a sentence.
func Compose(blocks []Block) *Text {
	t := &Text{}
	var b strings.Builder
	for _, blk := range blocks {
		s := Clean(blk.Text)
		if s == "" {
			continue
		}
		if n := len(t.Lines); n > 0 {
			prev := &t.Lines[n-1]
			if continues(b.String()[prev.Start:prev.End], s, prev.Hint, blk.Hint) {
				b.WriteByte(' ')
				b.WriteString(s)
				prev.End = b.Len()
				continue
			}
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(s)
		t.Lines = append(t.Lines, Line{Start: start, End: b.Len(), Page: blk.Page, Hint: blk.Hint})
	}
	t.Text = b.String()
	return t
}

func continues(prev, next string, prevHint, nextHint Hint) bool {
	if prevHint == HintHeading || prevHint == HintTitle || nextHint == HintHeading || nextHint == HintTitle {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”’)]…", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first)
}

// TextBlocks splits plain text into blocks. Each line is a block, unless the
// text is hard-wrapped (most lines end near the same width without closing
// punctuation), in which case blank lines separate paragraphs and the lines
// inside one are joined. Markdown headings ("# Title") become heading blocks.
func TextBlocks(raw string, markdown bool) []Block {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.ReplaceAll(raw, "\r", "\n")
	lines := strings.Split(raw, "\n")
	wrapped := markdown || isWrapped(lines)
	var blocks []Block
	var para []string
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, Block{Text: strings.Join(para, " ")})
			para = para[:0]
		}
	}
	width := wrapWidth(lines)
	for _, ln := range lines {
		trim := strings.TrimSpace(ln)
		if trim == "" {
			flush()
			continue
		}
		if markdown {
			if h := strings.TrimLeft(trim, "#"); len(h) < len(trim) && strings.HasPrefix(h, " ") {
				flush()
				blocks = append(blocks, Block{Text: h, Hint: HintHeading})
				continue
			}
			if isListStart(trim) {
				flush()
			}
		}
		if !wrapped {
			blocks = append(blocks, Block{Text: ln})
			continue
		}
		para = append(para, trim)
		// A short line ends its paragraph even without a blank line after it.
		if !markdown && utf8.RuneCountInString(trim) < width*6/10 {
			flush()
		}
	}
	flush()
	return blocks
}

func isListStart(s string) bool {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "+ ") {
		return true
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s)-1 && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// wrapWidth is the width, in runes, that most long lines of the text reach.
func wrapWidth(lines []string) int {
	var lens []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimRight(l, " \t")); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) == 0 {
		return 0
	}
	// 90th percentile by counting sort on small widths.
	hist := map[int]int{}
	maxw := 0
	for _, n := range lens {
		hist[n]++
		maxw = max(maxw, n)
	}
	need := len(lens) * 9 / 10
	seen := 0
	for w := 0; w <= maxw; w++ {
		seen += hist[w]
		if seen > need {
			return w
		}
	}
	return maxw
}

func isWrapped(lines []string) bool {
	w := wrapWidth(lines)
	if w == 0 || w > 120 {
		return false
	}
	long, open := 0, 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		n := utf8.RuneCountInString(l)
		if n < w*8/10 {
			continue
		}
		long++
		last, _ := utf8.DecodeLastRuneInString(l)
		if !strings.ContainsRune(".!?:;\"”’)", last) {
			open++
		}
	}
	return long >= 5 && open*2 > long
}
