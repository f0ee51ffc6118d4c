package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

type timeWord struct{ kind, value string }

// TimexContext is what the date scanner knows about a document.
type TimexContext struct {
	Ref        string   // reference date (ISO) for relative expressions; "" for none
	News       bool     // deictic words ("today", "Friday", "last year") name specific days
	DayFirst   bool     // numeric dates are written day first
	OrderKnown bool     // the document shows its day/month order (a 13/08/2022)
	Zones      []string // zone of each sentence: in the reference list every year is a citation
	Exclude    [][2]int // byte spans taken by other findings (money figures)
}

// TimexSpan is one temporal expression in byte offsets.
type TimexSpan struct {
	Start, End int
	Sent       int
	Value      string // 1954, 1965-01, 2022-08-20, 196X, 18XX, 1983/1990, XXXX-04
	Type       string // DATE, INTERVAL, DECADE, CENTURY
	Citation   bool
	Ambiguous  bool
	Rule       string
}

// tdate is a calendar date known to some granularity; 0 means unknown. A
// year of 0 with a month means the year could not be resolved.
type tdate struct{ y, m, d int }

func (t tdate) String() string {
	y := "XXXX"
	if t.y > 0 {
		y = fmt.Sprintf("%04d", t.y)
	}
	switch {
	case t.d > 0 && t.m > 0:
		return fmt.Sprintf("%s-%02d-%02d", y, t.m, t.d)
	case t.m > 0:
		return fmt.Sprintf("%s-%02d", y, t.m)
	}
	return y
}

func (t tdate) gran() int { // 1 year, 2 month, 3 day
	switch {
	case t.d > 0:
		return 3
	case t.m > 0:
		return 2
	}
	return 1
}

func (t tdate) time() time.Time {
	return time.Date(t.y, time.Month(max(t.m, 1)), max(t.d, 1), 0, 0, 0, 0, time.UTC)
}

func fromTime(x time.Time) tdate { return tdate{x.Year(), int(x.Month()), x.Day()} }

func parseISO(s string) tdate {
	var t tdate
	if len(s) >= 4 {
		t.y, _ = strconv.Atoi(s[:4])
	}
	if len(s) >= 7 {
		t.m, _ = strconv.Atoi(s[5:7])
	}
	if len(s) >= 10 {
		t.d, _ = strconv.Atoi(s[8:10])
	}
	return t
}

// point is one parsed date expression.
type point struct {
	d         tdate
	decade    int // 195 for the 1950s
	century   int // 18 for the 19th century (18XX)
	end       tdate
	interval  bool // d to end (quarters, halves)
	n         int  // tokens taken
	noYear    bool // written without a year: needs an anchor or the reference date
	citation  bool
	ambiguous bool
	strong    bool // a form that is a date by itself, not a bare number
	rule      string
}

func (p point) value() (string, string) {
	switch {
	case p.decade > 0:
		return fmt.Sprintf("%dX", p.decade), "DECADE"
	case p.century > 0:
		return fmt.Sprintf("%02dXX", p.century), "CENTURY"
	case p.interval:
		return p.d.String() + "/" + p.end.String(), "INTERVAL"
	}
	return p.d.String(), "DATE"
}

// tparser scans one sentence.
type tparser struct {
	v      *Vocabulary
	toks   []tok
	ctx    *TimexContext
	ref    tdate
	anchor *tdate   // last date with a year in the same paragraph
	tense  int      // -1 past, +1 future, 0 unknown; 2 until computed
	refs   bool     // the sentence is in the reference list
	text   string   // the whole document text
	cur    int      // token where the expression being read starts
	depth  []int8   // parenthesis depth before each token
	excl   [][2]int // the spans of ctx.Exclude that overlap the sentence
}

// tenseAt is the tense that decides a relative expression at p.cur: the
// words next to it, else the sentence's.
func (p *tparser) tenseAt() int {
	if t := p.localTense(p.cur, p.cur+1); t != 0 {
		return t
	}
	if p.tense == 2 {
		var b strings.Builder
		for _, t := range p.toks {
			b.WriteString(t.text)
			b.WriteByte(' ')
		}
		p.tense = tense(b.String())
	}
	return p.tense
}

// canStart reports whether an expression may start at toks[i]: a number,
// or a word that opens one of the patterns.
func (p *tparser) canStart(i int) bool {
	t := &p.toks[i]
	if t.class&cTimeStart != 0 {
		return true
	}
	if t.kind != tWord {
		return false
	}
	switch t.low {
	case "the", "in", "from", "between":
		// only before something that can start one
		if i+1 < len(p.toks) && p.toks[i+1].class&cTimeStart != 0 {
			return true
		}
		return i+2 < len(p.toks) && p.toks[i+2].class&cTimeStart != 0
	}
	return false
}

// Timex finds the temporal expressions of each sentence. A month or day
// without a year takes the year of the nearest dated expression before it in
// the same paragraph; in news-like text, relative expressions resolve
// against the reference date; otherwise they keep X for what is unknown.
func (v *Vocabulary) Timex(text string, sents []SentenceSpan, ctx TimexContext) []TimexSpan {
	var out []TimexSpan
	ref := parseISO(ctx.Ref)
	var anchor *tdate
	line := -1
	for si, s := range sents {
		if s.Line != line {
			line, anchor = s.Line, nil
		}
		p := &tparser{v: v, toks: v.tokens(&s, text), ctx: &ctx, ref: ref, anchor: anchor, text: text, tense: 2}
		p.depth = make([]int8, len(p.toks)+1)
		var d int8
		for k, t := range p.toks {
			p.depth[k] = d
			switch t.text {
			case "(", "[":
				d++
			case ")", "]":
				if d > 0 {
					d--
				}
			}
		}
		p.refs = si < len(ctx.Zones) && ctx.Zones[si] == "references"
		for _, e := range ctx.Exclude {
			if e[0] < s.End && s.Start < e[1] {
				p.excl = append(p.excl, e)
			}
		}
		for i := 0; i < len(p.toks); {
			if p.excluded(i) {
				i++
				continue
			}
			x, n := p.at(i)
			if n == 0 {
				i++
				continue
			}
			x.Sent = si
			out = append(out, x)
			i += n
		}
		anchor = p.anchor
	}
	return out
}

func (p *tparser) excluded(i int) bool {
	t := p.toks[i]
	for _, e := range p.excl {
		if int(t.start) < e[1] && e[0] < int(t.end) {
			return true
		}
	}
	return false
}

