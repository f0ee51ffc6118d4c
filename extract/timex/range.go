package timex

import (
	"fmt"
	"strconv"

	"github.com/stratex/stratex/extract/english"
)

// rangeAt reads an interval: "from 1871 to 1875", "between 1846 and 1849",
// "between 2015 to 2019", "1918-1939", "1883-87", "2013-15", "1871–78",
// "from the 1920s to 1930s", "Mar 3-Apr 9, 2011", "5/1-5/7/2020",
// "FY 2009-FY 2013".
func (p *tparser) rangeAt(i int) (Span, int) {
	if !p.connectorNear(i) {
		return Span{}, 0
	}
	x, n, lone := p.rangeOf(i, true)
	if n == 0 && lone {
		// "from the 4th to the 11th": no month after the second end;
		// the first is read as it reads alone
		x, n, _ = p.rangeOf(i, false)
	}
	return x, n
}

// rangeOf reads the interval at toks[i] (rangeAt), its first end a day
// alone when tryLone allows (loneDay); lone reports that it was one.
func (p *tparser) rangeOf(i int, tryLone bool) (x Span, n int, lone bool) {
	j := i
	opener := ""
	if w := p.low(j); w == "from" || w == "between" || w == "in" && p.low(j+2) == "through" {
		opener = w
		j++
	}
	a, ok := p.pointAt(j, true)
	// "from the 4th to the 11th of June 1862", "between 2 and 5 March":
	// a day alone before the connector is a day of the second end's month
	// (loneDay), not of the reference time's
	if d, dn := p.loneDay(j, opener); dn > 0 && tryLone {
		a, ok, lone = point{d: tdate{0, 0, d}, n: dn, noYear: true, strong: true, rule: "day"}, true, true
	}
	if !ok {
		return Span{}, 0, lone
	}
	if a.interval {
		return Span{}, 0, lone
	}
	k := j + a.n
	conn := p.low(k)
	switch {
	case p.joinsRange(conn):
	case conn == "and":
		if opener != "between" {
			return Span{}, 0, lone
		}
	default:
		return Span{}, 0, lone
	}
	k++
	var b point
	// "1883-87", "2013-15", "1871–78", "FY2009-13": a two-digit second year.
	if t := p.tok(k); t != nil && a.d.m == 0 && a.decade == 0 && a.century == 0 && a.d.y > 0 && t.Kind == english.Num && len(t.Text) == 2 && (conn == "-" || conn == "–") {
		yy, _ := strconv.Atoi(t.Text)
		y2 := a.d.y/100*100 + yy
		if y2 <= a.d.y {
			y2 += 100
		}
		nx := p.tok(k + 1)
		glue := nx == nil || nx.Space || nx.Kind == english.Sym && nx.Text != "-" && nx.Text != "/"
		// "2015-03" is March 2015 when the second part is a month before
		// the year's last two digits; "2001-02" stays a range.
		if glue && y2-a.d.y <= 12 && !(yy <= 12 && yy <= a.d.y%100 && conn == "-") {
			b = point{d: tdate{y2, 0, 0}, n: 1, rule: "year"}
		}
	}
	if b.n == 0 {
		if p.low(k) == "fy" {
			k++
		}
		b, ok = p.pointAt(k, true)
		if !ok {
			// "Nov 18-19, 2015": a day alone after a month and day.
			if a.d.d > 0 {
				if d, dn := p.dayAt(k); dn > 0 && p.tok(k).Kind == english.Num {
					b = point{d: tdate{0, a.d.m, d}, n: dn, noYear: true, rule: "day"}
					if p.isSym(k+dn, ",") {
						if y, yn, suf := p.yearAt(k+dn+1, false); yn > 0 && suf == "" {
							b.d.y, b.n, b.noYear = y, dn+1+yn, false
						}
					}
					ok = true
				}
			}
			if !ok {
				return Span{}, 0, lone
			}
		}
	}
	if b.interval || b.citation || a.citation {
		return Span{}, 0, lone
	}
	if lone {
		if b.d.m == 0 || b.d.d == 0 || b.anchor != "" || b.season != "" || b.part != "" || b.val != "" {
			return Span{}, 0, lone // the month is the second end's own, written
		}
		a.d.m = b.d.m
	}
	// "5/1-5/7, 2020": a year after the second end covers both.
	if b.noYear && b.rule == "numeric-month/day" && p.isSym(k+b.n, ",") {
		if y, yn, suf := p.yearAt(k+b.n+1, false); yn > 0 && suf == "" {
			b.d.y, b.noYear, b.n = y, false, b.n+1+yn
		}
	}
	end := k + b.n
	// Bare years on both sides need a context that makes them years, and
	// nothing may continue the number ("2011-2016-47" is a code).
	if !a.strong && !b.strong {
		if !p.yearContext(j, a, true) {
			return Span{}, 0, lone
		}
		if p.refs && !p.inParens(i) {
			return Span{}, 0, lone
		}
	}
	if nx, nn := p.tok(end), p.tok(end+1); nx != nil && nn != nil && !nx.Space && !nn.Space && nx.Kind == english.Sym && anyByte(nx.Text, "-/") && nn.Kind == english.Num {
		return Span{}, 0, lone
	}
	// Month/day without a year on both sides ("1/8 to 31 7/8") is no date.
	if a.noYear && b.noYear && (a.rule == "numeric-month/day" || b.rule == "numeric-month/day") {
		return Span{}, 0, lone
	}
	var val, anchor string
	switch {
	case a.decade > 0 && b.decade > 0:
		if b.decade < a.decade {
			return Span{}, 0, lone
		}
		val = fmt.Sprintf("%d0/%d9", a.decade, b.decade)
	case a.decade > 0 || b.decade > 0 || a.century > 0 || b.century > 0:
		return Span{}, 0, lone
	default:
		x, y := a.d, b.d
		// A side without a year takes the other's.
		switch {
		case a.noYear && !b.noYear && y.y > 0:
			x.y = y.y
			if x.m > y.m && y.m > 0 {
				x.y-- // "Nov-Feb 2017"
			}
		case b.noYear && !a.noYear && x.y > 0:
			y.y = x.y
			if y.m < x.m && y.m > 0 {
				y.y++
			}
		case a.noYear && b.noYear:
			pa := a
			pa.d = x
			p.resolveYear(&pa)
			x, anchor = pa.d, pa.anchor
			y.y = x.y
			if y.m < x.m {
				y.y++
			}
			if x.y == 0 {
				y.y = 0
			}
		}
		if x.y > 0 && y.y > 0 {
			if !before(x, y) {
				return Span{}, 0, lone
			}
			if x.gran() == 1 && y.gran() == 1 && y.y-x.y > 200 {
				return Span{}, 0, lone
			}
		}
		g := max(x.gran(), y.gran())
		x, y = expand(x, g), expand(y, g)
		val = x.String() + "/" + y.String()
		if y.y > 0 && !(p.refs) {
			yy := y
			p.anchor, p.bc, p.period = &yy, 0, false
			if !inSpans(p.earlier, int(p.toks[i].Start)) {
				p.kept = p.anchor
			}
		}
	}
	cit := p.refs
	return Span{Start: int(p.toks[i].Start), End: int(p.toks[end-1].End), Value: val, Type: "INTERVAL", Citation: cit,
		Ambiguous: a.ambiguous || b.ambiguous, Anchor: anchor, Rule: "timex:range"}, end - i, lone
}

