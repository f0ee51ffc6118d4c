package timex

import (
	"fmt"
	"strconv"
	"time"

	"github.com/stratex/stratex/extract/english"
)

// relativeAt reads an expression that needs the reference date (news-like
// text only): "today", "yesterday", "Friday", "last year", "next month",
// "two years ago", "in 3 weeks", "last February", "July last year", "last
// Thanksgiving", "last quarter", "the current quarter".
func (p *tparser) relativeAt(i int) (Span, int) {
	ref := p.ref.time()
	mk := func(v string, n int, rule string) (Span, int) {
		if p.ref.y == 0 {
			// a dateline without its year: what the month and day allow
			if v = p.yearless(v, rule); v == "" {
				return Span{}, 0
			}
		}
		return Span{Start: int(p.toks[i].Start), End: int(p.toks[i+n-1].End), Value: v, Type: "DATE", Anchor: AnchorDCT, Rule: "timex:" + rule}, n
	}
	day := func(t time.Time) string { return fromTime(t).String() }
	w0 := p.low(i)
	// "the day after tomorrow", "the day before yesterday"
	if w0 == "the" && p.low(i+1) == "day" && (p.low(i+2) == "after" || p.low(i+2) == "before") {
		if w, ok := p.timeWord(i + 3); ok && w.kind == "deictic" {
			off, _ := strconv.Atoi(w.value)
			if p.low(i+2) == "after" {
				off++
			} else {
				off--
			}
			return mk(day(ref.AddDate(0, 0, off)), 4, "deictic")
		}
	}
	// "yesterday", "last night", "this morning"
	if w, n := p.timeWordAt(i, "deictic"); n > 0 {
		off, _ := strconv.Atoi(w.value)
		// "today's computers" is generic, not a day.
		if w0 == "today" && (p.isSym(i+1, "'’") || !p.doc.news()) {
			return Span{}, 0
		}
		return mk(day(ref.AddDate(0, 0, off)), n, "deictic")
	}
	// a relative word of timestarts.txt (mod, of direction dir): "last
	// year", "this coming week", "the past month", "the current quarter"
	// (a word of here is "this")
	mod := ""
	j := i
	dir := 0
	r0 := p.fact(i).rel
	switch {
	case r0.rel && r0.alone:
		mod, j, dir = w0, i+1, int(r0.dir)
		if r1 := p.fact(j).rel; r0.dir == 0 && r1.rel && r1.afterThis {
			mod, j, dir = p.low(j), j+1, int(r1.dir)
		}
	case w0 == "the":
		if r1 := p.fact(i + 1).rel; r1.rel && r1.afterThe {
			mod, j, dir = p.low(i+1), i+2, int(r1.dir)
		}
	case r0.thisYear:
		// "earlier this year", "later this year": the reference year
		if r1 := p.fact(i + 1).rel; r1.rel && r1.dir == 0 && r1.alone && p.low(i+2) == "year" {
			return mk(fmt.Sprint(p.ref.y), 3, "relative-year")
		}
	}
	if mod != "" && dir == 0 {
		mod = "this" // "the current quarter", "the current fiscal year": this one
	}
	if mod == "" && w0 != "the" {
		// A weekday on its own: "said Friday", "on Tuesday"; "Friday next week".
		if wd, n := p.weekdayAt(i); n > 0 {
			if r := p.fact(i + n).rel; r.rel && r.deictic && p.low(i+n+1) == "week" {
				return mk(day(p.weekOf(wd, p.low(i+n))), n+2, "weekday-week")
			}
			return mk(day(p.weekday(wd, 0)), n, "weekday")
		}
		// A holiday after a holiday cue of datecues.tsv ("on Christmas
		// Eve", "over Easter"): the one nearest the reference date in the
		// sentence's tense.
		if h, hn := p.timeWordAt(i, "holiday"); hn > 0 && p.v.holidayCues[p.low(i-1)] {
			if d := p.nearestHoliday(h.value); d.y > 0 {
				return mk(d.String(), hn, "holiday-ref")
			}
		}
		return Span{}, 0
	}
	if mod == "" {
		return Span{}, 0
	}
	if p.fact(j).rel.yearKind {
		j++ // "last fiscal year", "this calendar year" (timestarts.txt year-kind)
	}
	if p.low(j) == "week" {
		// "this week Friday", "next week on Thursday", "last week Monday"
		k := j + 1
		if p.low(k) == "on" {
			k++
		}
		if wd, n := p.weekdayAt(k); n > 0 {
			return mk(day(p.weekOf(wd, mod)), k-i+n, "weekday-week")
		}
	}
	if w, ok := p.timeWord(j); ok && w.kind == "unit" {
		n := j - i + 1
		if p.determiner(p.low(i-1)) && p.low(j+1) == "of" && p.v.partOf[p.low(j+2)] {
			// "the last week of the campaign", "the last year of his
			// presidency": a part of what follows (timewords.tsv partof),
			// not the week or year before the document's date (but "a
			// rise over the last year of 3 percent" is last year's)
			return Span{}, 0
		}
		switch w.value {
		case "year":
			return mk(fmt.Sprint(p.ref.y+dir), n, "relative-year")
		case "month":
			return mk(fromTime(ref.AddDate(0, dir, 0)).monthString(), n, "relative-month")
		case "week":
			return mk(fromTime(ref.AddDate(0, 0, 7*dir)).monthString(), n, "relative-week")
		case "decade":
			return mk(fmt.Sprintf("%dX", (p.ref.y+10*dir)/10), n, "relative-decade")
		case "quarter":
			// "last quarter", "this quarter", "the current quarter": TIMEX's
			// 1989-Q3; not "the past quarter century", "this quarter of the
			// city", "last quarter-century", "help came from this quarter"
			if u, ok := p.timeWord(j + 1); ok && u.kind == "unit" || p.low(j+1) == "of" || p.isSym(j+1, "-–") || p.low(i-1) == "from" && mod == "this" {
				return Span{}, 0
			}
			q := p.ref.y*4 + (p.ref.m-1)/3 + dir
			return mk(fmt.Sprintf("%04d-Q%d", q/4, q%4+1), n, "relative-quarter")
		}
		return Span{}, 0
	}
	if wd, n := p.weekdayAt(j); n > 0 {
		if mod == "this" {
			// "this Friday": the Friday of the reference date's week,
			// whatever the tense
			return mk(day(p.weekOf(wd, "this")), j-i+n, "weekday-week")
		}
		return mk(day(p.weekday(wd, dir)), j-i+n, "weekday")
	}
	if m, mn := p.monthAt(j); mn > 0 {
		y := p.ref.y
		switch {
		case dir < 0 && m >= p.ref.m:
			y--
		case dir > 0 && m <= p.ref.m:
			y++
		}
		return mk(tdate{y, m, 0}.String(), j-i+mn, "relative-month")
	}
	if w, ok := p.timeWord(j); ok && w.kind == "season" && dir != 0 && p.low(j+1) != "of" {
		// "next spring": the first one that begins after the reference
		// date; "last spring": the last one over by then (in April, the
		// spring before)
		m := seasonMonth(w.value)
		if dir < 0 {
			m += 2
		}
		return mk(fmt.Sprintf("%04d-%s", yearOfNext(p.ref, m, dir), w.value), j-i+1, "relative-season")
	}
	if h, hn := p.timeWordAt(j, "holiday"); hn > 0 {
		d := holiday(h.value, p.ref.y)
		if dir < 0 && !d.time().Before(ref) {
			d = holiday(h.value, p.ref.y-1)
		}
		if dir > 0 && !d.time().After(ref) {
			d = holiday(h.value, p.ref.y+1)
		}
		return mk(d.String(), j-i+hn, "relative-holiday")
	}
	return Span{}, 0
}