// at parses the expression at toks[i]: the longest of a range, a point or a
// relative expression.
func (p *tparser) at(i int) (TimexSpan, int) {
	if !p.canStart(i) {
		return TimexSpan{}, 0
	}
	best, bn := TimexSpan{}, 0
	p.cur = i
	try := func(x TimexSpan, n int) {
		if n > bn {
			best, bn = x, n
		}
	}
	if x, n := p.rangeAt(i); n > 0 {
		try(x, n)
	}
	if pt, ok := p.pointAt(i, false); ok && pt.n > bn {
		if x, keep := p.finish(i, pt); keep {
			try(x, pt.n)
		}
	}
	if p.ctx.News && p.ref.y > 0 {
		if x, n := p.relativeAt(i); n > 0 {
			try(x, n)
		}
	}
	return best, bn
}

// finish turns a point into a record: resolves a missing year, marks
// citations, and drops bare numbers that are not years in context.
func (p *tparser) finish(i int, pt point) (TimexSpan, bool) {
	if !pt.strong && !p.yearContext(i, pt, false) {
		return TimexSpan{}, false
	}
	if pt.noYear && pt.d.m > 0 && p.ref.y > 0 && p.low(i+pt.n+1) == "year" {
		// "July last year", "in early October this year"
		switch p.low(i + pt.n) {
		case "last":
			pt.d.y, pt.n, pt.noYear = p.ref.y-1, pt.n+2, false
		case "this":
			pt.d.y, pt.n, pt.noYear = p.ref.y, pt.n+2, false
		case "next":
			pt.d.y, pt.n, pt.noYear = p.ref.y+1, pt.n+2, false
		}
	}
	if pt.noYear {
		if !p.resolveYear(&pt) && !pt.strong {
			return TimexSpan{}, false
		}
	}
	cit := pt.citation || p.refs || p.citationYear(i, pt)
	if p.refs && !pt.strong && !p.inParens(i) {
		return TimexSpan{}, false // a page or volume number in a reference entry
	}
	if pt.d.y > 0 && !cit && pt.decade == 0 && pt.century == 0 && !strings.Contains(pt.rule, "+ref") {
		d := pt.d
		p.anchor = &d
	}
	val, typ := pt.value()
	return TimexSpan{Start: int(p.toks[i].start), End: int(p.toks[i+pt.n-1].end), Value: val, Type: typ, Citation: cit,
		Ambiguous: pt.ambiguous, Rule: "timex:" + pt.rule}, true
}

// resolveYear gives a point written without a year the year of the
// paragraph's last date, or in news-like text the reference date's.
func (p *tparser) resolveYear(pt *point) bool {
	if p.anchor != nil {
		pt.d.y = p.anchor.y
		if pt.d.m == 0 {
			pt.d.m = p.anchor.m
		}
		pt.rule += "+anchor"
		return true
	}
	if p.ctx.News && p.ref.y > 0 {
		pt.d.y = p.nearestYear(pt.d)
		pt.rule += "+ref"
		return true
	}
	pt.d.y = 0
	return true
}