// connectorNear reports a word that joins the ends of a range within the
// next ten tokens after toks[i]: no range can start at i without one. It
// reads the sentence's token kinds (tokJoin, set once per sentence), not
// joinsRange's map, since it is asked at every token that may start a
// date.
func (p *tparser) connectorNear(i int) bool {
	for k := i + 1; k < min(len(p.toks), i+11); k++ {
		if p.kinds[k]&tokJoin != 0 || p.toks[k].Low == "and" {
			return true
		}
	}
	return false
}

// before reports whether a starts before b (comparing what both give).
func before(a, b tdate) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m == 0 || b.m == 0 || a.m != b.m {
		return a.m <= b.m || a.m == 0 || b.m == 0
	}
	return a.d <= b.d || a.d == 0 || b.d == 0
}

// expand writes a date at a finer granularity: the year 2018 as 2018-01
// next to a month, as the recognizer suites write interval ends.
func expand(t tdate, g int) tdate {
	if g >= 2 && t.m == 0 {
		t.m = 1
	}
	if g >= 3 && t.d == 0 {
		t.d = 1
	}
	return t
}

// loneDay reads a day written without its month at toks[j], the first end
// of a range after opener ("from", "between", or none): "the 13th", "the
// sixth", "13th", or after "from" or "between" a bare "13"; the word after
// it must join the ends in words (rangewords.txt: "to", "until"; "and"
// after "between"). It gives the day and the tokens it takes; 0, 0 for
// none.
func (p *tparser) loneDay(j int, opener string) (int, int) {
	d, n := p.dayAt(j)
	if n == 0 || p.nextIsMonth(j+n) {
		return 0, 0
	}
	t := p.tok(j)
	if t.Kind == english.Num && n == 1 && opener != "from" && opener != "between" {
		return 0, 0 // "rose 6 to 9 May": a bare number needs the opener
	}
	switch w := p.low(j + n); {
	case p.v.rangeWords[w]:
		return d, n
	case w == "and" && opener == "between":
		return d, n
	}
	return 0, 0
}

// joinsRange reports a dash or tilde, or a word of rangewords.txt, that
// joins the two ends of a range ("1914-1918", "from May to June").
func (p *tparser) joinsRange(w string) bool {
	return isDash(w) || p.v.rangeWords[w]
}

// isDash reports the signs that join a range's ends: hyphen, dashes, tilde.
func isDash(w string) bool {
	switch w {
	case "-", "–", "—", "~":
		return true
	}
	return false
}
