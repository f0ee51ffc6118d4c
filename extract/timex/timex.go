package timex

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// Kind is how a document sets the time of what it reports, as the date
// scanner anchors expressions that need an anchor (HeidelTime's news and
// narrative strategies).
type Kind uint8

// Kinds of document.
const (
	// Narrative text (a history) sets its own time: a date without its
	// year, and an anaphoric expression ("the next day", "that winter"),
	// take the reference time the text has set before it, from the
	// paragraph, else the section, else anywhere before it.
	Narrative Kind = iota
	// News is written at its date (Ref): deictic words ("today",
	// "Friday", "last year") name days from it, and a date without a
	// year takes the paragraph's year, else the nearest year to it.
	News
	// Scholarly text (a paper) anchors like narrative, but only within
	// the paragraph and the section: its argument moves between periods.
	Scholarly
)

// String is the kind's name in the output ("news", "narrative", "scholarly").
func (k Kind) String() string {
	switch k {
	case News:
		return "news"
	case Scholarly:
		return "scholarly"
	}
	return "narrative"
}

// Document is what the date scanner knows about a document.
type Document struct {
	Ref        string   // the document's own date (ISO), for deictic expressions; "" for none
	Kind       Kind     // how expressions that need an anchor take it
	DayFirst   bool     // numeric dates are written day first
	OrderKnown bool     // the document shows its day/month order (a 13/08/2022)
	Zones      []string // zone of each sentence: in the reference list every year is a citation
	Exclude    [][2]int // byte spans taken by other findings (money figures)
	// CiteVerb reports a scholar's verb that follows a citation's
	// bracketed year ("Snyder (1984) argues": the actor stage's
	// citeverbs); nil for none.
	CiteVerb func(word string) bool
}

// news reports a document read as news with a reference date.
func (d *Document) news() bool { return d.Kind == News && d.Ref != "" }

// Span is one temporal expression in byte offsets.
type Span struct {
	Start, End int
	Sent       int
	Value      string // 1954, 1965-01, 2022-08-20, 196X, 18XX, 1983/1990, XXXX-04, 1916-SP
	Type       string // DATE, INTERVAL, DECADE, CENTURY
	Citation   bool
	Ambiguous  bool
	Anchor     string // "dct" or "narrative" when the value took a part from an anchor, else ""
	Mod        string // START, MID, END, APPROX... when the text qualifies the period
	Rule       string
}

// Context is the time the text has set before a sentence, for dating
// what the sentence reports when it names no date itself.
type Context struct {
	Para     string // the value of the last date of the sentence's paragraph before it, not an aside ("since 1995", "the 1978 treaty"); "" for none
	ParaSent int    // the sentence that date is in; -1 for none
	Heading  string // the date of the heading over the sentence's section; "" for none
	HeadSent int    // the heading's sentence; -1 for none
	Shift    bool   // the sentence opens a new point ("Further, ..."; shifts.txt)
	// Prev is the last date of the paragraph just before the sentence's, in
	// its section; "" when that paragraph sets none (or the section begins
	// with the sentence's paragraph): what the story goes on from across
	// one paragraph break, not across a paragraph that moved on without a
	// date.
	Prev string
	// Apart are the byte spans of the sentence's dates that date nothing
	// it reports: the start of a comparison ("the first incursion since
	// 1995", "the largest battle since 1860": superlatives.txt), or the
	// time of the thing compared ("a statement similar to that made two
	// decades earlier": comparisons.txt); nil for none. They set no time
	// for the sentences after.
	Apart [][2]int
	// Since are the byte spans of the sentence's dates after a bound cue
	// (datecues.tsv: "since") that start no comparison (Apart): the start
	// of a state that holds up to the time the clause tells ("Brazil has
	// not fought an interstate war since 1870"), no time of an act of it;
	// nil for none. They set no time for the sentences after (an aside).
	Since [][2]int
	// Until are the byte spans of the sentence's dates after a deadline
	// word that ends what its clause tells (tense.tsv end: "until"), with
	// no negation before it in its clause: the end of a stance ("Syria
	// rejected it until 1972"), no time of its act; "did not withdraw until
	// 1982" makes none (the act came then). Nil for none.
	Until [][2]int
	// Earlier are the byte spans of the sentence's verbs in the past
	// perfect, each from its auxiliary to the next comma or clause
	// ("had quietly provided assistance to the rebels"; perfect.tsv): what
	// they report lies before the time the text has set, and a date
	// inside one sets no time for the sentences after (Para, and the
	// reference time relative dates there resolve against, stay what the
	// text set before it); nil for none.
	Earlier [][2]int
	// Joined are the byte spans of pairs of the sentence's dates joined by
	// "and" alone ("in late 1919 and early 1920", "on the 28th and 29th
	// August"), from the first's start to the second's end: what the
	// sentence reports there took both times; nil for none.
	Joined [][2]int
	// Labels are the byte spans of the sentence's dates used as a label
	// before a noun, after a word that is no setting cue (datecues.tsv):
	// "the failure of the Spring Offensive", "and the 1969 affair",
	// "the Kaiser's 1900s ambitions". Such a date is the time of the thing
	// it labels, not of an event told before it; nil for none.
	Labels [][2]int
	// Counted are the byte spans of the sentence's dates that label another
	// event after a count of time and a day cue (datecues.tsv): "three
	// months before the May Ottoman offensive", "two weeks after the
	// April elections", each from the date to the end of the noun phrase
	// it labels (at most four words). Such a date is that event's, not the
	// time of what the clause tells, and it sets no time for the sentences
	// after; nil for none.
	Counted [][2]int
	// Own are the byte spans of the sentence's clauses, opened after a
	// comma by a word of subclauses.txt, that hold a date ("the mandate,
	// which expires at the end of 2008", "the league, which was formed in
	// 1922, attacked"), from that word to the clause's next comma, ";",
	// ":", dash, parenthesis or the sentence's end: their dates are theirs
	// alone; nil for none.
	Own [][2]int
	// Opening are the byte spans of clauses that a word of subclauses.txt
	// marked "start" opens at the start of the sentence and that hold a
	// date ("Although a treaty was signed on March 5-9, 1918 on the
	// withdrawal ..., on March 27, 1918 Romania annexed Bessarabia"), up to
	// their first comma outside a date. What such a clause tells is of its
	// own time, not of the main clause's dates; the main clause may share
	// the clause's ("Although the rivalry began at the 1884 Berlin
	// Conference, it also marked the start of ..."). nil for none.
	Opening [][2]int
	// Ahead are the byte spans of the sentence's dates that a future or
	// conditional auxiliary before them puts ahead of the time the
	// sentence tells ("announced that the advisers would be pulled out by
	// the next month", "establishes that Soviet forces will withdraw by
	// February 15, 1989"), or a modal or an infinitive of intent before a
	// deadline ("may stay in Hanko until the end of 1941", "agreed to
	// withdraw by 15 February 1989"; tense.tsv, ahead.txt), each from the
	// auxiliary (or "to") to the date's end. The
	// auxiliary stands in the date's stretch of the sentence, up to the
	// comma outside a date, ";", ":", dash or parenthesis before it. With
	// no deadline word right before the date, the auxiliary must govern the
	// date's clause (no relative or subordinate clause and no past form
	// between them), and a "would" must tell what someone says or plans
	// (a "that" before it, or a deadline inside the clause) or open a
	// relative clause ("The treaty, which would expire in 1996, was signed
	// in 1972": the date is that clause's own, not the signing's): a history's
	// "Germany would invade Belgium on 4 August 1914" or "would later"
	// tells what happened then. Such
	// a date is the time of what the clause says is to come, not of the act
	// that says so, and sets no time for the sentences after; nil for
	// none.
	Ahead [][2]int
	// Conjunct are the byte spans, from the joining word to the date's
	// end, of the sentence's dates that open a clause joined by a word of
	// subclauses.txt joins and a setting cue, before its subject ("sent a note
	// ... suggesting a meeting and on 15 September Germany made an
	// offer"), and, from the comma before the joining word, of those that
	// end a clause so joined after its subject and a verb in the past
	// ("resupplied Cairo within weeks, and the two states signed a new
	// arms agreement in 1968"): the date is that clause's, not that of
	// what the sentence told before it; nil for none.
	Conjunct [][2]int
	// Closing are the byte spans of the dates among Conjunct that end
	// their clause rather than open it (", and the two states signed a new
	// arms agreement in 1968"); nil for none.
	Closing [][2]int
	// Named is the date the paragraph gave a name in brackets before the
	// sentence ("the Gallipoli (1915) campaign") when the sentence opens
	// with a setting cue and that name, then a comma ("In Gallipoli, the
	// landings failed"): what the sentence reports took place there and
	// then; "" for none.
	Named string
	// Course are the byte spans of the sentence's clauses that name a time
	// of the story by its own course ("at the end of the war", "for the
	// duration of the conflict", "throughout the war": storytimes.tsv),
	// each from the start of the phrase's clause (an infinitive's "to", an
	// auxiliary of the future or a clause opener before it, else the
	// sentence's start) to the sentence's end (an inserted clause after a
	// comma: to its closing comma): what they tell lies at a time
	// other than the one the paragraph has set; nil for none.
	Course [][2]int
	// Moved is true when a sentence before it in its paragraph opened with
	// such a time ("Only at the end of the conflict were ...") and no date
	// came after it: the story stands at a time the text does not name.
	// Para is then "", and so is the next paragraph's Prev.
	Moved bool
	// Stopped is the paragraph's date that such a sentence set aside (Para
	// before the move); "" for none.
	Stopped string
	// Ended is the paragraph's date (Para) right after a sentence before
	// it in its paragraph told the war's end ("In 1918 Germany signed the
	// armistice", "In May 1878 the war in the Balkans ended": storytimes.tsv
	// kinds end and ended); "" for none. Dating reads in it that the story
	// has reached its end.
	Ended string
	// Sequels are the words of a sentence that names no date that put
	// what it tells after the time the text has set, by a count of time
	// ("two days after his arrival", "some months later") or by an adverb
	// alone ("Later, France recognized the border", "was subsequently
	// joined": tense.tsv retro): what it tells is not of the day the text
	// has set; nil for none (and for a sentence with a date: it dates what
	// it tells itself).
	Sequels []Sequel
}

