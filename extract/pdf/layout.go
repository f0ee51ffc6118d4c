package pdf

import (
	_ "embed"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	extract "github.com/stratex/stratex/extract/text" // Block and its hints live in text
)

// Layout constants, in units of the font size.
const (
	spaceGap    = 0.13 // a gap wider than this between glyphs is a space
	segmentGap  = 0.8  // a gap wider than this ends a segment (a column gutter, a table cell)
	baselineTol = 0.3  // glyphs whose baselines differ by less are on one line
)

// seg is a run of glyphs on one baseline with no wide gap: a line of a
// column, a table cell, a heading.
type seg struct {
	x0, x1, y float64
	size      float64
	text      strings.Builder
	glyphs    int
	bold      int
	pending   bool // a space glyph was seen and not yet written
	lastX     float64
	lastText  string
}

// tline is one line of text in reading order.
type tline struct {
	x0, x1, y, size float64
	text            string
	parts           []string // the texts of its segments
	bold            bool
	flow            int // which column flow of the page it belongs to
	fx0, fx1        float64
}

// pageText is a laid-out page: its lines in reading order.
type pageText struct {
	num         int
	lines       []*tline
	top, bottom float64
	body        float64 // the most common font size
}

// layoutPage turns a page's glyphs into lines in reading order: the glyphs
// of the main text direction first (columns left to right, full-width
// blocks in their place), then those of any other direction.
func layoutPage(gs []glyph, num int) *pageText {
	pt := &pageText{num: num}
	byDir := map[int][]glyph{}
	count := map[int]int{}
	for _, g := range gs {
		d := g.dir
		if d < 0 {
			d = 0
		}
		byDir[d] = append(byDir[d], g)
		count[d] += len(g.text)
	}
	dirs := make([]int, 0, len(byDir))
	for d := range byDir {
		dirs = append(dirs, d)
	}
	sort.Slice(dirs, func(i, j int) bool {
		if count[dirs[i]] != count[dirs[j]] {
			return count[dirs[i]] > count[dirs[j]]
		}
		return dirs[i] < dirs[j]
	})
	flow := 0
	for k, d := range dirs {
		lines, f := layoutFrame(byDir[d], d, flow)
		flow = f
		if k == 0 {
			pt.body = bodySize(byDir[d])
			pt.top, pt.bottom = math.Inf(-1), math.Inf(1)
			for _, l := range lines {
				pt.top = math.Max(pt.top, l.y+l.size)
				pt.bottom = math.Min(pt.bottom, l.y)
			}
		}
		pt.lines = append(pt.lines, lines...)
	}
	return pt
}

// toFrame rotates a point so that text of direction d runs left to right.
func toFrame(x, y float64, d int) (float64, float64) {
	switch d {
	case 90:
		return y, -x
	case 180:
		return -x, -y
	case 270:
		return -y, x
	}
	return x, y
}

// bodySize is the font size that most characters have.
func bodySize(gs []glyph) float64 {
	hist := map[float64]int{}
	for _, g := range gs {
		hist[math.Round(g.size*2)/2] += len(g.text)
	}
	best, bn := 10.0, -1
	for s, n := range hist {
		if n > bn || n == bn && s < best {
			best, bn = s, n
		}
	}
	return best
}

