package extract

import (
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/timex"
	"github.com/stratex/stratex/models"
)

// EventDate is an event's date and where it came from.
type EventDate struct {
	Value string // a timex value, "" when undated
	From  string // models.DateFromSentence, DateFromContext or DateFromDCT; "" when undated
}

// DateEvents gives every event its date: its own (the coder's, from its
// sentence), else one from its context when its sentence names no date.
// The events are not changed (an event.Span's Date is its sentence's). The
// rules, by kind of document:
//
//   - An event the coder dated from its own sentence keeps that date
//     (sentence); one whose sentence has dates the coder did not give it
//     stays undated: the sentence's dates belong to other events.
//   - News and narrative: the reference time of the event's paragraph
//     (the last date of the paragraph before its sentence), else the date
//     of the heading over its section when that is a single date (a span
//     of years names the section's period, not an event's day): context;
//     in news, else the document's date (dct).
//   - Scholarly text, whose argument moves between periods from one
//     sentence to the next: only an event that continues an event of the
//     sentence just before it in the same paragraph (the two share at
//     least two actors: the same pair), in a sentence that does not open a
//     new point ("Further, ...": timex's Context.Shift), takes that
//     event's date; else the heading's single date when the paragraph has
//     set none (context). Never the document's date.
//
// A citation year is never a context (timex leaves it out of Context),
// and no context crosses a paragraph break but a heading's.
func DateEvents(evs []event.Span, ctxs []timex.Context, kind timex.Kind, dct *DCT, xs []timex.Span) []EventDate {
	out := make([]EventDate, len(evs))
	dated := map[int]bool{} // sentences with a date of their own
	for _, x := range xs {
		if !x.Citation {
			dated[x.Sent] = true
		}
	}
	for i := range evs {
		e := &evs[i]
		d := &out[i]
		switch {
		case e.Date != "":
			*d = EventDate{e.Date, models.DateFromSentence}
			continue
		case dated[e.Sent] || e.Sent >= len(ctxs):
			continue
		}
		c := ctxs[e.Sent]
		heading := ""
		if c.HeadSent >= 0 && timex.SingleDate(c.Heading) {
			heading = c.Heading
		}
		switch kind {
		case timex.Scholarly:
			if v := continued(evs, i, c); v != "" {
				*d = EventDate{v, models.DateFromContext}
			} else if c.ParaSent < 0 && heading != "" {
				*d = EventDate{heading, models.DateFromContext}
			}
		default:
			switch {
			case c.ParaSent >= 0:
				*d = EventDate{c.Para, models.DateFromContext}
			case heading != "":
				*d = EventDate{heading, models.DateFromContext}
			case kind == timex.News && dct != nil:
				*d = EventDate{dct.Value, models.DateFromDCT}
			}
		}
	}
	return out
}

// continued is the date of a dated event of the sentence just before
// evs[i]'s, in its paragraph, that shares at least two actors with it;
// "" for none.
func continued(evs []event.Span, i int, c timex.Context) string {
	e := evs[i]
	if c.ParaSent != e.Sent-1 || c.Shift {
		return ""
	}
	for k := i - 1; k >= 0 && evs[k].Sent >= e.Sent-1; k-- {
		p := evs[k]
		if p.Sent != e.Sent-1 || p.Date == "" {
			continue
		}
		if shared(actorsOf(p), actorsOf(e)) >= 2 {
			return p.Date
		}
	}
	return ""
}

func actorsOf(e event.Span) []string {
	return append(append([]string(nil), e.Source...), e.Target...)
}

// shared counts the distinct actors two lists have in common.
func shared(a, b []string) int {
	n := 0
	seen := map[string]bool{}
	for _, x := range a {
		if seen[x] {
			continue
		}
		seen[x] = true
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}
