package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/stratex/stratex/extract/english"
)

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
		if p.monthTok(k) {
			monthNear = true
			break
		}
	}
	// Each reader is tried only on a token it can open on, as its first
	// check asks: a number, "the", a number word, a month, a time word.
	t, f := &p.toks[i], p.fact(i)
	num := t.Kind == english.Num
	the := t.Low == "the"
	day := num || the || f.isNum // dayAt
	month := p.kinds[i]&tokMonth != 0
	if f.timeFirst {
		add(p.namedAt(i))
	}
	if monthNear {
		if f.isTime {
			add(p.weekdayDateAt(i))
		}
		if day {
			add(p.dayMonthYearAt(i))
		}
		if month {
			add(p.monthDayYearAt(i))
			add(p.monthYearAt(i))
		}
		if num {
			add(p.yearMonthAt(i))
		}
	}
	if num {
		add(p.numericAt(i, partial))
	}
	// j0 is where a form that may open with "the" reads its word
	j0, f0 := i, f
	if the {
		j0, f0 = i+1, p.fact(i+1)
	}
	t0 := p.tok(j0)
	num0 := t0 != nil && t0.Kind == english.Num
	if t.Low == "q" || t.Low == "h" || num && (p.qhWord(i+1) || p.isSym(i+1, "-") && p.qhWord(i+2)) {
		add(p.quarterAt(i))
	}
	if num0 || t0 != nil && t0.Kind == english.Sym {
		add(p.decadeAt(i))
	}
	if num0 || f0.isNum || p.low(j0) == "the" {
		add(p.centuryAt(i))
	}
	if f.timeFirst {
		add(p.holidayAt(i))
	}
	if num || f.rel.fiscal {
		add(p.yearPointAt(i))
	}
	if f.isNum {
		add(p.wordYearPointAt(i))
	}
	if monthNear && month {
		add(p.monthAloneAt(i, partial))
	}
	// the forms that open with "the", a time word, a number word or an
	// anaphoric word
	w0 := p.toks[i].Low
	if w0 == "the" || p.wordKind(i)&tokTime != 0 || f.anaFirst || p.numberWord(i) {
		if f0.isTime {
			add(p.seasonAt(i))
		}
		if f0.isNum || f0.isTime {
			add(p.decadeWordAt(i))
		}
		if f.anaFirst {
			add(p.anaphoraAt(i))
		}
		if the {
			add(p.dayOfMonthAt(i))
			if f0.isTime {
				add(p.partOfDayAt(i))
			}
		}
		if f0.isTime {
			add(p.modifiedAt(i, partial))
		}
		if the && (f0.isNum || f0.isTime) {
			add(p.quarterWordAt(i))
		}
		if the && f0.isTime {
			add(p.unitAfterWordAt(i))
		}
	}
	return best, found
}

// qhWord reports a "q" or an "h" word at toks[i], as quarterAt's quarters
// and halves open.
func (p *tparser) qhWord(i int) bool {
	t := p.tok(i)
	return t != nil && t.Kind == english.Alpha && (t.Low == "q" || t.Low == "h")
}

// numberWord reports a number written as a word at toks[i].
func (p *tparser) numberWord(i int) bool {
	if p.toks[i].Kind != english.Alpha {
		return false
	}
	return p.fact(i).isNum
}