// layoutFrame lays out the glyphs of one text direction.
func layoutFrame(gs []glyph, d, flow int) ([]*tline, int) {
	segs := segments(gs, d)
	if len(segs) == 0 {
		return nil, flow
	}
	body := bodySize(gs)
	gx, two := gutter(segs, body)
	sort.SliceStable(segs, func(i, j int) bool {
		if math.Abs(segs[i].y-segs[j].y) > baselineTol*math.Min(segs[i].size, segs[j].size) {
			return segs[i].y > segs[j].y
		}
		return segs[i].x0 < segs[j].x0
	})
	cuts := regionCuts(segs, body)
	region := func(s *seg) int {
		r := 0
		for _, c := range cuts {
			if s.y < c {
				r++
			}
		}
		return r
	}
	var out []*tline
	var left, right, span []*seg
	curRegion := 0
	flushSpan := func() {
		if len(span) > 0 {
			var ls []*tline
			ls, flow = cellLines(span, flow)
			out = append(out, ls...)
			span = nil
		}
	}
	flushCols := func() {
		if len(left) > 0 {
			out = append(out, lines(left, flow)...)
			flow++
			left = nil
		}
		if len(right) > 0 {
			out = append(out, lines(right, flow)...)
			flow++
			right = nil
		}
	}
	for _, s := range segs {
		if r := region(s); r != curRegion {
			// a full-width band of white space: what lies above it is
			// read before what lies below, column by column
			flushSpan()
			flushCols()
			curRegion = r
		}
		switch {
		case !two || s.x0 < gx-1 && s.x1 > gx+1:
			flushCols()
			span = append(span, s)
		case s.x1 <= gx+1:
			flushSpan()
			left = append(left, s)
		default:
			flushSpan()
			right = append(right, s)
		}
	}
	flushSpan()
	flushCols()
	return out, flow
}

// regionCuts finds the heights at which a band of white space at least
// 2 body sizes tall crosses the whole page: between an author block and
// the columns below it, or above and below a full-width figure.
func regionCuts(segs []*seg, body float64) []float64 {
	type span struct{ lo, hi float64 }
	ext := make([]span, len(segs))
	for i, s := range segs {
		ext[i] = span{s.y - 0.3*s.size, s.y + 0.9*s.size}
	}
	sort.Slice(ext, func(i, j int) bool { return ext[i].hi > ext[j].hi })
	var cuts []float64
	low := math.Inf(1)
	for i, e := range ext {
		if i > 0 && low-e.hi >= 2*body {
			cuts = append(cuts, (low+e.hi)/2)
		}
		low = math.Min(low, e.lo)
	}
	return cuts
}

// segments groups glyphs, in the order the page draws them, into runs on
// one baseline without a wide gap, inserting spaces at word gaps. A glyph
// drawn twice at the same place (fake bold) is read once.
func segments(gs []glyph, d int) []*seg {
	var out []*seg
	var cur *seg
	for _, g := range gs {
		x, y := toFrame(g.x, g.y, d)
		size := g.size
		if size <= 0.5 {
			size = 10
		}
		if cur != nil {
			gap := x - cur.x1
			same := math.Abs(y-cur.y) <= baselineTol*math.Max(size, cur.size)
			if same && g.text == cur.lastText && math.Abs(x-cur.lastX) < 0.15*size {
				continue // drawn twice
			}
			if !same || gap < -0.6*size || gap > segmentGap*math.Max(size, cur.size) {
				cur = nil
			} else if g.space {
				cur.pending = true
				cur.x1 = math.Max(cur.x1, x+g.w)
				continue
			} else if (cur.pending || gap > spaceGap*math.Min(size, cur.size) && !(isHyphen(g.text) && gap < 0.2*size)) && !strings.HasSuffix(cur.text.String(), " ") {
				// (a hyphen set flush right at a justified line end
				// belongs to the word before it)
				cur.text.WriteByte(' ')
			}
		}
		if cur == nil {
			if g.space {
				continue
			}
			cur = &seg{x0: x, x1: x, y: y, size: size}
			out = append(out, cur)
		}
		cur.pending = false
		cur.text.WriteString(g.text)
		cur.glyphs++
		if g.bold {
			cur.bold++
		}
		cur.size = math.Max(cur.size, size)
		cur.x1 = math.Max(cur.x1, x+g.w)
		cur.lastX, cur.lastText = x, g.text
	}
	return out
}

// footnoteMark reports a run set small and raised, ending in a digit, right
// before a word of the line's size: a footnote's mark ("3Assistant
// Professor", "1See"), a word boundary however narrow the gap; an isotope's
// mass number ("1H NMR") stays on its symbol.
func footnoteMark(prev, s *seg, t string) bool {
	if prev == nil || prev.size >= 0.85*s.size || prev.y-s.y < 0.15*s.size {
		return false
	}
	p := strings.TrimSpace(prev.text.String())
	last, _ := utf8.DecodeLastRuneInString(p)
	// a word of three letters or more: "1H NMR", "13C" are isotopes
	letters := 0
	for _, r := range t {
		if !unicode.IsLetter(r) {
			break
		}
		letters++
	}
	return unicode.IsDigit(last) && letters >= 3
}