// Sequel is a word or a count of time that puts what its sentence tells
// after the time the text has set (Context.Sequels), in byte offsets.
// Holds is the granularity of that time the telling stays within: 3 the
// time the count moves it to (a count ending its clause, counted from the
// time set: "eighteen months later", "within two years"), 2 its month (a
// count of days after an event: "two days after his arrival"), 1 its year
// (a count of weeks, months or years after an event, an adverb alone: "a
// few weeks later", "two years after the treaty", "later"), 0 none (a
// count of decades or more, or of years with no number). N is the count
// of units (0 for none: "days later", "later"), Least the fewest units it
// moves by (N after "later", 0 after "within"), Unit its unit
// (timewords.tsv: "day", "week", "fortnight", "month", "year", ...).
type Sequel struct {
	Start, End int
	Holds      int
	N, Least   int
	Unit       string
}

// Anchors of a value.
const (
	AnchorDCT       = "dct"
	AnchorNarrative = "narrative"
)

// tdate is a calendar date known to some granularity; 0 means unknown. A
// year of 0 with a month means the year could not be resolved.
type tdate struct{ y, m, d int }

func (t tdate) String() string {
	b := make([]byte, 0, 10)
	if t.y > 0 {
		b = appendPadded(b, t.y, 4)
	} else {
		b = append(b, "XXXX"...)
	}
	if t.m > 0 {
		b = appendPadded(append(b, '-'), t.m, 2)
		if t.d > 0 {
			b = appendPadded(append(b, '-'), t.d, 2)
		}
	}
	return string(b)
}

// appendPadded appends n (not negative) in decimal, zero-padded to width
// digits, as fmt's %0*d writes it.
func appendPadded(b []byte, n, width int) []byte {
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
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
	y, m, d, _ := ISOParts(s)
	return tdate{y, m, d}
}

// ISOParts reads the year, month and day a value opens with (YYYY,
// YYYY-MM, YYYY-MM-DD and what may follow: "1945-08": 1945, 8, 0; "1950-SU":
// 1950, 0, 0), 0 for a part it lacks or whose figures it cannot read
// ("XXXX-12-25": 0, 12, 25), and the granularity of a value that is no more
// than a calendar date (1 year, 2 month, 3 day), else 0 ("1950-SU", "195X",
// "1919/1920"). The one reader of ISO values for timex and the events'
// dating.
func ISOParts(v string) (y, m, d, g int) {
	y, yok := figures(v, 0, 4)
	m, mok := figures(v, 5, 7)
	d, dok := figures(v, 8, 10)
	switch {
	case len(v) == 4 && yok:
		g = 1
	case len(v) == 7 && yok && mok && v[4] == '-':
		g = 2
	case len(v) == 10 && yok && mok && dok && v[4] == '-' && v[7] == '-':
		g = 3
	}
	return y, m, d, g
}

