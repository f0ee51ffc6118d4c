package timex

import (
	"fmt"
	"strconv"

	"github.com/stratex/stratex/extract/english"
)

// eraAt reads a year before the common era, an era word (timewords.tsv,
// era) after its number: "490 BC", "ca. 466 BCE" (BC0490), and a range
// of two such years the word closes, written with a dash, "to" or, after
// "between", "and", with the "from" or "between" before it: "(490-480
// BC)", "from 499 to 493 BC" (BC0499/BC0493).
// The first year of a range is the larger. A year of four digits before
// the word and then a word ("the 2017 BC election") is no such year: a
// province's or a company's name.
func (p *tparser) eraAt(i int) (Span, int) {
	k := i // the first year
	if w := p.low(i); w == "from" || w == "between" {
		k++
	}
	a, ok := p.eraYear(k)
	if !ok {
		return Span{}, 0
	}
	if w, n := p.timeWordAt(k+1, "era"); n > 0 && k == i && p.eraEnds(k, k+1+n) {
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
	if n == 0 || !p.eraEnds(j, j+1+n) {
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
// toks[y] that closes the year: not a four-digit one followed by a word.
func (p *tparser) eraEnds(y, e int) bool {
	nx := p.tok(e)
	return len(p.toks[y].Text) < 4 || nx == nil || nx.Kind != english.Alpha
}

func (p *tparser) eraSpan(i, e int, v, typ string) Span {
	return Span{Start: int(p.toks[i].Start), End: int(p.toks[e-1].End), Value: v, Type: typ, Rule: "timex:era"}
}
