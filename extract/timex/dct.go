package timex

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// DCT is a document's own date as its text gives it.
type DCT struct {
	Value      string // ISO date: YYYY-MM-DD (or YYYY-MM)
	Start, End int    // the date's byte span
	Rule       string // dct:published, dct:updated, dct:dateline, dct:dateline-year, dct:date-line
	Dateline   bool   // the text opens with a wire story's dateline, with or without a date
}

// DCTReach is how far into a document, in bytes, its own date is looked
// for: a date further in is one of the dates it reports.
const DCTReach = 3000

// FindDCT finds the date a document gives itself in its first lines, from
// the dates Scan found there (xs, of any kind): a line labelled with a
// word of dctcues.tsv ("Published 3 March 2021", "Updated: March 4,
// 2021"; a published date beats an updated one), a wire story's dateline
// ("KARACHI, March 3, 2021 (Reuters) -"; a dateline without its year
// takes the year of another line, else of a full date of its month or the
// month before or of "this year's 2023", else it stays without its year:
// XXXX-03-03), or a line that is a date and nothing else, in that order;
// an updated date only when there is nothing else.
// ok is false when it finds none; d.Dateline still says whether a
// dateline opens the text.
func (v *Vocabulary) FindDCT(txt string, sents []text.Sentence, xs []Span) (d DCT, ok bool) {
	var published, updated, dateline, dateLine *DCT
	var partial *DCT // a dateline's date without a year
	xi := 0
	for si := range sents {
		s := &sents[si]
		if s.Start >= DCTReach {
			break
		}
		for xi < len(xs) && xs[xi].Sent < si {
			xi++
		}
		var sx []Span
		for k := xi; k < len(xs) && xs[k].Sent == si; k++ {
			sx = append(sx, xs[k])
		}
		toks := s.Tokens(txt, v.lexer)
		if len(toks) == 0 {
			continue
		}
		if kind, n := v.dctLabelAt(toks); n > 0 && len(sx) > 0 {
			// the label, a colon or "on", then the date
			j := n
			for j < len(toks) && (toks[j].Text == ":" || toks[j].Low == "on" || toks[j].Text == "-" || toks[j].Text == "|") {
				j++
			}
			if j < len(toks) && int(toks[j].Start) <= sx[0].Start && dayOrMonth(sx[0].Value) {
				// a weekday may come first: "Published Monday, March 3, 2021"
				if found := (&DCT{Value: dayValue(sx[0].Value), Start: sx[0].Start, End: sx[0].End, Rule: "dct:" + kind}); kind == "published" && published == nil {
					published = found
				} else if kind == "updated" && updated == nil {
					updated = found
				}
				continue
			}
		}
		if k := v.datelineAt(toks); k > 0 && dateline == nil && partial == nil {
			d.Dateline = true
			for _, x := range sx {
				if x.Start >= int(toks[k-1].Start) {
					break
				}
				if len(x.Value) == 10 && (strings.HasPrefix(x.Value, "XXXX-") || x.Anchor != "") && !strings.Contains(x.Value[5:], "X") {
					// (not a day of a year alone, "1968-XX-XX": no month and day to keep)
					// written without its year (which Scan may have taken from another line)
					partial = &DCT{Value: "XXXX" + x.Value[4:], Start: x.Start, End: x.End, Rule: "dct:dateline-year"}
				} else if len(x.Value) == 10 && !strings.Contains(x.Value, "X") {
					dateline = &DCT{Value: x.Value, Start: x.Start, End: x.End, Rule: "dct:dateline"}
				}
				break
			}
		}
		if dateLine == nil && len(sx) == 1 && len(sx[0].Value) == 10 && !strings.Contains(sx[0].Value, "X") && onlyDate(toks, sx[0], v) {
			dateLine = &DCT{Value: sx[0].Value, Start: sx[0].Start, End: sx[0].End, Rule: "dct:date-line"}
		}
	}
	if partial != nil {
		// a dateline's month and day, in the year another line gives
		for _, c := range []*DCT{published, dateLine, updated} {
			if c != nil {
				partial.Value = c.Value[:4] + partial.Value[4:]
				break
			}
		}
		if strings.HasPrefix(partial.Value, "XXXX") {
			// else the year of a full date of the text in the dateline's
			// month or the month before ("on May 15, 2023" under "May
			// 20"); else the dateline stays without its year
			// (XXXX-05-20): a dateline makes the text news, and dates
			// read from it keep what they know ("two days ago":
			// XXXX-05-18)
			if y := yearNear(txt, partial.Value, xs); y != "" {
				partial.Value = y + partial.Value[4:]
			}
		}
	}
	for _, c := range []*DCT{published, dateline, partial, dateLine, updated} {
		if c != nil {
			c.Dateline = d.Dateline
			return *c, true
		}
	}
	return d, false
}

