package extract

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/timex"
	"github.com/stratex/stratex/extract/vocab"
	"github.com/stratex/stratex/models"
)

// EventDate is an event's date and where it came from.
type EventDate struct {
	Value string // a timex value, "" when undated
	From  string // models.DateFromSentence, DateFromContext or DateFromDCT; "" when undated
	// Onset: the date is the start of an act that runs from it, a
	// since-date ("has imposed sanctions on Cuba since 1991": 1991), not
	// the whole act's time
	Onset bool
}

// DateEvents gives every event its date: its own (the coder's, from its
// sentence), else one from its context when its sentence names no date.
// The events are not changed (an event.Span's Date is its sentence's). The
// rules, by kind of document:
//
//   - An event the coder dated from its own sentence keeps that date
//     (sentence), or the span from it to the date it is joined to by "and"
//     ("in late 1877 and early 1878": 1877/1878); one whose sentence has
//     dates the coder did not give it stays undated: the sentence's dates
//     belong to other events.
//   - News and narrative: the reference time of the event's paragraph
//     (the last date of the paragraph before its sentence), else the date
//     of the heading over its section when that is a single date (a span
//     of years names the section's period, not an event's day): context;
//     in news, else the document's date (dct).
//     A narrative's paragraph that sets no date of its own goes on from
//     the last date of the paragraph just before it, in its section, when
//     that date lies within the heading's ("1979: the invasion" ... "On 27 December 1979, troops
//     occupied Kabul." / "That operation began at 19:00, when ..."): the
//     heading names the section's period, the story its day.
//   - Scholarly text, whose argument moves between periods from one
//     sentence to the next: only an event that continues the sentence
//     just before it in the same paragraph, in a sentence that does not
//     open a new point ("Further, ...": timex's Context.Shift), takes a
//     date from it: that of an event of that sentence with the same pair
//     of actors (the two share at least two), or, when that sentence
//     reports no event, the date it ends on if it names the pair ("In
//     June 1961, Jakarta remarked on the Dutch build-up in New Guinea ...
//     Both Indonesia and the Netherlands agreed to talks"); else, when that sentence
//     dated an act of its own and the event is an asserted act told in the
//     past in -ed (narrated: the paper tells a story there, "In March 1999
//     NATO began bombing Serbia. Russia condemned the campaign"), the
//     paragraph's date, its month when that is a day, the day of that
//     sentence's own act ("On 2 August 1990 Iraq invaded Kuwait. The Soviet
//     Union condemned the invasion": 1990-08); an argument ("Russia threatens its neighbours",
//     "has attacked", "may blockade") takes none; else the heading's single
//     date when the paragraph has set none (context). Never the document's
//     date.
//
// A date inside a clause opened after a comma by a relative word or a word
// of cause, concession or contrast (timex's Context.Own: "the league, which
// was formed in 1922, attacked the town") is that clause's: an event
// outside the clause takes no date from it, and an event inside it takes
// its date, not the main clause's ("Egypt, which would sign a peace treaty
// with Israel in 1979, attacked Israel in 1973": the signing is of 1979).
// An event inside a dated clause
// that opens the sentence with "Although", "Though" or "Whereas" (timex's
// Context.Opening) takes no date from the main clause ("Although a treaty
// was signed ... on the withdrawal of Romanian forces ..., on March 27,
// 1918 Romania attached Bessarabia").
//
// A date that opens a clause joined after the trigger's by "and" or "but"
// and a setting cue, before that clause's subject (timex's
// Context.Conjunct: "Austria sent a note suggesting a meeting and on 15
// September Germany made a peace offer") is that clause's: an event told
// before it takes the sentence's last date before its trigger, else the
// time the text set before the sentence, as an event whose sentence names
// no date ("The German army crossed into Belgium, and on 4 August Britain
// declared war": the crossing keeps the date carried to it). So is a date
// that ends a clause joined after a comma by "and" or "but" with a subject
// and a verb of its own (", and the two states signed a new arms agreement
// in 1968": the resupply told before it is not of 1968); an event told
// before it that takes the time set before takes only what that time and
// the later date share, the month or the year (between: "The Russians
// evacuated Moscow, and the French occupied it on 14 September" after 7
// September: September).
//
// A date that an auxiliary before it puts ahead of the time its sentence
// tells (timex's Context.Ahead: "He announced that the troops would leave
// by March"; "may stay in Hanko until the end of 1941") dates only what that
// clause says will come: an event outside the clause, or a pledge of the
// act to come, takes its date as an event whose sentence names none
// would; and such a date sets no time for the sentences after. A "would"
// that governs no date of its own ("The treaty that would end the war was
// signed in July 1953") or tells a history's future in the past ("Germany
// would invade Belgium on 4 August 1914") puts no date ahead.
//
// A date that labels a noun after the event's trigger, outside a
// setting phrase ("the failure of the Spring Offensive", "and the 1969
// affair": timex's Context.Labels), is the time of the thing it names: an
// event told before it takes no date from it and stays undated.
//
// A date that labels another event after a count of time and a day cue
// ("dispatched two frigates four months before the July Turkish
// intervention": timex's Context.Counted) is that event's: a trigger
// outside its noun phrase takes the sentence's last date before it, else
// none.
//
// An event its sentence tells in the past perfect ("had rejected", "had
// quietly provided") takes no date from its context: it lies before the
// time the text has set (timex's Context.Earlier). Nor does an event take
// the date of a past perfect it is not part of ("which it had lost in
// 1704"): it stays undated, its sentence's date being another act's.
//
// In news and narrative, a sentence that opens with a setting cue and a
// name the paragraph dated in brackets ("the Gallipoli (1915) campaign ...
// In Gallipoli, Turkey repelled the landings") takes that name's date
// before the paragraph's (timex's Context.Named).
//
// A time the story names by its own course, not by the calendar ("at the
// end of the war", "for the duration of the conflict", "throughout the
// war": timex's Context.Course) is not the one the text has set: an event
// told in the clause that names it takes no date from its context (in
// news, the document's date still holds; "German forces in East Africa
// fought a guerilla campaign for the duration of World War I": not of the
// paragraph's 10 August 1914), though a pledge before an infinitive or an
// auxiliary that governs the phrase does ("Britain promised to supply
// Russia until the end of the war"). A sentence that opens with such a time
// moves its paragraph to a time the text does not name (Context.Moved):
// it and the sentences after it take no date from the paragraph, from the
// paragraph before or from the heading until a date sets the time again
// ("Only at the end of the conflict were the Entente powers able to break
// through ... days later, they defeated British and Greek forces at
// Doiran": not of the paragraph's 1916 date); in news, the document's date
// still holds. Neither holds when the date the paragraph set lies in the
// last year the document names and the text shows the story has reached
// the war's end there (ending: the paragraph told the end in that year;
// a span of years alone is no end): the phrase names the time
// it stands at ("In 1918 Germany signed the armistice. At the end of the
// war, France occupied the Rhineland": of 1918). A text that names only
// the year its war began keeps the stop ("In 1914 Germany attacked
// Belgium ... At the end of the war, Britain took German colonies": no
// date).
//
// A date after "since" that starts no comparison (timex's Context.Since)
// starts a state that holds up to the time the clause tells. It dates
// only an act that runs from it (Onsets: a subtype or an aspect of
// durative.tsv), asserted, whose clause counts no acts: the date is the
// act's onset ("Since 1991 the United States has imposed sanctions on
// Cuba": 1991; "Iran had been shelling PEJAK positions since August 16":
// that day). Any other event takes no date, neither that one nor another
// ("Brazil has not fought an interstate war since 1870"; "Since 2006
// Pyongyang has tested six devices"; "Since 1979, Washington has given
// Egypt military aid").
//
// A date before a noun of a report, study or interview ("A 2005 report
// found that Egypt had armed the rebels"; "In a 1998 interview, Mubarak
// recalled that ...": durative.tsv report) is the telling's: an event told
// after a word that opens what the report tells (tells: "that") takes no
// date, neither that one nor one from its context; the telling's own act
// keeps it ("In a 2004 interview, the Syrian president accused Israel").
//
// A sentence that opens with a count of days or weeks and a word that
// counts from the act the opening tells, up to its first comma ("A day
// after Israel declared its independence on 14 May 1948, Egypt ... invaded
// Israel": durative.tsv unit and from), dates an act after that comma the
// count away from the opening's day (15 May); the act counted from keeps
// its own (countedFrom).
//
// A count of days or weeks from a month the text set dates the act as
// timex read the count: in the month where three in four of that month's
// days land (timex's "1992-05-XX": "In May 1992 ... A week later"), else in
// the year ("1992-XX-XX": "Ten days later"); calendar reads both. An event
// of a later sentence that takes such a count as its context takes only
// its year: the story may have left the month.
//
// A citation year is never a context (timex leaves it out of Context),
// nor is a date that names a time apart from the story's ("the first
// incursion since 1995", "the 1978 treaty": timex's aside),
// and no context crosses a paragraph break but a heading's (and, in a
// narrative, its section's date within it).
//
// A word before an event's trigger, in a sentence that names no date,
// that puts what it tells after the time the text has set (timex's
// Context.Sequels) cuts the date it takes from its context: to its month
// after a count of days ("On 4 May 1936 he sailed from Djibouti ... Two
// days after his arrival in Jerusalem, he sent a telegram": 1936-05), to
// its year after a count of weeks, months or years after an event or an
// adverb alone ("On 12 March 1921 Polish troops captured Vilnius. Later,
// France recognized the border": 1921), none after a count of decades. A
// count with its number moves the date first (moved): "In 1904 Japan
// attacked Russia. Eighteen months later Russia signed a treaty" falls in
// 1905 or 1906, so undated; "Within two years" of 1700 undated; "Ten days
// after the conference" of 25 November 1918 is 1918-12; a count from a
// decade the text set ("In the 1950s ... Two years later") undated.
//
// An event's date is a calendar date (a day, a month, a year, a span of
// them, a decade): a season dates it by its year ("in the spring of 1979":
// 1979), a time of day by its day ("the morning of 28 December": that
// day).
//
// toks gives the tokens of a sentence (an event's Sent) and on the acts
// that run from a since-date; with nil for either, a since-date dates no
// event.
func DateEvents(evs []event.Span, ctxs []timex.Context, kind timex.Kind, dct *DCT, xs []timex.Span, ents []actor.Entity, toks func(sent int) []english.Tok, on *Onsets) []EventDate {
	if toks != nil {
		toks = lastLexed(toks)
	}
	out := make([]EventDate, len(evs))
	dated := map[int]bool{} // sentences with a date of their own
	for _, x := range xs {
		if !x.Citation && (x.Sent >= len(ctxs) || !within(ctxs[x.Sent].Apart, x.Start) && !within(ctxs[x.Sent].Ahead, x.Start)) {
			dated[x.Sent] = true
		}
	}
	last := 0 // the last year the document names: where its story ends
	for _, x := range xs {
		if y, ok := yearOf(x.Value); ok && !x.Citation {
			last = max(last, y)
		}
	}
	var named map[int][]string // sentence -> the actors its entities name
	story := map[int]bool{}    // scholarly sentences that went on with a story told in the past (narrated)
	if kind == timex.Scholarly {
		named = map[int][]string{}
		for _, en := range ents {
			if en.Actor != "" {
				named[en.Sent] = append(named[en.Sent], en.Actor)
			}
		}
	}
	for i := range evs {
		e := &evs[i]
		d := &out[i]
		own := e.Date != "" && (e.Sent >= len(ctxs) || !within(ctxs[e.Sent].Apart, e.DateAt[0]))
		var sc timex.Context // the sentence's, none past the contexts given
		if e.Sent < len(ctxs) {
			sc = ctxs[e.Sent]
		}
		if x, ok := clauseDate(*e, sc, xs); own && ok {
			// the date of the clause the trigger is in, not the main clause's
			ev := *e
			ev.Date, ev.DateAt = x.Value, [2]int{x.Start, x.End}
			e = &ev
		}
		carried := false // the sentence's dates are a later clause's: the time set before holds
		closing := ""    // the date that ends that later clause, when it is one
		if own && (laterConjunct(sc, *e) || ended(sc, *e)) {
			if within(sc.Closing, e.DateAt[0]) {
				closing = calendar(e.Date)
			}
			// the date of a clause joined after the trigger's: the
			// sentence's last date before the trigger, else the time the
			// text set before the sentence
			own, carried = false, true
			if x, ok := before(*e, sc, xs); ok {
				ev := *e
				ev.Date, ev.DateAt = x.Value, [2]int{x.Start, x.End}
				e, own, carried = &ev, true, false
			}
		}
		if own && ahead(sc, *e) {
			// the time of what is to come, not of the act that tells it:
			// the sentence's one other date, else none of the sentence's
			own = false
			if x, ok := told(*e, sc, xs); ok {
				ev := *e
				ev.Date, ev.DateAt = x.Value, [2]int{x.Start, x.End}
				e, own = &ev, true
			}
		}
		since := own && e.Sent < len(ctxs) && within(ctxs[e.Sent].Since, e.DateAt[0])
		onset := since && on.runsFrom(*e, toks) // the date is a since-date the act runs from
		switch {
		case own && on.reported(*e, toks):
			continue // "A 2005 report found that Egypt had armed the rebels": the report's date, not the act's
		case own && e.Sent < len(ctxs) && perfectsDate(ctxs[e.Sent], *e):
			continue // the date of a past perfect is not the event's
		case since && !onset:
			continue // "has not fought a war since 1870": a state's start, no act's time
		case own && counted(sc, *e):
			// the date of another event, counted from ("four months
			// before the July Turkish intervention"): the sentence's
			// last date before the trigger, else none
			if x, ok := before(*e, sc, xs); ok {
				*d = EventDate{Value: calendar(x.Value), From: models.DateFromSentence}
			}
			continue
		case own && e.Sent < len(ctxs) && e.DateAt[0] >= e.End && within(ctxs[e.Sent].Labels, e.DateAt[0]):
			continue // the date of a thing named after the trigger is not the event's
		case own && e.Sent < len(ctxs) && ownClause(ctxs[e.Sent], *e):
			continue // the date of another clause is not the event's
		case own:
			v := calendar(joined(*e, sc, xs))
			if n, ok := on.countedFrom(*e, toks); ok && len(v) == 10 && timex.SingleDate(v) {
				// "A day after Israel declared its independence on 14 May
				// 1948, Egypt invaded Israel": the day after
				y, m, dd, _ := timex.ISOParts(v)
				v = time.Date(y, time.Month(m), dd+n, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			}
			*d = EventDate{Value: v, From: models.DateFromSentence, Onset: onset}
			continue
		case dated[e.Sent] && !carried || e.Sent >= len(ctxs) || earlier(ctxs[e.Sent], *e):
			continue
		}
		c := ctxs[e.Sent]
		heading := ""
		if c.HeadSent >= 0 && timex.SingleDate(c.Heading) {
			heading = c.Heading
		}
		course := within(c.Course, e.Start)
		if v := c.Stopped; c.Moved && reached(v, last) && ending(c, v) {
			// the paragraph had already reached the war's last year: "at the
			// end of the war" is the time it stands at
			course, c.Moved, c.Para, c.ParaSent = false, false, v, e.Sent
		} else if course && !c.Moved && c.ParaSent >= 0 && reached(c.Para, last) && ending(c, c.Para) {
			course = false
		}
		switch {
		case course && kind != timex.News:
			continue // a time of the story's own course, not the one set before
		case course || c.Moved:
			// the story stands at a time the text does not name: the
			// paragraph's date and the one before it are another time's
			c.Named, c.ParaSent, c.Prev, heading = "", -1, "", ""
		}
		switch kind {
		case timex.Scholarly:
			if v := continued(evs, i, c, named[e.Sent-1]); v != "" {
				*d = EventDate{Value: v, From: models.DateFromContext}
			} else if on.narrated(evs, i, c, toks, story[e.Sent-1]) {
				*d = EventDate{Value: c.Para, From: models.DateFromContext}
				if len(d.Value) == 10 && timex.SingleDate(d.Value) {
					// the day is another act's (no event before shares
					// two actors with this one: continued): "Operation
					// Desert Shield began the next day. The Soviet Union
					// condemned the invasion": its month
					d.Value = d.Value[:7]
				}
				story[e.Sent] = true
			} else if c.ParaSent < 0 && heading != "" {
				*d = EventDate{Value: heading, From: models.DateFromContext}
			}
		default:
			switch {
			case c.Named != "":
				*d = EventDate{Value: c.Named, From: models.DateFromContext}
			case c.ParaSent >= 0:
				*d = EventDate{Value: c.Para, From: models.DateFromContext}
			case heading != "" && kind == timex.Narrative:
				*d = EventDate{Value: sectionDate(c.Prev, heading), From: models.DateFromContext}
			case heading != "":
				*d = EventDate{Value: heading, From: models.DateFromContext}
			case kind == timex.News && dct != nil:
				*d = EventDate{Value: dct.Value, From: models.DateFromDCT}
			}
		}
		if d.From == models.DateFromContext && len(d.Value) == 10 && strings.HasSuffix(d.Value, "-XX") {
			// after a count of days from a month ("Two days later",
			// 1968-01-XX) the story may have left the month: its year
			d.Value = d.Value[:4]
		}
		d.Value = calendar(d.Value)
		if carried && closing != "" && d.From == models.DateFromContext {
			d.Value = between(d.Value, closing)
		}
		if d.From == models.DateFromContext {
			if d.Value = sequel(d.Value, c.Sequels, *e); d.Value == "" {
				*d = EventDate{}
			}
		}
	}
	return out
}

// Onsets are the acts a since-date dates (durative.tsv): those that run
// from it on.
type Onsets struct {
	english  *english.Vocabulary
	subtypes map[string]bool // "CATEGORY subtype" of acts that set up a lasting state
	aspect   map[string]bool // auxiliaries before an -ing trigger: an act going on
	count    map[string]bool // words that count the acts ("twice", "repeatedly")
	report   map[string]bool // nouns of a report, study or interview: a date before one is the telling's
	tells    map[string]bool // words that open what a report tells ("that", "how")
	present  map[string]bool // auxiliaries of the present: a verb after one argues, it tells no story
	units    map[string]int  // units of a count of days ("day": 1, "weeks": 7)
	from     map[string]int  // words after such a count that count from an act: "after" 1, "before" -1
}

//go:embed data/durative.tsv
var datingData embed.FS

// DatingKinds are the kinds of word lists dating reads.
var DatingKinds = vocab.Kinds{
	"durative": {"data/durative.tsv"},
}

// NewOnsets reads durative.tsv and the user's sources of its kind.
func NewOnsets(en *english.Vocabulary, extra ...vocab.Source) (*Onsets, error) {
	o := &Onsets{english: en, subtypes: map[string]bool{}, aspect: map[string]bool{}, count: map[string]bool{}, report: map[string]bool{}, tells: map[string]bool{}, present: map[string]bool{}, units: map[string]int{}, from: map[string]int{}}
	err := vocab.Load(datingData, DatingKinds, extra, func(kind string, l vocab.Line) error {
		w := strings.ToLower(l.Field(0))
		switch l.Field(1) {
		case "subtype":
			o.subtypes[l.Field(2)+" "+w] = true
		case "aspect":
			o.aspect[w] = true
		case "count":
			o.count[w] = true
		case "report":
			o.report[w] = true
		case "tells":
			o.tells[w] = true
		case "present":
			o.present[w] = true
		case "unit", "from":
			n, err := strconv.Atoi(l.Field(2))
			if err != nil || n == 0 {
				return fmt.Errorf("%s %q: want a whole number of days or a direction, not %q", l.Field(1), w, l.Field(2))
			}
			if l.Field(1) == "unit" {
				o.units[w] = n
			} else {
				o.from[w] = n
			}
		default:
			return fmt.Errorf("role %q: want subtype, aspect, count, report, tells, present, unit or from", l.Field(1))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// runsFrom reports an event the coder dated by a since-date as an act
// that runs from it: asserted and stated as done, of a durative subtype or
// told in -ing after an aspect auxiliary ("had been shelling"), with no
// count of two or more, nor a count word ("twice", "repeatedly"), in the
// two words before its trigger or between it and the date, or the end of
// its clause when the date stands before it ("has imposed three blockades
// since 2006"): the acts counted are many, the date no onset of one.
func (o *Onsets) runsFrom(e event.Span, lex func(sent int) []english.Tok) bool {
	if o == nil || lex == nil || e.Mode != "" || e.Intent {
		return false
	}
	toks := lex(e.Sent)
	t := triggerTok(toks, e) // the trigger's first token
	if t < 0 || !o.subtypes[e.Category+" "+e.Subtype] && (t == 0 || !o.aspect[toks[t-1].Low] || !strings.HasSuffix(toks[t].Low, "ing")) {
		return false
	}
	for k := max(t-2, 0); k < len(toks) && (k < t || int(toks[k].Start) != e.DateAt[0] && !clausePunct(toks[k])); k++ {
		// the two words before the trigger ("three blockades") and those
		// after it up to the date or the clause's end, the date's own
		// figures left out; a possessive's apostrophe or a hyphen ends no
		// clause ("sanctions on Iran's banks twice")
		if at := int(toks[k].Start); at >= e.DateAt[0] && at < e.DateAt[1] {
			continue
		}
		if n, _, _ := o.english.NumberAt(toks, k); n >= 2 || o.count[toks[k].Low] {
			return false
		}
	}
	return true
}

// clausePunct reports a mark that ends a clause (a comma, a semicolon, a
// colon, a bracket, a sentence's end), not one inside a word.
func clausePunct(t english.Tok) bool {
	return t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:()!?.")
}

// reported reports an event the coder dated by a date that stands before
// a noun of a report, study or interview (durative.tsv report: "A 2005
// report found", "In a 1998 interview, Mubarak recalled") when its trigger
// lies after a word that opens what the report tells (tells: "that",
// "how"), after that noun: the date is the telling's, not the act's it
// tells of ("A 2005 report found that Egypt had armed the rebels"). The
// telling's own act keeps it ("In a 2004 interview, the Syrian president
// accused Israel"). Up to two words (a name, an adjective) may stand
// between the date and the noun ("a 2003 United Nations report").
func (o *Onsets) reported(e event.Span, lex func(sent int) []english.Tok) bool {
	if o == nil || lex == nil || len(o.report) == 0 || e.DateAt[1] > e.Start || e.Intent {
		return false
	}
	toks := lex(e.Sent)
	from := o.reportAround(toks, e)
	for k := from; from >= 0 && k < len(toks) && int(toks[k].Start) < e.Start; k++ {
		if o.tells[toks[k].Low] {
			return true
		}
	}
	return false
}

// reportAround is the first token after a report noun (durative.tsv
// report) that the date e.DateAt labels where a tells word may open what
// the report tells, -1 for none: two past the noun when the date stands up
// to two words before it ("A 2005 report found that", not "an interview
// that aired in Cairo"), two past the date when the noun stands up to
// three words before it ("A United Nations report of 2003 concluded
// that", not "the report of 2003 that"). No comma or other mark between
// them.
func (o *Onsets) reportAround(toks []english.Tok, e event.Span) int {
	d, n := -1, 0 // the date's first token; the words after the date
	for k := 0; k < len(toks) && n <= 2; k++ {
		switch {
		case int(toks[k].End) <= e.DateAt[0]:
		case int(toks[k].Start) < e.DateAt[1]:
			if d < 0 {
				d = k
			}
		case int(toks[k].Start) >= e.Start || toks[k].Kind != english.Alpha:
			n = 3
		case o.report[toks[k].Low]:
			return k + 2
		default:
			n++
		}
	}
	for k := d - 1; k >= 0 && k >= d-4 && toks[k].Kind == english.Alpha; k-- {
		if o.report[toks[k].Low] {
			for j := d; j < len(toks); j++ {
				if int(toks[j].Start) >= e.DateAt[1] {
					return j + 1
				}
			}
		}
	}
	return -1
}

// narrated reports an event of a scholarly text that goes on with the
// story the sentence just before it told in its paragraph: that sentence
// dated an event of its own (the paragraph narrates: "In March 1999 NATO
// began bombing Serbia"), or went on with that story itself (goesOn:
// "Russia condemned the campaign. China protested to NATO"), the event is asserted and not reported, and its
// trigger is a verb in the past in -ed, no present auxiliary in the two
// words before it (durative.tsv present): "Russia condemned the campaign" (1999-03). A
// sentence that argues ("States that fear abandonment often sign
// treaties", "Russia threatens its neighbours", "has attacked", "may
// blockade") or opens a new point (timex's Context.Shift) takes no date.
func (o *Onsets) narrated(evs []event.Span, i int, c timex.Context, lex func(sent int) []english.Tok, goesOn bool) bool {
	e := evs[i]
	if o == nil || lex == nil || c.ParaSent < 0 || c.ParaSent != e.Sent-1 && !goesOn || c.Shift || e.Mode != "" || e.Intent || e.Reported {
		return false
	}
	told := goesOn // the sentence before dated an act of its own, or went on with the story itself
	for k := i - 1; k >= 0 && evs[k].Sent >= e.Sent-1; k-- {
		told = told || evs[k].Sent == e.Sent-1 && evs[k].Date != ""
	}
	if !told {
		return false
	}
	toks := lex(e.Sent)
	k := triggerTok(toks, e)
	// (an adverb may stand between: "has often blockaded")
	return k >= 0 && strings.HasSuffix(toks[k].Low, "ed") && (k == 0 || !o.present[toks[k-1].Low]) && (k < 2 || !o.present[toks[k-2].Low])
}

// triggerTok is the index of the token that starts e's trigger, -1 for
// none (runsFrom, narrated).
func triggerTok(toks []english.Tok, e event.Span) int {
	return slices.IndexFunc(toks, func(t english.Tok) bool { return int(t.Start) == e.Start })
}

// lastLexed wraps lex so that a sentence asked for several times in a row
// is lexed only once. DateEvents's tests (reported, countedFrom,
// narrated, runsFrom) each ask for an event's tokens, and the
// events come in the order of their sentences. Once the event stage has
// let the tokens go (text.Unlex), each call lexes the sentence afresh.
func lastLexed(lex func(sent int) []english.Tok) func(sent int) []english.Tok {
	last, toks := -1, []english.Tok(nil)
	return func(sent int) []english.Tok {
		if sent != last {
			last, toks = sent, lex(sent)
		}
		return toks
	}
}

// countedFrom is the count of days by which an event's date moves when
// its sentence opens with a count of days or weeks and a word that counts
// from an act (durative.tsv unit and from: "A day after", "Two days
// after", "The day before") and the coder dated the event from a date
// inside that opening, up to its first comma, while its trigger comes
// after that comma: the date is the act's counted from, the event's lies
// the count away ("A day after Israel declared its independence on 14 May
// 1948, Egypt invaded Israel": 15 May; "The day before Germany invaded
// Poland on 1 September 1939, Britain warned Germany": 31 August). The
// act counted from keeps its date. Not a count with no number ("Days
// after ..."), nor a date after the comma.
func (o *Onsets) countedFrom(e event.Span, lex func(sent int) []english.Tok) (int, bool) {
	if o == nil || lex == nil || len(o.units) == 0 || e.DateAt[1] > e.Start {
		return 0, false
	}
	toks := lex(e.Sent)
	if len(toks) < 4 {
		return 0, false
	}
	n := 1 // "A day", "The day", "One day"
	u, ok := o.units[toks[1].Low]
	if !ok || toks[0].Kind != english.Alpha {
		return 0, false
	}
	if c, w, _ := o.english.NumberAt(toks, 0); w == 1 && c >= 1 && c < 100 && c == float64(int(c)) {
		n = int(c)
	} else if strings.HasSuffix(toks[1].Low, "s") {
		return 0, false // "Days after ...": no count
	}
	dir := o.from[toks[2].Low]
	if dir == 0 {
		return 0, false
	}
	for k := 3; k < len(toks); k++ {
		if toks[k].Kind == english.Sym && toks[k].Text == "," && int(toks[k].Start) >= e.DateAt[1] {
			// the opening's end: the date inside it, the trigger after it
			return n * u * dir, int(toks[k].Start) < e.Start
		}
		if int(toks[k].Start) >= e.Start {
			return 0, false
		}
	}
	return 0, false
}

// sequel is the date v an event takes from its context, cut to what a word
// before its trigger that puts it after the time the text has set leaves
// of it (timex's Context.Sequels): the month after a count of days ("On
// 4 May he sailed from Djibouti ... Two days after his arrival in
// Jerusalem, he sent a telegram": 1936-05), the year after a count of
// weeks or months or an adverb alone ("In March 1921 ... Later, France
// recognized the border": 1921), none after a count of decades; v itself
// when no such word stands before the trigger. A count with its number
// moves v first (moved): "In 1904 Japan attacked Russia. Two years later
// ..." is 1906, "Eighteen months later" undated.
func sequel(v string, sqs []timex.Sequel, e event.Span) string {
	out := v
	for _, s := range sqs {
		if s.Start >= e.Start {
			continue
		}
		w := moved(v, s)
		switch {
		case s.Holds == 0 || w == "":
			return ""
		case s.Holds == 1 && len(w) >= 7 && w[4] == '-' && timex.SingleDate(w):
			w = w[:4]
		case s.Holds == 2 && len(w) >= 10 && w[4] == '-' && w[7] == '-' && timex.SingleDate(w):
			w = w[:7]
		}
		if len(w) < len(out) || w[:min(4, len(w))] != v[:min(4, len(v))] || s.Holds == 3 && s.N > 0 && w != v {
			// (a count from the time set moves it: "A day after the
			// declaration" after 14 May 1948 is 15 May)
			// (a value shorter than a year's four figures, a decade of the
			// first millennium "46X", is no calendar date: moved keeps it)
			out = w // the coarsest cut, or the time a count moved v to
		}
	}
	return out
}

// moved is the date v moved by a sequel's count of units (Sequel.N, from
// Least to N of them), at the unit's granularity and no finer than what
// the whole of v moved by it still shares: a year from a year ("Two years
// later" after 1904: 1906), a month from a month or a day ("Eighteen
// months later" after June 1904: 1905-12), a day from a day. From a v
// coarser than the unit, what the moved v shares ("two weeks later" after
// July 1953: 1953; "eighteen months later" after 1904 falls in 1905 or
// 1906: ""; "twelve months later": 1905), v's year when it shares no year
// but the count is under half of v's unit ("three months later" after
// 1904: 1904). None from a decade or a century ("A decade later" after 455:
// 46X, then "Two years later"). v itself for a sequel with no count or a v
// that is not one calendar date.
func moved(v string, s timex.Sequel) string {
	if s.N > 0 && strings.HasSuffix(v, "X") {
		return "" // "Two years later" after "A decade later" (46X) or "the 1950s": no calendar date
	}
	if s.N == 0 || !timex.SingleDate(v) {
		return v
	}
	y, m, d, g := timex.ISOParts(v)
	if g == 0 {
		return v
	}
	days, months, ug := timex.UnitLength(s.Unit) // the unit and its granularity
	if ug == 0 || months > 12 {
		return "" // decades and centuries: no calendar date of an event
	}
	// a count under half of v's unit, from a v coarser than the unit:
	// likely still in v's year
	small := false
	if ug > g {
		half := 183 // half of v's unit, in days or months
		switch {
		case months > 0:
			half = 6
		case g == 2:
			half = 15
		}
		small = s.N*max(days, months) < half
	}
	lo := time.Date(y, time.Month(max(m, 1)), max(d, 1), 0, 0, 0, 0, time.UTC)
	hi := lo
	switch g {
	case 1:
		hi = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	case 2:
		hi = time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	add := func(t time.Time, n int) time.Time {
		if days > 0 {
			return t.AddDate(0, 0, n*days)
		}
		// whole months, the day kept within its month: its day no longer matters
		return time.Date(t.Year(), t.Month()+time.Month(n*months), 1, 0, 0, 0, 0, time.UTC)
	}
	lo, hi = add(lo, s.Least), add(hi, s.N)
	switch {
	case lo.Year() != hi.Year() && small:
		return v[:4] // (four figures, as a TIMEX year: "0455", not "455")
	case lo.Year() != hi.Year():
		return ""
	case ug == 1 || lo.Month() != hi.Month():
		return lo.Format("2006")
	case ug == 2 || lo.Day() != hi.Day():
		return lo.Format("2006-01")
	}
	return lo.Format("2006-01-02")
}

// joined is the date of an event dated from one of two dates its sentence
// joins by "and" (timex's Context.Joined): the span from the first to the
// second ("in late 1877 and early 1878": 1877/1878; "on 28 and 29 August
// 1918": 1918-08-28/1918-08-29), when both are single dates of one
// granularity in order; else the event's own date.
func joined(e event.Span, c timex.Context, xs []timex.Span) string {
	for _, j := range c.Joined {
		if e.DateAt[0] < j[0] || e.DateAt[0] >= j[1] {
			continue
		}
		var a, b string
		for _, x := range xs {
			switch {
			case x.Start == j[0]:
				a = calendar(x.Value)
			case x.End == j[1]:
				b = calendar(x.Value)
			}
		}
		if timex.SingleDate(a) && timex.SingleDate(b) && len(a) == len(b) && a < b {
			return a + "/" + b
		}
	}
	return e.Date
}

// ownClause reports an event dated from a date inside a clause its
// trigger is not in, one whose dates are its own (timex's Context.Own: "the
// league, which was formed in 1922, attacked the town"; "requested an
// extension of the mandate, which expires at the end of 2008").
//
// Nor does an event inside a dated clause that opens its sentence with a
// word of concession or contrast (timex's Context.Opening) take a date from
// outside it ("Although a treaty was signed on March 5-9, 1918 on the
// withdrawal of Romanian forces within two months, on March 27, 1918
// Romania annexed Bessarabia": the withdrawal is not of 27 March). An event
// after such a clause may take its date ("Although the rivalry began at
// the 1906 Algeciras Conference, it also marked the start of ...").
func ownClause(c timex.Context, e event.Span) bool {
	for _, s := range c.Own {
		if s[0] <= e.DateAt[0] && e.DateAt[0] < s[1] && !(s[0] <= e.Start && e.Start < s[1]) {
			return true
		}
	}
	for _, s := range c.Opening {
		if s[0] <= e.Start && e.Start < s[1] && !(s[0] <= e.DateAt[0] && e.DateAt[0] < s[1]) {
			return true
		}
	}
	return false
}

// clauseDate is the date of the clause an event's trigger is in, when
// that clause is one whose dates are its own (timex's Context.Own) and the
// coder dated the event from a date outside it: the clause's first date
// that is no citation and no comparison's ("Egypt, which would sign a
// peace treaty with Israel in 1979, attacked Israel in 1973": the signing
// is of 1979; "Syria, which had signed a pact with Egypt in 1966, invaded
// Israel in 1967": the pact is of 1966).
func clauseDate(e event.Span, c timex.Context, xs []timex.Span) (timex.Span, bool) {
	for _, s := range c.Own {
		if s[0] > e.Start || e.Start >= s[1] || s[0] <= e.DateAt[0] && e.DateAt[0] < s[1] {
			continue
		}
		for _, x := range xs {
			if x.Sent == e.Sent && s[0] <= x.Start && x.Start < s[1] && !x.Citation && !within(c.Apart, x.Start) {
				return x, true
			}
		}
	}
	return timex.Span{}, false
}

// laterConjunct reports an event dated from a date that opens a clause
// joined after its trigger (timex's Context.Conjunct: "On the 14 September
// Austria sent a note suggesting a meeting for peace talks and on 15
// September Germany made a peace offer": the meeting is not of 15
// September).
func laterConjunct(c timex.Context, e event.Span) bool {
	for _, s := range c.Conjunct {
		if e.Start < s[0] && s[0] <= e.DateAt[0] && e.DateAt[0] < s[1] {
			return true
		}
	}
	return false
}

// ended reports an event dated from a date after "until" that ends what
// its clause tells (timex's Context.Until: "whereas Syria rejected it until
// 1972"), its trigger before the date: the end of its stance, not its time.
func ended(c timex.Context, e event.Span) bool {
	return e.Start < e.DateAt[0] && within(c.Until, e.DateAt[0])
}

// between is the date of an act told before a clause that a later date
// ends (timex's Context.Closing), carried from the time set before (set):
// the act lies from that time to the later one, so it takes what the two
// share, the month or the year ("The battle was fought on 7 September.
// The Russians evacuated Moscow, and the French occupied it on 14
// September": the evacuation is of September, not of the battle's day);
// the time set when they share no year or are out of order.
func between(set, later string) string {
	if !timex.SingleDate(set) || !timex.SingleDate(later) || len(set) < 7 || later < set[:4] {
		return set
	}
	switch {
	case len(later) >= 7 && set[:7] == later[:7]:
		return set[:7]
	case set[:4] == later[:4]:
		return set[:4]
	}
	return set
}

// before is the last date of an event's sentence that ends before its
// trigger, no citation, no comparison's, none put ahead and none a label
// (the time the sentence has told when it reaches the trigger): "On the 14
// September Austria sent a note suggesting a meeting ...": 14 September.
func before(e event.Span, c timex.Context, xs []timex.Span) (timex.Span, bool) {
	var got timex.Span
	ok := false
	for _, x := range xs {
		if x.Sent != e.Sent || x.End > e.Start || x.Citation || within(c.Apart, x.Start) || within(c.Ahead, x.Start) || within(c.Labels, x.Start) || within(c.Counted, x.Start) {
			continue
		}
		got, ok = x, true
	}
	return got, ok
}

// counted reports an event dated from a date that labels another event
// counted from (timex's Context.Counted: "dispatched ... four months
// before the July Turkish intervention"), the trigger outside that
// noun phrase: not "intervention" itself.
func counted(c timex.Context, e event.Span) bool {
	for _, s := range c.Counted {
		if e.DateAt[0] == s[0] {
			return e.Start < s[0] || e.Start >= s[1]
		}
	}
	return false
}

// ahead reports an event dated from a date its sentence puts ahead of
// the time it tells (timex's Context.Ahead: "announced that the advisers
// would be pulled out by the next month") when the event is not what
// that clause says will come: its trigger lies outside the clause
// ("Britain praised Finland, but warned that Finland would have to remain
// vigilant even after the withdrawal in 1941"), or it is an intent, a
// pledge of the act to come made when the sentence tells it ("The accord
// establishes that Soviet forces will withdraw by February 15, 1989": the
// accord is not of February 1989). Such an event takes the sentence's one
// other date (told), else the time the text has set, as an event whose
// sentence names no date.
func ahead(c timex.Context, e event.Span) bool {
	for _, s := range c.Ahead {
		if s[0] <= e.DateAt[0] && e.DateAt[0] < s[1] {
			return e.Intent || !(s[0] <= e.Start && e.Start < s[1])
		}
	}
	return false
}

// told is the date of the time an event's sentence tells when the coder
// dated the event from a date the sentence puts ahead (ahead): the
// sentence's one date that is no citation, no comparison's and none put
// ahead ("In July 1920 Britain announced that it would send arms to Poland
// by September": July 1920); none when it has none or several.
func told(e event.Span, c timex.Context, xs []timex.Span) (timex.Span, bool) {
	var got timex.Span
	n := 0
	for _, x := range xs {
		if x.Sent != e.Sent || x.Citation || within(c.Apart, x.Start) || within(c.Ahead, x.Start) {
			continue
		}
		got, n = x, n+1
	}
	return got, n == 1
}

// earlier reports an event told in the past perfect (its trigger within a
// span of c.Earlier: "South Vietnam had rejected the agreement from the
// beginning", "Both countries had quietly provided assistance"): it lies
// before the time the text has set, at a time the text does not name.
func earlier(c timex.Context, e event.Span) bool { return within(c.Earlier, e.Start) }

// yearOf reads the year a value opens with ("1945-08": 1945; timex's
// ISOParts).
func yearOf(v string) (int, bool) {
	y, _, _, _ := timex.ISOParts(v)
	return y, y > 0
}

// reached reports a date v in the last year the document names (last):
// a story that stands there has reached its war's end, so "at the end of
// the war" is the time it has set ("In August 1945 ... At the end of the
// war, the Soviet Union invaded Manchuria").
func reached(v string, last int) bool {
	y, ok := yearOf(v)
	return ok && last > 0 && y >= last
}

// ending reports evidence that a story standing at v in the document's
// last year stands at its war's end: its paragraph told the end in that
// year (timex's Context.Ended: "In 1918 Germany signed the armistice. At
// the end of the war, France occupied the Rhineland"). Years alone are no
// evidence: a text that names only the year its war began has not reached
// the end ("In September 1939 Germany invaded Poland. At the end of the
// war, the Soviet Union annexed eastern Poland": no date), nor has one
// whose last named year is mid-war ("In 1939 ... In 1941 Germany attacked
// the Soviet Union. At the end of the war ...": not 1941).
func ending(c timex.Context, v string) bool {
	y, ok := yearOf(v)
	e, eok := yearOf(c.Ended)
	return ok && eok && e == y
}

// within reports an offset inside one of the spans.
func within(spans [][2]int, at int) bool {
	for _, s := range spans {
		if s[0] <= at && at < s[1] {
			return true
		}
	}
	return false
}

// perfectsDate reports an event dated from a date that lies within a
// verb in the past perfect (timex's Context.Earlier) when the event itself
// does not: the date is the time of that earlier act, not the event's
// ("Spain entered the war to recover the island, which it had lost in
// 1704"; "Bonn joined the treaty that Paris had signed in 1954").
func perfectsDate(c timex.Context, e event.Span) bool {
	return !earlier(c, e) && within(c.Earlier, e.DateAt[0])
}

// continued is the date an event evs[i] takes from the sentence just
// before its own, in its paragraph: that of an event of that sentence that
// shares at least two actors with it; when that sentence reports no event,
// the date it ends on, if it names at least two of the event's actors
// (named); "" for none.
func continued(evs []event.Span, i int, c timex.Context, named []string) string {
	e := evs[i]
	if c.ParaSent != e.Sent-1 || c.Shift {
		return ""
	}
	reports := false
	for k := i - 1; k >= 0 && evs[k].Sent >= e.Sent-1; k-- {
		p := evs[k]
		if p.Sent != e.Sent-1 {
			continue
		}
		reports = true
		if p.Date != "" && shared(actorsOf(p), actorsOf(e)) >= 2 {
			return p.Date
		}
	}
	if !reports && shared(named, actorsOf(e)) >= 2 {
		return c.Para
	}
	return ""
}

// sectionDate is the date a narrative's paragraph that sets none goes on
// from under a heading's single date: the last date of the paragraph just
// before it (prev), when that is a single date within the heading's; else
// the heading's. A paragraph that moved the story on without a date ends
// the carry: "1972: the accords" ... "In October 1972 the two sides
// reached an agreement." / "Saigon then demanded changes." (October) /
// "In the end Washington bombed Hanoi." (1972, not October).
func sectionDate(prev, heading string) string {
	if timex.SingleDate(prev) && strings.HasPrefix(prev, heading) && len(prev) > len(heading) {
		return prev
	}
	return heading
}

// calendar is the calendar date of a timex value: a season's year
// ("1979-SP": 1979), a time's day ("1979-12-28TMO": 1979-12-28), an
// unknown day's year or month ("1992-XX-XX": 1992, "1915-10-XX": 1915-10).
func calendar(v string) string {
	if k := strings.IndexByte(v, 'T'); k > 0 && !strings.Contains(v, "/") {
		v = v[:k]
	}
	if len(v) == 10 && strings.HasSuffix(v, "-XX") {
		// a count of days from a month (timex's offsetFromReference):
		// "ten days later" after May 1992 a day of 1992 ("1992-XX-XX":
		// 1992), "four days later" after October 1915 one of October
		// ("1915-10-XX": 1915-10)
		if v[5] == 'X' {
			return v[:4]
		}
		return v[:7]
	}
	if len(v) == 7 && v[4] == '-' {
		switch v[5:] {
		case "SP", "SU", "FA", "WI":
			return v[:4]
		}
	}
	return v
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
