package text

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// Header is what a document says about itself in its front matter.
type Header struct {
	Title     string
	TitleLine int // index into Text.Lines, -1 when no title was found
	Authors   []string
	AuthorAt  [][2]int // byte spans of the authors' names in the text
	Dates     []HeaderDate
}

// HeaderDate is a labelled date of the front matter, in byte offsets.
type HeaderDate struct {
	Label      string // submission, received, revised, acceptance, publication, issue
	Value      string // ISO date
	Start, End int
	Ambiguous  bool // numeric date whose day/month order nothing in the document decides
}

// DateOrder reads how a document writes numeric dates: day first when one
// of them can only be read that way (13/08/2022), month first when one can
// only be read that way (08/13/2022). known is false when nothing decides,
// or when the document writes both.
func (v *Vocabulary) DateOrder(text string) (dayFirst, known bool) {
	var d, m bool
	numericDates(text, func(a, b int) {
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			d = true
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			m = true
		}
	})
	if d == m {
		return v.britishSpelling(text), false
	}
	return d, true
}

// numericDates calls f with the first two numbers of each numeric date of
// the text (numericDateAt), left to right, as regexp's FindAll finds them.
func numericDates(text string, f func(a, b int)) {
	for i := 0; i < len(text); {
		if c := text[i]; c < '0' || c > '9' {
			i++
			continue
		}
		a, b, end := numericDateAt(text, i)
		if end < 0 {
			i++
			continue
		}
		f(a, b)
		i = end
	}
}

// numericDateAt reads a numeric date at text[i:] as the pattern
// \b(\d{1,2})[./-](\d{1,2})[./-]\d{4}\b would: its first two numbers and
// where it ends; end is -1 when none starts at i.
func numericDateAt(text string, i int) (a, b, end int) {
	if !isDigit(text, i) || i > 0 && isWordByte(text[i-1]) {
		return 0, 0, -1
	}
	if a, i = digitsAt(text, i); i < 0 || !isDateSep(text, i) {
		return 0, 0, -1
	}
	if b, i = digitsAt(text, i+1); i < 0 || !isDateSep(text, i) {
		return 0, 0, -1
	}
	j := i + 1
	for isDigit(text, j) && j-i <= 4 {
		j++
	}
	if j-i != 5 || j < len(text) && isWordByte(text[j]) {
		return 0, 0, -1
	}
	return a, b, j
}

// digitsAt reads the one or two digits at text[i:] and where they end; end
// is -1 when there are none or more than two.
func digitsAt(text string, i int) (n, end int) {
	j := i
	for ; isDigit(text, j); j++ {
		if j-i == 2 {
			return 0, -1
		}
		n = n*10 + int(text[j]-'0')
	}
	if j == i {
		return 0, -1
	}
	return n, j
}

func isDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
func isDateSep(s string, i int) bool {
	return i < len(s) && (s[i] == '.' || s[i] == '/' || s[i] == '-')
}

// isWordByte reports a byte of regexp's \w: an ASCII letter, digit or
// underscore (no byte of a multi-byte character is one).
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_'
}

// britishSpelling reports whether a text spells the British way more
// than the American: a hint that it writes dates day first.
func (v *Vocabulary) britishSpelling(text string) bool {
	b, a := v.spelling.count(strings.ToLower(text))
	return b > a
}