// dctLabelAt matches a label of dctcues.tsv at a line's start and says
// whether it is a published or an updated date.
func (v *Vocabulary) dctLabelAt(toks []english.Tok) (string, int) {
	for n := min(v.maxDCTLabel, len(toks)); n >= 1; n-- {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 && toks[k].Space {
				b.WriteByte(' ')
			}
			b.WriteString(strings.ToLower(toks[k].Text))
		}
		if kind, ok := v.dctLabels[b.String()]; ok {
			return kind, n
		}
	}
	return "", 0
}

// datelineAt reads a wire story's dateline at a sentence's start: a place
// in capitals or title case (up to six words, commas between), maybe a
// date, maybe an agency in parentheses, then a dash ("KARACHI, March 3
// (Reuters) -", "WASHINGTON (AP) —", "London, 3 March 2021 --"). It returns
// the index just past the dash, 0 for none. A place in title case needs
// the agency or the date: a sentence may well open "Mr Smith - ...".
func (v *Vocabulary) datelineAt(toks []english.Tok) int {
	j := 0
	caps, words := true, 0
	for j < len(toks) && words < 6 {
		t := toks[j]
		if t.Kind == english.Alpha && english.StartsUpper(t.Text) {
			caps = caps && allCaps(t.Text)
			words++
			j++
			if j < len(toks) && toks[j].Text == "." && !toks[j].Space {
				j++ // "D.C."
			}
			continue
		}
		if t.Text == "," && words > 0 {
			j++
			continue
		}
		break
	}
	if words == 0 {
		return 0
	}
	dated, agency := false, false
	// a date: month, day, year tokens and commas, up to the agency or dash
	for j < len(toks) && (toks[j].Kind == english.Num || v.en.Month(toks[j].Low) > 0 || toks[j].Text == "," || toks[j].Text == "." && !toks[j].Space) {
		if toks[j].Kind == english.Num || v.en.Month(toks[j].Low) > 0 {
			dated = true
		}
		j++
	}
	if j < len(toks) && toks[j].Text == "(" {
		k := j + 1
		for k < len(toks) && k < j+6 && toks[k].Text != ")" {
			k++
		}
		if k < len(toks) && toks[k].Text == ")" && k > j+1 {
			agency, j = true, k+1
		}
	}
	dash := 0
	for j < len(toks) && dash < 2 && (toks[j].Text == "-" || toks[j].Text == "—" || toks[j].Text == "–") {
		j++
		dash++
	}
	if dash == 0 || j >= len(toks) {
		return 0
	}
	if !caps && !agency && !dated {
		return 0
	}
	return j
}

// onlyDate reports a line that is a date and nothing else, but for a
// weekday before it and a time of day after it ("Monday, 3 March 2021",
// "March 3, 2021 10:32 AM GMT").
func onlyDate(toks []english.Tok, x Span, v *Vocabulary) bool {
	for _, t := range toks {
		if int(t.Start) >= x.Start && int(t.End) <= x.End {
			continue
		}
		if int(t.End) <= x.Start {
			if w, ok := v.timeWords[t.Low]; ok && w.kind == "weekday" || t.Text == "," {
				continue
			}
			return false
		}
		// after the date: a time of day, a zone, a separator
		if t.Kind == english.Num || t.Kind == english.Sym || len(t.Text) <= 3 && allCaps(t.Text) || t.Low == "am" || t.Low == "pm" {
			continue
		}
		return false
	}
	return true
}