func isHyphen(s string) bool { return s == "-" || s == "\u2010" || s == "\u00AD" }

// gutter finds the gap between two columns: the x position near the middle
// of the page that the fewest segments cross, if enough lines lie wholly
// on each side of it.
func gutter(segs []*seg, body float64) (float64, bool) {
	minX, maxX := math.Inf(1), math.Inf(-1)
	chars := 0
	for _, s := range segs {
		minX, maxX = math.Min(minX, s.x0), math.Max(maxX, s.x1)
		chars += s.glyphs
	}
	w := maxX - minX
	if w < 25*body || len(segs) < 12 {
		return 0, false
	}
	if math.IsInf(w, 0) || math.IsNaN(w) || w > 1e5 {
		return 0, false // coordinates no page has
	}
	lo, hi := minX+0.3*w, minX+0.7*w
	var cov []int
	for x := lo; x <= hi; x++ {
		n := 0
		for _, s := range segs {
			if s.x0 < x && s.x1 > x {
				n++
			}
		}
		cov = append(cov, n)
	}
	minN := len(segs)
	for _, n := range cov {
		minN = min(minN, n)
	}
	// The gutter is the widest run crossed by no more than a few segments
	// more than the least crossed position: a display formula or a long
	// URL may overhang it.
	tol := minN + max(1, len(segs)/50)
	bestX, bestN, bestRun := 0.0, len(segs)+1, 0.0
	for i := 0; i < len(cov); {
		if cov[i] > tol {
			i++
			continue
		}
		j := i
		for j < len(cov) && cov[j] <= tol {
			j++
		}
		if run := float64(j - i); run > bestRun {
			c := (i + j - 1) / 2
			// centre on the least crossed position of the run
			for k := i; k < j; k++ {
				if cov[k] < cov[c] {
					c = k
				}
			}
			bestX, bestN, bestRun = lo+float64(c), cov[c], run
		}
		i = j
	}
	var l, r, lc, rc int
	for _, s := range segs {
		switch {
		case s.x1 <= bestX+1:
			l++
			lc += s.glyphs
		case s.x0 >= bestX-1:
			r++
			rc += s.glyphs
		}
	}
	if bestRun < 0.4*body || l < 5 || r < 5 || float64(lc+rc) < 0.5*float64(chars) || float64(bestN) > 0.25*float64(len(segs)) {
		return 0, false
	}
	return bestX, true
}

// cellLines lays out a full-width region. Where consecutive lines are cut
// by the same wide gap (an author table, side-by-side boxes), the cells
// are read column by column, each column its own flow; other lines are
// read as they come.
func cellLines(segs []*seg, flow int) ([]*tline, int) {
	// baseline rows, top to bottom
	type gap struct{ lo, hi float64 }
	type row struct {
		y    float64
		segs []*seg
		cuts []gap
	}
	var rows []*row
	for _, s := range segs {
		if n := len(rows); n > 0 && math.Abs(rows[n-1].y-s.y) <= baselineTol*s.size {
			rows[n-1].segs = append(rows[n-1].segs, s)
			continue
		}
		rows = append(rows, &row{y: s.y, segs: []*seg{s}})
	}
	for _, r := range rows {
		sort.SliceStable(r.segs, func(i, j int) bool { return r.segs[i].x0 < r.segs[j].x0 })
		for i := 1; i < len(r.segs); i++ {
			a, b := r.segs[i-1], r.segs[i]
			if b.x0-a.x1 > 3*math.Max(a.size, b.size) {
				r.cuts = append(r.cuts, gap{a.x1, b.x0})
			}
		}
	}
	// shared returns the part of a gap of row a that a gap of row b
	// overlaps, if it is at least 6 points wide
	shared := func(a []gap, b *row) (gap, bool) {
		for _, x := range a {
			for _, y := range b.cuts {
				if g := (gap{math.Max(x.lo, y.lo), math.Min(x.hi, y.hi)}); g.hi-g.lo >= 6 {
					return g, true
				}
			}
		}
		return gap{}, false
	}
	var out []*tline
	var plain []*seg
	flushPlain := func() {
		if len(plain) > 0 {
			out = append(out, lines(plain, flow)...)
			flow++
			plain = nil
		}
	}
	for i := 0; i < len(rows); {
		j := i + 1
		cut := 0.0
		if len(rows[i].cuts) > 0 && i+1 < len(rows) {
			if g, ok := shared(rows[i].cuts, rows[i+1]); ok {
				for j = i + 2; j < len(rows); j++ {
					g2, ok := shared([]gap{g}, rows[j])
					if !ok {
						break
					}
					g = g2
				}
				cut = (g.lo + g.hi) / 2
			}
		}
		if cut == 0 {
			plain = append(plain, rows[i].segs...)
			i++
			continue
		}
		flushPlain()
		var left, right []*seg
		for _, r := range rows[i:j] {
			for _, s := range r.segs {
				if s.x1 <= cut {
					left = append(left, s)
				} else {
					right = append(right, s)
				}
			}
		}
		for _, col := range [][]*seg{left, right} {
			if len(col) > 0 {
				out = append(out, lines(col, flow)...)
				flow++
			}
		}
		i = j
	}
	flushPlain()
	return out, flow
}