var monthYearRE = regexp.MustCompile(`\b([A-Z][a-z]{2,8})\.?\s*[-–,]?\s*((?:19|20)\d\d)\b`)
var dayMonthYearRE = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b`)
var monthDayYearRE = regexp.MustCompile(`^([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
var isoDateRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})\b`)
var numericAtRE = regexp.MustCompile(`^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b`)

// Header reads the title, authors and labelled dates of the front matter.
// places reports a line that names a place or a state (an address line,
// not authors' names).
func (v *Vocabulary) Header(ctx context.Context, t *Text, st *Structure, places func(line string) bool) (Header, error) {
	h := Header{TitleLine: -1}
	// the order is read off the whole text: only when a front-matter line
	// writes a numeric date
	order := sync.OnceValues(func() (dayFirst, known bool) { return v.DateOrder(t.Text) })
	// a line the PDF engine set as the title beats one shaped like it
	hinted := false
	for i, ln := range t.Lines {
		if st.Lines[i].Role != RoleHeader {
			break
		}
		hinted = hinted || ln.Hint == HintTitle
	}
	for i, ln := range t.Lines {
		if st.Lines[i].Role != RoleHeader {
			break
		}
		if err := ctx.Err(); err != nil {
			return h, err
		}
		s := t.Text[ln.Start:ln.End]
		found := v.headerDates(s, ln.Start, order)
		h.Dates = append(h.Dates, found...)
		if len(found) > 0 {
			continue
		}
		switch {
		case h.TitleLine < 0 && (ln.Hint == HintTitle || !hinted && v.looksLikeTitle(s)):
			h.Title, h.TitleLine = s, i
		case h.TitleLine >= 0:
			names := v.authorNames(s, places)
			h.Authors = append(h.Authors, names...)
			from := 0
			for _, n := range names {
				if j := strings.Index(s[from:], n); j >= 0 {
					h.AuthorAt = append(h.AuthorAt, [2]int{ln.Start + from + j, ln.Start + from + j + len(n)})
					from += j + len(n)
				}
			}
		}
	}
	return h, nil
}

func (v *Vocabulary) headerDates(s string, base int, order func() (dayFirst, known bool)) []HeaderDate {
	if out := v.labelledDates(s, base, order); len(out) > 0 {
		return out
	}
	// An issue date: the month and year a journal issue line carries
	// ("VOL. 7, ISSUE 5, August - 2022").
	if g := monthYearRE.FindStringSubmatchIndex(s); g != nil && v.isIssueLine(s) {
		if m := v.en.Month(strings.ToLower(s[g[2]:g[3]])); m > 0 {
			y, _ := strconv.Atoi(s[g[4]:g[5]])
			return []HeaderDate{{Label: "issue", Value: fmt.Sprintf("%04d-%02d", y, m), Start: base + g[0], End: base + g[1]}}
		}
	}
	return nil
}

// unknownOrder is the order of a document's numeric dates where only
// whether a line holds a date matters: month first, nothing decides.
func unknownOrder() (dayFirst, known bool) { return false, false }

// labelledDates finds the dates a line labels (headerdates.txt: "Received:
// 12 March 2021").
func (v *Vocabulary) labelledDates(s string, base int, order func() (dayFirst, known bool)) []HeaderDate {
	var out []HeaderDate
	for _, loc := range v.headerRE.FindAllStringSubmatchIndex(s, -1) {
		label := v.headerLabels[strings.ToLower(s[loc[2]:loc[3]])]
		rest := s[loc[1]:]
		off := loc[1]
		hd := HeaderDate{Label: label}
		if g := isoDateRE.FindStringSubmatch(rest); g != nil {
			y, _ := strconv.Atoi(g[1])
			m, _ := strconv.Atoi(g[2])
			d, _ := strconv.Atoi(g[3])
			hd.Value, hd.End = english.ISODate(y, m, d), off+len(g[0])
		} else if g := numericAtRE.FindStringSubmatch(rest); g != nil {
			a, _ := strconv.Atoi(g[1])
			b, _ := strconv.Atoi(g[2])
			y, _ := strconv.Atoi(g[3])
			d, m := a, b
			dayFirst, known := order()
			if !dayFirst {
				d, m = b, a
			}
			hd.Value, hd.End = english.ISODate(y, m, d), off+len(g[0])
			hd.Ambiguous = !known && a <= 12 && b <= 12 && a != b
		} else if g := dayMonthYearRE.FindStringSubmatch(rest); g != nil && v.en.Month(strings.ToLower(g[2])) > 0 {
			d, _ := strconv.Atoi(g[1])
			y, _ := strconv.Atoi(g[3])
			hd.Value, hd.End = english.ISODate(y, v.en.Month(strings.ToLower(g[2])), d), off+len(g[0])
		} else if g := monthDayYearRE.FindStringSubmatch(rest); g != nil && v.en.Month(strings.ToLower(g[1])) > 0 {
			d, _ := strconv.Atoi(g[2])
			y, _ := strconv.Atoi(g[3])
			hd.Value, hd.End = english.ISODate(y, v.en.Month(strings.ToLower(g[1])), d), off+len(g[0])
		}
		if hd.Value == "" {
			continue
		}
		hd.Start = base + off
		hd.End += base
		out = append(out, hd)
	}
	return out
}

// isIssueLine reports a line that holds an issue mark as a word of its own
// ("VOL. 7", not the "VOL" of "REVOLUTION").
func (v *Vocabulary) isIssueLine(s string) bool {
	u := strings.ToUpper(s)
	letter := func(i int) bool { return i >= 0 && i < len(u) && (u[i] >= 'A' && u[i] <= 'Z' || u[i] >= utf8.RuneSelf) }
	for _, m := range v.issueMarks {
		for from := 0; ; {
			j := strings.Index(u[from:], m)
			if j < 0 {
				break
			}
			j += from
			if !letter(j-1) && !(letter(j+len(m)-1) && letter(j+len(m))) {
				return true
			}
			from = j + 1
		}
	}
	return false
}

// looksLikeTitle reports a front-matter line shaped like a title: several
// words, mostly capitalized, no closing full stop, no identifiers or links.
func (v *Vocabulary) looksLikeTitle(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 || len(ws) > 30 {
		return false
	}
	low := strings.ToLower(s)
	for _, bad := range v.notTitle {
		if strings.Contains(low, bad) {
			return false
		}
	}
	nums := 0
	for _, w := range ws {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			nums++
		}
	}
	if nums > 1 || strings.HasSuffix(s, ".") || v.isAffiliation(s) {
		return false
	}
	return v.looksLikeHeading(s) || len(ws) >= 6 && english.StartsUpper(s)
}

func (v *Vocabulary) isAffiliation(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if v.affiliations[w] {
			return true
		}
	}
	return false
}

// allCaps reports words that are all capitals of two letters or more.
func allCaps(ws []string) bool {
	for _, w := range ws {
		if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return false
		}
	}
	return true
}

var authorSplitRE = regexp.MustCompile(`\s*(?:,|;|&|\band\b)\s*`)

// authorNames returns the names on a front-matter line that holds only
// personal names ("Jane Roe, John Doe and A. B. Smith"), or nothing.
func (v *Vocabulary) authorNames(s string, places func(string) bool) []string {
	if v.isAffiliation(s) || strings.ContainsAny(s, "@:/()") || len(s) > 200 {
		return nil
	}
	if places != nil && places(s) {
		return nil // a place or a country: an address line
	}
	var names []string
	for _, part := range authorSplitRE.Split(s, -1) {
		// affiliation marks on either side: "Kevin DeLuca1", "1 2 Kevin DeLuca"
		part = strings.Trim(strings.TrimSpace(part), "*†‡0123456789¹²³ ")
		if part == "" {
			continue
		}
		ws := strings.Fields(part)
		if len(ws) < 2 || len(ws) > 5 {
			return nil
		}
		if allCaps(ws) {
			return nil // "OPEN ACCESS", "RESEARCH ARTICLE": a banner, not a name
		}
		for k, w := range ws {
			r := english.FirstRune(w)
			if v.particles[w] && k > 0 && k < len(ws)-1 {
				continue // "Natália Campos de Souza Pimenta", "Ludwig van Beethoven"
			}
			if !unicode.IsUpper(r) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				return nil
			}
		}
		names = append(names, part)
	}
	return names
}