// yearless is what a value read from a document's date without its year
// (a dateline's "May 20": XXXX-05-20; the scan counts in year 0) can say:
// a day or a month as counted, "XXXX-05-18" for "two days ago", "XXXX-04"
// for "last month"; the month alone when a count of days crosses the end
// of February, whose length the year decides; for a weekday (rule
// weekday, weekday-week) the date's month when every day the weekday may
// be (within a week, or two for "next Friday"/"last week Sunday") lies in
// it, since which weekday the date is needs its year; "" for a value that
// needs the year (a year, decade, quarter, season or holiday).
func (p *tparser) yearless(v, rule string) string {
	r := p.ref
	switch rule {
	case "weekday", "weekday-week":
		reach := 7
		if rule == "weekday-week" {
			reach = 13
		}
		if r.d-reach < 1 || r.d+reach > time.Date(1, time.Month(r.m+1), 0, 0, 0, 0, 0, time.UTC).Day() {
			return ""
		}
		return tdate{0, r.m, 0}.String()
	case "relative-holiday", "holiday-ref":
		return ""
	}
	_, m, d, _ := ISOParts(v)
	switch {
	case m == 0 || rule == "offset" && m == r.m && d == r.d:
		// (a count of years: the same day of another year)
		return ""
	case d > 0 && (m <= 2) != (r.m <= 2):
		return tdate{0, m, 0}.String()
	}
	return tdate{0, m, d}.String()
}

