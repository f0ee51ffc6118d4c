package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A day is a calendar date; the zero day stands for an open end.
type day struct{ t time.Time }

func (d day) open() bool { return d.t.IsZero() }

// String returns the ISO date, or "" for an open end.
func (d day) String() string {
	if d.open() {
		return ""
	}
	return d.t.Format("2006-01-02")
}

func (d day) add(n int) day { return day{d.t.AddDate(0, 0, n)} }

// parseDay reads a dictionary date: YYYYMMDD, or YYMMDD where years 00 to 30
// are 2000 to 2030 and the others 1931 to 1999 (the rule of KEDS, TABARI and
// PETRARCH's dstr_to_ordate). As there, a string of up to seven characters
// is YYMMDD, a longer one YYYYMMDD; unlike there, characters beyond the date
// are an error, and so is a day the month does not have.
func parseDay(s string) (day, error) {
	var y, m, d int
	var err error
	num := func(a string) int {
		if err != nil {
			return 0
		}
		var v int
		v, err = strconv.Atoi(a)
		return v
	}
	switch len(s) {
	case 6:
		y, m, d = num(s[:2]), num(s[2:4]), num(s[4:6])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	case 8:
		y, m, d = num(s[:4]), num(s[4:6]), num(s[6:8])
	default:
		return day{}, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
	}
	if err != nil || strings.ContainsAny(s, "+-") {
		return day{}, fmt.Errorf("date %q: not a number", s)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return day{}, fmt.Errorf("date %q: no such day", s)
	}
	return day{t}, nil
}

// A span is a closed range of days; an open end is the zero day.
type span struct{ from, to day }

// parseSpan reads a restriction's dates: "D1-D2" (both days included),
// "<D" (up to and including D), ">D" (from D on).
func parseSpan(s string) (span, error) {
	switch {
	case strings.HasPrefix(s, "<"):
		d, err := parseDay(s[1:])
		return span{to: d}, err
	case strings.HasPrefix(s, ">"):
		d, err := parseDay(s[1:])
		return span{from: d}, err
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return span{}, fmt.Errorf("dates %q: want D-D, <D or >D", s)
	}
	from, err := parseDay(a)
	if err != nil {
		return span{}, err
	}
	to, err := parseDay(b)
	if err != nil {
		return span{}, err
	}
	if to.t.Before(from.t) {
		return span{}, fmt.Errorf("dates %q: ends before it starts", s)
	}
	return span{from, to}, nil
}

// before reports whether a starts before b (an open start is earliest).
func startsBefore(a, b day) bool {
	if a.open() || b.open() {
		return a.open() && !b.open()
	}
	return a.t.Before(b.t)
}

// endsAfter reports whether end a is later than end b (an open end is latest).
func endsAfter(a, b day) bool {
	if a.open() || b.open() {
		return a.open() && !b.open()
	}
	return a.t.After(b.t)
}

// complement returns the spans of time that none of ss covers, in order.
func complement(ss []span) []span {
	if len(ss) == 0 {
		return []span{{}}
	}
	u := union(ss)
	var out []span
	if !u[0].from.open() {
		out = append(out, span{to: u[0].from.add(-1)})
	}
	for i := 0; i+1 < len(u); i++ {
		out = append(out, span{from: u[i].to.add(1), to: u[i+1].from.add(-1)})
	}
	if last := u[len(u)-1]; !last.to.open() {
		out = append(out, span{from: last.to.add(1)})
	}
	return out
}

// union merges spans that overlap or touch (one ends the day before the
// other starts) and returns them in order.
func union(ss []span) []span {
	s := append([]span(nil), ss...)
	sortSpans(s)
	var out []span
	for _, x := range s {
		if n := len(out); n > 0 && touches(out[n-1], x) {
			if endsAfter(x.to, out[n-1].to) {
				out[n-1].to = x.to
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// touches reports whether b, starting no earlier than a, overlaps a or
// starts the day after a ends.
func touches(a, b span) bool {
	return a.to.open() || b.from.open() || !b.from.t.After(a.to.add(1).t)
}

func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (startsBefore(s[j].from, s[j-1].from) || s[j].from == s[j-1].from && endsAfter(s[j-1].to, s[j].to)); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
