package timex

import (
	"fmt"
	"strconv"
	"time"
)

// weekOfMonthAt: in news, "the last week of March", "the first week of
// June 2009", "the second week of October": a week of the month, which
// news annotation writes as an ISO week (2009-W13). The order word is an
// ordinal or a word of timewords.tsv of kind partorder (-1: the last); a
// week belongs to the month when four of its days (Monday first) lie in it,
// so the first week is the first such week and the last the last one.
// Without a year, the month takes the year of the reference time (news:
// the nearest to the document's date, by the sentence's tense). Not in
// narrative, whose annotation writes the same words as a week's duration
// (P1W): there the words give no date.
func (p *tparser) weekOfMonthAt(i int) (point, bool) {
	if p.low(i) != "the" || p.low(i+2) != "week" || p.low(i+3) != "of" || !p.doc.news() {
		return point{}, false
	}
	ord := 0
	if w, ok := p.number(i + 1); ok && w.Kind == "ordinal" {
		ord = int(w.Value)
	} else if w, ok := p.timeWord(i + 1); ok && w.kind == "partorder" {
		ord, _ = strconv.Atoi(w.value)
	}
	if ord == 0 || ord > 5 {
		return point{}, false
	}
	m, mn := p.monthAt(i + 4)
	if mn == 0 {
		return point{}, false
	}
	pt := point{d: tdate{0, m, 0}, n: 4 + mn, strong: true, rule: "week-of-month"}
	if y, yn := p.yearAfter(i + 4 + mn); yn > 0 {
		pt.d.y, pt.n = y, pt.n+yn
	} else if p.resolveYear(&pt); pt.d.y == 0 {
		return point{}, false
	}
	mon, ok := weekOfMonth(pt.d.y, m, ord)
	if !ok {
		return point{}, false
	}
	y, w := mon.ISOWeek()
	pt.val = fmt.Sprintf("%04d-W%02d", y, w)
	return pt, true
}

// weekOfMonth is the Monday of week ord (1..5, or -1 for the last) of
// month m of year y: of the weeks with four days or more in the month.
func weekOfMonth(y, m, ord int) (time.Time, bool) {
	iso := func(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 } // Monday 1 .. Sunday 7
	if ord < 0 {
		last := time.Date(y, time.Month(m+1), 0, 0, 0, 0, 0, time.UTC)
		mon := last.AddDate(0, 0, 1-iso(last))
		if iso(last) < 4 {
			mon = mon.AddDate(0, 0, -7)
		}
		return mon, true
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	mon := first.AddDate(0, 0, 1-iso(first))
	if iso(first) > 4 {
		mon = mon.AddDate(0, 0, 7)
	}
	mon = mon.AddDate(0, 0, 7*(ord-1))
	if int(mon.AddDate(0, 0, 3).Month()) != m {
		return time.Time{}, false // no fifth week in the month
	}
	return mon, true
}