// nearestHoliday is the holiday of the rule (holiday) in the year that
// nearestYear picks for its date in the reference year: the last one in
// past-tense text, the next one in future-tense text, else the nearest.
func (p *tparser) nearestHoliday(rule string) tdate {
	d := holiday(rule, p.ref.y)
	if d.y == 0 {
		return tdate{}
	}
	return holiday(rule, p.nearestYear(d))
}

// weekOf returns weekday wd of the reference date's week (Monday first),
// or of the week before ("last") or after ("next").
func (p *tparser) weekOf(wd int, which string) time.Time {
	ref := p.ref.time()
	cur := int(ref.Weekday())
	if cur == 0 {
		cur = 7
	}
	t := ref.AddDate(0, 0, wd-cur)
	switch which {
	case "next", "following", "coming":
		t = t.AddDate(0, 0, 7)
	case "last", "previous", "past":
		t = t.AddDate(0, 0, -7)
	}
	return t
}

func (t tdate) monthString() string { return tdate{t.y, t.m, 0}.String() }

// weekdayAt reads a weekday with an optional part of day after it
// (timewords.tsv partofday: "Friday night", "Tuesday morning").
func (p *tparser) weekdayAt(i int) (int, int) {
	w, ok := p.timeWord(i)
	if !ok || w.kind != "weekday" || !p.weekdayWord(i) {
		return 0, 0
	}
	t := p.tok(i)
	if r := p.fact(i - 1).rel; len(t.Low) > 4 && !english.StartsUpper(t.Text) && p.low(i-1) != "on" && !(r.rel && r.deictic) {
		return 0, 0
	}
	n := 1
	if pd, ok := p.timeWord(i + 1); ok && pd.kind == "partofday" {
		n++ // "Friday night": a part of the day (timewords.tsv partofday)
	}
	d, _ := strconv.Atoi(w.value)
	return d, n
}

