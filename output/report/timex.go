package report

import (
	"math"
	"strconv"
	"strings"
)

// period is the stretch of time a timex value names, in fractional years:
// [from, to). span is true for values that name a stretch (an interval, a
// decade, a century) rather than one date.
type period struct {
	from, to float64
	span     bool
}

// parsePeriod reads a timex value: 1954, 1965-01, 2022-08-20, 196X, 18XX,
// 1916-SP (a season), 2003-Q2, 2001-W37, 1983/1990, and a date with a
// time (2001-09-11T08:46). It reports false for what it cannot place on
// a line of years (XXXX-04, PRESENT_REF, an interval that ends before it
// starts).
func parsePeriod(v string) (period, bool) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		p, ok1 := parsePoint(a)
		q, ok2 := parsePoint(b)
		if !ok1 || !ok2 || q.to <= p.from {
			return period{}, false
		}
		return period{from: p.from, to: q.to, span: true}, true
	}
	return parsePoint(v)
}

// parsePoint reads one side of an interval.
func parsePoint(v string) (period, bool) {
	v, _, _ = strings.Cut(v, "T")
	if len(v) < 4 {
		return period{}, false
	}
	head, rest := v[:4], v[4:]
	switch {
	case isDigits(head[:2]) && head[2:] == "XX" && rest == "":
		c, _ := strconv.Atoi(head[:2])
		return period{from: float64(c * 100), to: float64(c*100 + 100), span: true}, true
	case isDigits(head[:3]) && head[3] == 'X' && rest == "":
		d, _ := strconv.Atoi(head[:3])
		return period{from: float64(d * 10), to: float64(d*10 + 10), span: true}, true
	case !isDigits(head):
		return period{}, false
	}
	y, _ := strconv.Atoi(head)
	year := float64(y)
	if rest == "" {
		return period{from: year, to: year + 1}, true
	}
	if rest[0] != '-' {
		return period{}, false
	}
	parts := strings.Split(rest[1:], "-")
	p := parts[0]
	switch {
	case len(p) == 2 && isDigits(p):
		m, _ := strconv.Atoi(p)
		if m < 1 || m > 12 {
			return period{}, false
		}
		from := year + float64(m-1)/12
		if len(parts) == 1 {
			return period{from: from, to: from + 1.0/12}, true
		}
		d, err := strconv.Atoi(parts[1])
		if err != nil || d < 1 || d > 31 || len(parts) > 2 {
			return period{}, false
		}
		from += float64(d-1) / (12 * 31)
		return period{from: from, to: from + 1.0/(12*31)}, true
	case len(parts) > 1:
		return period{}, false
	case seasonStart(p) >= 0:
		start := float64(seasonStart(p))
		return period{from: year + start/12, to: year + (start+3)/12}, true
	case len(p) == 2 && (p[0] == 'Q' || p[0] == 'H') && isDigits(p[1:]):
		n, _ := strconv.Atoi(p[1:])
		parts := 4
		if p[0] == 'H' {
			parts = 2
		}
		if n < 1 || n > parts {
			return period{}, false
		}
		return period{from: year + float64(n-1)/float64(parts), to: year + float64(n)/float64(parts)}, true
	case len(p) == 3 && p[0] == 'W' && isDigits(p[1:]):
		w, _ := strconv.Atoi(p[1:])
		if w < 1 || w > 53 {
			return period{}, false
		}
		return period{from: year + float64(w-1)/53, to: year + float64(w)/53}, true
	}
	return period{}, false
}

// yearOf is the calendar year a fractional year falls in.
func yearOf(y float64) int { return int(math.Floor(y)) }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// seasonStart is the month (0-based) a TIMEX3 season code starts in, or -1.
func seasonStart(code string) int {
	switch code {
	case "SP":
		return 2
	case "SU":
		return 5
	case "FA", "AU":
		return 8
	case "WI":
		return 11
	}
	return -1
}