// figures reads the decimal number v[i:j], false (and 0) when v is shorter
// or a byte of it is no figure.
func figures(v string, i, j int) (int, bool) {
	if len(v) < j {
		return 0, false
	}
	n := 0
	for k := i; k < j; k++ {
		c := v[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
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
	strong    bool   // a form that is a date by itself, not a bare number
	season    string // SP, SU, FA or WI: the season of year d.y
	mod       string // START, MID, END... ("early 1914", "mid-1942")
	anchor    string // AnchorDCT or AnchorNarrative when a part came from an anchor
	val       string // a value tdate cannot write: a week (2008-W38), a quarter (2008-Q4)
	speech    bool   // a deictic word in narrative ("next summer"): the words of someone in the story
	part      string // a part of the day d (MO, AF, EV, NI): a time
	rule      string
}

func (p point) value() (string, string) {
	switch {
	case p.val != "":
		return p.val, "DATE"
	case p.decade > 0:
		return strconv.Itoa(p.decade) + "X", "DECADE"
	case p.century > 0:
		return string(appendPadded(nil, p.century, 2)) + "XX", "CENTURY"
	case p.interval:
		return p.d.String() + "/" + p.end.String(), "INTERVAL"
	case p.season != "":
		return tdate{y: p.d.y}.String() + "-" + p.season, "DATE"
	case p.part != "":
		return p.d.String() + "T" + p.part, "TIME"
	}
	return p.d.String(), "DATE"
}

// tparser scans one sentence.
type tparser struct {
	v         *Vocabulary
	toks      []english.Tok
	doc       *Document
	ref       tdate
	anchor    *tdate      // last date with a year in the same paragraph
	year      int32       // news: the year the sentence named from the document's date ("Last year, ... in April": 2018-04), else 0
	day       *tdate      // news: the last day the paragraph named from the document's date ("on Saturday"), which "the next day", "the same day" and "a week earlier" read from; else the document's date
	bc        int         // the year before the common era that is the reference time (490 for BC0490), else 0
	period    bool        // the text's last date set the paragraph (or the one before, which this one goes on from) at a decade or a century ("the 1950s", "A decade later": 46X), not at anchor's: no count reads from the reference time until a date or a heading sets it again
	back      *tdate      // else the reference time the text set before: the section's, in narrative the document's
	inSect    bool        // the section has set a reference time (back is the section's or its heading's)
	sectAside bool        // the section has named a time apart from the story's (an aside) before the sentence
	headEnd   int         // the last year of the span of years the section's heading names ("1876-1910": 1910); 0 for none
	tense     int         // -1 past, +1 future, 0 unknown; 2 until computed
	paraSet   bool        // the paragraph has set a time before the sentence (Context.Para)
	marks     uint8       // the marks of the sentence's tokens (set by tokenFacts): markStory, a token opens a form of storytimes.tsv; markSequel, a retro word or a postunit that counts ahead; markShort, a common-era word, or the text is ancient; markPerfect, an auxiliary of the past perfect
	ancient   uint8       // markShort once the text has written a year of the first millennium with a common-era word or "the year" (shortYearAt), else 0: every sentence after takes the mark
	shortAt   int         // 1 + the token of such a year the readers at the token tried have read (shortYearAt, theYearAt), 0 for none: the text has written it only when the expression taken covers it (at)
	earlier   [][2]int    // the sentence's verbs in the past perfect (Context.Earlier)
	kept      *tdate      // the anchor its last date outside a past perfect set (else the one it began with): the sentences after go on from it
	refs      bool        // the sentence is in the reference list
	head      bool        // the sentence is a heading: its years are no citations
	text      string      // the whole document text
	setAt     [2]int      // the span of the sentence that set the paragraph's time, when sequels are read (setAct)
	cur       int         // token where the expression being read starts
	depth     []int8      // parenthesis depth before each token
	opens     int         // the first token that opens a parenthesis ("(", "["; tokenFacts), len(toks) for none
	kinds     []uint8     // what each token is (tokStart, tokMonth, tokTime), found once
	facts     []int32     // what the word lists say of each token: an index in v.factList
	years     []yearRead  // yearAt(i, false) of each token, once asked
	gen       uint32      // the sentence's number in the scan, from 1 (yearRead)
	excl      [][2]int    // the spans of doc.Exclude that overlap the sentence
	asides    []int       // the starts of the sentence's dates that name a time apart from the story's (aside)
	apart     []int       // the starts of the dates that date nothing the sentence reports (a comparison's start or its time)
	scan      *citeScan   // what the scan has seen of the document's citations
	citeEnd   int         // the token after the sentence's last citation year; 0 for none
	names     [][2]string // the names the sentence dates in brackets, with their dates ("Gallipoli (1915)")
}

// citeScan counts the citation years a scan finds: bare ones (a name and
// its year in brackets, "Keohane (1984)") and the others ("(Keohane, 1984)",
// "et al. (2010)", "1994a", the reference list). nameDates makes bare ones
// dates: the document cites no author otherwise.
type citeScan struct {
	bare, marked int
	nameDates    bool
	yearUpto     int // yearBefore has read the text up to here
	firstYear    int // 1 + the offset of the text's first four-digit year, 0 for none yet
}

// tenseAt is the tense that decides a relative expression at p.cur: the
// words next to it, else its clause's ("closed on Monday, amid worries
// that the banks will fail": the Monday before), else the sentence's.
func (p *tparser) tenseAt() int {
	if t := p.localTense(p.cur, p.cur+1); t != 0 {
		return t
	}
	if lo, hi := p.clause(p.cur); lo > 0 || hi < len(p.toks) {
		if t := p.v.tense(p.toks[lo:hi]); t != 0 {
			return t
		}
	}
	return p.sentenceTense()
}

// sentenceTense is the tense of the whole sentence (Vocabulary.tense),
// found once.
func (p *tparser) sentenceTense() int {
	if p.tense == 2 {
		p.tense = p.v.tense(p.toks)
	}
	return p.tense
}

// canStart reports whether an expression may start at toks[i]: a number,
// or a word that opens one of the patterns.
func (p *tparser) canStart(i int) bool {
	if p.kinds[i]&(tokStart|tokTimeStart|tokLead) == 0 {
		return false // most tokens, with no look at their word
	}
	t := &p.toks[i]
	if p.startsAt(i) {
		return true
	}
	if t.Kind != english.Alpha {
		return false
	}
	// a lead word of timestarts.txt: only before something that can start
	// one ("in 1870"); for lead-of, also before a period noun or a part of
	// the day and "of" ("the end of 1871")
	switch p.fact(i).lead {
	case leadOf:
		if p.startsAt(i+1) || p.startsAt(i+2) || p.low(i+2) == "of" && p.startsAt(i+3) || p.low(i+3) == "of" && p.startsAt(i+4) || p.low(i+4) == "of" && p.startsAt(i+5) {
			return true
		}
	case leadNext:
		if p.startsAt(i+1) || p.startsAt(i+2) {
			return true
		}
	}
	if p.kinds[i]&tokTimeStart != 0 {
		// "that month", "later that year", "the same day": a time word or
		// a month within the next three tokens
		for k := i + 1; k <= i+3 && k < len(p.toks); k++ {
			if p.wordKind(k)&(tokTime|tokMonth) != 0 {
				return true
			}
		}
	}
	return false
}

// startsAt reports a number or a word that may open a temporal expression
// at toks[i] (false past the end).
func (p *tparser) startsAt(i int) bool {
	return i < len(p.toks) && p.kinds[i]&tokStart != 0
}

// monthTok reports a month name or abbreviation at toks[i].
func (p *tparser) monthTok(i int) bool {
	return i < len(p.toks) && p.wordKind(i)&tokMonth != 0
}

// wordKind says whether toks[i] is a month or a time word.
func (p *tparser) wordKind(i int) uint8 { return p.kinds[i] }

// What a token is, as the scanner's first checks ask, found once per sentence.
const (
	tokStart     uint8 = 1 << iota // a number, or a word that may open an expression
	tokTimeStart                   // a word that opens one before a time word ("that month")
	tokMonth                       // a month name or abbreviation
	tokTime                        // a word of timewords.tsv
	tokJoin                        // a word or dash that joins a range's ends (joinsRange)
	tokLead                        // a lead word of timestarts.txt: canStart looks at the words after it
)

// tokenFacts fills p.facts and p.kinds for the sentence's tokens, in
// buffers kept from the sentence before.
func (p *tparser) tokenFacts(facts []int32, kinds []uint8) ([]int32, []uint8) {
	n := len(p.toks)
	facts, kinds = slices.Grow(facts[:0], n)[:n], slices.Grow(kinds[:0], n)[:n]
	var marks uint8
	p.opens = n
	for k := range p.toks {
		t := &p.toks[k]
		fi := p.v.lookFacts(t.Low)
		f := &p.v.factList[fi]
		var kd uint8
		switch t.Kind {
		case english.Num:
			kd = tokStart
		case english.Sym:
			if k < p.opens && (t.Text == "(" || t.Text == "[") {
				p.opens = k
			}
		case english.Alpha:
			switch f.start {
			case opens:
				kd = tokStart
			case opensBeforeTime:
				kd = tokTimeStart
			}
			if f.month > 0 {
				kd |= tokMonth
			}
			if f.isTime {
				kd |= tokTime
			}
			if f.lead != 0 {
				kd |= tokLead
			}
		}
		if f.joins || t.Kind == english.Sym && isDash(t.Low) {
			kd |= tokJoin
		}
		marks |= f.marks
		facts[k], kinds[k] = fi, kd
	}
	p.facts, p.kinds, p.marks = facts, kinds, marks|p.ancient
	return facts, kinds
}

// Scan finds the temporal expressions of each sentence. An expression
// written without its year (or month, or day) takes it from the reference
// time: in news, the paragraph's last date, else the document's date; in
// narrative and scholarly text, the last date the text has set before it
// (in the paragraph, else in the section, a heading's date included; in
// narrative, else anywhere before). With no reference time it keeps X for
// what is unknown.
func (v *Vocabulary) Scan(ctx context.Context, text string, sents []text.Sentence, doc Document) ([]Span, error) {
	out, _, err := v.ScanContext(ctx, text, sents, doc)
	return out, err
}

// ScanContext is Scan, and also gives, for each sentence, the time the
// text has set before it (Context).
//
// A name's year in brackets ("Keohane (1984)", "In Gallipoli (1915)") is a
// citation in scholarly text, and in other text when the text cites an
// author in another form too ("(Keohane, 1984)", "et al. (2010)"); else it
// is a date, and the text is scanned again so.
func (v *Vocabulary) ScanContext(ctx context.Context, text string, sents []text.Sentence, doc Document) ([]Span, []Context, error) {
	cs := &citeScan{}
	out, ctxs, err := v.scanContext(ctx, text, sents, doc, cs)
	if err != nil || doc.Kind == Scholarly || cs.bare == 0 || cs.marked > 0 {
		return out, ctxs, err
	}
	return v.scanContext(ctx, text, sents, doc, &citeScan{nameDates: true})
}

func (v *Vocabulary) scanContext(ctx context.Context, text string, sents []text.Sentence, doc Document, cs *citeScan) ([]Span, []Context, error) {
	var out []Span
	ctxs := make([]Context, len(sents))
	ref := parseISO(doc.Ref)
	var para, section, whole *tdate // the reference times: paragraph, section, document
	var heading *tdate              // the date of the section's heading, when it is a single date
	cur := Context{ParaSent: -1, HeadSent: -1}
	line, headLine := -1, false
	excl := slices.Clone(doc.Exclude)
	slices.SortFunc(excl, func(a, b [2]int) int { return a[0] - b[0] })
	ek := 0                     // the first exclusion that may overlap the sentence
	sectAside := false          // the section has named a time apart from the story's
	var ancient uint8           // tparser.ancient: the text has written a year of the first millennium
	period := false             // tparser.period: the paragraph, or the one before it that the next goes on from, stands at a decade or a century; a heading resets it
	headEnd := 0                // the last year of the heading's span of years
	var names map[string]string // the paragraph's names dated in brackets: "Gallipoli" -> 1915
	day := &ref                 // tparser.day: the paragraph's last day read from the document's date, else that date
	var factBuf []int32
	var kindBuf []uint8
	var depthBuf []int8
	var yearBuf []yearRead
	var tokBuf []english.Tok // the tokens of a sentence that comes without them
	for si, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if s.Line != line {
			// (period holds: a paragraph goes on from the decade the one
			// before stands at)
			line, para, names, day = s.Line, nil, nil, &ref
			cur.Prev = cur.Para // a heading's line is no paragraph: headLine
			if headLine {
				cur.Prev = ""
			}
			cur.Para, cur.ParaSent, cur.Moved, cur.Stopped, cur.Ended = "", -1, false, "", ""
		}
		heads := s.Heading || headingLike(text, sents, si)
		headLine = heads
		if heads {
			// a heading opens a section: what the last one set is left behind
			section, heading, period, day = nil, nil, false, &ref
			cur.Heading, cur.HeadSent, cur.Prev = "", -1, ""
			sectAside, headEnd = false, 0
		}
		ctxs[si] = cur
		back := heading
		if back == nil {
			back = section
		}
		inSect := back != nil
		if back == nil && doc.Kind == Narrative {
			back = whole
		}
		toks := s.Toks
		if toks == nil {
			tokBuf = v.lexer.Append(tokBuf[:0], text[s.Start:s.End], s.Start)
			toks = tokBuf
		}
		p := &tparser{v: v, toks: toks, doc: &doc, ref: ref, anchor: para, kept: para, day: day, back: back, inSect: inSect, sectAside: sectAside, headEnd: headEnd, text: text, tense: 2, scan: cs, paraSet: cur.Para != "", ancient: ancient, period: period}
		if cur.Para != "" {
			p.bc = bcYearOf(cur.Para)
		} else {
			p.bc = bcYearOf(cur.Prev)
		}
		factBuf, kindBuf = p.tokenFacts(factBuf, kindBuf)
		ctxs[si].Shift = p.opensPoint()
		ctxs[si].Named = names[p.settingName()]
		ctxs[si].Earlier = p.perfects()
		p.earlier = ctxs[si].Earlier
		p.head = heads
		depthBuf = slices.Grow(depthBuf[:0], len(p.toks)+1)[:len(p.toks)+1]
		p.depth = depthBuf
		p.depth[len(p.toks)] = 0 // past the end: outside any parenthesis
		course, opens := p.storyTime()
		ctxs[si].Course = course
		if len(yearBuf) < len(p.toks) {
			yearBuf = append(yearBuf, make([]yearRead, len(p.toks)-len(yearBuf))...) // gen 0 is no sentence's
		}
		p.years, p.gen = yearBuf[:len(p.toks)], uint32(si+1)
		// Most sentences open no parenthesis: depth 0 throughout, with no
		// loop over their tokens.
		clear(p.depth[:p.opens])
		var d int8
		for k := p.opens; k < len(p.toks); k++ {
			p.depth[k] = d
			if t := &p.toks[k]; t.Kind == english.Sym {
				switch t.Text {
				case "(", "[":
					d++
				case ")", "]":
					if d > 0 {
						d--
					}
				}
			}
		}
		p.refs = si < len(doc.Zones) && doc.Zones[si] == "references"
		for ek < len(excl) && excl[ek][1] <= s.Start {
			ek++
		}
		for _, e := range excl[ek:] {
			if e[0] >= s.End {
				break
			}
			if s.Start < e[1] {
				p.excl = append(p.excl, e)
			}
		}
		first := len(out)
		for i := 0; i < len(p.toks); {
			if i&255 == 255 {
				if err := ctx.Err(); err != nil {
					return nil, nil, err
				}
			}
			if len(p.excl) > 0 && p.excluded(i) {
				i++
				continue
			}
			if !p.canStart(i) {
				i++
				continue
			}
			x, n := p.at(i)
			if n == 0 {
				i++
				continue
			}
			if p.shortAt > i && p.shortAt <= i+n {
				// a year of the first millennium with a common-era word
				// or "the year" in the expression taken: the text stands
				// there (shortYearAt)
				p.ancient, p.marks = markShort, p.marks|markShort
			}
			if p.toks[i].Kind == english.Alpha && len(p.v.idioms) > 0 && p.idiom(i, n) { // an idiom is all words (vocab.go), so a date inside one opens with a word
				i += n
				continue
			}
			x.Sent = si
			if p.compared(i) {
				p.apart = append(p.apart, x.Start) // the time of the thing compared
			}
			if p.tenseOf(i-1)&tenseDeadline != 0 && p.v.ends[p.low(i-1)] && !x.Citation && !p.negatedBefore(i-1) {
				ctxs[si].Until = append(ctxs[si].Until, [2]int{x.Start, x.End})
			}
			if p.fact(i-1).bound && !x.Citation && !slices.Contains(p.apart, x.Start) {
				ctxs[si].Since = append(ctxs[si].Since, [2]int{x.Start, x.End})
			}
			if p.label(i, n) {
				ctxs[si].Labels = append(ctxs[si].Labels, [2]int{x.Start, x.End})
			}
			if hi, ok := p.counted(i, n); ok {
				ctxs[si].Counted = append(ctxs[si].Counted, [2]int{x.Start, hi})
			}
			if lo, ok := p.conjunctDate(i, n); ok {
				ctxs[si].Conjunct = append(ctxs[si].Conjunct, [2]int{lo, x.End})
			} else if !x.Citation {
				if lo, ok := p.conjunctEnd(i); ok {
					ctxs[si].Conjunct = append(ctxs[si].Conjunct, [2]int{lo, x.End})
					ctxs[si].Closing = append(ctxs[si].Closing, [2]int{x.Start, x.End})
				}
			}
			if lo, ok := p.future(i, out[first:]); ok {
				ctxs[si].Ahead = append(ctxs[si].Ahead, [2]int{lo, x.End})
			}
			if lo, hi, opening := p.subClause(i, n); opening && hi > lo && !slices.Contains(ctxs[si].Opening, [2]int{lo, hi}) {
				ctxs[si].Opening = append(ctxs[si].Opening, [2]int{lo, hi})
			} else if !opening && hi > lo && !slices.Contains(ctxs[si].Own, [2]int{lo, hi}) {
				ctxs[si].Own = append(ctxs[si].Own, [2]int{lo, hi})
			}
			if x.Anchor == AnchorDCT {
				switch {
				case len(x.Value) == 10 && !x.Citation:
					d := parseISO(x.Value) // "on Saturday", "yesterday": the day the story stands at
					p.day = &d
				case len(x.Value) == 4 && x.Rule == "timex:relative-year":
					p.year = int32(parseISO(x.Value).y) // "Last year, the army launched its offensive in April"
				}
			}
			out = append(out, x)
			i += n
		}
		day = p.day
		if p.marks&markSequel != 0 && first == len(out) {
			// only a sentence that names no date takes one from its
			// context for what it tells
			if ps := ctxs[si].ParaSent; ps >= 0 && ps < si {
				p.setAt = [2]int{sents[ps].Start, sents[ps].End}
			}
			ctxs[si].Sequels = p.sequels()
		}
		setYear := p.kept != para // the sentence set a year of its own ("In 1955, as in the 1940s, ...": not at the decade)
		if setYear {
			// not a past perfect's date: "Russia had signed a truce in
			// January 1915" tells a time before the story's
			para, section, whole = p.kept, p.kept, p.kept
			period = false
		} else if para == nil && back == nil && p.anchor != nil {
			// a past perfect's date when the text has set no time before
			// it: the only year there is ("Germany had invaded Belgium in
			// August 1914. In September ...": 1914-09)
			para, section, whole = p.anchor, p.anchor, p.anchor
		}
		sectAside = sectAside || len(p.asides) > 0
		ancient = p.ancient
		for _, nv := range p.names {
			if names == nil {
				names = map[string]string{}
			}
			names[nv[0]] = nv[1]
		}
		for k := first + 1; k < len(out); k++ {
			if strings.TrimSpace(text[out[k-1].End:out[k].Start]) == "and" {
				ctxs[si].Joined = append(ctxs[si].Joined, [2]int{out[k-1].Start, out[k].End})
			}
		}
		if opens {
			// "Only at the end of the conflict were ...": the story moves
			// to a time the text does not name
			if cur.Para != "" {
				cur.Stopped = cur.Para
			}
			cur.Para, cur.ParaSent, cur.Moved = "", -1, true
		}
		for _, x := range out[first:] {
			if slices.Contains(p.apart, x.Start) {
				ctxs[si].Apart = append(ctxs[si].Apart, [2]int{x.Start, x.End})
			}
			if x.Citation || strings.HasPrefix(x.Value, "XXXX") || slices.Contains(p.asides, x.Start) || slices.Contains(p.apart, x.Start) {
				continue // an aside ("the first incursion since 1995") or a comparison's date sets no time for what follows
			}
			if inSpans(ctxs[si].Ahead, x.Start) {
				continue // "would be pulled out by the next month": the story stays at the telling
			}
			if inSpans(ctxs[si].Earlier, x.Start) {
				continue // "had signed a truce in January": a time before the story's
			}
			if heads && cur.HeadSent < 0 {
				cur.Heading, cur.HeadSent = x.Value, si
				headEnd = spanEnd(x.Value)
				if p.anchor != nil && SingleDate(x.Value) {
					heading = p.anchor
				}
			}
			cur.Para, cur.ParaSent, cur.Moved, cur.Stopped = x.Value, si, false, ""
			period = strings.HasSuffix(x.Value, "X") && !setYear // "in the 1950s", "A decade later" (46X)
		}
		if cur.Para != "" && p.tellsEnd() {
			cur.Ended = cur.Para
		}
	}
	return out, ctxs, nil
}

// headingLike reports a sentence that stands as a heading though the
// structure did not mark it one: alone on its line, short (at most twelve
// words), with no closing punctuation ("2003: Invasion", "Battle of the
// Marne (September 1914)").
func headingLike(txt string, sents []text.Sentence, si int) bool {
	s := sents[si]
	if si > 0 && sents[si-1].Line == s.Line || si+1 < len(sents) && sents[si+1].Line == s.Line {
		return false
	}
	line := strings.TrimSpace(txt[s.Start:s.End])
	if line == "" || moreWords(line, 12) {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ',', ';', ':', '"':
		return false
	}
	return true
}

// moreWords reports whether s has more than n words, as strings.Fields
// splits them (at runs of unicode.IsSpace), counting no further.
func moreWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}