// weekday returns the date of an ISO weekday near the reference date: in
// direction dir (-1 last, +1 next), else by the sentence's tense (the last
// one in past-tense text, the next in future-tense text, the nearest
// otherwise; the reference day itself counts).
func (p *tparser) weekday(wd, dir int) time.Time {
	ref := p.ref.time()
	cur := int(ref.Weekday())
	if cur == 0 {
		cur = 7
	}
	back := (cur - wd + 7) % 7 // days back to the last such day (0 = today)
	fwd := (wd - cur + 7) % 7
	switch {
	case dir < 0:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	switch p.tenseAt() {
	case 1:
		return ref.AddDate(0, 0, fwd)
	case -1:
		return ref.AddDate(0, 0, -back)
	}
	if fwd < back {
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

// offsetAt reads "two years ago", "11 days ago", "in 3 weeks", "3 weeks
// later", "a fortnight later", "1 month and 21 days ago", "two days after
// today", "four weeks from tomorrow". "ago", "hence", "from now" and "in
// N units" count from the document's date (news only); "later",
// "earlier", "after", "before", "previously" and another postunit that
// counts ahead and ends its clause ("six months afterwards") from the reference time
// (reference): in narrative, the text's, at the finer of its and the
// unit's granularity ("two days later" after "2 August 1964" is
// 1964-08-04; "fifteen months later" after "May 23, 1915" is 1916-08).
// A count in tens and units is one count ("Twenty-five years later", never
// "five years later" inside it); from the reference time a compound count
// is one in its smaller unit when it can be ("Four years and four months
// later": 52 months; "two weeks and three days": 17 days), else none (and
// never its last part alone: "three years and two weeks later").
func (p *tparser) offsetAt(i int) (Span, int) {
	j := i
	in := false
	if p.low(j) == "in" {
		in = true
		j++
	}
	var parts []part
	for {
		n, nn := p.countAt(j)
		if nn == 0 {
			break
		}
		w, ok := p.timeWord(j + nn)
		if !ok || w.kind != "unit" {
			break
		}
		parts = append(parts, part{n, w.value})
		j += nn + 1
		if p.low(j) == "and" {
			if _, ok := p.timeWord(j + 2); ok {
				j++
			}
		}
	}
	if len(parts) > 0 && (p.tensBefore(i) > 0 || p.low(i-1) == "and" && p.compoundBefore(i)) {
		return Span{}, 0 // "five" of "Twenty-five years later", "four months" of "four years and four months later"
	}
	if len(parts) == 0 {
		// "a fortnight later"
		if (p.low(j) == "a" || p.low(j) == "an") && p.low(j+1) == "fortnight" {
			parts = append(parts, part{1, "fortnight"})
			j += 2
		} else {
			return Span{}, 0
		}
	}
	dir := 0
	deictic := true // counted from the document's date
	switch p.low(j) {
	case "ago":
		dir = -1
		j++
	case "before", "earlier", "previously":
		dir, deictic = -1, false
		j++
	case "hence":
		dir = 1
		j++
	case "later", "after":
		dir, deictic = 1, false
		j++
	case "from":
		if p.low(j+1) == "now" || p.low(j+1) == "today" {
			dir, j = 1, j+2
		} else if w, ok := p.timeWord(j + 1); ok && w.kind == "deictic" {
			dir, j = 1, j+2
		}
	default:
		// "six months afterwards.", "two years thereafter,": another
		// postunit that counts ahead, ending its clause
		if w, ok := p.timeWord(j); ok && w.kind == "postunit" && w.value == "1" {
			if nx := p.tok(j + 1); nx == nil || nx.Kind == english.Sym {
				dir, deictic = 1, false
				j++
			}
		}
	}
	if in && dir == 0 {
		dir = 1
	}
	if dir == 0 {
		return Span{}, 0
	}
	// "three days after today", "three days before yesterday"
	if !deictic {
		if w, ok := p.timeWord(j); ok && w.kind == "deictic" {
			deictic = true
		}
	}
	if !deictic && !in {
		// "two weeks after the armistice": counted from an event the
		// text names, not from the reference time
		if (p.low(j-1) == "after" || p.low(j-1) == "before") && p.tok(j) != nil && p.tok(j).Kind != english.Sym {
			return Span{}, 0
		}
		if len(parts) == 2 {
			// "four years and four months later": one count in the smaller unit
			if f := unitsIn(parts[0].unit, parts[1].unit); f > 0 {
				parts = []part{{parts[0].n*f + parts[1].n, parts[1].unit}}
			}
		}
		return p.offsetFromReference(i, j, parts[0].n, parts[0].unit, dir, len(parts))
	}
	if !p.doc.news() {
		return Span{}, 0
	}
	if in && p.tenseAt() < 0 && p.sentenceTense() <= 0 {
		// "fired two missiles, its fourth launch in a month", "took the
		// town in three days": a stretch of time in what is told of the
		// past, no day ahead of the document's (but "said he expects a
		// deal in two weeks")
		return Span{}, 0
	}
	return p.countFromDCT(i, j, dir, parts)
}

// part is one count of a unit in an offset ("two years", "four months").
type part struct {
	n    int
	unit string
}

// countFromDCT is an offset of offsetAt's, tokens i to j, counted from
// the document's date (dir -1 back, +1 ahead); from a date without its
// year, what the count can say (yearless: "two days ago" XXXX-05-18),
// none for a count of years ("a year ago", "in two years").
func (p *tparser) countFromDCT(i, j, dir int, parts []part) (Span, int) {
	base := p.ref.time()
	if p.low(j-1) == "from" || p.low(j-1) == "after" || p.low(j-1) == "before" {
		if w, ok := p.timeWord(j); ok && w.kind == "deictic" {
			off, _ := strconv.Atoi(w.value)
			base = base.AddDate(0, 0, off)
			if p.low(j-1) != "from" {
				j++
			}
		}
	} else if p.low(j-2) == "from" {
		if w, ok := p.timeWord(j - 1); ok && w.kind == "deictic" {
			off, _ := strconv.Atoi(w.value)
			base = base.AddDate(0, 0, off)
		}
	}
	t := base
	yearOnly := len(parts) == 1 && parts[0].n == 1 && parts[0].unit == "year" && p.low(i) != "in"
	for _, pt := range parts {
		var ok bool
		if t, _, ok = addUnits(t, dir*pt.n, pt.unit); !ok {
			return Span{}, 0
		}
	}
	v := fromTime(t).String()
	if yearOnly {
		v = fmt.Sprint(t.Year())
	}
	if p.ref.y == 0 {
		if v = p.yearless(v, "offset"); v == "" {
			return Span{}, 0
		}
	}
	return Span{Start: int(p.toks[i].Start), End: int(p.toks[j-1].End), Value: v, Type: "DATE", Anchor: AnchorDCT, Rule: "timex:offset"}, j - i
}

// compoundBefore reports a count and its unit before the "and" at
// toks[i-1] ("four years and" before "four months later").
func (p *tparser) compoundBefore(i int) bool {
	_, _, ok := p.count(i - 3)
	return ok
}

// offsetFromReference is an offset of n units ("two days later", "a
// decade earlier") from the reference time, tokens i to j. In news
// with no date of the paragraph's it counts from the document's date, to
// the day; otherwise at the finer of the reference's and the unit's
// granularity, a decade as a decade.
func (p *tparser) offsetFromReference(i, j, n int, unit string, dir, parts int) (Span, int) {
	if v := p.bcFrom(dir * n); v != "" && unit == "year" && parts == 1 {
		return Span{Start: int(p.toks[i].Start), End: int(p.toks[j-1].End), Value: v, Type: "DATE", Anchor: AnchorNarrative, Rule: "timex:offset"}, j - i
	}
	r, how := p.reference()
	if how == "" || parts != 1 || p.period && how == AnchorNarrative {
		// "A decade later ... Two years later": not from the year the
		// decade was counted from
		return Span{}, 0
	}
	mk := func(v string) (Span, int) {
		return Span{Start: int(p.toks[i].Start), End: int(p.toks[j-1].End), Value: v, Type: "DATE", Anchor: how, Rule: "timex:offset"}, j - i
	}
	if how == AnchorDCT {
		// the document's date: to the day, as "ago" counts
		t, _, ok := addUnits(r.time(), dir*n, unit)
		if !ok {
			return Span{}, 0
		}
		if unit == "year" && n == 1 {
			return mk(fmt.Sprint(t.Year()))
		}
		return mk(fromTime(t).String())
	}
	if unit == "decade" {
		if r.y == 0 {
			return Span{}, 0
		}
		return mk(fmt.Sprintf("%dX", (r.y+dir*10*n)/10))
	}
	if days, _, _ := UnitLength(unit); days > 0 && r.gran() == 2 && r.y > 0 && p.low(j-1) != "before" && p.low(j-1) != "after" {
		// days or weeks from a month: a day of the month where three in
		// four of its days, so moved, land (YYYY-MM-XX), APPROX since the
		// rest land beside it ("a week later" after May 1992: 1992-05-XX;
		// "four days later" after October 1915: 1915-10-XX; "four weeks
		// later" after March 1999: 1999-04-XX); "ten days later" after May
		// or "two weeks later" (fewer) reads as a day of its year below;
		// not "a week before," whose event may come after it ("one week
		// before, during, and one week after the meeting"). The one rule
		// for such counts: the events of its sentence take this value's
		// month (dating's calendar), those that take it as their context
		// its year.
		if t, ok := mostOfMonth(r, dir*n*days); ok {
			x, k := mk(fromTime(t).monthString() + "-XX")
			x.Mod = "APPROX"
			return x, k
		}
	}
	if y, ok := dayOfYear(r, dir*n, unit); ok {
		return mk(string(appendPadded(nil, y, 4)) + "-XX-XX")
	}
	d, ok := offsetFrom(r, dir*n, unit)
	if !ok {
		return Span{}, 0
	}
	return mk(d.String())
}

// mostOfMonth is a day of the month where at least three in four days of
// month r land when moved by s days; false when none holds as many.
func mostOfMonth(r tdate, s int) (time.Time, bool) {
	n := time.Date(r.y, time.Month(r.m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	first := time.Date(r.y, time.Month(r.m), 1+s, 0, 0, 0, 0, time.UTC)
	last := time.Date(r.y, time.Month(r.m), n+s, 0, 0, 0, 0, time.UTC)
	t, k := first, n
	if first.Month() != last.Month() {
		if k = n - last.Day(); last.Day() > k {
			t, k = last, last.Day()
		}
	}
	return t, 4*k >= 3*n
}

// dayOfYear is the year a count of days or weeks from a month the text has
// set falls in, when every day of the month so moved falls in that year
// and no month holds three in four of them (mostOfMonth): "ten days later"
// after May 1992 is a day of 1992 (1992-XX-XX, month and day unknown),
// after December 1992 none; false for another reference or unit.
func dayOfYear(r tdate, n int, unit string) (int, bool) {
	if r.gran() != 2 {
		return 0, false
	}
	first, g, ok := addUnits(r.time(), n, unit)
	if !ok || g != 3 {
		return 0, false
	}
	last, _, _ := addUnits(r.time().AddDate(0, 1, -1), n, unit)
	return first.Year(), first.Year() == last.Year()
}

// addUnits moves t by n units and says the granularity the unit knows (1
// year, 2 month, 3 day); false for a unit it cannot add (UnitLength).
func addUnits(t time.Time, n int, unit string) (time.Time, int, bool) {
	days, months, g := UnitLength(unit)
	switch {
	case days > 0:
		return t.AddDate(0, 0, n*days), g, true
	case months > 0:
		return t.AddDate(0, n*months, 0), g, true
	}
	return t, 0, false
}

// UnitLength is the length of a unit of timewords.tsv in days (day, week,
// fortnight) or in months (month, quarter, year, decade), and the
// granularity it knows (1 year, 2 month, 3 day); all 0 for another unit
// (a century). Counts move dates by it here (addUnits) and in the
// events' dating.
func UnitLength(unit string) (days, months, gran int) {
	switch unit {
	case "day":
		return 1, 0, 3
	case "week":
		return 7, 0, 3
	case "fortnight":
		return 14, 0, 3
	case "month":
		return 0, 1, 2
	case "quarter":
		return 0, 3, 2
	case "year":
		return 0, 12, 1
	case "decade":
		return 0, 120, 1
	}
	return 0, 0, 0
}