// lines groups the segments of one flow (sorted top to bottom) into lines:
// segments on one baseline, and small raised or lowered ones (footnote
// marks, subscripts) with the line they belong to.
func lines(segs []*seg, flow int) []*tline {
	type group struct {
		y, size float64
		segs    []*seg
	}
	var gs []*group
	for _, s := range segs {
		var g *group
		if n := len(gs); n > 0 {
			last := gs[n-1]
			dy := s.y - last.y
			switch {
			case math.Abs(dy) <= baselineTol*math.Min(s.size, last.size):
				g = last
			case s.size < 0.85*last.size && dy > -0.4*last.size && dy < 0.7*last.size:
				g = last // a raised or lowered smaller run
			case last.size < 0.85*s.size && -dy > -0.4*s.size && -dy < 0.7*s.size && len(last.segs) == 1:
				// a raised mark came first: it joins this line
				last.y, last.size = s.y, s.size
				g = last
			}
		}
		if g == nil {
			g = &group{y: s.y, size: s.size}
			gs = append(gs, g)
		}
		g.segs = append(g.segs, s)
		g.size = math.Max(g.size, s.size)
	}
	fx0, fx1 := math.Inf(1), math.Inf(-1)
	for _, s := range segs {
		fx0, fx1 = math.Min(fx0, s.x0), math.Max(fx1, s.x1)
	}
	out := make([]*tline, 0, len(gs))
	for _, g := range gs {
		sort.SliceStable(g.segs, func(i, j int) bool { return g.segs[i].x0 < g.segs[j].x0 })
		var b strings.Builder
		l := &tline{x0: g.segs[0].x0, y: g.y, size: g.size, flow: flow, fx0: fx0, fx1: fx1}
		bold, glyphs := 0, 0
		var prev *seg
		for i, s := range g.segs {
			t := strings.TrimSpace(s.text.String())
			if t == "" {
				continue
			}
			if i > 0 && b.Len() > 0 && (s.x0-l.x1 > spaceGap*math.Min(s.size, g.size)*0.8 || footnoteMark(prev, s, t)) {
				b.WriteByte(' ')
			}
			prev = s
			b.WriteString(t)
			l.parts = append(l.parts, t)
			l.x1 = math.Max(l.x1, s.x1)
			bold += s.bold
			glyphs += s.glyphs
		}
		l.text = b.String()
		l.bold = glyphs > 0 && bold*10 >= glyphs*9
		if l.text != "" {
			out = append(out, l)
		}
	}
	return out
}

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
		pitch := linePitch(pt)
		flush := func() {
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
			newBlock := cur == nil || prev == nil || l.flow != prev.flow || hint != cur.Hint ||
				hint == extract.HintNone && paragraphBreak(prev, l, pitch)
			if cur != nil && (hint == extract.HintTitle || hint == extract.HintHeading) && cur.Hint == hint && !newBlockHeading(prev, l) {
				newBlock = false
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