// nearestYear picks the year for a month (and day) relative to the
// reference date: the last one before it in past-tense text, the next one in
// future-tense text, else the nearest.
func (p *tparser) nearestYear(d tdate) int {
	r := p.ref.time()
	best, bestDist := p.ref.y, time.Duration(1<<62)
	tn := p.tenseAt()
	for _, y := range []int{p.ref.y - 1, p.ref.y, p.ref.y + 1} {
		c := tdate{y, d.m, max(d.d, 1)}.time()
		if d.d == 0 && y == p.ref.y && d.m == p.ref.m {
			return y
		}
		if tn < 0 && c.After(r) || tn > 0 && c.Before(r) && !(d.d == 0 && d.m == p.ref.m) {
			continue
		}
		dist := c.Sub(r)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// --- tokens -----------------------------------------------------------------

func (p *tparser) tok(i int) *tok {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

func (p *tparser) low(i int) string {
	if t := p.tok(i); t != nil {
		return t.low
	}
	return ""
}

func (p *tparser) isSym(i int, syms string) bool {
	t := p.tok(i)
	return t != nil && t.kind == tSym && strings.Contains(syms, t.text)
}

// yearAt reads a four-digit year (1000-2199), with its glued suffix: "s" or
// "'s" for a decade, a letter for a citation ("1994a"). With two, it also
// reads two-digit years ("August 99", "21/04/16").
func (p *tparser) yearAt(i int, two bool) (y, n int, suffix string) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || strings.ContainsAny(t.text, ".,") {
		return 0, 0, ""
	}
	v, _ := strconv.Atoi(t.text)
	switch {
	case len(t.text) == 4 && v >= 1000 && v <= 2199:
		y = v
	case len(t.text) == 2 && two:
		y = v + 1900
		if v < 50 {
			y = v + 2000
		}
		if p.ref.y > 0 && y > p.ref.y+20 {
			y -= 100
		}
	default:
		return 0, 0, ""
	}
	n = 1
	// glued suffix
	if s := p.tok(i + 1); s != nil && !s.space {
		switch {
		case s.low == "s":
			return y, 2, "s"
		case (s.text == "'" || s.text == "’") && p.tok(i+2) != nil && p.low(i+2) == "s" && !p.tok(i+2).space:
			return y, 3, "s"
		case s.kind == tWord && len(s.text) == 1 && s.low >= "a" && s.low <= "e":
			return y, 2, "cite"
		case s.kind == tWord || s.kind == tNum:
			return 0, 0, "" // "1994abc", "2016x": not a year
		}
	}
	return y, n, ""
}

// monthAt reads a month name or abbreviation, with its period.
func (p *tparser) monthAt(i int) (int, int) {
	t := p.tok(i)
	if t == nil || t.kind != tWord || t.class&cMonth == 0 {
		return 0, 0
	}
	m := p.v.months[t.low]
	if m == 0 {
		return 0, 0
	}
	if len(t.low) <= 4 && t.low != "june" && t.low != "july" && t.low != "may" {
		// An abbreviation: "Aug.", "Sept", "aug"; not the word "mar" or "sep" in prose.
		if p.isSym(i+1, ".") && !p.tok(i+1).space {
			return m, 2
		}
		if unicode.IsLower([]rune(t.text)[0]) && t.low != "dec" && t.low != "nov" && t.low != "oct" && t.low != "aug" && t.low != "sept" && t.low != "jan" && t.low != "feb" && t.low != "apr" {
			return 0, 0
		}
	}
	return m, 1
}

// dayAt reads a day of the month: "7", "07", "21st", "the 21st", "twenty
// second", "fourth".
func (p *tparser) dayAt(i int) (int, int) {
	j := i
	if p.low(j) == "the" {
		j++
	}
	t := p.tok(j)
	if t == nil {
		return 0, 0
	}
	if t.kind == tNum && len(t.text) <= 2 && !strings.ContainsAny(t.text, ".,") {
		d, _ := strconv.Atoi(t.text)
		if d < 1 || d > 31 {
			return 0, 0
		}
		n := j - i + 1
		if s := p.tok(j + 1); s != nil && !s.space && (s.low == "st" || s.low == "nd" || s.low == "rd" || s.low == "th") {
			n++
		} else if j > i {
			return 0, 0 // "the 7" without an ordinal suffix
		}
		return d, n
	}
	if t.kind == tWord {
		if w, ok := p.v.money.numbers[t.low]; ok {
			switch w.kind {
			case "ordinal":
				return int(w.value), j - i + 1
			case "tens":
				// "twenty second", "twenty-first", "thirty first", "twenty five January"
				k := j + 1
				if p.isSym(k, "-") {
					k++
				}
				if w2, ok := p.v.money.numbers[p.low(k)]; ok && (w2.kind == "ordinal" || w2.kind == "unit" && p.nextIsMonth(k+1)) && w2.value < 10 && w2.value >= 1 && p.low(k) != "a" {
					return int(w.value + w2.value), k - i + 1
				}
				if p.nextIsMonth(j+1) && w.value <= 30 {
					return int(w.value), j - i + 1
				}
			case "unit", "teen":
				// "fifteen August": a cardinal only right before a month
				if p.nextIsMonth(j+1) && p.low(j) != "a" && p.low(j) != "an" {
					return int(w.value), j - i + 1
				}
			}
		}
	}
	return 0, 0
}

// nextIsMonth reports a month name at toks[i], or "of" and a month.
func (p *tparser) nextIsMonth(i int) bool {
	if p.low(i) == "of" {
		i++
	}
	_, n := p.monthAt(i)
	return n > 0
}

// wordYearAt reads a year written in words: "nineteen seventy two",
// "nineteen ninety-six", "two thousand and fifteen", "nineteen hundred
// ninety three".
func (p *tparser) wordYearAt(i int) (int, int) {
	num := func(j int) (float64, string, bool) {
		w, ok := p.v.money.numbers[p.low(j)]
		return w.value, w.kind, ok
	}
	v0, k0, ok := num(i)
	if !ok {
		return 0, 0
	}
	// two-digit tail: "seventy two", "ninety-six", "fifteen"
	tail := func(j int) (int, int) {
		v1, k1, ok := num(j)
		if !ok {
			return 0, 0
		}
		switch k1 {
		case "teen":
			return int(v1), 1
		case "tens":
			k := j + 1
			if p.isSym(k, "-") {
				k++
			}
			if v2, k2, ok := num(k); ok && k2 == "unit" && v2 >= 1 && p.low(k) != "a" && p.low(k) != "an" {
				return int(v1 + v2), k - j + 1
			}
			return int(v1), 1
		case "unit":
			if p.low(j) == "a" || p.low(j) == "an" {
				return 0, 0
			}
			return int(v1), 1
		}
		return 0, 0
	}
	switch {
	case k0 == "teen" && v0 >= 11 || k0 == "tens" && v0 == 20:
		j := i + 1
		if p.low(j) == "hundred" {
			j++
			if p.low(j) == "and" {
				j++
			}
		}
		if t, n := tail(j); n > 0 {
			return int(v0)*100 + t, j - i + n
		}
	case k0 == "unit" && v0 == 2 && p.low(i+1) == "thousand":
		j := i + 2
		if p.low(j) == "and" {
			j++
		}
		if t, n := tail(j); n > 0 {
			return 2000 + t, j - i + n
		}
		return 2000, 2
	case k0 == "unit" && v0 == 1 && p.low(i+1) == "thousand":
		// "one thousand seven hundred and eighty nine"
		j := i + 2
		h, hk, ok := num(j)
		if ok && hk == "unit" && p.low(j+1) == "hundred" {
			j += 2
			if p.low(j) == "and" {
				j++
			}
			if t, n := tail(j); n > 0 {
				return 1000 + int(h)*100 + t, j - i + n
			}
		}
	}
	return 0, 0
}

// --- points -----------------------------------------------------------------

// pointAt reads one date at toks[i]. partial allows forms that are dates
// only as one end of a range ("5/1" in "5/1-5/7/2020").
func (p *tparser) pointAt(i int, partial bool) (point, bool) {
	if i >= len(p.toks) {
		return point{}, false
	}
	best, found := point{}, false
	add := func(pt point, ok bool) {
		if ok && pt.n > 0 && (!found || pt.n > best.n) {
			best, found = pt, true
		}
	}
	monthNear := false
	for k := i; k < min(i+5, len(p.toks)); k++ {
		if p.toks[k].class&cMonth != 0 {
			monthNear = true
			break
		}
	}
	add(p.namedAt(i))
	if monthNear {
		add(p.weekdayDateAt(i))
		add(p.dayMonthYearAt(i))
		add(p.monthDayYearAt(i))
		add(p.monthYearAt(i))
		add(p.yearMonthAt(i))
	}
	add(p.numericAt(i, partial))
	add(p.quarterAt(i))
	add(p.decadeAt(i))
	add(p.centuryAt(i))
	add(p.holidayAt(i))
	add(p.yearPointAt(i))
	add(p.wordYearPointAt(i))
	if monthNear {
		add(p.monthAloneAt(i, partial))
	}
	return best, found
}

func (p *tparser) namedAt(i int) (point, bool) {
	if !p.v.timeFirst[p.toks[i].low] {
		return point{}, false
	}
	for n := min(4, len(p.toks)-i); n >= 1; n-- {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 && p.toks[i+k].space {
				b.WriteByte(' ')
			}
			b.WriteString(p.toks[i+k].low)
		}
		if w, ok := p.v.timeWords[b.String()]; ok && w.kind == "named" {
			// Not part of a longer number: "9/11/2001", "19/11".
			if t := p.tok(i - 1); t != nil && !p.toks[i].space && (t.kind == tNum || t.text == "/") {
				return point{}, false
			}
			if t := p.tok(i + n); t != nil && !t.space && (t.kind == tNum || t.text == "/" || t.text == "-") {
				return point{}, false
			}
			return point{d: parseISO(w.value), n: n, strong: true, rule: "named"}, true
		}
	}
	return point{}, false
}

// weekdayDateAt: "Monday, January 12th, 2016", "Thursday, Jan. 6",
// "Thursday the 21st".
func (p *tparser) weekdayDateAt(i int) (point, bool) {
	w, ok := p.v.timeWords[p.low(i)]
	if !ok || w.kind != "weekday" || !p.weekdayWord(i) {
		return point{}, false
	}
	j := i + 1
	if p.isSym(j, ",") {
		j++
	}
	for _, f := range []func(int) (point, bool){p.monthDayYearAt, p.dayMonthYearAt} {
		if pt, ok := f(j); ok && pt.d.d > 0 {
			pt.n += j - i
			return pt, true
		}
	}
	if d, n := p.dayAt(j); n > 0 && p.low(j) == "the" {
		pt := point{d: tdate{0, 0, d}, n: j - i + n, noYear: true, strong: true, rule: "weekday-day"}
		if p.anchor != nil {
			pt.d.m = p.anchor.m
		} else if p.ref.m > 0 {
			pt.d.m = p.ref.m
		}
		if pt.d.m > 0 {
			return pt, true
		}
	}
	return point{}, false
}

// weekdayWord: a weekday as written, not "sat"/"sun"/"wed" in prose.
func (p *tparser) weekdayWord(i int) bool {
	t := p.tok(i)
	if len(t.low) <= 4 {
		return unicode.IsUpper([]rune(t.text)[0]) && (p.isSym(i+1, ".,") || p.tok(i+1) == nil)
	}
	return true
}

// dayMonthYearAt: "7 August 1985", "16. Nov. 2016", "03rd Jan 2019",
// "28 june in 2020", "fourth of july, 1995", "twenty second of June 2017".
func (p *tparser) dayMonthYearAt(i int) (point, bool) {
	d, n := p.dayAt(i)
	if n == 0 {
		return point{}, false
	}
	j := i + n
	if p.isSym(j, ".") && p.tok(i).kind == tNum {
		j++
	}
	if p.low(j) == "of" {
		j++
	}
	m, mn := p.monthAt(j)
	if mn == 0 {
		return point{}, false
	}
	j += mn
	pt := point{d: tdate{0, m, d}, strong: true, rule: "day-month-year"}
	if y, yn := p.yearAfter(j); yn > 0 {
		pt.d.y, pt.n = y, j+yn-i
	} else {
		pt.n, pt.noYear, pt.rule = j-i, true, "day-month"
		if p.tok(i).kind == tWord && p.low(i) != "the" {
			// "fourth of July" without a year, "second March": too weak
			if _, ok := p.v.money.numbers[p.low(i)]; ok && p.low(i+1) != "of" {
				return point{}, false
			}
		}
	}
	if isoDate(max(pt.d.y, 2000), m, d) == "" {
		return point{}, false
	}
	return pt, true
}

// yearAfter reads the year that closes a date from token j on, past a
// comma and an "in" or "of" ("7 August, 1985", "july 4th of 1995"), in
// figures or in words; n counts the tokens from j, 0 when there is none.
func (p *tparser) yearAfter(j int) (y, n int) {
	k := j
	if p.isSym(k, ",") {
		k++
	}
	if p.low(k) == "in" || p.low(k) == "of" {
		k++
	}
	if y, yn, suf := p.yearAt(k, false); yn > 0 && suf == "" {
		return y, k + yn - j
	}
	if y, yn := p.wordYearAt(k); yn > 0 {
		return y, k + yn - j
	}
	return 0, 0
}

// monthDayYearAt: "August 7, 1985", "Aug. 10, 1988", "january 12th, 2016",
// "july 4th of 1995", "june the 28th 2020", "Dec31 , 1994", "Aug. 7".
func (p *tparser) monthDayYearAt(i int) (point, bool) {
	m, mn := p.monthAt(i)
	if mn == 0 {
		return point{}, false
	}
	j := i + mn
	d, dn := p.dayAt(j)
	if dn == 0 {
		return point{}, false
	}
	// "Aug. 1985" is month-year, and "May 2015" too: a four-digit number is a year.
	if t := p.tok(j); t.kind == tNum && len(t.text) == 4 {
		return point{}, false
	}
	j += dn
	pt := point{d: tdate{0, m, d}, strong: true, rule: "month-day-year"}
	if y, yn := p.yearAfter(j); yn > 0 {
		pt.d.y, pt.n = y, j+yn-i
	} else {
		pt.n, pt.noYear, pt.rule = j-i, true, "month-day"
		// "May 5" is a date, but "may 5" in prose is not.
		if t := p.tok(i); t.low == "may" && !unicode.IsUpper([]rune(t.text)[0]) {
			return point{}, false
		}
		// "March 3 people": a count after a month word.
		if nx := p.tok(j); nx != nil && nx.kind == tWord && !unicode.IsUpper([]rune(nx.text)[0]) &&
			nx.low != "and" && nx.low != "to" && nx.low != "when" && nx.low != "in" && nx.low != "at" && nx.low != "by" && nx.low != "the" {
			if _, isUnit := p.v.timeWords[nx.low]; !isUnit && len(nx.low) > 3 && strings.HasSuffix(nx.low, "s") {
				return point{}, false
			}
		}
	}
	if isoDate(max(pt.d.y, 2000), m, d) == "" {
		return point{}, false
	}
	return pt, true
}

// monthYearAt: "January 1965", "Aug. 1985", "april of 1987", "November ,
// 2016", "Dec, 2018", "August 99", "Dec/2018", "september-2020-23".
func (p *tparser) monthYearAt(i int) (point, bool) {
	m, mn := p.monthAt(i)
	if mn == 0 {
		return point{}, false
	}
	j := i + mn
	sep := ""
	if p.isSym(j, ",/-") {
		sep = p.tok(j).text
		j++
	}
	if p.low(j) == "of" || p.low(j) == "in" {
		j++
	}
	y, yn, suf := p.yearAt(j, sep == "" || sep == "/")
	if yn == 0 || suf != "" {
		if wy, wn := p.wordYearAt(j); wn > 0 && sep == "" {
			return point{d: tdate{wy, m, 0}, n: j + wn - i, strong: true, rule: "month-year"}, true
		}
		return point{}, false
	}
	if len(p.tok(j).text) == 2 && unicode.IsLower([]rune(p.tok(i).text)[0]) && p.tok(i).low == "may" {
		return point{}, false
	}
	pt := point{d: tdate{y, m, 0}, n: j + yn - i, strong: true, rule: "month-year"}
	// "september-2020-23"
	if sep == "-" && p.isSym(j+yn, "-") {
		if d, dn := p.dayAt(j + yn + 1); dn > 0 && isoDate(y, m, d) != "" {
			pt.d.d, pt.n = d, j+yn+1+dn-i
		}
	}
	return pt, true
}

// yearMonthAt: "2016 November", "2017 april", "2016 , nov", "2019-aug-1",
// "2020/Sep/23".
func (p *tparser) yearMonthAt(i int) (point, bool) {
	y, yn, suf := p.yearAt(i, false)
	if yn == 0 || suf != "" {
		return point{}, false
	}
	j := i + yn
	sep := ""
	if p.isSym(j, ",-/") {
		sep = p.tok(j).text
		j++
	}
	m, mn := p.monthAt(j)
	if mn == 0 {
		return point{}, false
	}
	// "1965 January" is rare in prose; "in 1954 May..." is a year then a verb.
	if p.low(j) == "may" && sep == "" {
		return point{}, false
	}
	pt := point{d: tdate{y, m, 0}, n: j + mn - i, strong: true, rule: "year-month"}
	if sep == "-" || sep == "/" {
		if p.isSym(j+mn, sep) {
			if d, dn := p.dayAt(j + mn + 1); dn > 0 && isoDate(y, m, d) != "" {
				pt.d.d, pt.n = d, j+mn+1+dn-i
			}
		}
	}
	return pt, true
}

// numericAt: "1985-08-07", "07.08.1985", "02/08/2022", "21/04/16",
// "20170302", "23/Sep/2020", "2015.3"; partial: "5/1" (month/day).
func (p *tparser) numericAt(i int, partial bool) (point, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tNum {
		return point{}, false
	}
	// Not inside a longer code: "133-03-03-2020", "+86 138-2010-2015", "123-12-1234".
	if prev := p.tok(i - 1); prev != nil && !t.space && (prev.kind == tNum || prev.kind == tWord || strings.ContainsAny(prev.text, "-/+.")) {
		compact := len(t.text) == 8 && prev.kind == tSym && prev.text != "+" && prev.text != "."
		if !(partial && prev.text == "-" && p.tok(i-2) != nil && p.tok(i-2).kind == tNum) && !compact {
			return point{}, false
		}
	}
	nums := []string{t.text}
	seps := []string{}
	j := i + 1
	for len(nums) < 3 {
		s, n := p.tok(j), p.tok(j+1)
		if s == nil || n == nil || s.space || n.space || s.kind != tSym || !strings.Contains("/-.", s.text) || (n.kind != tNum && n.kind != tWord) ||
			len(seps) > 0 && s.text != seps[0] {
			break
		}
		nums = append(nums, n.text)
		seps = append(seps, s.text)
		j += 2
	}
	// Still followed by more of the same: a code, not a date ("5/1/2019-5/7/2020" is a range).
	if s, n := p.tok(j), p.tok(j+1); s != nil && n != nil && !s.space && !n.space && s.kind == tSym && strings.Contains("/-", s.text) && n.kind == tNum && len(nums) == 3 &&
		!(s.text != seps[0] && partial) {
		return point{}, false
	}
	if nx := p.tok(j); nx != nil && !nx.space && nx.kind == tNum {
		return point{}, false
	}
	atoi := func(s string) int { x, _ := strconv.Atoi(s); return x }
	num := func(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' && !strings.ContainsAny(s, ".,") }
	switch len(nums) {
	case 1:
		s := nums[0]
		if len(s) == 8 && num(s) {
			// "20170302"
			y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
			if y >= 1900 && y <= 2100 && isoDate(y, m, d) != "" {
				return point{d: tdate{y, m, d}, n: 1, strong: true, rule: "numeric-compact"}, true
			}
		}
		if parts := strings.Split(s, "."); len(parts) == 3 && len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2 {
			// "07.08.1985": one token, since the lexer keeps dotted digits together
			x, z, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
			pt := point{n: 1, strong: true, rule: "numeric"}
			switch {
			case x > 12 && z <= 12:
				pt.d = tdate{y, z, x}
			case z > 12 && x <= 12:
				pt.d = tdate{y, x, z}
			case p.ctx.DayFirst:
				pt.d = tdate{y, z, x}
				pt.ambiguous = !p.ctx.OrderKnown && x != z
			default:
				pt.d = tdate{y, x, z}
				pt.ambiguous = !p.ctx.OrderKnown && x != z
			}
			if y >= 1000 && isoDate(pt.d.y, pt.d.m, pt.d.d) != "" {
				return pt, true
			}
			return point{}, false
		}
		if a, b, ok := strings.Cut(s, "."); ok && len(a) == 4 && len(b) <= 2 && !strings.Contains(b, ",") {
			// "2015.3": a year and a month
			y, m := atoi(a), atoi(b)
			if y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && (p.tok(i-1) == nil || p.low(i-1) != "$") {
				// "from 1950 to 2022.4 To measure": a year, a sentence's
				// end and a footnote mark, not April
				next := p.tok(i + 1)
				footnote := next != nil && next.kind == tWord && isUpperWord(next.text)
				if prev := p.tok(i - 1); prev == nil || prev.kind == tWord && !strings.HasPrefix(prev.low, "v") {
					if footnote {
						return point{d: tdate{y, 0, 0}, n: 1, strong: true, rule: "year+footnote"}, true
					}
					return point{d: tdate{y, m, 0}, n: 1, strong: true, rule: "numeric-year.month"}, true
				}
			}
		}
		return point{}, false
	case 2:
		if !partial || !num(nums[0]) || !num(nums[1]) || seps[0] != "/" {
			// "Dec/2018" is handled by monthYearAt; "10/2020" month/year:
			if num(nums[0]) && num(nums[1]) && len(nums[1]) == 4 && seps[0] == "/" {
				m, y := atoi(nums[0]), atoi(nums[1])
				if m >= 1 && m <= 12 && y >= 1900 && y <= 2100 {
					return point{d: tdate{y, m, 0}, n: 3, strong: true, rule: "numeric-month/year"}, true
				}
			}
			return point{}, false
		}
		a, b := atoi(nums[0]), atoi(nums[1])
		m, d := a, b
		if p.ctx.DayFirst && p.ctx.OrderKnown {
			m, d = b, a
		}
		if isoDate(2000, m, d) == "" {
			return point{}, false
		}
		return point{d: tdate{0, m, d}, n: 3, noYear: true, rule: "numeric-month/day"}, true
	}
	// three parts
	if seps[0] != seps[1] {
		return point{}, false
	}
	pt := point{n: 5, strong: true, rule: "numeric"}
	a, b, c := nums[0], nums[1], nums[2]
	switch {
	case len(a) == 4 && num(a):
		// year first: "1985-08-07", "2015/08/12", "2019-aug-1", "2020/Sep/23"
		y := atoi(a)
		m := atoi(b)
		if !num(b) {
			m = p.v.months[strings.ToLower(b)]
		}
		if !num(c) {
			return point{}, false
		}
		pt.d = tdate{y, m, atoi(c)}
	case len(c) == 4 && num(c) || len(c) == 2 && num(c) && num(a) && num(b) && seps[0] != "-":
		y := atoi(c)
		if len(c) == 2 {
			y, _, _ = p.yearAt(i+4, true)
			if y == 0 {
				return point{}, false
			}
		}
		if !num(b) {
			// "23/Sep/2020"
			pt.d = tdate{y, p.v.months[strings.ToLower(b)], atoi(a)}
			break
		}
		x, z := atoi(a), atoi(b)
		switch {
		case x > 12 && z <= 12:
			pt.d = tdate{y, z, x} // must be day first
		case z > 12 && x <= 12:
			pt.d = tdate{y, x, z} // must be month first
		case p.ctx.OrderKnown && p.ctx.DayFirst:
			pt.d = tdate{y, z, x}
		case p.ctx.OrderKnown:
			pt.d = tdate{y, x, z}
		default:
			pt.d = tdate{y, x, z}
			if p.ctx.DayFirst {
				pt.d = tdate{y, z, x}
			}
			pt.ambiguous = x != z
		}
	default:
		return point{}, false
	}
	if pt.d.m < 1 || pt.d.m > 12 || pt.d.d < 1 || pt.d.d > 31 || pt.d.y < 1 {
		return point{}, false
	}
	if isoDate(pt.d.y, pt.d.m, pt.d.d) == "" && !(pt.d.m == 2 && pt.d.d == 29) {
		return point{}, false
	}
	return pt, true
}

// quarterAt: "Q4 2016", "2019 q1", "2019-Q1", "H2 2016".
func (p *tparser) quarterAt(i int) (point, bool) {
	qh := func(j int) (string, int, int) {
		t := p.tok(j)
		if t == nil || t.kind != tWord || (t.low != "q" && t.low != "h") {
			return "", 0, 0
		}
		nt := p.tok(j + 1)
		if nt == nil || nt.space || nt.kind != tNum {
			return "", 0, 0
		}
		n, _ := strconv.Atoi(nt.text)
		if t.low == "q" && (n < 1 || n > 4) || t.low == "h" && (n < 1 || n > 2) {
			return "", 0, 0
		}
		return t.low, n, 2
	}
	mk := func(y int, kind string, n int, toks int) point {
		months := 3
		if kind == "h" {
			months = 6
		}
		start := tdate{y, (n-1)*months + 1, 0}
		end := fromTime(start.time().AddDate(0, months, 0))
		end.d = 0
		return point{d: start, end: end, interval: true, n: toks, strong: true, rule: "quarter"}
	}
	if k, n, c := qh(i); c > 0 {
		if y, yn, suf := p.yearAt(i+c, false); yn > 0 && suf == "" {
			return mk(y, k, n, c+yn), true
		}
	}
	if y, yn, suf := p.yearAt(i, false); yn > 0 && suf == "" {
		j := i + yn
		if p.isSym(j, "-") {
			j++
		}
		if k, n, c := qh(j); c > 0 {
			return mk(y, k, n, j-i+c), true
		}
	}
	return point{}, false
}

// periodStart skips what may open a decade or a century: "the", and
// "early", "mid" or "late" with its hyphen ("the mid-1970s", "the late
// 19th century").
func (p *tparser) periodStart(i int) int {
	j := i
	if p.low(j) == "the" {
		j++
	}
	switch p.low(j) {
	case "early", "mid", "late":
		j++
		if p.isSym(j, "-") {
			j++
		}
	}
	return j
}

// decadeAt: "the 1950s", "1970's", "mid-1970s", "the 60s", "the noughties".
func (p *tparser) decadeAt(i int) (point, bool) {
	j := p.periodStart(i)
	if p.low(j) == "noughties" {
		return point{decade: 200, n: j - i + 1, strong: true, rule: "decade"}, true
	}
	if p.isSym(j, "'’") {
		j++
	}
	y, yn, suf := p.yearAt(j, false)
	if yn > 0 && suf == "s" && y%10 == 0 {
		return point{decade: y / 10, n: j + yn - i, strong: true, rule: "decade"}, true
	}
	// "the 60s", "the '60s"
	t := p.tok(j)
	if t != nil && t.kind == tNum && len(t.text) == 2 && p.low(j+1) == "s" && !p.tok(j+1).space && j > i {
		v, _ := strconv.Atoi(t.text)
		if v%10 == 0 {
			return point{decade: 190 + v/10, n: j + 2 - i, strong: true, rule: "decade"}, true
		}
	}
	return point{}, false
}

// centuryAt: "the 19th century", "15th century", "the nineteenth century".
func (p *tparser) centuryAt(i int) (point, bool) {
	j := p.periodStart(i)
	n := 0
	if t := p.tok(j); t != nil && t.kind == tNum && len(t.text) <= 2 {
		if s := p.tok(j + 1); s != nil && !s.space && (s.low == "st" || s.low == "nd" || s.low == "rd" || s.low == "th") {
			n, _ = strconv.Atoi(t.text)
			j += 2
		}
	} else if d, dn := p.dayAt(j); dn > 0 && p.tok(j).kind == tWord {
		n = d
		j += dn
	}
	if n < 1 || n > 22 || (p.low(j) != "century" && !(p.isSym(j, "-") && p.low(j+1) == "century")) {
		return point{}, false
	}
	if p.isSym(j, "-") {
		j++
	}
	return point{century: n - 1, n: j + 1 - i, strong: true, rule: "century"}, true
}

// holidayAt: "Christmas 2010", "easter 2018", "black friday 2010", "earth
// day 2010"; without a year only in news-like text (relativeAt).
func (p *tparser) holidayAt(i int) (point, bool) {
	w, n := p.timeWordAt(i, "holiday")
	if n == 0 {
		return point{}, false
	}
	j := i + n
	if p.isSym(j, ",") {
		j++
	}
	if p.low(j) == "of" || p.low(j) == "in" {
		j++
	}
	y, yn, suf := p.yearAt(j, false)
	if yn == 0 || suf != "" {
		return point{}, false
	}
	d := holiday(w.value, y)
	if d.y == 0 {
		return point{}, false
	}
	return point{d: d, n: j + yn - i, strong: true, rule: "holiday"}, true
}

// timeWordAt matches the longest time word of the given kind at toks[i].
func (p *tparser) timeWordAt(i int, kind string) (timeWord, int) {
	if i >= len(p.toks) || !p.v.timeFirst[p.toks[i].low] {
		return timeWord{}, 0
	}
	for n := min(p.v.maxTimeWords, len(p.toks)-i); n >= 1; n-- {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 && p.toks[i+k].space {
				b.WriteByte(' ')
			}
			b.WriteString(p.toks[i+k].low)
		}
		if w, ok := p.v.timeWords[b.String()]; ok && w.kind == kind {
			return w, n
		}
	}
	return timeWord{}, 0
}

func holiday(rule string, y int) tdate {
	nth := func(m time.Month, wd time.Weekday, k int) tdate { // k-th weekday of month; k<0: last
		if k > 0 {
			t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			for t.Weekday() != wd {
				t = t.AddDate(0, 0, 1)
			}
			return fromTime(t.AddDate(0, 0, 7*(k-1)))
		}
		t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return fromTime(t)
	}
	switch rule {
	case "easter":
		// Anonymous Gregorian algorithm.
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		month := (h + l - 7*m + 114) / 31
		day := (h+l-7*m+114)%31 + 1
		return tdate{y, month, day}
	case "thanksgiving":
		return nth(time.November, time.Thursday, 4)
	case "blackfriday":
		t := nth(time.November, time.Thursday, 4)
		return fromTime(t.time().AddDate(0, 0, 1))
	case "laborday":
		return nth(time.September, time.Monday, 1)
	case "memorialday":
		return nth(time.May, time.Monday, -1)
	}
	var m, d int
	if _, err := fmt.Sscanf(rule, "%d-%d", &m, &d); err != nil {
		return tdate{}
	}
	return tdate{y, m, d}
}

// yearPointAt: a year ("1954", "1994a", "fiscal 1989", "FY 2002", "mid-1996",
// "the end of 1990").
func (p *tparser) yearPointAt(i int) (point, bool) {
	j := i
	rule := "year"
	switch {
	case p.low(j) == "fy" || p.low(j) == "fiscal" && p.low(j+1) != "year":
		j++
		rule = "fiscal-year"
	case p.low(j) == "fiscal" && p.low(j+1) == "year":
		j += 2
		rule = "fiscal-year"
	case p.low(j) == "mid" || p.low(j) == "early" || p.low(j) == "late" || p.low(j) == "pre" || p.low(j) == "post":
		if p.isSym(j+1, "-") && !p.tok(j+1).space {
			j += 2
		}
	case p.low(j) == "the" && p.low(j+1) == "end" && p.low(j+2) == "of":
		j += 3
	}
	y, yn, suf := p.yearAt(j, false)
	if yn == 0 || suf == "s" {
		return point{}, false
	}
	pt := point{d: tdate{y, 0, 0}, n: j + yn - i, strong: j > i, rule: rule}
	if suf == "cite" {
		pt.citation, pt.strong = true, true
	}
	return pt, true
}

// wordYearPointAt: "in nineteen ninety-six", "since two thousand and
// fifteen": a year in words after a preposition, or ending the sentence.
func (p *tparser) wordYearPointAt(i int) (point, bool) {
	y, n := p.wordYearAt(i)
	if n < 2 || y < 1000 || y > 2199 {
		return point{}, false
	}
	switch p.low(i - 1) {
	case "in", "since", "by", "until", "of", "from", "to", "during", "before", "after", "and":
	default:
		if nx := p.tok(i + n); nx != nil && nx.kind != tSym {
			return point{}, false
		}
	}
	return point{d: tdate{y, 0, 0}, n: n, strong: true, rule: "year-words"}, true
}

// monthAloneAt: "in April", "later in April", "early March", "last
// December" (the year comes from the paragraph or the reference date).
func (p *tparser) monthAloneAt(i int, partial bool) (point, bool) {
	m, mn := p.monthAt(i)
	if mn == 0 {
		return point{}, false
	}
	t := p.tok(i)
	if !unicode.IsUpper([]rune(t.text)[0]) && !partial {
		return point{}, false
	}
	prev := p.low(i - 1)
	switch prev {
	case "in", "since", "by", "until", "till", "from", "to", "through", "early", "mid", "late", "during", "of", "before", "after", "between", "and", "last", "next", "this", "each", "every", "-":
	default:
		if !partial {
			return point{}, false
		}
	}
	if t.low == "may" && (prev == "and" || prev == "to" || prev == "-") && !partial {
		return point{}, false
	}
	if prev == "last" || prev == "next" || prev == "this" || prev == "each" || prev == "every" {
		return point{}, false // relativeAt reads these
	}
	return point{d: tdate{0, m, 0}, n: mn, noYear: true, strong: true, rule: "month"}, true
}

// --- context ----------------------------------------------------------------

// yearContext reports whether a bare four-digit number at toks[i] reads as a
// year where it stands.
func (p *tparser) yearContext(i int, pt point, inRange bool) bool {
	if pt.strong {
		return true
	}
	prev, next := p.tok(i-1), p.tok(i+pt.n)
	// Parts of codes and numbers: "UPBIL/2016/67980", "RD-93", "ISSN 2394-0344", "No. 1954".
	if prev != nil && !p.toks[i].space && prev.kind == tSym && strings.ContainsAny(prev.text, "/-#$€£¥+:.") {
		return false
	}
	if next != nil && !next.space && next.kind == tSym && strings.ContainsAny(next.text, "/%:") {
		return false
	}
	if next != nil && !next.space && next.text == "-" && !inRange {
		if nn := p.tok(i + pt.n + 1); nn != nil && !nn.space && nn.kind == tNum {
			return false // "2394-0344", a range would have been read as one
		}
	}
	if prev != nil {
		switch prev.low {
		case "no", "nos", "p", "pp", "page", "pages", "issn", "isbn", "tel", "vol", "volume", "number", "grade", "route", "rs", "$", "us$":
			return false
		}
	}
	if next != nil {
		switch next.low {
		case "per", "percent", "%", "km", "kg", "mw", "tons", "tonnes", "people", "men", "troops", "soldiers", "persons", "members", "units", "times", "hours", "minutes", "seconds", "feet", "metres", "meters", "miles":
			return false
		}
	}
	// A capitalized name before it outside a citation: "Orion 1980", "Vision 2030".
	if prev != nil && prev.kind == tWord && unicode.IsUpper([]rune(prev.text)[0]) && p.toks[i].space && !p.inParens(i) && !inRange {
		if p.v.months[prev.low] == 0 && !p.v.opensSentence(prev.text) && prev.low != "fy" && !(i-1 == 0) {
			if _, isTimeWord := p.v.timeWords[prev.low]; !isTimeWord {
				return false
			}
		}
	}
	return true
}

// citationYear reports an author-year citation: "(Mahmood, 1994a)", "Makhdoom
// (2009)", "(Arif 1984 and Sattar 2007)", "(Kaushiki, 2019a: 52)".
func (p *tparser) citationYear(i int, pt point) bool {
	if pt.d.m > 0 || pt.decade > 0 || pt.century > 0 || !p.inParens(i) {
		return false
	}
	j := i - 1
	if p.isSym(j, ",") {
		j--
	}
	if p.isSym(j, "(") {
		j--
	}
	if t := p.tok(j); t != nil && t.kind == tWord && isNameWord(t.text) && p.v.months[t.low] == 0 && !p.v.opensSentence(t.text) && !p.v.titles[t.text] {
		return true
	}
	// "(ed.) (1984)", "et al. (2010)", "(Ali, 2019b, p. 7)": a page after it
	if t := p.tok(j); t != nil && (t.low == "al" || t.text == ".") {
		return true
	}
	nx := p.tok(i + pt.n)
	return nx != nil && (nx.text == ":" || nx.text == "," && (p.low(i+pt.n+1) == "p" || p.low(i+pt.n+1) == "pp"))
}

// inParens reports whether toks[i] is inside parentheses in its sentence.
func (p *tparser) inParens(i int) bool { return i < len(p.depth) && p.depth[i] > 0 }

var futureMarks = []string{" will ", "'ll ", " shall ", " going to ", " plans to ", " plan to ", " expects ", " expected to ",
	" scheduled ", " is to ", " are to ", " upcoming "}
var pastMarks = []string{" was ", " were ", " had ", " did ", " said ", " ago", " last ", " earlier ", " made ", " came ", " went ", " took ",
	" gave ", " found ", " left ", " met ", " sold ", " told ", " began ", " became ", " held ", " led ", " won ", " fell ", " rose ",
	" paid ", " brought ", " thought ", " saw ", " got ", " kept ", " sent ", " spent ", " built ", " ran ", " stood ", " wrote ", " spoke "}

// tense guesses the tense of a sentence from its words: future, past or unknown.
func tense(s string) int {
	l := " " + strings.ToLower(foldQuotes(s)) + " "
	for _, m := range futureMarks {
		if strings.Contains(l, m) {
			return 1
		}
	}
	for _, m := range pastMarks {
		if strings.Contains(l, m) {
			return -1
		}
	}
	for _, w := range strings.Fields(l) {
		w = strings.Trim(w, ".,;:\"'()")
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			return -1
		}
	}
	if strings.Contains(l, " would ") {
		return 1
	}
	return 0
}

