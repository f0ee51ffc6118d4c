package pdf

// Page layout: one page's glyphs become lines in reading order (words from
// glyph gaps, segments, columns and full-width regions, table cells,
// raised marks joined to their line). Nothing here looks beyond the page;
// assemble.go turns the pages' lines into the document's blocks.

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
