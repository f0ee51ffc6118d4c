package pdf

// Document assembly: the laid-out lines of every page become paragraph
// blocks. What needs the whole document is here (running headers and
// footers known by their repetition across pages, the title by the
// largest type, words hyphenated at line ends judged by the document's own
// words); layout.go reads each page alone, from glyphs to lines in reading
// order.

import (
	_ "embed"
	"math"
	"regexp"
	"sort"
	"strings"

	extract "github.com/stratex/stratex/extract/text" // Block and its hints live in text
	"sync"
	"unicode"
	"unicode/utf8"
)

var (
	pageNumRE  = regexp.MustCompile(`^(?i)(page\s*)?[-–—(\[]?\s*([0-9]{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?(\s*(of|/)\s*[0-9]{1,4})?$`)
	numberedRE = regexp.MustCompile(`^([0-9]{1,2}(\.[0-9]{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+\p{Lu}`)
	captionRE  = regexp.MustCompile(`^(Figure|Fig\.|FIGURE|FIG\.|Table|TABLE|Chart|Map|Exhibit)\s*[0-9IVX]+[.:\s]`)
	digitsRE   = regexp.MustCompile(`[0-9]+`)
)

// normEdge is the form in which running headers and footers repeat: lower
// case, digits as one mark, letters and digits only.
func normEdge(s string) string {
	s = digitsRE.ReplaceAllString(strings.ToLower(s), "#")
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || r == '#' {
			return r
		}
		return -1
	}, s)
}

// assemble removes running headers, footers, page numbers and repeated
// stamps across pages, joins lines into paragraph blocks (mending words
// hyphenated at line ends), and marks titles, headings, captions and
// footnotes.
func assemble(pages []*pageText) []extract.Block {
	dropRepeated(pages)
	lex := lexicon(pages)
	var blocks []extract.Block
	title, inTitle := false, false
	titleSize := titleFontSize(pages)
	for _, pt := range pages {
		var cur *extract.Block
		var prev *tline
		largeParagraph := false // cur is a run of large lines read as a paragraph
		pitch := linePitch(pt)
		flush := func() {
			if cur != nil && cur.Hint == extract.HintHeading && len(cur.Text) >= maxHeading {
				cur.Hint = extract.HintNone // see largeParagraph
			}
			if cur != nil && strings.TrimSpace(cur.Text) != "" {
				blocks = append(blocks, *cur)
			}
			cur = nil
		}
		for i, l := range pt.lines {
			hint := extract.HintNone
			big := l.size >= 1.15*pt.body
			short := l.x1-l.x0 < 0.7*(l.fx1-l.fx0)
			switch {
			case !title && !inTitle && pt.num <= 2 && isBanner(l.text):
				// "RESEARCH ARTICLE", "A R T I C L E" above the title:
				// front matter, no heading
			case !title && pt.num <= 2 && l.size >= 1.3*pt.body && l.y > pt.bottom+0.45*(pt.top-pt.bottom) && !isBanner(l.text) &&
				(l.size >= 0.97*titleSize || inTitle):
				// the title, and the large front matter right after it
				// (authors), which the header reads
				hint = extract.HintTitle
			case captionRE.MatchString(l.text):
				hint = extract.HintCaption
			case big && len(l.text) < 200,
				l.bold && short && len(l.text) < 120 && startsUpper(l.text) && !endsSentence(l.text),
				numberedRE.MatchString(l.text) && short && len(l.text) < 100 && (l.bold || big):
				hint = extract.HintHeading
			case l.size <= 0.88*pt.body && l.y < pt.bottom+0.3*(pt.top-pt.bottom) && footnoteZone(pt, i):
				hint = extract.HintFootnote
			}
			if hint == extract.HintHeading && largeParagraph && !newBlockHeading(prev, l) {
				hint = extract.HintNone // the next line of a paragraph in large type
			}
			newBlock := cur == nil || prev == nil || l.flow != prev.flow || hint != cur.Hint ||
				hint == extract.HintNone && paragraphBreak(prev, l, pitch)
			if cur != nil && (hint == extract.HintTitle || hint == extract.HintHeading) && cur.Hint == hint && l.flow == prev.flow {
				// a heading's next line goes on it, unless a gap sets it
				// apart; a run of large lines too long for a heading is a
				// paragraph set larger than the page's body type
				newBlock = newBlockHeading(prev, l)
				if !newBlock && hint == extract.HintHeading && len(cur.Text) >= maxHeading {
					cur.Hint, hint, largeParagraph = extract.HintNone, extract.HintNone, true
				}
			}
			if newBlock {
				largeParagraph = false
			}
			if newBlock {
				flush()
				cur = &extract.Block{Page: pt.num, Hint: hint}
				cur.Text = l.text
			} else {
				cur.Text = joinLine(cur.Text, l.text, lex)
			}
			if hint == extract.HintTitle {
				inTitle = true
			} else if inTitle {
				title = true
			}
			prev = l
		}
		flush()
	}
	return mergeBreaks(blocks, lex)
}

