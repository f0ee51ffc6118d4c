package text

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/models"
)

// LineRole is what a line of the clean text is.
type LineRole uint8

// Line roles.
const (
	RoleParagraph LineRole = iota
	RoleHeading            // the whole line is a heading
	RoleLabelled           // a run-in label ("Abstract", "Findings") opens the line
	RoleListItem
	RoleHeader // front matter before the first section: title, authors, ids
)

// LineInfo is the role, zone and section of one line.
type LineInfo struct {
	Role     LineRole
	LabelEnd int    // for RoleLabelled: byte offset where the label ends
	Zone     string // header, abstract, body, references
	Section  string // title of the section the line's text belongs to
}

// Structure is a document's outline.
type Structure struct {
	Lines    []LineInfo
	Sections []SectionSpan
}

// SectionSpan is a section of the clean text, in byte offsets.
type SectionSpan struct {
	Title      string
	Zone       string
	Start, End int
}

// Structure finds the outline of t: the front matter (header zone) up to the
// first abstract, section label or numbered heading; headings by their shape
// (short, title-cased, no closing punctuation) or the reader's layout hint;
// run-in labels ("Abstract This article..."); and the zones they open.
func (v *Vocabulary) Structure(ctx context.Context, t *Text) (*Structure, error) {
	st := &Structure{Lines: make([]LineInfo, len(t.Lines))}
	type cand struct {
		labelZone string // zone of a matched section label, "" if none
		labelEnd  int    // byte offset after a run-in label, 0 if the whole line is the label
		heading   bool
	}
	cs := make([]cand, len(t.Lines))
	anchor := -1
	for i, ln := range t.Lines {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := t.Text[ln.Start:ln.End]
		if w, ok := letterSpaced(s); ok {
			s = w // "R E F E R E N C E S": a heading set in spaced capitals
		}
		c := &cs[i]
		if z, end, ok := v.sectionLabel(s); ok {
			c.labelZone = z
			if end < len(s) {
				c.labelEnd = ln.Start + end
			} else {
				c.heading = true
			}
		} else if ln.Hint == HintHeading || (ln.Hint != HintTitle && (v.looksLikeHeading(s) || ln.Page == 0 && v.shortHeading(s))) {
			c.heading = true
		}
		if anchor < 0 && (c.labelZone != "" || (ln.Hint == HintHeading && i > 0) || (c.heading && numbered(s))) {
			anchor = i
		}
	}
	// On a PDF's first page, bold author names and affiliations come
	// before the abstract: a section label later on that page, not the
	// first bold line, ends the front matter.
	if anchor >= 0 && cs[anchor].labelZone == "" && t.Lines[anchor].Page == 1 {
		for j := anchor + 1; j < len(t.Lines) && t.Lines[j].Page == 1; j++ {
			if cs[j].labelZone != "" {
				anchor = j
				break
			}
		}
	}
	if anchor < 0 {
		// No labelled section: the front matter, if any, is the run of short
		// lines before the first real paragraph.
		anchor = 0
		for i, ln := range t.Lines {
			if i >= 15 {
				break
			}
			if len(strings.Fields(t.Text[ln.Start:ln.End])) >= 25 {
				anchor = i
				break
			}
		}
	}
	anchor = v.frontMatterEnd(t, anchor)
	zone, section := models.ZoneBody, ""
	secStart := 0
	startSection := func(title, z string, at int) {
		if at > secStart || len(st.Sections) > 0 || title != "" {
			if at > secStart || len(st.Sections) > 0 {
				st.Sections = append(st.Sections, SectionSpan{Title: section, Zone: zone, Start: secStart, End: max(secStart, at-1)})
			}
		}
		section, zone, secStart = title, z, at
	}
	for i, ln := range t.Lines {
		info := &st.Lines[i]
		s := t.Text[ln.Start:ln.End]
		if w, ok := letterSpaced(s); ok {
			s = w
		}
		c := cs[i]
		if i < anchor {
			info.Role, info.Zone = RoleHeader, models.ZoneHeader
			zone = models.ZoneHeader
			continue
		}
		opens := c.labelZone != "" || c.heading
		if i == anchor && anchor > 0 && !opens {
			startSection("", models.ZoneBody, ln.Start)
		}
		switch {
		case c.labelZone != "" && c.labelEnd > 0:
			info.Role, info.LabelEnd = RoleLabelled, c.labelEnd
			startSection(labelTitle(t.Text[ln.Start:c.labelEnd]), nextZone(zone, c.labelZone), ln.Start)
		case c.labelZone != "":
			info.Role = RoleHeading
			startSection(labelTitle(s), nextZone(zone, c.labelZone), ln.Start)
		case c.heading:
			info.Role = RoleHeading
			z := zone
			if z != models.ZoneReferences {
				z = models.ZoneBody
			}
			startSection(labelTitle(s), z, ln.Start)
		case ln.Hint == HintListItem || isListStart(s):
			info.Role = RoleListItem
		}
		info.Zone, info.Section = zone, section
	}
	if len(t.Lines) > 0 {
		st.Sections = append(st.Sections, SectionSpan{Title: section, Zone: zone, Start: secStart, End: len(t.Text)})
	}
	return st, nil
}