// SingleDate reports a value that names one date (a year, a month, a
// day, a season), not a span, a decade or a century.
func SingleDate(v string) bool { return v != "" && !strings.ContainsAny(v, "/X") }

// opensPoint reports a sentence that opens with a word of shifts.txt,
// followed by a comma or not.
func (p *tparser) opensPoint() bool {
	if len(p.toks) == 0 || !p.v.shiftFirst[p.toks[0].Low] {
		return false
	}
	for n := min(p.v.maxShift, len(p.toks)); n >= 1; n-- {
		if p.v.shifts[p.joined(0, n)] {
			return true
		}
	}
	return false
}

func (p *tparser) excluded(i int) bool {
	t := &p.toks[i]
	for _, e := range p.excl {
		if int(t.Start) < e[1] && e[0] < int(t.End) {
			return true
		}
	}
	return false
}

// at parses the expression at toks[i], where one may start (canStart):
// the longest of a range, a point or a relative expression.
func (p *tparser) at(i int) (Span, int) {
	best, bn := Span{}, 0
	p.cur, p.shortAt = i, 0
	try := func(x Span, n int) {
		if n > bn {
			best, bn = x, n
		}
	}
	if x, n := p.rangeAt(i); n > 0 {
		try(x, n)
	}
	if x, n := p.eraAt(i); n > 0 {
		try(x, n)
	}
	if pt, ok := p.pointAt(i, false); ok && pt.n > bn {
		if x, n, keep := p.finish(i, pt); keep {
			try(x, n)
		}
	}
	if x, n := p.offsetAt(i); n > 0 {
		try(x, n)
	}
	if p.doc.news() {
		if x, n := p.relativeAt(i); n > 0 {
			try(x, n)
		}
	}
	return best, bn
}

