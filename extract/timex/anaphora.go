package timex

import (
	"fmt"
	"strconv"

	"github.com/stratex/stratex/extract/english"
)

// This file reads the expressions whose value depends on the reference
// time (reference): anaphoric ones ("the following year", "that month",
// "later that year", "the same day"), seasons ("the spring of 1916",
// "that winter"), and the modifiers of a period ("early 1914", "mid-1942",
// "the end of April") with the period they qualify.

// seasonMonth is the month a season starts in (winter: December of its
// year, as TIMEX writes 1915-WI for the winter of 1915-16).
func seasonMonth(s string) int {
	switch s {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	return 0
}

// modAt reads what qualifies a period before it: a modifier word
// ("early 1914", "mid-1942", "late in 1917", "pre-1947", "the early
// 1950s") or a period noun with "the ... of" ("the end of 1965", "the
// beginning of April"); their value in timewords.tsv is TIMEX's mod. It
// returns the mod and the tokens it takes.
func (p *tparser) modAt(i int) (string, int) {
	j := i
	the := p.low(j) == "the"
	if the {
		j++
	}
	w, ok := p.timeWord(j)
	if !ok || w.kind != "modifier" && w.kind != "period" {
		return "", 0
	}
	j++
	if w.kind == "period" {
		if !the || p.low(j) != "of" {
			return "", 0
		}
		return w.value, j + 1 - i
	}
	switch {
	case p.isSym(j, "-") && !p.tok(j).Space:
		j++ // "mid-1942", "pre-1947"
	case p.low(j) == "in" && !the:
		j++ // "early in 1914"
	}
	return w.value, j - i
}

// modifiedAt reads a period after its modifier: "early 1914" (1914, mod
// START), "mid-1942", "late April", "the end of 1965", "the early 1950s",
// and with the reference time's period "late in the year", "the end of
// the month".
func (p *tparser) modifiedAt(i int, partial bool) (point, bool) {
	mod, m := p.modAt(i)
	if m == 0 {
		return point{}, false
	}
	if _, m2 := p.modAt(i + m); m2 > 0 {
		return point{}, false // modifiers do not stack ("early early 1914"), and reading them so would cost time
	}
	inner, ok := p.pointAt(i+m, partial)
	if !ok && p.low(i+m) == "the" {
		if w, isUnit := p.timeWord(i + m + 1); isUnit && w.kind == "unit" {
			if r, how := p.reference(); how != "" {
				inner, ok = p.unitFrom(point{strong: true, n: 2, anchor: how, rule: "anaphora"}, r, w.value, 0)
			}
		}
	}
	if !ok || inner.interval || inner.citation || inner.mod != "" {
		return point{}, false
	}
	inner.mod, inner.n, inner.strong = mod, inner.n+m, true
	return inner, true
}

// seasonAt reads a season: with its year ("the spring of 1916", "summer
// 1918", "the winter of 1915-16"), before another season that has one
// ("summer and autumn 1918"), or with a word before it that makes it a
// time ("in the spring", "that winter", "the Spring offensive"), when it
// takes the reference time's year. "fall" is a season only with a year
// or a demonstrative ("this fall"), never as "the fall of" a place. In a
// paper, a season with no year, article or demonstrative is generic
// ("warmer in spring"): no date.
func (p *tparser) seasonAt(i int) (point, bool) {
	j := i
	if p.low(j) == "the" {
		j++
	}
	w, ok := p.timeWord(j)
	if !ok || w.kind != "season" {
		return point{}, false
	}
	pt := point{season: w.value, strong: true, rule: "season"}
	k := j + 1
	of := p.low(k) == "of"
	if of {
		k++
	}
	if y, yn, suf := p.yearAt(k, false); yn > 0 && suf == "" {
		pt.d.y, pt.n = y, k+yn-i
		// "the winter of 1915-16", "1916–17": the season of the first year
		if p.isSym(k+yn, "-–") && !p.tok(k+yn).Space {
			if t := p.tok(k + yn + 1); t != nil && !t.Space && t.Kind == english.Num && len(t.Text) == 2 {
				pt.n += 2
			}
		}
		return pt, true
	}
	if of {
		return point{}, false // "the summer of discontent", "the fall of Saigon"
	}
	// "summer and autumn 1918", "the spring and summer of 1979": the
	// year the second season gives
	if c := p.low(k); c == "and" || c == "or" || c == "to" || c == "-" || c == "–" {
		if w2, ok := p.timeWord(k + 1); ok && w2.kind == "season" {
			y0 := k + 2
			if p.low(y0) == "of" {
				y0++
			}
			if y, yn, suf := p.yearAt(y0, false); yn > 0 && suf == "" {
				pt.d.y, pt.n = y, j+1-i
				return pt, true
			}
		}
	}
	// Without a year: a word before it must make it a time.
	prev := p.low(i - 1)
	if j == i && !p.v.monthCues[prev] && !p.v.seasonCues[prev] {
		return point{}, false
	}
	if p.v.verbSeasons[p.low(j)] && !p.v.seasonCues[prev] {
		return point{}, false
	}
	if t := p.tok(j); j == i && english.StartsUpper(t.Text) && i > 0 && !p.v.seasonCues[prev] && !p.v.monthCues[prev] {
		return point{}, false // "Arab Spring", "Prague Spring"
	}
	if j == i && p.doc.Kind == Scholarly && !p.v.anaphoraFirst[prev] {
		return point{}, false // a paper's "warmer in spring": any spring, no date
	}
	pt.n, pt.noYear = j+1-i, true
	return pt, true
}

// anaphoraAt reads an expression that names a time from the reference
// time: a word of anaphora.tsv ("the following", "that", "later that")
// and a unit, a season, a month or a weekday ("the following year", "that
// month", "the same day", "that winter", "the following March"). In news,
// "this" and "next" are the document's (relativeAt).
func (p *tparser) anaphoraAt(i int) (point, bool) {
	a, n := p.anaphorWordAt(i)
	if n == 0 {
		return point{}, false
	}
	if p.bc > 0 {
		// after a year before the common era: "the following year" only
		if w, ok := p.timeWord(i + n); ok && w.kind == "unit" && w.value == "year" && p.low(i+n) == "year" {
			if v := p.bcFrom(a.offset); v != "" {
				return point{strong: true, n: n + 1, anchor: AnchorNarrative, mod: a.mod, speech: a.speech, val: v, rule: "anaphora"}, true
			}
		}
		return point{}, false
	}
	r, how := p.reference()
	if how == "" {
		return point{}, false
	}
	j := i + n
	pt := point{strong: true, n: n + 1, anchor: how, mod: a.mod, speech: a.speech, rule: "anaphora"}
	if w, ok := p.timeWord(j); ok {
		// A capitalized unit or season after a lower-case anaphor starts
		// a heading or a table's column, not a time: "it is likely that
		// Year Race type", "see the next Quarter column".
		if (w.kind == "unit" || w.kind == "season") && p.capitalized(j) && !p.capitalized(j-1) {
			return point{}, false
		}
		switch w.kind {
		case "unit":
			if p.low(j) != w.value {
				return point{}, false // "the following days": a stretch, not a date
			}
			return p.unitFrom(pt, r, w.value, a.offset)
		case "season":
			pt.season = w.value
			if r.y == 0 {
				return point{}, false
			}
			pt.d.y = yearOfNext(r, seasonMonth(w.value), a.offset)
			return pt, true
		case "weekday":
			if r.d == 0 {
				return point{}, false
			}
			wd, _ := strconv.Atoi(w.value)
			t := r.time()
			cur := int(t.Weekday())
			if cur == 0 {
				cur = 7
			}
			switch {
			case a.offset > 0:
				t = t.AddDate(0, 0, (wd-cur+6)%7+1)
			case a.offset < 0:
				t = t.AddDate(0, 0, -((cur-wd+6)%7 + 1))
			default:
				t = t.AddDate(0, 0, wd-cur)
			}
			pt.d = fromTime(t)
			return pt, true
		}
	}
	if m, mn := p.monthAt(j); mn > 0 && r.y > 0 && english.StartsUpper(p.toks[j].Text) {
		// "the following March": the first March after the reference time;
		// not "that may" nor "the following march": a verb, a noun
		pt.d, pt.n = tdate{yearOfNext(r, m, a.offset), m, 0}, n+mn
		return pt, true
	}
	return point{}, false
}

// unitAfterWordAt reads a unit and a word of timewords.tsv of kind
// postunit after it, ending its clause: "the year previous", "the day
// before", "the month earlier", "the day after": the unit that many units
// from the reference time's. "the year before the war" counts from an
// event the text names, not from its time: a word after it is no end of a
// clause.
func (p *tparser) unitAfterWordAt(i int) (point, bool) {
	if p.low(i) != "the" {
		return point{}, false
	}
	w, ok := p.timeWord(i + 1)
	if !ok || w.kind != "unit" || p.low(i+1) != w.value {
		return point{}, false
	}
	a, ok := p.timeWord(i + 2)
	if !ok || a.kind != "postunit" {
		if w.value == "year" {
			return p.theYearAt(i) // "the year 410"
		}
		return point{}, false
	}
	if nx := p.tok(i + 3); nx != nil && nx.Kind != english.Sym {
		return point{}, false
	}
	r, how := p.reference()
	if how == "" {
		return point{}, false
	}
	off, _ := strconv.Atoi(a.value)
	return p.unitFrom(point{strong: true, n: 3, anchor: how, rule: "anaphora-after"}, r, w.value, off)
}

// yearOfNext is the year of month m (a season's first month) that comes
// offset times after the reference time r: +1 the first after it ("the
// following March"), -1 the last before it, 0 r's own.
func yearOfNext(r tdate, m, offset int) int {
	switch {
	case offset > 0 && (r.m == 0 || m <= r.m):
		return r.y + 1
	case offset < 0 && (r.m == 0 || m >= r.m):
		return r.y - 1
	}
	return r.y
}

// unitFrom is the period of a unit ("year", "month", "day", "week",
// "quarter", "decade") offset units from the reference time r; it needs r
// known to that unit.
func (p *tparser) unitFrom(pt point, r tdate, unit string, off int) (point, bool) {
	switch unit {
	case "year":
		if r.y == 0 {
			return point{}, false
		}
		pt.d = tdate{r.y + off, 0, 0}
	case "month":
		if r.m == 0 {
			return point{}, false
		}
		pt.d = fromTime(r.time().AddDate(0, off, 0))
		pt.d.d = 0
	case "day":
		if r.d == 0 {
			return point{}, false
		}
		pt.d = fromTime(r.time().AddDate(0, 0, off))
	case "week":
		if r.d == 0 {
			return point{}, false
		}
		y, w := r.time().AddDate(0, 0, 7*off).ISOWeek()
		pt.d, pt.val = tdate{y, 0, 0}, fmt.Sprintf("%04d-W%02d", y, w)
	case "quarter":
		if r.m == 0 {
			return point{}, false
		}
		t := r.time().AddDate(0, 3*off, 0)
		pt.d, pt.val = tdate{t.Year(), 0, 0}, fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case "decade":
		if r.y == 0 {
			return point{}, false
		}
		pt.decade = r.y/10 + off
	default:
		return point{}, false
	}
	return pt, true
}

// anaphor is a word of anaphora.tsv: the offset in units from the
// reference time, and the mod it gives ("late in the year").
type anaphor struct {
	offset int
	mod    string
	speech bool // deictic in news ("this", "next"): in narrative, it is reported speech
}

// anaphorWordAt matches the longest form of anaphora.tsv at toks[i]: in
// news, not the forms that are deictic there ("this", "next").
func (p *tparser) anaphorWordAt(i int) (anaphor, int) {
	if !p.fact(i).anaFirst {
		return anaphor{}, 0
	}
	for n := min(p.v.maxAnaphor, len(p.toks)-i); n >= 1; n-- {
		key := p.joined(i, n)
		a, ok := p.v.anaphora[key]
		if !ok {
			continue
		}
		if a.narrative && p.doc.Kind == News {
			return anaphor{}, 0
		}
		a.anaphor.speech = a.narrative
		// "to this day", "to that day": until now, not a day
		if p.low(i-1) == "to" && n == 1 {
			return anaphor{}, 0
		}
		return a.anaphor, n
	}
	return anaphor{}, 0
}

// joined is the lower-case text of toks[i:i+n], tokens joined by a space
// where the text has one.
func (p *tparser) joined(i, n int) string {
	if n == 1 {
		return p.toks[i].Low
	}
	b := make([]byte, 0, 24)
	for k := 0; k < n; k++ {
		if k > 0 && p.toks[i+k].Space {
			b = append(b, ' ')
		}
		b = append(b, p.toks[i+k].Low...)
	}
	return string(b)
}

// decadeWordAt: "the forties", "the nineteen-sixties", "the Eighties"
// (decade words of timewords.tsv, whose value is the decade of the 1900s
// or the one they name; a century word before it gives the century).
func (p *tparser) decadeWordAt(i int) (point, bool) {
	j := i
	if p.low(j) == "the" {
		j++
	}
	dec := 0
	if w, ok := p.number(j); ok && w.Kind == "teen" && w.Value >= 11 || ok && w.Kind == "tens" && w.Value == 20 {
		k := j + 1
		if p.isSym(k, "-") {
			k++
		}
		if d, ok := p.timeWord(k); ok && d.kind == "decade" {
			v, _ := strconv.Atoi(d.value)
			dec, j = int(w.Value)*10+v%10, k
		}
	}
	if dec == 0 {
		d, ok := p.timeWord(j)
		if !ok || d.kind != "decade" || j == i && p.v.monthCues[p.low(i-1)] == false {
			return point{}, false
		}
		dec, _ = strconv.Atoi(d.value)
	}
	return point{decade: dec, n: j + 1 - i, strong: true, rule: "decade"}, dec > 0
}

// offsetFrom moves a reference time by n units, and gives the result at
// the finer of the two granularities the reference and the unit know: a
// year from a year, a month from a month or a day.
func offsetFrom(r tdate, n int, unit string) (tdate, bool) {
	t, g, ok := addUnits(r.time(), n, unit)
	if !ok || r.gran() < g {
		return tdate{}, false // "two days later" after a year: no day
	}
	d := fromTime(t)
	if g < 3 {
		d.d = 0
	}
	if g < 2 {
		d.m = 0
	}
	return d, true
}

// dayOfMonthAt reads "the 20th" after a day cue ("on the 20th", "until the
// 3rd"), with no month after it: a day of the reference time's month.
func (p *tparser) dayOfMonthAt(i int) (point, bool) {
	if p.low(i) != "the" {
		return point{}, false
	}
	d, n := p.dayAt(i)
	if n >= 3 && p.low(i+n) == "of" {
		// "the 5th of next month", "the 17th of that month": a day of
		// the month a relative or anaphoric expression names
		if pt, ok := p.monthOfAt(i + n + 1); ok && english.ISODate(leapIfUnknown(pt.d.y), pt.d.m, d) != "" {
			pt.d.d, pt.n, pt.rule = d, n+1+pt.n, "day-of-month"
			return pt, true
		}
	}
	if !p.v.dayCues[p.low(i-1)] {
		return point{}, false
	}
	if n < 3 || p.tok(i+1).Kind != english.Num || p.nextIsMonth(i+n) {
		return point{}, false // "the 20th" with its suffix, and no month after it
	}
	if nx := p.tok(i + n); nx != nil && nx.Kind == english.Alpha {
		if _, isTime := p.timeWord(i + n); isTime || english.StartsUpper(nx.Text) {
			return point{}, false // "the 20th century", "the 3rd Army"
		}
	}
	r, how := p.reference()
	if how == "" || r.m == 0 || english.ISODate(leapIfUnknown(r.y), r.m, d) == "" {
		return point{}, false
	}
	return point{d: tdate{r.y, r.m, d}, n: n, strong: true, anchor: how, rule: "day-of-month"}, true
}

// monthOfAt reads a month named from the reference time at toks[i]: "that
// month", "the following month" (anaphoraAt) or, in news, "this month",
// "next month", "last month" (relativeAt).
func (p *tparser) monthOfAt(i int) (point, bool) {
	if pt, ok := p.anaphoraAt(i); ok && pt.d.y > 0 && pt.d.m > 0 && pt.d.d == 0 && pt.season == "" && pt.mod == "" && pt.val == "" {
		return pt, true
	}
	if !p.doc.news() {
		return point{}, false
	}
	x, n := p.relativeAt(i)
	if n == 0 || x.Rule != "timex:relative-month" {
		return point{}, false
	}
	d := parseISO(x.Value)
	if d.y == 0 || d.m == 0 || d.d != 0 {
		return point{}, false
	}
	return point{d: d, n: n, strong: true, anchor: AnchorDCT}, true
}

// partOfDayAt reads a part of a day before its date: "the morning of 31
// January 1965", "the early morning hours of 30 April" (partofday words of
// timewords.tsv): a time, TIMEX's 1965-01-31TMO. An "early" or "late"
// before it is modifiedAt's.
func (p *tparser) partOfDayAt(i int) (point, bool) {
	j := i
	if p.low(j) != "the" {
		return point{}, false
	}
	j++
	if w, ok := p.timeWord(j); ok && w.kind == "modifier" {
		j++ // "the early morning"
	}
	w, ok := p.timeWord(j)
	if !ok || w.kind != "partofday" {
		return point{}, false
	}
	j++
	if p.low(j) == "hours" {
		j++
	}
	if p.low(j) != "of" {
		return point{}, false
	}
	if w, ok := p.timeWord(j + 2); ok && w.kind == "partofday" {
		return point{}, false // "the morning of the morning of": no date, and no time spent on it
	}
	inner, ok := p.pointAt(j+1, false)
	if !ok || inner.d.d == 0 || inner.interval || inner.part != "" {
		return point{}, false
	}
	inner.part, inner.n, inner.rule = w.value, j+1-i+inner.n, inner.rule+"+part"
	return inner, true
}

// leapIfUnknown is y, or a leap year when the year is not known (0): the
// day is checked against the month of that year ("the 29th of that month"
// after February 1949 is no date), and any day of the month may be meant
// when the year is open.
func leapIfUnknown(y int) int {
	if y == 0 {
		return 2000
	}
	return y
}