// frontMatterEnd bounds the front matter that ends at line anchor (its
// first section label or heading): it is a few lines before the text's
// first run of prose, so that a text with no front matter (a chapter, a
// text cut from the middle of a paper) whose first label comes late
// ("Conclusion") is not front matter up to it. A labelled date (received,
// accepted, published) belongs to the front matter: a run of prose before
// one is garbled front matter (a first page whose columns the reader
// interleaved), and the run looked for comes after it.
func (v *Vocabulary) frontMatterEnd(t *Text, anchor int) int {
	from := 0
	for {
		run := proseRun(t, from, anchor)
		if run < 0 {
			return anchor
		}
		last := -1
		for i := run; i < anchor; i++ {
			ln := t.Lines[i]
			if len(v.labelledDates(t.Text[ln.Start:ln.End], ln.Start, unknownOrder)) > 0 {
				last = i
			}
		}
		if last < 0 {
			return run
		}
		from = last + 1
	}
}

// A run of prose is proseRunLength prose paragraphs with at most
// proseRunGap other lines (headings, short paragraphs, captions) between
// one and the next. Front matter may hold one or two (an unlabelled
// abstract, a licence notice) among its names and addresses, not three.
const (
	proseRunLength = 3
	proseRunGap    = 2
)

// proseRun is the index of the first line of the first run of prose
// paragraphs in lines from to to-1 of t, -1 when there is none.
func proseRun(t *Text, from, to int) int {
	n, start, last := 0, -1, -1
	for i := from; i < to; i++ {
		ln := t.Lines[i]
		if !proseParagraph(t.Text[ln.Start:ln.End]) {
			continue
		}
		if n == 0 || i-last-1 > proseRunGap {
			n, start = 0, i
		}
		n, last = n+1, i
		if n == proseRunLength {
			return start
		}
	}
	return -1
}

// proseParagraph reports a line that reads as a paragraph of prose: at
// least 25 words, ending with a sentence's closing punctuation (a list of
// names, an affiliation or a table row does not).
func proseParagraph(s string) bool {
	if len(strings.Fields(s)) < 25 {
		return false
	}
	end := strings.TrimRight(s, " \"'”’)]")
	return end != "" && strings.ContainsRune(".?!", rune(end[len(end)-1]))
}

// nextZone is the zone a section label opens when the document is in zone
// cur: inside the reference list only a label of another kind (appendix,
// acknowledgements) leaves it.
func nextZone(cur, label string) string {
	return label
}

// labelTitle trims the punctuation a label or heading ends with.
func labelTitle(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":.—–- "))
}

// sectionLabel reports whether s is, or opens with, a section label from the
// vocabulary; end is the byte offset where the label (and its punctuation)
// ends, len(s) when the label is the whole line.
func (v *Vocabulary) sectionLabel(s string) (zone string, end int, ok bool) {
	body := stripNumbering(s)
	off := len(s) - len(body)
	ws := strings.Fields(body)
	for n := min(v.maxLabel, len(ws)); n >= 1; n-- {
		label := strings.Join(ws[:n], " ")
		bare := strings.TrimRight(label, ":.—–-")
		sec := v.sections[strings.ToLower(bare)]
		if sec == nil {
			continue
		}
		z := sec.zone
		// Where does the label end in s?
		idx := off
		for k := 0; k < n; k++ {
			j := strings.Index(s[idx:], ws[k])
			idx += j + len(ws[k])
		}
		after := strings.TrimLeft(s[idx:], " ")
		rest := strings.TrimLeft(after, " :.—–-")
		if rest == "" {
			return z, len(s), true
		}
		punct := bare != label || len(rest) < len(after) || sec.list
		r := english.FirstRune(rest)
		if punct || (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)) && !(n == 1 && sec.prose) {
			return z, len(s) - len(rest), true
		}
		return "", 0, false
	}
	return "", 0, false
}