func (p *tparser) namedAt(i int) (point, bool) {
	f := p.fact(i)
	if !f.timeFirst {
		return point{}, false
	}
	for n := min(4, f.timeMax, len(p.toks)-i); n >= 1; n-- {
		if w, ok := p.timeWordOf(i, n); ok && w.kind == "named" {
			// Not part of a longer number: "9/11/2001", "19/11".
			if t := p.tok(i - 1); t != nil && !p.toks[i].Space && (t.Kind == english.Num || t.Text == "/") {
				return point{}, false
			}
			if t := p.tok(i + n); t != nil && !t.Space && (t.Kind == english.Num || t.Text == "/" || t.Text == "-") {
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
	w, ok := p.timeWord(i)
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
		if r, how := p.reference(); how != "" {
			pt.d.m = r.m
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
	if len(t.Low) <= 4 {
		return english.StartsUpper(t.Text) && (p.isSym(i+1, ".,") || p.tok(i+1) == nil)
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
	if p.isSym(j, ".") && p.tok(i).Kind == english.Num {
		j++
	}
	if p.low(j) == "of" {
		j++
	}
	m, mn := p.monthAt(j)
	if mn == 0 {
		// "the 28 and 29 August", "6-7 January 1916": a day before another
		// takes its month and year
		if c := p.low(j); (c == "and" || c == "-" || c == "–" || c == "or") && p.tok(i).Kind != english.Alpha || p.low(i) == "the" && c == "and" {
			if nx, ok := p.dayMonthYearAt(j + 1); ok && nx.d.d > d {
				nx.d.d, nx.n, nx.rule = d, j-i, "day+month"
				return nx, true
			}
		}
		return point{}, false
	}
	j += mn
	pt := point{d: tdate{0, m, d}, strong: true, rule: "day-month-year"}
	if !p.closeDate(&pt, i, j, "day-month") {
		if p.tok(i).Kind == english.Alpha && p.low(i) != "the" {
			// "fourth of July" without a year, "second March": too weak
			if _, ok := p.number(i); ok && p.low(i+1) != "of" {
				return point{}, false
			}
		}
	}
	if english.ISODate(leapIfUnknown(pt.d.y), m, d) == "" {
		return point{}, false
	}
	return pt, true
}

// closeDate ends a point of a day and a month read from toks[i] up to token
// j: with the year after it (yearAfter), or without one, as noYear and
// under the rule noYearRule. It reports whether a year was found.
func (p *tparser) closeDate(pt *point, i, j int, noYearRule string) bool {
	if y, yn := p.yearAfter(j); yn > 0 {
		pt.d.y, pt.n = y, j+yn-i
		return true
	}
	pt.n, pt.noYear, pt.rule = j-i, true, noYearRule
	return false
}

// yearAfter reads the year that closes a date from token j on, past a
// comma and an "in" or "of" ("7 August, 1985", "march 9th of 1997"), in
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
// "march 9th of 1997", "june the 14th 2018", "Dec31 , 1994", "Aug. 7".
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
	if t := p.tok(j); t.Kind == english.Num && len(t.Text) == 4 {
		return point{}, false
	}
	j += dn
	pt := point{d: tdate{0, m, d}, strong: true, rule: "month-day-year"}
	if !p.closeDate(&pt, i, j, "month-day") {
		// "May 5" is a date, but "may 5" in prose is not.
		if t := p.tok(i); p.modalMonth(i) && !english.StartsUpper(t.Text) {
			return point{}, false
		}
		// "March 3 people": a count after a month word; not after a day cue
		// ("By May 20 targets had been met", "on June 12 ministers met").
		if nx := p.tok(j); nx != nil && !p.v.dayCues[p.low(i-1)] && nx.Kind == english.Alpha && !english.StartsUpper(nx.Text) &&
			nx.Low != "and" && nx.Low != "to" && nx.Low != "when" && nx.Low != "in" && nx.Low != "at" && nx.Low != "by" && nx.Low != "the" {
			if _, isUnit := p.timeWord(j); !isUnit && len(nx.Low) > 3 && strings.HasSuffix(nx.Low, "s") {
				return point{}, false
			}
		}
	}
	if english.ISODate(leapIfUnknown(pt.d.y), m, d) == "" {
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
		sep = p.tok(j).Text
		j++
	}
	if p.low(j) == "of" || p.low(j) == "in" {
		j++
	}
	// "May '20", "Sept. ’01": an apostrophe glued to two digits marks a year
	if sep == "" && p.isSym(j, "'’") {
		if t := p.tok(j + 1); t != nil && !t.Space && t.Kind == english.Num && len(t.Text) == 2 {
			if y, yn, suf := p.yearAt(j+1, true); yn > 0 && suf == "" {
				return point{d: tdate{y, m, 0}, n: j + 1 + yn - i, strong: true, rule: "month-year"}, true
			}
		}
	}
	y, yn, suf := p.yearAt(j, sep == "" || sep == "/")
	if yn == 0 || suf != "" {
		if wy, wn := p.wordYearAt(j); wn > 0 && sep == "" {
			return point{d: tdate{wy, m, 0}, n: j + wn - i, strong: true, rule: "month-year"}, true
		}
		return point{}, false
	}
	if len(p.tok(j).Text) == 2 && unicode.IsLower(english.FirstRune(p.tok(i).Text)) && p.modalMonth(i) {
		return point{}, false
	}
	// "May 20", "June 12": a number that can be a day, right after the month
	// name, is the day ("August 99" and "Dec/18" are years).
	if sep == "" && len(p.tok(j).Text) == 2 && y%100 >= 1 && y%100 <= 31 {
		return point{}, false
	}
	pt := point{d: tdate{y, m, 0}, n: j + yn - i, strong: true, rule: "month-year"}
	// "september-2020-23"
	if sep == "-" && p.isSym(j+yn, "-") {
		if d, dn := p.dayAt(j + yn + 1); dn > 0 && english.ISODate(y, m, d) != "" {
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
		sep = p.tok(j).Text
		j++
	}
	m, mn := p.monthAt(j)
	if mn == 0 {
		return point{}, false
	}
	// "1965 January" is rare in prose; "in 1954 May..." is a year then a verb.
	if p.modalMonth(j) && sep == "" {
		return point{}, false
	}
	pt := point{d: tdate{y, m, 0}, n: j + mn - i, strong: true, rule: "year-month"}
	if sep == "-" || sep == "/" {
		if p.isSym(j+mn, sep) {
			if d, dn := p.dayAt(j + mn + 1); dn > 0 && english.ISODate(y, m, d) != "" {
				pt.d.d, pt.n = d, j+mn+1+dn-i
			}
		}
	}
	return pt, true
}

// numericAt: "1985-08-07", "07.08.1985", "03/09/2021", "14/05/17",
// "20170302", "11/Oct/2019", "2015.3"; partial: "5/1" (month/day).
func (p *tparser) numericAt(i int, partial bool) (point, bool) {
	t := p.tok(i)
	if t == nil || t.Kind != english.Num {
		return point{}, false
	}
	// Not inside a longer code: "241-07-05-2019", "+44 161-2012-2017", "987-65-4321".
	if prev := p.tok(i - 1); prev != nil && !t.Space && (prev.Kind == english.Num || prev.Kind == english.Alpha || anyByte(prev.Text, "-/+.")) {
		compact := len(t.Text) == 8 && prev.Kind == english.Sym && prev.Text != "+" && prev.Text != "."
		if !(partial && prev.Text == "-" && p.tok(i-2) != nil && p.tok(i-2).Kind == english.Num) && !compact {
			return point{}, false
		}
	}
	var numBuf [3]string
	var sepBuf [3]string
	nums := append(numBuf[:0], t.Text)
	seps := sepBuf[:0]
	j := i + 1
	for len(nums) < 3 {
		s, n := p.tok(j), p.tok(j+1)
		if s == nil || n == nil || s.Space || n.Space || s.Kind != english.Sym || !strings.Contains("/-.", s.Text) || (n.Kind != english.Num && n.Kind != english.Alpha) ||
			len(seps) > 0 && s.Text != seps[0] {
			break
		}
		nums = append(nums, n.Text)
		seps = append(seps, s.Text)
		j += 2
	}
	// Still followed by more of the same: a code, not a date ("5/1/2019-5/7/2020" is a range).
	if s, n := p.tok(j), p.tok(j+1); s != nil && n != nil && !s.Space && !n.Space && s.Kind == english.Sym && strings.Contains("/-", s.Text) && n.Kind == english.Num && len(nums) == 3 &&
		!(s.Text != seps[0] && partial) {
		return point{}, false
	}
	if nx := p.tok(j); nx != nil && !nx.Space && nx.Kind == english.Num {
		return point{}, false
	}
	atoi := func(s string) int { x, _ := strconv.Atoi(s); return x }
	num := func(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' && !anyByte(s, ".,") }
	switch len(nums) {
	case 1:
		s := nums[0]
		if len(s) == 8 && num(s) {
			// "20170302"
			y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
			if y >= 1900 && y <= 2100 && english.ISODate(y, m, d) != "" {
				return point{d: tdate{y, m, d}, n: 1, strong: true, rule: "numeric-compact"}, true
			}
		}
		if d0, d1, d2, ok := threeParts(s, '.'); ok && len(d2) == 4 && len(d0) <= 2 && len(d1) <= 2 {
			// "07.08.1985": one token, since the lexer keeps dotted digits together
			x, z, y := atoi(d0), atoi(d1), atoi(d2)
			pt := point{n: 1, strong: true, rule: "numeric"}
			switch {
			case x > 12 && z <= 12:
				pt.d = tdate{y, z, x}
			case z > 12 && x <= 12:
				pt.d = tdate{y, x, z}
			case p.doc.DayFirst:
				pt.d = tdate{y, z, x}
				pt.ambiguous = !p.doc.OrderKnown && x != z
			default:
				pt.d = tdate{y, x, z}
				pt.ambiguous = !p.doc.OrderKnown && x != z
			}
			if y >= 1000 && english.ISODate(pt.d.y, pt.d.m, pt.d.d) != "" {
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
				footnote := next != nil && next.Kind == english.Alpha && english.IsUpperWord(next.Text)
				if prev := p.tok(i - 1); prev == nil || prev.Kind == english.Alpha && !strings.HasPrefix(prev.Low, "v") {
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
		if p.doc.DayFirst && p.doc.OrderKnown {
			m, d = b, a
		}
		if english.ISODate(2000, m, d) == "" {
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
			m = p.v.en.Month(strings.ToLower(b))
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
			pt.d = tdate{y, p.v.en.Month(strings.ToLower(b)), atoi(a)}
			break
		}
		x, z := atoi(a), atoi(b)
		switch {
		case x > 12 && z <= 12:
			pt.d = tdate{y, z, x} // must be day first
		case z > 12 && x <= 12:
			pt.d = tdate{y, x, z} // must be month first
		case p.doc.OrderKnown && p.doc.DayFirst:
			pt.d = tdate{y, z, x}
		case p.doc.OrderKnown:
			pt.d = tdate{y, x, z}
		default:
			pt.d = tdate{y, x, z}
			if p.doc.DayFirst {
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
	if english.ISODate(pt.d.y, pt.d.m, pt.d.d) == "" && !(pt.d.m == 2 && pt.d.d == 29) {
		return point{}, false
	}
	return pt, true
}

// quarterAt: "Q4 2016", "2019 q1", "2019-Q1", "H2 2016": the months they
// span (2016-10/2017-01), as the Recognizers suites write these
// abbreviations; a quarter written out in prose is quarterWordAt's.
func (p *tparser) quarterAt(i int) (point, bool) {
	qh := func(j int) (string, int, int) {
		t := p.tok(j)
		if t == nil || t.Kind != english.Alpha || (t.Low != "q" && t.Low != "h") {
			return "", 0, 0
		}
		nt := p.tok(j + 1)
		if nt == nil || nt.Space || nt.Kind != english.Num {
			return "", 0, 0
		}
		n, _ := strconv.Atoi(nt.Text)
		if t.Low == "q" && (n < 1 || n > 4) || t.Low == "h" && (n < 1 || n > 2) {
			return "", 0, 0
		}
		return t.Low, n, 2
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

// partOfYear is quarter ("q") or half ("h") n of year y: 2016-Q4, 2016-H2.
func partOfYear(y int, kind string, n, toks int, rule string) point {
	return point{d: tdate{y, 0, 0}, val: fmt.Sprintf("%04d-%s%d", y, strings.ToUpper(kind), n), n: toks, strong: true, rule: rule}
}

// quarterWordAt: a quarter or half written in words, "the fourth quarter
// of 2009", "the final quarter of 2009", "the second half of 2008", "the
// latter half of the year", "the first quarter": TIMEX's 2009-Q4, 2008-H2
// (the value news annotation gives them). The
// order word is an ordinal, or a word of timewords.tsv of kind partorder
// (its value -1: the last). Without a year, or with "of the year", it is
// in the year of the reference time; in news, with no date of the
// paragraph's, the nearest such part to the document's date, or the one of
// the document's year when the sentence's tense rules the nearest out. In
// news "of last year" ("of this/next year") counts from the document's year.
func (p *tparser) quarterWordAt(i int) (point, bool) {
	if p.low(i) != "the" {
		return point{}, false
	}
	ord := 0
	if w, ok := p.number(i + 1); ok && w.Kind == "ordinal" {
		ord = int(w.Value)
	} else if w, ok := p.timeWord(i + 1); ok && w.kind == "partorder" {
		ord, _ = strconv.Atoi(w.value)
	}
	if ord == 0 || p.isSym(i+2, "-") {
		return point{}, false
	}
	kind, parts := "q", 4
	switch p.low(i + 2) {
	case "quarter":
	case "half":
		kind, parts = "h", 2
	default:
		return point{}, false
	}
	if ord < 0 {
		ord = parts
	}
	if ord > parts || p.isSym(i+3, "-–") || p.low(i+3) == "century" {
		return point{}, false // "the last quarter-century", "the first half century"
	}
	j := i + 3
	if p.low(j) == "of" {
		if y, yn, suf := p.yearAt(j+1, false); yn > 0 && suf == "" {
			return partOfYear(y, kind, ord, j+1+yn-i, "quarter-words"), true
		}
		if p.low(j+1) == "the" && p.low(j+2) == "year" {
			j += 3
		} else if p.low(j+2) == "year" && !p.isSym(j+3, "'’") && p.doc.news() && p.ref.y > 0 {
			// "the fourth quarter of last year": of the year before the
			// document's (next: after it; this: its own); not "of last
			// year's final"
			if r := p.fact(j + 1).rel; r.rel && r.deictic {
				return partOfYear(p.ref.y+int(r.dir), kind, ord, j+3-i, "quarter-words"), true
			}
			return point{}, false
		} else if nx := p.tok(j + 1); nx != nil && nx.Kind == english.Alpha {
			return point{}, false // "the first half of the century", "of the season"
		}
	}
	r, how := p.reference()
	if how == "" || r.y == 0 {
		return point{}, false
	}
	y := r.y
	if how == AnchorDCT {
		// the nearest such part: its middle month within six months of the date
		mid := (ord-1)*12/parts + 12/parts/2 + 1
		switch {
		case mid-r.m > 6:
			y--
		case r.m-mid > 6:
			y++
		}
		// the nearest in another year, against the sentence's tense, is
		// the document's year's: "profit rose in the first quarter" in
		// November, "will rise in the fourth quarter" in January (but
		// "has announced the closure of plants during the fourth
		// quarter" in August is that year's)
		switch {
		case y > r.y && p.tenseAt() < 0:
			y--
		case y < r.y && p.tenseAt() > 0:
			y++
		}
	}
	pt := partOfYear(y, kind, ord, j-i, "quarter-words")
	pt.anchor = how
	return pt, true
}

// periodStart skips the "the" that may open a decade or a century (a
// modifier before it is modifiedAt's).
func (p *tparser) periodStart(i int) int {
	if p.low(i) == "the" {
		return i + 1
	}
	return i
}

// decadeAt: "the 1950s", "1970's", "the 60s", "the '40s", "1800s" (the
// 1800s and earlier, written so, are centuries: 18XX).
func (p *tparser) decadeAt(i int) (point, bool) {
	j := p.periodStart(i)
	if p.isSym(j, "'’") {
		j++
	}
	y, yn, suf := p.yearAt(j, false)
	if yn > 0 && suf == "s" && y%100 == 0 && y < 2000 {
		return point{century: y / 100, n: j + yn - i, strong: true, rule: "century"}, true
	}
	if yn > 0 && suf == "s" && y%10 == 0 {
		return point{decade: y / 10, n: j + yn - i, strong: true, rule: "decade"}, true
	}
	// "the 60s", "the '60s"; "the 450s" after a year cue that is also a
	// setting cue (datecues.tsv year and setting) where the reference
	// time is a year of the first millennium (millennial: "In AD 429 ...
	// in the 450s": 45X; not "Temperatures reached the 450s")
	t := p.tok(j)
	if t != nil && t.Kind == english.Num && (len(t.Text) == 2 || len(t.Text) == 3 && t.Text[0] != '0' && p.v.yearCues[p.low(i-1)] && p.fact(i-1).setting && p.millennial()) && p.low(j+1) == "s" && !p.tok(j+1).Space && j > i {
		v, _ := strconv.Atoi(t.Text)
		switch {
		case len(t.Text) == 3 && v%100 != 0 && v%10 == 0:
			return point{decade: v / 10, n: j + 2 - i, strong: true, rule: "decade"}, true
		case len(t.Text) == 2 && v%10 == 0:
			return point{decade: 190 + v/10, n: j + 2 - i, strong: true, rule: "decade"}, true
		}
	}
	return point{}, false
}

// centuryAt: "the 19th century", "15th century", "the nineteenth century".
func (p *tparser) centuryAt(i int) (point, bool) {
	j := p.periodStart(i)
	n := 0
	if t := p.tok(j); t != nil && t.Kind == english.Num && len(t.Text) <= 2 {
		if s := p.tok(j + 1); s != nil && !s.Space && p.v.en.OrdinalSuffix(s.Low) {
			n, _ = strconv.Atoi(t.Text)
			j += 2
		}
	} else if d, dn := p.dayAt(j); dn > 0 && p.tok(j).Kind == english.Alpha {
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
	f := p.fact(i)
	if !f.timeFirst {
		return timeWord{}, 0
	}
	for n := min(p.v.maxTimeWords, f.timeMax, len(p.toks)-i); n >= 1; n-- {
		if w, ok := p.timeWordOf(i, n); ok && w.kind == kind {
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

// yearPointAt: a year ("1954", "1994a", "fiscal 1989", "FY 2002"; a
// modifier before it is modifiedAt's).
func (p *tparser) yearPointAt(i int) (point, bool) {
	j := i
	rule := "year"
	switch {
	case p.toks[i].Kind == english.Num:
		// a number opens no fiscal year
	case p.fact(j).rel.fiscal:
		// "FY 2002", "fiscal 1989", "fiscal year 1986-87" (timestarts.txt
		// fiscal; year-kind before "year")
		j++
		if p.fact(i).rel.yearKind && p.low(j) == "year" {
			j++
		}
		rule = "fiscal-year"
	}
	y, yn, suf := p.yearAt(j, false)
	if yn == 0 || suf == "s" {
		if p.marks&markShort != 0 && yn == 0 && j == i {
			return p.shortYearAt(i)
		}
		return point{}, false
	}
	pt := point{d: tdate{y, 0, 0}, n: j + yn - i, strong: j > i, rule: rule}
	if suf == "cite" {
		pt.citation, pt.strong = true, true
	}
	return pt, true
}

// shortYearAt: a year of the common era of one to three figures, only
// with a strong signal and where the reference time is no later year
// (earlyRef: not "1 AD and 3 AD attacked" in a text of 1991): a
// common-era word in capitals before it ("AD 455", "AD 9") or after three
// figures ("455 AD", "451 CE"), "the year" before it ("in the year 410";
// theYearAt), or, for three figures, a year cue that is also a setting cue
// (datecues.tsv year and setting: "in 451", "by 732"; not "and", "of",
// "to") in a text that has written such a year with one of those signals
// and whose reference time is such a year, with the clause going on after
// it (punctuation, a capitalised word other than a people, or an article:
// "In 455 the Vandals sacked Rome", not "Until 300 Romans arrived"), the
// cue opening its clause or, after an ends cue (datecues.tsv ends), the
// number ending its sentence ("landed in 533.", not "rose by 300."). Never
// a number glued to letters ("the 101st"), nor one a word counts ("in 451
// cases", "by 300 votes", "on page 455", "grew by 300, the chronicle
// says", "carried 455 CE marines"; notyear.tsv short: "From 200 Roman
// forts"). Years before the common era are eraAt's.
func (p *tparser) shortYearAt(i int) (point, bool) {
	t := &p.toks[i]
	if len(t.Text) > 3 || p.ancient == 0 && p.fact(i-1).marks&markShort == 0 && p.fact(i+1).marks&markShort == 0 {
		return point{}, false
	}
	y, ok := p.shortYear(i)
	if !ok {
		return point{}, false
	}
	nx := p.tok(i + 1)
	pt := point{d: tdate{y, 0, 0}, n: 1, strong: true, rule: "year-short"}
	cue := p.v.yearCues[p.low(i-1)] && p.fact(i-1).setting // "in", "by", "since"; not "and", "of", "to"
	switch {
	case p.commonEra(i + 1):
		if w := p.tok(i + 2); w != nil && w.Kind == english.Alpha && !cue {
			return point{}, false // "carried 455 CE marines", "1 AD and 3 AD attacked", not "In 455 AD the Vandals"
		}
		if len(t.Text) < 3 || !p.earlyRef(i) {
			return point{}, false // "1 AD and 3 AD" (divisions), "in 1991 … 455 AD"
		}
		pt.n = 2
		p.shortAt = i + 1
		return pt, true
	case p.commonEra(i - 1):
		// "In AD 410": AD before the number after a year cue or opening the
		// sentence is never a division nor a count, so no reference time is
		// asked for ("Gibbon wrote in 1776 … In AD 410 the Visigoths sacked
		// Rome"); elsewhere it may be a model's name ("the AD 500 printer")
		if b := p.tok(i - 2); b != nil && b.Kind != english.Sym && !p.v.yearCues[b.Low] && !p.earlyRef(i) {
			return point{}, false
		}
		p.shortAt = i + 1
		return pt, true
	case len(t.Text) < 3 || p.ancient == 0 || !cue:
		return point{}, false
	}
	if !p.millennial() {
		return point{}, false
	}
	if nx != nil && nx.Kind == english.Alpha && (!english.StartsUpper(nx.Text) && !p.determiner(nx.Low) || p.v.shortCounts[strings.ToLower(nx.Text)]) {
		return point{}, false // "in 451 cases", "until 300 Romans arrived", "from 200 Roman forts"
	}
	if b := p.tok(i - 2); b != nil && b.Kind != english.Sym && !p.v.conjuncts[b.Low] && nx != nil && (p.tok(i+2) != nil || !p.v.endCues[p.low(i-1)]) {
		return point{}, false // "grew by 300, the chronicle says", "rose by 300.": a cue inside its clause, the number not its sentence's end after an ends cue; "…, and in 455 the Vandals" opens a clause (subclauses.txt joins)
	}
	return pt, true
}

// earlyRef reports whether a short year with a common-era word or "the
// year" may be read at toks[i]: the reference time is a year of the first
// millennium or before the era, or no time is set and neither the
// document's date nor the text up to toks[i] has a four-digit year ("In
// February 1991, 1 AD and 3 AD attacked": divisions; "By the year 5 of
// the war" after 1979).
func (p *tparser) earlyRef(i int) bool {
	if p.bc != 0 {
		return true
	}
	a := p.anchor
	if a == nil {
		a = p.back
	}
	if a != nil && a.y > 0 {
		return a.y < 1000
	}
	if p.ref.y >= 1000 {
		return false
	}
	return p.scan == nil || !p.scan.yearBefore(p.text, int(p.toks[i].Start))
}

// yearBefore reports whether text[:off] writes a four-digit number of
// 1000-2199 standing alone (a modern year), reading each stretch of the
// text once per document.
func (cs *citeScan) yearBefore(text string, off int) bool {
	if cs.firstYear == 0 && off > cs.yearUpto {
		run := 0
		for k := cs.yearUpto; k < off && k < len(text); k++ {
			c := text[k]
			switch {
			case c >= '0' && c <= '9':
				run++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				run = -1 // glued to letters: "101st", "A1234"
				continue
			}
			if run == 4 && (text[k-4] == '1' || text[k-4] == '2' && text[k-3] <= '1') {
				cs.firstYear = k - 4 + 1 // +1: 0 means none
				break
			}
			run = 0
		}
		cs.yearUpto = max(cs.yearUpto, min(off, len(text)))
	}
	return cs.firstYear > 0 && cs.firstYear-1 < off
}

// theYearAt: "the year 410", a year of one to three figures after "the
// year" (shortYearAt); one or two figures only where the reference time
// is no later year (earlyRef); never before "of", which counts the years of something ("in
// the year 3 of the Republic", "by the year 5 of the war").
func (p *tparser) theYearAt(i int) (point, bool) {
	if p.low(i+1) != "year" {
		return point{}, false
	}
	y, ok := p.shortYear(i + 2)
	if !ok || p.low(i+3) == "of" || len(p.toks[i+2].Text) < 3 && !p.earlyRef(i) {
		return point{}, false // "in the year 3 of the Republic", "by the year 5" after 1979; "the year 451" after a citation of 1950 is read
	}
	p.shortAt = i + 3
	return point{d: tdate{y, 0, 0}, n: 3, strong: true, rule: "year-short"}, true
}

// shortYear reads toks[i] as a number of one to three figures that may be
// a year: no leading zero, no separator, no letters glued after it
// ("101st", "455a").
func (p *tparser) shortYear(i int) (int, bool) {
	t := p.tok(i)
	if t == nil || t.Kind != english.Num || len(t.Text) > 3 || t.Text[0] == '0' || anyByte(t.Text, ".,") {
		return 0, false
	}
	if nx := p.tok(i + 1); nx != nil && nx.Kind == english.Alpha && !nx.Space {
		return 0, false
	}
	y, _ := strconv.Atoi(t.Text)
	return y, y > 0
}

// millennial reports a narrative reference time (reference) in a year
// of the first millennium of the common era.
func (p *tparser) millennial() bool {
	a := p.anchor
	if a == nil && p.doc.Kind != News && p.bc == 0 {
		a = p.back
	}
	return a != nil && p.bc == 0 && a.y > 0 && a.y < 1000
}

// commonEra reports a common-era word (timewords.tsv common) written in
// capitals at toks[i]: "AD", "CE".
func (p *tparser) commonEra(i int) bool {
	w, ok := p.timeWord(i)
	return ok && w.kind == "common" && allCaps(p.toks[i].Text)
}

// wordYearPointAt: "in nineteen eighty-two", "since two thousand and
// fifteen": a year in words after a preposition, or ending the sentence.
func (p *tparser) wordYearPointAt(i int) (point, bool) {
	y, n := p.wordYearAt(i)
	if n < 2 || y < 1000 || y > 2199 {
		return point{}, false
	}
	if !p.v.yearCues[p.low(i-1)] {
		if nx := p.tok(i + n); nx != nil && nx.Kind != english.Sym {
			return point{}, false
		}
	}
	return point{d: tdate{y, 0, 0}, n: n, strong: true, rule: "year-words"}, true
}

// monthBeforeNoun reports a month (toks[i:i+mn]) that qualifies the noun
// after it, after "the" and at most one word in lower case, or right after
// a possessive: "the October slaying", "the costly August battles", "the
// February Revolution", "Kennedy's June summit". The
// noun has four letters or more ("the March on Rome" is no month).
func (p *tparser) monthBeforeNoun(i, mn int) bool {
	j := i - 1
	// "Bolsonaro's June meeting": a possessive stands as the determiner
	possessive := p.low(j) == "s" && (p.isSym(j-1, "'") || p.isSym(j-1, "’")) && !p.toks[j].Space
	if t := p.tok(j); !possessive && t != nil && t.Kind == english.Alpha && t.Low != "the" && unicode.IsLower(english.FirstRune(t.Text)) {
		j--
	}
	if p.low(j) != "the" && !possessive {
		return false
	}
	nx := p.tok(i + mn)
	return nx != nil && nx.Kind == english.Alpha && len(nx.Text) >= 4 && nx.Space
}

// monthAloneAt: "in April", "later in April", "early March", "last
// December" (the year comes from the paragraph or the reference date).
func (p *tparser) monthAloneAt(i int, partial bool) (point, bool) {
	m, mn := p.monthAt(i)
	if mn == 0 {
		return point{}, false
	}
	t := p.tok(i)
	if !english.StartsUpper(t.Text) && !partial {
		return point{}, false
	}
	prev := p.low(i - 1)
	if !p.v.monthCues[prev] && !partial && !p.monthBeforeNoun(i, mn) {
		return point{}, false
	}
	if p.modalMonth(i) && (prev == "and" || prev == "to" || prev == "-") && !partial {
		return point{}, false
	}
	if r := p.fact(i - 1).rel; r.rel && r.deictic || prev == "each" || prev == "every" {
		return point{}, false // relativeAt reads these
	}
	if prev == "of" {
		// "the last week of August": a week of the month, which TIMEX
		// writes as a week or a duration, not the month
		if w, ok := p.timeWord(i - 2); ok && w.kind == "unit" && w.value == "week" {
			return point{}, false
		}
	}
	pt := point{d: tdate{0, m, 0}, n: mn, noYear: true, strong: true, rule: "month"}
	// "April and June 1955", "April or May 2004": the year of the month
	// coordinated with it
	if c := p.low(i + mn); c == "and" || c == "or" || c == "," {
		if m2, n2 := p.monthAt(i + mn + 1); n2 > 0 && m2 > m {
			if y, yn := p.yearAfter(i + mn + 1 + n2); yn > 0 {
				pt.d.y, pt.noYear, pt.rule = y, false, "month+year"
			}
		}
	}
	// "October of that year", "July of the following year"
	if p.low(i+mn) == "of" {
		if a, an := p.anaphorWordAt(i + mn + 1); an > 0 && p.low(i+mn+1+an) == "year" {
			if r, how := p.reference(); how != "" && r.y > 0 {
				pt.d.y, pt.noYear, pt.anchor, pt.n, pt.rule = r.y+a.offset, false, how, mn+2+an, "month-of-year"
			}
		}
	}
	return pt, true
}

// threeParts splits s at sep into exactly three parts (strings.Split's,
// without its slice); ok is false for any other count.
func threeParts(s string, sep byte) (a, b, c string, ok bool) {
	i := strings.IndexByte(s, sep)
	if i < 0 {
		return "", "", "", false
	}
	j := strings.IndexByte(s[i+1:], sep)
	if j < 0 {
		return "", "", "", false
	}
	a, b, c = s[:i], s[i+1:i+1+j], s[i+2+j:]
	if strings.IndexByte(c, sep) >= 0 {
		return "", "", "", false
	}
	return a, b, c, true
}

// modalMonth reports a month name at toks[i] that is also a modal (tense.tsv
// modal: "may"), which prose uses far more often as the verb: "may 5" in
// lower case, "in 1954 May ...", "and may" are no dates.
func (p *tparser) modalMonth(i int) bool {
	f := p.fact(i)
	return f.month > 0 && f.tense&tenseModal != 0
}