// localTense reads the tense from the words next to toks[i:j]: a
// past-tense verb or a future auxiliary within a few words, or a
// preposition that points one way ("since August", "by Oct. 31"); 0 when
// nothing near decides.
func (p *tparser) localTense(i, j int) int {
	switch p.low(i - 1) {
	case "since", "ago", "last":
		return -1
	case "by", "until", "till", "before":
		return 1
	}
	for k := i - 1; k >= max(0, i-8); k-- {
		w := p.low(k)
		if w == ";" || w == ":" {
			break
		}
		// "planned to leave on Thursday", "agreed to meet Friday": an
		// infinitive after a verb of intent points ahead of it
		if w == "to" && aheadWords[p.low(k-1)] {
			return 1
		}
		if w == "would" || w == "as" && p.low(k+1) == "soon" && p.low(k+2) == "as" {
			return 1
		}
		if k < i-5 {
			continue // the past-tense verbs count near the date only
		}
		if t := tenseOf(w); t != 0 {
			return t
		}
	}
	for k := j; k < min(len(p.toks), j+3); k++ {
		if t := tenseOf(p.low(k)); t != 0 {
			return t
		}
	}
	return 0
}

var pastWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range pastMarks {
		m[strings.TrimSpace(w)] = true
	}
	return m
}()

// aheadWords are verbs and adjectives whose infinitive looks ahead.
var aheadWords = map[string]bool{"plan": true, "plans": true, "planned": true, "planning": true, "decided": true,
	"agreed": true, "agree": true, "promised": true, "pledged": true, "vowed": true, "expected": true,
	"scheduled": true, "set": true, "due": true, "ready": true, "going": true, "intends": true, "intended": true,
	"hopes": true, "hoped": true, "wants": true, "wanted": true, "prepared": true, "preparing": true}

func tenseOf(w string) int {
	switch w {
	case "will", "shall", "'ll":
		return 1
	case "since": // "since shortly after the Oct. 23 slaying"
		return -1
	}
	if pastWords[w] {
		return -1
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && w != "need" && w != "indeed" && w != "speed" && w != "seed" {
		return -1
	}
	return 0
}