// finish turns a point into a record: resolves a missing year, marks
// citations, and drops bare numbers that are not years in context. n is
// the tokens the record takes ("July last year" takes its year's words).
func (p *tparser) finish(i int, pt point) (x Span, n int, keep bool) {
	if !pt.strong && !p.yearContext(i, pt, false) {
		return Span{}, 0, false
	}
	if pt.noYear && pt.d.m > 0 && p.ref.y > 0 && p.low(i+pt.n+1) == "year" {
		// "July last year", "in early October this year" (a deictic word
		// of timestarts.txt)
		if r := p.fact(i + pt.n).rel; r.rel && r.deictic {
			pt.d.y, pt.n, pt.noYear = p.ref.y+int(r.dir), pt.n+2, false
		}
	}
	if pt.noYear {
		if !p.resolveYear(&pt) && !pt.strong {
			return Span{}, 0, false
		}
	}
	cit, bare := pt.citation || p.refs, false
	if !cit {
		cit, bare = p.citationYear(i, pt)
	}
	if cit {
		p.citeEnd = i + pt.n
	}
	if p.scan != nil && bare {
		p.scan.bare++
	} else if p.scan != nil && cit {
		p.scan.marked++
	}
	if p.refs && !pt.strong && !p.inParens(i) {
		return Span{}, 0, false // a page or volume number in a reference entry
	}
	if t, b := p.tok(i+pt.n), p.tok(i-1); !cit && (t != nil && p.v.due[t.Low] && b != nil && b.Kind == english.Alpha && !p.fact(i-1).setting || p.dueOf(i)) {
		// "has a March 15 deadline", "its 2030 target", "the deadline of
		// March 15": the time of what is to come, no time of the story; not
		// a date that opens its clause ("By March 15 targets had been met")
		p.asides = append(p.asides, int(p.toks[i].Start))
	} else if _, counted := p.counted(i, pt.n); !cit && counted {
		// "three months before the May Ottoman offensive": the
		// other event's time, no time of the story
		p.asides = append(p.asides, int(p.toks[i].Start))
	} else if !cit && p.bracketClause(i) {
		// "(as Garibaldi did to Palermo in 1860)", "(which Austria
		// had signed in 1866)": a remark beside the story, no time of it
		p.asides = append(p.asides, int(p.toks[i].Start))
	} else if pt.d.y > 0 && !cit && pt.decade == 0 && pt.century == 0 && pt.anchor != AnchorDCT && !pt.speech && !p.ahead(i, pt.n) {
		if p.aside(i, pt) {
			p.asides = append(p.asides, int(p.toks[i].Start))
			if p.low(i-1) == "since" && p.comparison(i-1) {
				p.apart = append(p.apart, int(p.toks[i].Start))
			}
		} else {
			d := pt.d
			if pt.season != "" {
				d.m = seasonMonth(pt.season)
			}
			p.anchor, p.bc, p.period = &d, 0, false
			if !inSpans(p.earlier, int(p.toks[i].Start)) {
				p.kept = p.anchor
			}
		}
	}
	val, typ := pt.value()
	if !cit && p.nameYear(i, pt.n) && SingleDate(val) {
		p.names = append(p.names, [2]string{p.toks[i-2].Text, val})
	}
	return Span{Start: int(p.toks[i].Start), End: int(p.toks[i+pt.n-1].End), Value: val, Type: typ, Citation: cit,
		Ambiguous: pt.ambiguous, Anchor: pt.anchor, Mod: pt.mod, Rule: "timex:" + pt.rule}, pt.n, true
}

// ahead reports a date the words before it in its clause put ahead of the
// time of the text: a future or conditional auxiliary ("would be exposed
// for a campaign in 1976", "will hold elections in 2010"), or a verb of
// intent used as an adjective ("a planned campaign in 1976"). The text
// does not move there, so it does not become the reference time. News
// reads its dates from the document's date and keeps every one.
func (p *tparser) ahead(i, n int) bool {
	if p.doc.Kind == News {
		return false
	}
	for k := i - 1; k >= max(0, i-8); k-- {
		w := p.low(k)
		if w == ";" || w == ":" {
			break
		}
		tb := p.tenseOf(k)
		if tb&tenseAhead != 0 {
			return true
		}
		if tb&tenseIntent != 0 && p.v.en.Article(p.low(k-1)) {
			return true
		}
	}
	return false
}

// aside reports a date that names a time apart from the story's: a year,
// or a month and year, used as a label before a noun ("the 1978 Treaty of
// Friendship", "the 2003 invasion", "surpassing the May 2007 high", with one
// adjective between: "a secret 1902 pact"), the
// start of a comparison ("the first incursion since 1995"), or a bare year
// more than ten years after the story's time ("a report declassified in
// 2005" in a story of 1964: a look ahead to a later time; under a heading
// that names a span of years, more than ten years after its end: "1891"
// and "1887" under "Pedro II's reign (1840-1889)" are the story's;
// never one right after a setting cue that opens its sentence: "In 1949,
// the Soviet Union tested ..." moves the story on, unless its clause
// reports a finding: "In 2005, declassified files showed that ..."),
// or a year in
// brackets after a word that lies before the story's time ("the Statute
// of the Guilds (1810)" in a story of 1813: a name recalled;
// "The Battle of Gallipoli (1915)" after 1914 moves the story on). A label after a setting cue
// is no aside: it sets the time of its clause ("In a 1903 interview, the emperor
// said he would abdicate."). It does not
// become the reference time, unless it is the first date of its section
// ("Despite the June 1916 offensive, ..." under a new heading: the story
// is there).
func (p *tparser) aside(i int, pt point) bool {
	if p.low(i-1) == "since" {
		return true
	}
	if pt.d.d > 0 || pt.noYear || pt.season != "" || pt.mod != "" {
		return false
	}
	if p.anchor == nil && !p.inSect && !p.sectAside && len(p.asides) == 0 {
		return false // the only date of its section so far: the story is there
	}
	if r, how := p.reference(); how == AnchorNarrative && pt.d.m == 0 && r.y > 0 && pt.d.y-max(r.y, p.headEnd) > 10 && !p.opensSetting(i, pt.n) {
		return true // "a publication declassified in 2005" in a story of 1964: a look ahead
	}
	if p.bracketYear(i, pt.n) {
		// "the Statute of the Guilds (1810)" in a story of 1813:
		// a name recalled from before the story's time; "The Battle of
		// Gallipoli (1915)", "The Gallipoli campaign (1915)" after 1914 move
		// the story on, as any date does
		r, how := p.reference()
		return how == AnchorNarrative && r.y > 0 && pt.d.y < r.y
	}
	nx := p.tok(i + pt.n)
	if nx == nil || nx.Kind != english.Alpha {
		return false
	}
	if p.determiner(p.low(i - 1)) {
		return !p.setting(i - 2)
	}
	// one adjective between: "a secret 1902 pact", "the disputed 2000
	// election"; not a time word ("the year 1916 saw")
	adj := p.tok(i - 1)
	return i >= 2 && p.determiner(p.low(i-2)) && adj.Kind == english.Alpha && !english.StartsUpper(adj.Text) &&
		p.wordKind(i-1)&(tokTime|tokMonth|tokStart) == 0 && !p.setting(i-3)
}

// setting reports a setting cue at toks[k] (datecues.tsv) before a dated
// noun phrase that sets the time of its clause: "In a 1903 interview,
// the emperor said ...", "during the 1916 campaign". "since" starts a period, no
// setting of the story ("since the 2003 invasion").
func (p *tparser) setting(k int) bool {
	return p.fact(k).setting && p.low(k) != "since"
}

// bracketClause reports a date inside brackets that open with a word other
// than a setting cue (datecues.tsv), before the date: a remark beside the
// story ("(as Garibaldi did to Palermo, Sicily in 1860)",
// "(which Austria had signed in 1866)"), not a date given in brackets
// ("(September 1914)", "(in 1915)", "(1876-1910)").
func (p *tparser) bracketClause(i int) bool {
	if !p.inParens(i) {
		return false
	}
	k := i - 1
	for k >= 0 && p.depth[k] >= p.depth[i] {
		k--
	}
	// toks[k] is the opening bracket (at the outer depth), toks[k+1] the bracket's first word
	if k < 0 || k+1 >= i {
		return false
	}
	t := p.tok(k + 1)
	return t.Kind == english.Alpha && !p.fact(k+1).setting && p.wordKind(k+1)&(tokTime|tokMonth|tokStart) == 0
}

// opensSetting reports a date at toks[i:i+n] right after a setting cue
// that opens its sentence ("In 1949, the Soviet Union tested ...", "By
// 1949 ..."): the story's time, never a look ahead; unless its clause
// reports a record or a finding (a tense.tsv record verb before "that":
// "In 2005, declassified files showed that ...", "In 1995, a general
// wrote that ..."): a look back on the story from later, the look-ahead
// test holds. A record verb with an object is an act of the story ("In
// 1949, the Soviet Union showed its new bomb to the world").
func (p *tparser) opensSetting(i, n int) bool {
	if i != 1 || !p.fact(0).setting {
		return false
	}
	k := i + n
	if k < len(p.toks) && p.low(k) == "," {
		k++
	}
	for end := min(len(p.toks), k+12); k < end; k++ {
		switch w := p.low(k); {
		case w == "," || w == ";" || w == ":" || w == "that":
			return true
		case p.v.record[w] && p.low(k+1) == "that":
			return false // "showed that ...", not "showed its new bomb"
		}
	}
	return true
}

