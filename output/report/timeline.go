package report

// The timeline: one lane per PLOVER category, a mark per dated event (or,
// over the aggregation limit, per category and year), and the evidence each
// mark opens.

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

func (r *Run) buildTimeline(p *page, sentRef func(int) int) {
	tl := &p.Timeline
	tl.Width = tlWidth
	addEvent := func(ev *event) int {
		p.Data.Events = append(p.Data.Events, jsEv{S: sentRef(ev.sent), Sp: ev.span, Date: ev.date, From: ev.dateFrom, Type: ev.typ,
			Sub: ev.subtype, Src: nonNil(ev.source), Tgt: nonNil(ev.target), Trig: ev.trigger, Mode: ev.mode, Money: ev.money})
		return len(p.Data.Events) - 1
	}
	if !r.aggregated {
		for _, ev := range r.events {
			addEvent(ev)
		}
	}
	tl.Dated = r.eventTotal - r.undated - r.unplaced
	if tl.Dated == 0 {
		tl.Empty = true
		return
	}
	lo, hi := r.lo, r.hi
	step := tickStep(hi - lo)
	y0 := math.Floor(lo/float64(step)) * float64(step)
	y1 := math.Ceil(hi/float64(step)) * float64(step)
	if y1 <= y0 {
		y1 = y0 + float64(step)
	}
	plot := tlWidth - tlLeft - tlRight
	x := func(y float64) float64 { return tlLeft + (y-y0)/(y1-y0)*plot }

	// marks by lane
	type pending struct {
		m      mark
		x0, x1 float64
		n      int // events under the mark
	}
	lanes := map[string][]pending{}
	if !r.aggregated {
		for i, ev := range r.events {
			if !ev.placed {
				continue
			}
			m := mark{I: i, Cat: ev.typ, Colour: p.colourOf(ev.typ), Hollow: ev.mode != "", Doc: strconv.Itoa(ev.doc),
				Actors: " " + strings.Join(ev.actors(), " ") + " ", Title: eventTitle(ev)}
			x0, x1 := x(ev.at.from), x(ev.at.to)
			if ev.at.span {
				m.Span, m.X, m.W = true, x0, math.Max(x1-x0, 4)
				x1 = x0 + m.W
			} else {
				m.X, m.R = (x0+x1)/2, 3.5
				x0, x1 = m.X-m.R, m.X+m.R
			}
			lanes[ev.typ] = append(lanes[ev.typ], pending{m, x0, x1, 1})
		}
	} else {
		// years per mark: at most binsAcross marks across a lane
		width := 1
		for _, w := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000} {
			width = w
			if (y1-y0)/float64(w) <= binsAcross {
				break
			}
		}
		tl.BinYears = width
		type wide struct {
			typ   string
			start int
		}
		merged := map[wide]*bin{}
		for k, b := range r.bins {
			wk := wide{k.typ, int(math.Floor(float64(k.year)/float64(width))) * width}
			m := merged[wk]
			if m == nil {
				m = &bin{actors: map[string]bool{}}
				merged[wk] = m
			}
			m.n += b.n
			m.events = append(m.events, b.events...)
			for a := range b.actors {
				m.actors[a] = true
			}
		}
		keys := make([]wide, 0, len(merged))
		maxN := 1
		for k, b := range merged {
			keys = append(keys, k)
			maxN = max(maxN, b.n)
			sort.Ints(b.events) // file order
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].typ != keys[j].typ {
				return keys[i].typ < keys[j].typ
			}
			return keys[i].start < keys[j].start
		})
		// the evidence kept: MaxEvents events in all, binSample at most a mark
		sample := min(binSample, max(1, MaxEvents/len(keys)))
		offered := map[string]bool{}
		for _, o := range p.Actors {
			offered[o.Value] = true
		}
		for _, k := range keys {
			b := merged[k]
			var actors []string
			for a := range b.actors {
				if offered[a] {
					actors = append(actors, a)
				}
			}
			sort.Strings(actors)
			var evs []int
			for _, e := range b.events[:min(sample, len(b.events))] {
				evs = append(evs, addEvent(r.events[e]))
			}
			i := len(p.Data.Bins)
			p.Data.Bins = append(p.Data.Bins, evs)
			p.Data.BinN = append(p.Data.BinN, b.n)
			rad := 1.5 + 7*math.Sqrt(float64(b.n)/float64(maxN))
			when := strconv.Itoa(k.start)
			if width > 1 {
				when += "–" + strconv.Itoa(k.start+width-1)
			}
			m := mark{I: i, Cat: k.typ, Colour: p.colourOf(k.typ), X: x(float64(k.start) + float64(width)/2), R: rad,
				Actors: " " + strings.Join(actors, " ") + " ", Title: fmt.Sprintf("%s · %s · %s", when, k.typ, plural(b.n, "event"))}
			lanes[k.typ] = append(lanes[k.typ], pending{m, m.X - rad, m.X + rad, b.n})
		}
	}
	y := 8.0
	for _, c := range p.Categories {
		ms := lanes[c.Code]
		if len(ms) == 0 {
			continue
		}
		ln := lane{Code: c.Code, Colour: c.Colour, Y: y}
		for _, pm := range ms {
			ln.N += pm.n
		}
		if r.aggregated {
			ln.H = 2*8.5 + 6
			for _, pm := range ms {
				pm.m.Y = y + ln.H/2
				tl.Marks = append(tl.Marks, pm.m)
			}
		} else {
			// pack the marks into rows, each mark in the first row it fits
			sort.SliceStable(ms, func(i, j int) bool { return ms[i].x0 < ms[j].x0 })
			var ends []float64
			for _, pm := range ms {
				row := -1
				for k, e := range ends {
					if e+1.5 <= pm.x0 {
						row = k
						break
					}
				}
				if row < 0 && len(ends) < tlRows {
					row = len(ends)
					ends = append(ends, 0)
				}
				if row < 0 { // full: the row that frees first
					row = 0
					for k, e := range ends {
						if e < ends[row] {
							row = k
						}
					}
				}
				ends[row] = math.Max(ends[row], pm.x1)
				pm.m.Y = y + 7 + float64(row)*tlRow
				tl.Marks = append(tl.Marks, pm.m)
			}
			ln.H = float64(len(ends))*tlRow + 7
		}
		ln.LabelY = y + ln.H/2 + 4
		tl.Lanes = append(tl.Lanes, ln)
		y += ln.H + 4
	}
	tl.AxisY = y + 2
	tl.Height = y + tlAxis
	for yr := int(y0); yr <= int(y1); yr += step {
		tl.Ticks = append(tl.Ticks, tick{X: x(float64(yr)), Year: yr})
	}
	tl.Drawn = len(tl.Marks)
}

// tickStep is the years between two ticks of an axis spanning span years.
func tickStep(span float64) int {
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500} {
		if span/float64(s) <= 16 {
			return s
		}
	}
	return 1000
}

func eventTitle(ev *event) string {
	var b strings.Builder
	b.WriteString(ev.date + " · " + ev.typ)
	if ev.subtype != "" {
		b.WriteString(" (" + ev.subtype + ")")
	}
	b.WriteString(parties(ev))
	if ev.mode != "" {
		b.WriteString(" · " + ev.mode)
	}
	return b.String()
}

// parties writes who acts on whom: " · USA → PAK", or " · RUS, CHN" for
// actors who act together.
func parties(ev *event) string {
	switch {
	case len(ev.target) > 0:
		return " · " + strings.Join(ev.source, "+") + " → " + strings.Join(ev.target, "+")
	case len(ev.source) > 0:
		return " · " + strings.Join(ev.source, ", ")
	}
	return ""
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