// yearNear is the year a dateline's yearless day d (XXXX-MM-DD) is in:
// that of a full date of xs (its year written, no citation) in d's month
// or the month before, or a year the text calls this year ("this year's
// 2023 budget", "this year, 2023,"); "" for none.
func yearNear(txt, d string, xs []Span) string {
	_, m, _, _ := ISOParts(d)
	for _, x := range xs {
		if x.Citation || x.Anchor != "" || x.Type != "DATE" {
			continue
		}
		y, xm, _, g := ISOParts(x.Value)
		switch {
		case g == 1 && y > 0 && thisYearBefore(txt[:x.Start]):
			return x.Value[:4]
		case g != 3 || y == 0:
		case xm == m || xm == m-1:
			return x.Value[:4]
		case m == 1 && xm == 12:
			return tdate{y + 1, 0, 0}.String()
		}
	}
	return ""
}

// thisYearBefore reports text that ends in "this year's" or "this year,"
// and a space.
func thisYearBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s"), ",")
	return len(s) >= 9 && strings.EqualFold(s[len(s)-9:], "this year")
}

// dayOrMonth reports a value with a year and at least a month.
func dayOrMonth(v string) bool {
	return len(v) >= 7 && !strings.Contains(v, "X") && !strings.Contains(v, "/") && v[4] == '-' && v[5] >= '0' && v[5] <= '9'
}

// dayValue is the date a value names (the start of an interval).
func dayValue(v string) string {
	a, _, _ := strings.Cut(v, "/")
	return a
}

// DecideKind decides how a document sets the time of what it reports,
// from its signals: a paper's structure makes it scholarly; with a date of
// its own, a dateline or a date line at the top makes it news, and so does
// a text that sets no year of its own, or whose years lie around its date
// (their median within a year of it), or that names fewer than three
// years far from it, or that speaks from its date as often as once for
// every four years it names far from it ("today", "Monday", "last week":
// Deictics); anything else is narrative. xs are the
// dates Scan found reading the document as narrative.
func (v *Vocabulary) DecideKind(txt string, sents []text.Sentence, scholarly bool, dct string, fromText bool, xs []Span) Kind {
	switch {
	case scholarly:
		return Scholarly
	case dct == "" || len(dct) < 4:
		return Narrative
	case fromText:
		return News
	}
	ref, err := strconv.Atoi(dct[:4])
	if err != nil {
		return Narrative
	}
	var years []int
	far := 0
	for _, x := range xs {
		// a date that took its year from the text counts: read as
		// narrative, its year is one the text names
		if x.Citation || x.Type != "DATE" && x.Type != "INTERVAL" || len(x.Value) < 4 || strings.HasPrefix(x.Value, "XXXX") {
			continue
		}
		if y, err := strconv.Atoi(x.Value[:4]); err == nil {
			years = append(years, y)
			if y < ref-1 || y > ref+1 {
				far++
			}
		}
	}
	if len(years) == 0 {
		return News
	}
	slices.Sort(years)
	if med := years[len(years)/2]; med >= ref-1 && med <= ref+1 {
		return News
	}
	if far < 3 || 4*v.Deictics(txt, sents) >= far {
		return News
	}
	return Narrative
}

// Deictics counts the words that speak from the time of writing: the
// deictic words of timewords.tsv ("today", "yesterday"), weekdays written
// out ("Monday"), and "this", "last" or "next" before a unit, a season or a
// month ("this week", "last year", "next spring").
func (v *Vocabulary) Deictics(txt string, sents []text.Sentence) int {
	n := 0
	for si := range sents {
		toks := sents[si].Tokens(txt, v.lexer)
		for k, t := range toks {
			w, ok := v.timeWords[t.Low]
			switch {
			case ok && w.kind == "deictic":
				n++
			case ok && w.kind == "weekday" && len(t.Low) > 4 && english.StartsUpper(t.Text):
				n++
			case v.relatives[t.Low].deictic && k+1 < len(toks):
				nx := toks[k+1].Low
				if w, ok := v.timeWords[nx]; ok && (w.kind == "unit" || w.kind == "season" || w.kind == "weekday") || v.en.Month(nx) > 0 {
					n++
				}
			}
		}
	}
	return n
}

// allCaps reports a word written in capitals only ("KARACHI", "GMT").
func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}