// spanEnd is the year a span of years ends ("1876/1910": 1910); 0 for a
// value that is no such span.
func spanEnd(v string) int {
	a, b, ok := strings.Cut(v, "/")
	if !ok || len(a) != 4 || len(b) != 4 {
		return 0
	}
	y, err := strconv.Atoi(b)
	if err != nil {
		return 0
	}
	return y
}

// conjunctDate reports a date at toks[i:i+n] that opens a clause joined
// to the one before by a word of subclauses.txt joins: that word, an optional
// comma before it, a setting cue (datecues.tsv) and a determiner, the
// date, an optional comma, then a name or a determiner that opens the
// clause's subject ("and on 15 September Germany made a peace offer", "and
// in April, a British force landed there"); not "fought in the spring and
// in the summer of 1916" (no subject after the date). lo is the joining
// word's byte offset.
func (p *tparser) conjunctDate(i, n int) (lo int, ok bool) {
	j := i - 1
	if p.determiner(p.low(j)) {
		j--
	}
	if !p.fact(j).setting {
		return 0, false
	}
	j--
	if j < 0 || !p.v.conjuncts[p.low(j)] {
		return 0, false
	}
	k := i + n
	if p.isSym(k, ",") {
		k++
	}
	t := p.tok(k)
	if t == nil || t.Kind != english.Alpha || !english.IsNameWord(t.Text) && !p.determiner(t.Low) || p.wordKind(k)&(tokTime|tokMonth) != 0 {
		return 0, false
	}
	return int(p.toks[j].Start), true
}

// conjunctEnd reports a date at toks[i] that ends a clause joined after
// a comma by a word of subclauses.txt joins, with a subject of its own
// and a verb in the past before the date (", and the two states signed a
// new arms agreement in 1968"; ", and the parliament demanded its
// withdrawal the next day"): the date is that clause's, as one that opens
// it is (conjunctDate). lo is the byte start of the comma. Not a verb's
// second conjunct without a subject (", and occupied Nanjing in December
// 1937"), nor a list of objects (", and Syria in June 1941": no verb),
// nor the last of a list of subjects ("Egypt, Syria, and Jordan attacked
// Israel in 1948": no verb before the comma, up to the mark before it).
func (p *tparser) conjunctEnd(i int) (lo int, ok bool) {
	if p.marks&markJoins == 0 {
		return 0, false // no joining word in the sentence
	}
	k := i - 1 // the joining word
	for ; k >= 1 && k >= i-12 && p.toks[k].Kind != english.Sym; k-- {
	}
	if k < 1 || k >= i-2 || p.toks[k].Text != "," || !p.v.conjuncts[p.toks[k+1].Low] {
		return 0, false // no comma and joining word before the date: a parenthesis, a list, none
	}
	c := k // the comma
	s := &p.toks[c+2]
	if s.Kind != english.Alpha || !english.IsNameWord(s.Text) && !p.determiner(s.Low) || p.pastAt(c+2) {
		return 0, false
	}
	verb := false // a past verb between the subject and the date
	for m := c + 3; m < i && !verb; m++ {
		verb = p.pastAt(m)
	}
	if !verb {
		return 0, false
	}
	for m := c - 1; m >= 0 && p.toks[m].Kind != english.Sym; m-- {
		if p.pastAt(m) {
			return int(p.toks[c].Start), true // the clause before has a verb of its own
		}
	}
	return 0, false // "Egypt, Syria, and Jordan attacked": a list of subjects
}

// pastAt reports a verb in the past at toks[m], as tenseOfTok reads one,
// from the token's facts before any lookup.
func (p *tparser) pastAt(m int) bool {
	tb := p.tenseOf(m)
	if tb&tensePast != 0 {
		return !p.v.passive[p.low(m-1)]
	}
	return tb&tenseAhead == 0 && p.v.edPast(p.toks[m].Low, p.low(m-1))
}

// negatedBefore reports a negation word (tense.tsv negation: "not",
// "never") before toks[k] in its clause, back to a mark or a word that
// opens a clause: "did not withdraw from Sinai until 1982", "It was not
// until 1990 that ...".
func (p *tparser) negatedBefore(k int) bool {
	for m := k - 1; m >= 0; m-- {
		t := &p.toks[m]
		if t.Kind == english.Sym || p.tenseOf(m)&tenseClause != 0 {
			return false
		}
		if p.v.negation[t.Low] {
			return true
		}
	}
	return false
}

// nameYear reports a date alone in brackets right after a capitalized
// word: "In Gallipoli (1915)", "the Treaty of Rapallo (1922)". Read as a
// date, it is the name's, as a label is.
func (p *tparser) nameYear(i, n int) bool {
	return p.bracketYear(i, n) && english.IsNameWord(p.tok(i-2).Text)
}

// counted reports a date at toks[i:i+n] that labels a noun after a count
// of time, a day cue (datecues.tsv) and a determiner: "three months before
// the May Ottoman offensive", "two weeks after the April
// elections", "a year after the 1991 coup". hi is the byte end of the
// noun phrase: the words after the date, at most four, up to a sign or a
// lower-case word after a lower-case word ("the May Ottoman
// offensive on the Danube front": up to "offensive"). Not "in the
// October Revolution" (no count), nor "two days after October 3" (no
// noun after the date).
func (p *tparser) counted(i, n int) (hi int, ok bool) {
	if !p.determiner(p.low(i-1)) || !p.v.dayCues[p.low(i-2)] || p.low(i-2) == "on" {
		return 0, false
	}
	if tw, isTime := p.timeWord(i - 3); !isTime || tw.kind != "unit" {
		return 0, false
	}
	c := p.tok(i - 4)
	if c == nil || !(c.Kind == english.Num || p.numberWord(i-4) || p.determiner(c.Low)) {
		return 0, false
	}
	k := i + n
	for m := 0; m < 4; m++ {
		t := p.tok(k)
		if t == nil || t.Kind != english.Alpha || m > 0 && !p.capitalized(k) && !p.capitalized(k-1) {
			break
		}
		k++
	}
	if k == i+n {
		return 0, false
	}
	return int(p.toks[k-1].End), true
}

// bracketYear reports a year alone in brackets right after a word: "the
// Battle of Gallipoli (1915)", "the Gallipoli campaign (1915)"; not after
// a sign ("(1915)" opening a line, "1914 (1915)").
func (p *tparser) bracketYear(i, n int) bool {
	t := p.tok(i - 2)
	return p.isSym(i-1, "(") && p.isSym(i+n, ")") && t != nil && t.Kind == english.Alpha
}

// settingName is the name a sentence opens with after a setting cue,
// before a comma ("In Gallipoli, ...", "At Caporetto, ..."), its last word
// ("In Mesopotamian Iraq," gives "Iraq"); "" for none.
func (p *tparser) settingName() string {
	if !p.fact(0).setting {
		return ""
	}
	k := 1
	for k < 4 && k < len(p.toks) && english.IsNameWord(p.toks[k].Text) {
		k++
	}
	if k == 1 || !p.isSym(k, ",") {
		return ""
	}
	return p.toks[k-1].Text
}

// label reports a date at toks[i:i+n] used as a label before a noun (a
// word after it, or a quotation mark and a word: "the 1969 "Green Beret
// Affair""), after a determiner ("the Spring Offensive", "the June 1916
// offensive", with one adjective between: "a secret 1902 pact") or a
// possessive ("the Kaiser's 1900s ambitions"), or after a name and "of"
// ("the War of 1812"), where the word before the phrase is no setting cue
// (datecues.tsv: "in the 1916 campaign", "during the War of 1812" are the
// time of what their clause reports).
func (p *tparser) label(i, n int) bool {
	if j := p.nameBefore(i); j >= 0 {
		return !p.fact(j - 1).setting // "dating back to the War of 1812"
	}
	k := i + n
	if t := p.tok(k); t != nil && t.Kind == english.Sym && english.FoldQuotes(t.Text) == "\"" {
		k++
	}
	if t := p.tok(k); t == nil || t.Kind != english.Alpha {
		return false
	}
	j := i
	if !p.determiner(p.low(j)) { // "the Spring" holds its determiner
		j--
		if adj := p.tok(j); adj != nil && j >= 1 && p.determiner(p.low(j-1)) && adj.Kind == english.Alpha &&
			!english.StartsUpper(adj.Text) && p.wordKind(j)&(tokTime|tokMonth|tokStart) == 0 {
			j-- // "a secret 1902 pact"
		}
	}
	switch {
	case j < 0:
		return false
	case p.determiner(p.low(j)):
	case p.low(j) == "s" && (p.isSym(j-1, "'") || p.isSym(j-1, "’")):
		// "Kaiser Wilhelm's": back over the possessor's name
		for j -= 2; j > 0 && p.tok(j-1).Kind == english.Alpha && english.IsNameWord(p.tok(j-1).Text); j-- {
		}
		if p.determiner(p.low(j - 1)) {
			j-- // "after the Fed's March 2022 decision"
		}
	default:
		return false
	}
	return !p.fact(j - 1).setting
}