// maxHeading is the longest heading, in bytes: a run of large lines
// longer than this is a paragraph in large type, and a heading line after
// it (a bold "REFERENCES") starts a block of its own.
const maxHeading = 200

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".!?:;", r)
}

// newBlockHeading reports a heading line that starts a new heading rather
// than continuing the one above (a gap larger than its own line height).
func newBlockHeading(prev, l *tline) bool {
	return prev == nil || prev.y-l.y > 1.9*l.size || l.flow != prev.flow
}

// footnoteZone reports a small-type line below every body-size line of its
// flow.
func footnoteZone(pt *pageText, i int) bool {
	l := pt.lines[i]
	for _, o := range pt.lines[i+1:] {
		if o.flow == l.flow && o.size > 0.92*pt.body && o.y < l.y {
			return false
		}
	}
	return true
}

// linePitch is the usual distance between consecutive body lines.
func linePitch(pt *pageText) float64 {
	var ds []float64
	for i := 1; i < len(pt.lines); i++ {
		a, b := pt.lines[i-1], pt.lines[i]
		if a.flow == b.flow && math.Abs(a.size-pt.body) < 0.5 && math.Abs(b.size-pt.body) < 0.5 {
			if d := a.y - b.y; d > 0.5*pt.body && d < 3*pt.body {
				ds = append(ds, d)
			}
		}
	}
	if len(ds) == 0 {
		return 1.2 * pt.body
	}
	sort.Float64s(ds)
	return ds[len(ds)/2]
}

// paragraphBreak decides whether line l starts a new paragraph after prev.
func paragraphBreak(prev, l *tline, pitch float64) bool {
	gap := prev.y - l.y
	if gap < -0.5*l.size || gap > 1.45*math.Max(pitch, l.size) {
		return true
	}
	if math.Abs(prev.size-l.size) > 0.1*math.Max(prev.size, l.size) {
		return true
	}
	indent := l.x0 - l.fx0
	prevShort := prev.x1 < l.fx1-2.5*l.size
	if indent > 0.8*l.size && indent < 6*l.size && startsUpper(l.text) && (prevShort || endsSentence(prev.text)) {
		return true
	}
	if prevShort && endsSentence(prev.text) && startsUpper(l.text) {
		return true
	}
	return false
}

// dropRepeated removes running headers and footers (a line near the top or
// bottom of a page whose text, digits aside, repeats on other pages), page
// numbers, and any line repeated on most pages (a download stamp, a
// licence line).
func dropRepeated(pages []*pageText) {
	if len(pages) == 0 {
		return
	}
	edge := map[string]int{}
	anywhere := map[string]int{}
	isEdge := func(pt *pageText, l *tline) bool {
		h := pt.top - pt.bottom
		return l.y+l.size >= pt.top-0.08*h || l.y <= pt.bottom+0.08*h
	}
	for _, pt := range pages {
		seenE, seenA := map[string]bool{}, map[string]bool{}
		for _, l := range pt.lines {
			k := normEdge(l.text)
			if len(k) < 3 {
				continue
			}
			if isEdge(pt, l) {
				for _, part := range append([]string{l.text}, l.parts...) {
					if pk := normEdge(part); len(pk) >= 3 && !seenE[pk] {
						edge[pk]++
						seenE[pk] = true
					}
				}
			}
			if !seenA[k] {
				anywhere[k]++
				seenA[k] = true
			}
		}
	}
	n := len(pages)
	for _, pt := range pages {
		kept := pt.lines[:0]
		for _, l := range pt.lines {
			k := normEdge(l.text)
			drop := false
			switch {
			case isEdge(pt, l) && pageNumRE.MatchString(strings.TrimSpace(l.text)):
				drop = true
			case len(k) >= 3 && isEdge(pt, l) && n >= 3 && repeatedEdge(l, edge, n):
				drop = true
			case len(k) >= 8 && n >= 4 && float64(anywhere[k]) >= 0.5*float64(n) && len(l.text) < 300:
				drop = true
			}
			if !drop {
				kept = append(kept, l)
			}
		}
		pt.lines = kept
	}
}

// repeatedEdge reports an edge line that, whole or part by part, repeats
// at the edge of other pages.
func repeatedEdge(l *tline, edge map[string]int, n int) bool {
	often := func(k string) bool { return edge[k] >= 2 && float64(edge[k]) >= 0.25*float64(n) }
	if often(normEdge(l.text)) {
		return true
	}
	if len(l.parts) < 2 {
		return false
	}
	for _, p := range l.parts {
		if k := normEdge(p); len(k) >= 3 && !often(k) || len(k) < 3 && !pageNumRE.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// lexicon collects the words of the document, to decide whether a word
// broken at a line end by a hyphen is one word or a compound.
func lexicon(pages []*pageText) map[string]bool {
	lex := map[string]bool{}
	for _, pt := range pages {
		for _, l := range pt.lines {
			for _, w := range strings.Fields(l.text) {
				w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }))
				if w != "" && !strings.HasSuffix(w, "-") {
					lex[w] = true
				}
			}
		}
	}
	return lex
}