// looksLikeHeading reports a line shaped like a heading: short, not closed by
// sentence punctuation, first word capitalized, and most content words
// capitalized (or the whole line in capitals).
func (v *Vocabulary) looksLikeHeading(s string) bool {
	if utf8.RuneCountInString(s) > 120 {
		return false
	}
	last := english.LastRune(s)
	if strings.ContainsRune(".,;!?", last) || last == ':' && len(strings.Fields(s)) > 6 {
		return false
	}
	body := stripNumbering(s)
	ws := strings.Fields(body)
	if len(ws) == 0 || len(ws) > 14 {
		return false
	}
	if !english.StartsUpper(body) {
		return false
	}
	content, capped, letters, upper := 0, 0, 0, 0
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		w = strings.Trim(w, "\"“”‘’'(),:;")
		if utf8.RuneCountInString(w) < 4 || v.smallWords[strings.ToLower(w)] || !unicode.IsLetter(english.FirstRune(w)) {
			continue
		}
		content++
		if english.StartsUpper(w) {
			capped++
		}
	}
	if letters == 0 {
		return false
	}
	if upper == letters && letters >= 4 {
		return true
	}
	return content > 0 && capped*10 >= content*6
}

// shortHeading reports a heading that is not title-cased: a line a writer
// set apart in a text or Markdown file (its lines are paragraphs; a PDF's
// blocks, with pages, may be fragments of one and are not asked) of at most
// shortHeadingWords words, not closed by punctuation, whose first word is
// capitalized, in sentence case ("Foreign involvement and aid to the
// rebels", "Results and discussion") or led by a date label ("1944:
// Liberation of France", "1980s: Insurgency", "1965-67: the crisis
// years"). Sentence case is the house style of many journals and of
// encyclopedias, whose headings the title-case test misses.
func (v *Vocabulary) shortHeading(s string) bool {
	if isListStart(s) {
		return false // "1. Priority given to trade with the neighbours"
	}
	body, dated := stripNumbering(s), false
	if lead, rest, ok := strings.Cut(body, ": "); ok && dateLabel(lead) {
		body, dated = strings.TrimSpace(rest), true
	}
	ws := strings.Fields(body)
	if len(ws) == 0 || len(ws) > shortHeadingWords {
		return false
	}
	if strings.ContainsRune(".,;:!?", english.LastRune(body)) || !dated && !english.StartsUpper(body) {
		return false
	}
	// A label with no word of four letters ("Table 2", "No. 3") is not one.
	for _, w := range ws {
		if utf8.RuneCountInString(strings.Trim(w, "\"“”‘’'(),")) >= 4 && unicode.IsLetter(english.FirstRune(w)) {
			return true
		}
	}
	return false
}

// shortHeadingWords is the longest heading shortHeading takes. In the
// war histories and news of docs-dev, lines set apart without closing
// punctuation are headings up to nine words and paragraphs from 31 on.
const shortHeadingWords = 12

// dateLabel reports a year, a decade or a range of them written as digits
// ("1979", "1980s", "1965-67", "1914–1918"): the label a chronology's
// headings open with.
func dateLabel(s string) bool {
	run, longest := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			run++
			longest = max(longest, run)
			continue
		case r == 's' || r == '-' || r == '–' || r == '/':
		default:
			return false
		}
		run = 0
	}
	return longest == 4
}

// letterSpaced reads a line set in spaced letters, as some journals set
// their headings ("R E F E R E N C E S", "D A T A  A N D  M E T H O D S":
// words apart by two spaces or more), as its words; ok is false for any
// other line (a word of two letters or more, fewer than three letters).
func letterSpaced(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if _, n := utf8.DecodeRuneInString(s); n >= len(s) || s[n] != ' ' {
		return "", false // most lines: a word of two letters or more first
	}
	var b strings.Builder
	letters := 0
	for _, word := range strings.Split(s, "  ") {
		word = strings.TrimSpace(word)
		if word == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, f := range strings.Split(word, " ") {
			if utf8.RuneCountInString(f) != 1 {
				return "", false
			}
			letters++
			b.WriteString(f)
		}
	}
	return b.String(), letters >= 3
}

// numbered reports a heading that opens with a section number ("2.", "3.1",
// "IV.") followed by a word.
func numbered(s string) bool { return len(stripNumbering(s)) < len(s) }

// stripNumbering removes a leading section number: "2 ", "2. ", "3.1 ",
// "3.1. ", "IV. ", each part at most two digits (so a year is not a number).
func stripNumbering(s string) string {
	i, digits := 0, 0
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			digits++
			if digits > 2 {
				return s
			}
		} else if c == '.' && digits > 0 {
			digits = 0
		} else {
			break
		}
		i++
	}
	if i > 0 && i < len(s) && s[i] == ' ' {
		return strings.TrimLeft(s[i:], " ")
	}
	j := 0
	for j < len(s) && strings.IndexByte("IVXLC", s[j]) >= 0 {
		j++
	}
	if j > 0 && j < len(s)-1 && s[j] == '.' && s[j+1] == ' ' {
		return strings.TrimLeft(s[j+1:], " ")
	}
	return s
}