// nameBefore is where the name a date after "of" belongs to begins (its
// determiner, else its first word): "the War of 1812", "the Geneva
// Conference of 1954"; -1 when no capitalised word stands before "of"
// or it is a month ("May of 1915").
func (p *tparser) nameBefore(i int) int {
	if p.low(i-1) != "of" || i < 2 {
		return -1
	}
	j := i - 2
	if t := p.tok(j); t.Kind != english.Alpha || !english.IsNameWord(t.Text) || p.monthTok(j) || p.wordKind(j)&tokTime != 0 {
		return -1
	}
	for j > 0 && p.tok(j-1).Kind == english.Alpha && english.IsNameWord(p.tok(j-1).Text) {
		j--
	}
	if p.determiner(p.low(j - 1)) {
		j--
	}
	return j
}

// subClause is the byte span of the clause the date at toks[i:i+n] is in
// when a word of subclauses.txt opens it right after a comma, or at the
// start of the sentence for a word marked "start" ("Although a treaty was
// signed on March 5-9, 1918 ..., on March 27, 1918 Romania ...") (not after a
// preposition: ", of which a quarter came in 2012" gives a share of
// what the clause before reports, at its time): from that word to the
// clause's next comma, ";", ":", dash, parenthesis or the sentence's end;
// 0, 0 for none. opening reports a clause that opens the sentence.
func (p *tparser) subClause(i, n int) (lo, hi int, opening bool) {
	bound := func(k int) bool {
		t := &p.toks[k]
		return t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:()[]—–")
	}
	open := -1
	for k := i - 1; k >= 0 && !bound(k); k-- {
		if p.toks[k].Kind != english.Alpha || !p.v.subOpeners[p.toks[k].Low] {
			continue
		}
		if k > 0 && p.isSym(k-1, ",") || k == 0 && p.v.subStart[p.toks[k].Low] {
			open = k
		}
		break // ", of which a quarter came in 2012": a share of what the clause before reports
	}
	if open < 0 {
		return 0, 0, false
	}
	e := i + n
	for e < len(p.toks) && !bound(e) {
		e++
	}
	if e == len(p.toks) && e > i+n && p.toks[e-1].Kind == english.Sym && strings.ContainsAny(p.toks[e-1].Text, ".!?") {
		e-- // the sentence's closing mark
	}
	return int(p.toks[open].Start), int(p.toks[e-1].End), open == 0
}

// idiom reports a date at toks[i:i+n] inside a figure of speech of
// timewords.tsv (kind idiom): one that is never a date ("in this day and
// age"), or one that is none where its clause, cut at quotation marks,
// tells no past or future (tense.tsv): "At the end of the day, diplomacy
// is about interests", ""At the end of the day, it's about jobs," he
// said", "What matters at the end of the day is trust"; not "Shares closed
// higher at the end of the day", "At the end of the day, the Germans held
// the ridge".
func (p *tparser) idiom(i, n int) bool {
	for _, id := range p.v.idioms {
		for s := max(0, i+n-len(id.words)); s <= min(i, len(p.toks)-len(id.words)); s++ {
			if !p.wordsAt(s, id.words) {
				continue
			}
			if id.always {
				return true
			}
			lo, hi := p.clause(s)
			for k := s - 1; k >= lo; k-- {
				if p.quote(k) {
					lo = k + 1
					break
				}
			}
			for k := s + len(id.words); k < hi; k++ {
				if p.quote(k) {
					hi = k
					break
				}
			}
			return p.v.tense(p.toks[lo:hi]) == 0
		}
	}
	return false
}

// quote reports a quotation mark at toks[k].
func (p *tparser) quote(k int) bool {
	t := &p.toks[k]
	return t.Kind == english.Sym && english.FoldQuotes(t.Text) == "\""
}

// future reports a date at toks[i] that an auxiliary before it puts
// ahead of the time its sentence tells (Context.Ahead): a future or
// conditional one (tense.tsv: "will", "would") written in lower case and
// not after an article ("the will of the people"), or a modal ("may") or
// the "to" of an infinitive after a verb of intent (ahead.txt: "agreed
// to") when a deadline word stands right before the date ("may stay in
// Hanko until the end of 1941", "agreed to withdraw by 15 February 1989"),
// within the date's stretch: back to the comma outside
// an earlier date of the sentence (dates), ";", ":", dash or parenthesis,
// and at most maxStretch tokens. lo is the auxiliary's byte offset.
//
// A date with no deadline word right before it is ahead only when the
// auxiliary governs the date's clause (governs): "The alliance that would
// later contain the Soviet Union was founded in April 1949" and "would end
// the war, which ended in 1953" tell their dates.
func (p *tparser) future(i int, dates []Span) (lo int, ok bool) {
	deadline := p.tenseOf(i-1)&tenseDeadline != 0
	for k := i - 1; k >= max(0, i-maxStretch); k-- {
		t := &p.toks[k]
		if t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:()[]—–") {
			if t.Text != "," || !inDate(dates, int(t.Start)) {
				return 0, false
			}
			continue
		}
		tb := p.tenseOf(k)
		if t.Kind != english.Alpha || tb&(tenseAhead|tenseModal) == 0 && t.Low != "to" || t.Text != t.Low || p.determiner(p.low(k-1)) {
			continue
		}
		if tb&tenseAhead != 0 {
			if !deadline && !p.governs(k, i) {
				return 0, false
			}
			return int(t.Start), true
		}
		if deadline && (tb&tenseModal != 0 || t.Low == "to" && p.tenseOf(k-1)&tenseIntent != 0) {
			return int(t.Start), true
		}
	}
	return 0, false
}

// governs reports that the future or conditional auxiliary at toks[a]
// puts the date at toks[i], with no deadline word right before it, ahead:
//   - no clause opener (clauses.txt: "that", "which", "when") and no past
//     form (tense.tsv: "was", "had"; a word in -ed past the auxiliary's
//     own verb group of three words) stands between them, save the "that"
//     of the auxiliary's own verb ("will insist that ... in 2010");
//   - a conditional ("would") is the future of what someone says or
//     plans: a deadline word stands between it and the date ("would not
//     sail until the thaw in April 1855"), or a "that" before it
//     in its stretch ("warned that Germany would attack in 1941"), or it
//     opens a relative clause, right after its "which", "who" or "that"
//     (clauses.txt): the date is that clause's own, ahead of the main
//     clause's ("The treaty, which would expire in 1996, was signed in
//     1972"); and no retro word follows it ("would later"). A history's
//     "Germany would invade Belgium on 4 August 1914" tells what happened
//     then.
func (p *tparser) governs(a, i int) bool {
	until := false
	for k := a + 1; k < i; k++ {
		t := &p.toks[k]
		if t.Kind != english.Alpha {
			continue
		}
		tb := p.tenseOf(k)
		switch {
		case tb&tenseDeadline != 0:
			until = true
		case t.Low == "that" && k == a+2:
		case tb&(tenseClause|tensePast) != 0:
			return false
		case k > a+3 && p.v.edPast(t.Low, p.low(k-1)):
			return false // "would lose influence ... the Soviet Union invaded Hungary in November 1956"; not the auxiliary's own "would not have invaded"
		}
	}
	if p.tenseOf(a)&tenseCond == 0 {
		return true
	}
	if p.tenseOf(a+1)&tenseRetro != 0 {
		return false
	}
	if until || p.tenseOf(a-1)&tenseClause != 0 {
		return true // a relative clause's own date: "The treaty, which would expire in 1996, was signed ... in 1972"
	}
	for k := a - 1; k >= max(0, a-maxStretch); k-- {
		t := &p.toks[k]
		if t.Kind == english.Sym && strings.ContainsAny(t.Text, ",;:()[]—–") {
			return false
		}
		if t.Low == "that" {
			return true
		}
	}
	return false
}

// maxStretch bounds the tokens future reads back from a date: a long
// quotation or a list may stand between the auxiliary and its date.
const maxStretch = 48

// inDate reports an offset inside one of the dates.
func inDate(dates []Span, at int) bool {
	for _, x := range dates {
		if x.Start <= at && at < x.End {
			return true
		}
	}
	return false
}

// determiner reports an article (english's articles.tsv).
func (p *tparser) determiner(w string) bool { return p.v.en.Article(w) }

// resolveYear gives a point written without a year the year of the
// reference time (reference), in news the nearest year to the document's
// date when the paragraph has set none.
func (p *tparser) resolveYear(pt *point) bool {
	r, how := p.reference()
	switch how {
	case AnchorNarrative:
		pt.d.y = r.y
		if pt.d.m == 0 && pt.season == "" {
			pt.d.m = r.m
		}
		pt.rule += "+anchor"
	case AnchorDCT:
		if pt.season != "" {
			pt.d.y = r.y
		} else if p.year > 0 && pt.d.m > 0 {
			pt.d.y = int(p.year)
		} else {
			pt.d.y = p.nearestYear(pt.d)
		}
		pt.rule += "+ref"
	default:
		pt.d.y = 0
		return true
	}
	pt.anchor = how
	return true
}