//go:embed data/banners.txt
var bannerData string

var (
	bannerOnce sync.Once
	banners    map[string]bool
)

// isBanner reports a line made only of article-type and access labels
// ("RESEARCH ARTICLE Open Access", "Original article"): a journal's
// banner above the title, set nearly as large.
func isBanner(s string) bool {
	bannerOnce.Do(func() {
		banners = map[string]bool{}
		for _, l := range strings.Split(bannerData, "\n") {
			if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
				for _, w := range strings.Fields(l) {
					banners[w] = true
				}
			}
		}
	})
	// letter-spaced words are words: "A R T I C L E"
	var ws []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if n := len(ws); n > 0 && len([]rune(f)) == 1 && len([]rune(ws[n-1])) >= 1 && singleLetters(ws[n-1]) {
			ws[n-1] += f
			continue
		}
		ws = append(ws, f)
	}
	for _, w := range ws {
		if !banners[strings.Trim(w, ".:|•-")] {
			return false
		}
	}
	return len(ws) > 0
}

// singleLetters reports a word built by joining letter-spaced letters.
func singleLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titleFontSize is the size of the largest type in the upper part of the
// first page with text, banners and single letters (drop capitals) aside:
// the title's. A journal name or a banner set large but smaller than the
// title is then no title.
func titleFontSize(pages []*pageText) float64 {
	for _, pt := range pages {
		if pt.num > 2 || len(pt.lines) == 0 {
			continue
		}
		best := 0.0
		for _, l := range pt.lines {
			// the top 40%: a drop capital opening the body sits lower
			if l.y > pt.bottom+0.6*(pt.top-pt.bottom) && len(strings.Fields(l.text)) >= 2 && !isBanner(l.text) && l.size > best {
				best = l.size
			}
		}
		return best
	}
	return 0
}

// joinLine appends the next line of a paragraph, mending a word
// hyphenated across the break ("deterio-" + "rated") but keeping a hyphen
// that belongs to the word ("Sino-" + "Pak", "2012-" + "16", "long-" +
// "term" when the text writes "long-term" elsewhere).
func joinLine(s, next string, lex map[string]bool) string {
	if next == "" {
		return s
	}
	last, n := utf8.DecodeLastRuneInString(s)
	if last == '-' || last == '\u2010' || last == '\u00AD' {
		head := s[:len(s)-n]
		before, _ := utf8.DecodeLastRuneInString(head)
		after, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLetter(before) && unicode.IsLower(after) {
			w1 := lastWord(head)
			w2 := firstWord(next)
			joined := strings.ToLower(w1 + w2)
			hyph := strings.ToLower(w1 + "-" + w2)
			switch {
			case last == '\u00AD' || lex[joined]:
				return head + next
			case lex[hyph]:
				// "long-term" written so elsewhere
				return head + "-" + next
			case len(w2) < len(next) && next[len(w2)] == '-' && isWord(w1, lex) && isWord(w2, lex):
				// "year-" + "to-year", "state-of-" + "the-art": a compound
				// of several words ("in-" + "tra-phrasal" is one word broken)
				return head + "-" + next
			case englishWords()[joined]:
				// "East-" + "ward", "with-" + "drawals", "under-" + "stand":
				// one English word
				return head + next
			case len(w1) >= 4 && len(w2) >= 4 && lex[strings.ToLower(w1)] && lex[strings.ToLower(w2)],
				len(w1) >= 5 && len(w2) >= 5 && englishWords()[strings.ToLower(w1)] && englishWords()[strings.ToLower(w2)]:
				// two words, of the text or long ones of the word list,
				// that make no word together: a compound
				// ("fastest-developing")
				return head + "-" + next
			}
			return head + next
		}
		if last == '\u00AD' {
			return head + next
		}
		return s + next
	}
	return s + " " + next
}

// isWord reports a word of the document or of the English word list.
func isWord(w string, lex map[string]bool) bool {
	w = strings.ToLower(w)
	return lex[w] || englishWords()[w]
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// mergeBreaks joins a body block cut by a column or page break in the
// middle of a sentence (it ends with a letter, a digit or a comma) to the
// next body block.
func mergeBreaks(blocks []extract.Block, lex map[string]bool) []extract.Block {
	var out []extract.Block
	for _, b := range blocks {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Hint == extract.HintNone && b.Hint == extract.HintNone && b.Page >= p.Page && b.Page <= p.Page+1 && midSentence(p.Text) {
				p.Text = joinLine(p.Text, b.Text, lex)
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// midSentence reports a paragraph (not a short affiliation or label
// line) that stops in the middle of a sentence.
func midSentence(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return len(s) > 150 && (unicode.IsLower(r) || r == ',' || r == '-')
}
