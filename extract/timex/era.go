package timex

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
)

// eraAt reads a year before the common era, an era word (timewords.tsv,
// era) after its number: "490 BC", "ca. 466 BCE" (BC0490), and a range
// of two such years the word closes, written with a dash, "to" or, after
// "between", "and", with the "from" or "between" before it: "(490-480
// BC)", "from 499 to 493 BC" (BC0499/BC0493).
// The first year of a range is the larger. The era word is written in
// capitals ("bc" is none). A year of four digits before the word and then
// a word ("the 2017 BC election") is no such year: a province's or a
// company's name; nor is a shorter number before the word and then a
// capitalised word or a plural ("Canada sent 300 BC Hydro engineers", "40
// BC firefighters went"), save after a year cue (datecues.tsv: "In 490 BC
// Persia invaded Greece"), a month or "from"/"between".
func (p *tparser) eraAt(i int) (Span, int) {
	k := i // the first year
	if w := p.low(i); w == "from" || w == "between" {
		k++
	}
	a, ok := p.eraYear(k)
	if !ok {
		return Span{}, 0
	}
	if w, n := p.timeWordAt(k+1, "era"); n > 0 && k == i && p.eraEnds(i, k, k+1+n) {
		switch {
		case p.aside(i, point{n: 1 + n}):
			p.asides = append(p.asides, int(p.toks[i].Start)) // "since 513 BC" sets no time, as a later year's "since" does not
		case !p.ahead(i, 1+n):
			p.bc = a
		}
		return p.eraSpan(i, k+1+n, fmt.Sprintf("%s%04d", w.value, a), "DATE"), 1 + n
	}
	j := k + 1
	switch {
	case p.isSym(j, "-–") && !p.toks[j].Space:
		j++
	case p.low(j) == "to", p.low(j) == "and" && p.low(k-1) == "between":
		j++
	default:
		return Span{}, 0
	}
	b, ok := p.eraYear(j)
	if !ok || b > a {
		return Span{}, 0
	}
	w, n := p.timeWordAt(j+1, "era")
	if n == 0 || !p.eraEnds(i, j, j+1+n) {
		return Span{}, 0
	}
	return p.eraSpan(i, j+1+n, fmt.Sprintf("%s%04d/%s%04d", w.value, a, w.value, b), "INTERVAL"), j + 1 + n - i
}

// eraYear reads toks[i] as the number of a year before the common era: one
// to four digits, no leading zero.
func (p *tparser) eraYear(i int) (int, bool) {
	t := p.tok(i)
	if t == nil || t.Kind != english.Num || len(t.Text) > 4 || t.Text[0] == '0' {
		return 0, false
	}
	y, err := strconv.Atoi(t.Text)
	return y, err == nil
}

// eraEnds reports an era word ending at toks[e-1] after the year at
// toks[y] that closes the year: written in capitals, and not followed by a
// word after a four-digit year, nor by a capitalised word or a plural
// unless a year cue, an era cue ("around", "circa"), a month, "from" or
// "between" opens the expression at toks[i].
func (p *tparser) eraEnds(i, y, e int) bool {
	for k := y + 1; k < e; k++ {
		if t := &p.toks[k]; t.Kind == english.Alpha && t.Text != strings.ToUpper(t.Text) {
			return false
		}
	}
	nx := p.tok(e)
	if nx == nil || nx.Kind != english.Alpha {
		return true
	}
	if len(p.toks[y].Text) >= 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(nx.Text)
	plural := len(nx.Low) > 3 && strings.HasSuffix(nx.Low, "s") && !strings.HasSuffix(nx.Low, "ss")
	if !unicode.IsUpper(r) && !plural {
		return true
	}
	return i < y || p.v.yearCues[p.low(i-1)] || p.eraCue(i) || p.monthTok(i-1)
}

// eraCue reports an era cue (datecues.tsv era: "around", "circa") right
// before toks[i] that opens its sentence or follows a year cue ("Around
// 300 BC Greek cities fought Persia", "in about 300 BC"); elsewhere it
// counts ("sent about 300 BC Hydro engineers", "In 2011, around 40 BC
// firefighters").
func (p *tparser) eraCue(i int) bool {
	if !p.v.eraCues[p.low(i-1)] {
		return false
	}
	b := p.tok(i - 2)
	return b == nil || p.v.yearCues[b.Low]
}

func (p *tparser) eraSpan(i, e int, v, typ string) Span {
	return Span{Start: int(p.toks[i].Start), End: int(p.toks[e-1].End), Value: v, Type: typ, Rule: "timex:era"}
}

// bcYearOf is the year of a value before the common era that names one
// year ("BC0490": 490), else 0.
func bcYearOf(v string) int {
	if len(v) != 6 || !strings.HasPrefix(v, "BC") {
		return 0
	}
	y, err := strconv.Atoi(v[2:])
	if err != nil {
		return 0
	}
	return y
}

// bcFrom is the value of the year n years after the reference year
// before the common era (p.bc), years counting down: "In 490 BC ... The
// following year" is BC0489, "ten years later" BC0480; "" with no such
// reference or across the era's start.
func (p *tparser) bcFrom(n int) string {
	if p.bc == 0 || p.bc-n < 1 {
		return ""
	}
	return fmt.Sprintf("BC%04d", p.bc-n)
}