// reference is the reference time for an expression that needs one, and
// where it comes from: the paragraph's last date; else in narrative and
// scholarly text the one set before it (back); else in news the last day
// the paragraph named from the document's date ("on Saturday ... the next
// day"), else the document's date. how is "" when there is none.
func (p *tparser) reference() (r tdate, how string) {
	switch {
	case p.bc > 0:
		return tdate{}, "" // a year before the common era: only a count of years reads from it (bcFrom)
	case p.anchor != nil:
		return *p.anchor, AnchorNarrative
	case p.doc.Kind != News && p.back != nil:
		return *p.back, AnchorNarrative
	case p.doc.news() && p.ref.y > 0:
		return *p.day, AnchorDCT // the document's date, or the day the paragraph last named from it
	}
	return tdate{}, ""
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

func (p *tparser) tok(i int) *english.Tok {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

func (p *tparser) low(i int) string {
	if t := p.tok(i); t != nil {
		return t.Low
	}
	return ""
}

// dueOf reports a date at toks[i] right after a noun of a time to come
// (tense.tsv kind due) and "of" or "for": "the deadline of March 15", "a target
// for 2030". Not "deadlines passed in March", nor "the deadline of the talks
// expired on March 15": the date must follow "of"/"for" at once.
//
// A participle of a plan ("planned for 1976", "scheduled for June 12,
// 2018": tense.tsv kind plan) is such a time only when the paragraph has
// set one before the sentence (Context.Para), which it keeps ("returned
// in October 1974 ... the big push planned for 1976"); where it has none,
// the plan's date is the best time the text gives ("The summit, scheduled
// for June 12, 2018, took place in Singapore"), and so it is when the
// sentence says after it that the thing took place (tense.tsv kind held,
// not after a negation: "The next summit, scheduled for February 2019,
// took place in Hanoi"; not "..., never took place"). A plan the sentence
// says was dropped or put off (tense.tsv kind dropped: "The invasion of
// Britain, planned for September 1940, was cancelled") is such a time
// wherever the paragraph stands: what follows is not of that date.
func (p *tparser) dueOf(i int) bool {
	w := p.low(i - 1)
	if w != "of" && w != "for" {
		return false
	}
	if p.v.due[p.low(i-2)] {
		return true
	}
	if !p.v.plan[p.low(i-2)] {
		return false
	}
	held, dropped := p.fateAfter(i)
	return dropped || p.paraSet && !held
}

// fateAfter reports what the sentence says after toks[i] of a planned
// thing: the first verb that says it took place (tense.tsv kind held,
// with no negation right before it: "took place", not "never took place")
// or that it was dropped or put off (kind dropped: "was cancelled", "was
// postponed").
func (p *tparser) fateAfter(i int) (held, dropped bool) {
	for k := i + 1; k < len(p.toks); k++ {
		if p.formAt(k, p.v.held) && !p.v.negation[p.low(k-1)] {
			return true, false
		}
		if p.formAt(k, p.v.dropped) {
			return false, true
		}
	}
	return false, false
}

// formAt reports one of the forms (lower-case words) at toks[k].
func (p *tparser) formAt(k int, forms [][]string) bool { return p.formLen(k, forms) > 0 }

// formLen is the number of words of the first of the forms at toks[k]; 0
// for none.
func (p *tparser) formLen(k int, forms [][]string) int {
	w := p.low(k) // asked once: most forms differ in their first word
	for _, f := range forms {
		if len(f) == 0 || f[0] != w {
			continue
		}
		n := 1
		for n < len(f) && p.low(k+n) == f[n] {
			n++
		}
		if n == len(f) {
			return n
		}
	}
	return 0
}

// capitalized reports a token that starts with an upper-case letter.
func (p *tparser) capitalized(i int) bool {
	t := p.tok(i)
	return t != nil && english.StartsUpper(t.Text)
}

func (p *tparser) isSym(i int, syms string) bool {
	t := p.tok(i)
	return t != nil && t.Kind == english.Sym && strings.Contains(syms, t.Text)
}

// yearAt reads a four-digit year (1000-2199), with its glued suffix: "s" or
// "'s" for a decade, a letter for a citation ("1994a"). With two, it also
// reads two-digit years ("August 99", "21/04/16").
func (p *tparser) yearAt(i int, two bool) (y, n int, suffix string) {
	if two || i < 0 || i >= len(p.years) {
		return p.readYear(i, two)
	}
	// the form readers ask again and again at a number: read it once
	r := &p.years[i]
	if r.gen != p.gen {
		y, n, suffix := p.readYear(i, false)
		k := slices.Index(yearSuffixes[:], suffix)
		if k < 0 {
			return y, n, suffix
		}
		*r = yearRead{y: int32(y), n: int8(n), suffix: uint8(k), gen: p.gen}
	}
	return int(r.y), int(r.n), yearSuffixes[r.suffix]
}

// yearRead is what yearAt(i, false) gave at a token of sentence gen
// (a count of the scan's sentences, from 1: an older one is stale).
type yearRead struct {
	y      int32
	n      int8
	suffix uint8 // in yearSuffixes
	gen    uint32
}

// yearSuffixes are the suffixes readYear gives.
var yearSuffixes = [...]string{"", "s", "cite"}

// readYear is yearAt, read from the tokens.
func (p *tparser) readYear(i int, two bool) (y, n int, suffix string) {
	t := p.tok(i)
	if t == nil || t.Kind != english.Num || anyByte(t.Text, ".,") {
		return 0, 0, ""
	}
	v, _ := strconv.Atoi(t.Text)
	switch {
	case len(t.Text) == 4 && v >= 1000 && v <= 2199:
		y = v
	case len(t.Text) == 2 && two:
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
	if s := p.tok(i + 1); s != nil && !s.Space {
		switch {
		case s.Low == "s":
			return y, 2, "s"
		case (s.Text == "'" || s.Text == "’") && p.tok(i+2) != nil && p.low(i+2) == "s" && !p.tok(i+2).Space:
			if y%10 != 0 {
				return y, 1, "" // "1965's Man of the Year": the year's, not a decade
			}
			return y, 3, "s"
		case s.Kind == english.Alpha && len(s.Text) == 1 && s.Low >= "a" && s.Low <= "e":
			return y, 2, "cite"
		case s.Kind == english.Alpha || s.Kind == english.Num:
			return 0, 0, "" // "1994abc", "2016x": not a year
		}
	}
	return y, n, ""
}

// monthAt reads a month name or abbreviation, with its period.
func (p *tparser) monthAt(i int) (int, int) {
	t := p.tok(i)
	if t == nil || t.Kind != english.Alpha || !p.monthTok(i) {
		return 0, 0
	}
	m := p.fact(i).month
	if m == 0 {
		return 0, 0
	}
	if abbrev, lower := p.v.en.MonthAbbrev(t.Low); abbrev {
		// An abbreviation: "Aug.", "Sept", "aug"; not the word "mar" or "sep" in prose.
		if p.isSym(i+1, ".") && !p.tok(i+1).Space {
			return m, 2
		}
		if unicode.IsLower(english.FirstRune(t.Text)) && !lower {
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
	if t.Kind == english.Num && len(t.Text) <= 2 && !anyByte(t.Text, ".,") {
		d, _ := strconv.Atoi(t.Text)
		if d < 1 || d > 31 {
			return 0, 0
		}
		n := j - i + 1
		if s := p.tok(j + 1); s != nil && !s.Space && p.v.en.OrdinalSuffix(s.Low) {
			n++
		} else if j > i && !p.nextIsMonth(j+1) {
			return 0, 0 // "the 7" without an ordinal suffix, unless a month follows ("the 20 September")
		}
		return d, n
	}
	if t.Kind == english.Alpha {
		if w, ok := p.number(j); ok {
			switch w.Kind {
			case "ordinal":
				return int(w.Value), j - i + 1
			case "tens":
				// "twenty second", "twenty-first", "thirty first", "twenty five January"
				k := j + 1
				if p.isSym(k, "-") {
					k++
				}
				if w2, ok := p.number(k); ok && (w2.Kind == "ordinal" || w2.Kind == "unit" && p.nextIsMonth(k+1)) && w2.Value < 10 && w2.Value >= 1 && p.low(k) != "a" {
					return int(w.Value + w2.Value), k - i + 1
				}
				if p.nextIsMonth(j+1) && w.Value <= 30 {
					return int(w.Value), j - i + 1
				}
			case "unit", "teen":
				// "fifteen August": a cardinal only right before a month
				if p.nextIsMonth(j+1) && p.low(j) != "a" && p.low(j) != "an" {
					return int(w.Value), j - i + 1
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
// "nineteen eighty-two", "two thousand and eleven", "eighteen hundred
// ninety three".
func (p *tparser) wordYearAt(i int) (int, int) {
	num := func(j int) (float64, string, bool) {
		w, ok := p.number(j)
		return w.Value, w.Kind, ok
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
			if v2, k2, ok := num(k); ok && k2 == "unit" && v2 >= 1 && !p.v.en.Indefinite(p.low(k)) {
				return int(v1 + v2), k - j + 1
			}
			return int(v1), 1
		case "unit":
			if p.v.en.Indefinite(p.low(j)) {
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
		// "one thousand six hundred and forty two"
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

// inSpans reports a byte offset at within one of spans (Context.Ahead,
// Context.Earlier).
func inSpans(spans [][2]int, at int) bool {
	for _, s := range spans {
		if s[0] <= at && at < s[1] {
			return true
		}
	}
	return false
}
