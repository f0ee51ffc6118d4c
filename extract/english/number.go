package english

import (
	"math"
	"strconv"
	"strings"
)

// NumberAt reads a number at toks[j]: digits ("1,234.5", "10 000") or words
// ("thirteen", "forty-five", "three quarters", "half a"). It returns the
// value, the tokens taken and whether it had decimals. An article alone
// ("a", "an") reads as one; whether that is a number is the caller's rule.
func (v *Vocabulary) NumberAt(toks []Tok, j int) (float64, int, bool) {
	if j >= len(toks) {
		return 0, 0, false
	}
	t := toks[j]
	if t.Kind == Num {
		s := t.Text
		n := 1
		// "10 000": thousands grouped by spaces.
		for j+n < len(toks) && len(toks[j+n].Text) == 3 && toks[j+n].Kind == Num && toks[j+n].Space &&
			toks[j+n].Start == toks[j+n-1].End+1 && !strings.ContainsAny(s, ".,") && len(s) <= 3 &&
			(j+n+1 >= len(toks) || toks[j+n+1].Kind != Num) {
			s += toks[j+n].Text
			n++
		}
		dec := strings.Contains(s, ".") && !strings.Contains(s, ",") || strings.LastIndexByte(s, '.') > strings.LastIndexByte(s, ',')
		x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			return 0, 0, false
		}
		return x, n, dec && strings.Contains(s, ".")
	}
	if t.Kind != Alpha {
		return 0, 0, false
	}
	total, cur := 0.0, 0.0
	n := 0
	seen := false
	for j+n < len(toks) {
		w := toks[j+n].Low
		if w == "-" && seen && j+n+1 < len(toks) && Glued(toks, j+n) && Glued(toks, j+n+1) {
			if nw, ok := v.numbers[toks[j+n+1].Low]; ok && nw.Kind == "unit" {
				n++
				continue
			}
			break
		}
		nw, ok := v.numbers[w]
		if !ok || nw.Kind == "ordinal" {
			break
		}
		switch nw.Kind {
		case "unit", "teen", "tens":
			if seen && v.Indefinite(w) {
				// "half a billion": the article adds nothing.
				n++
				continue
			}
			cur += nw.Value
		case "scale":
			if nw.Value == 100 {
				cur = math.Max(cur, 1) * 100
			} else {
				total += math.Max(cur, 1) * nw.Value
				cur = 0
			}
		case "fraction":
			if cur == 0 {
				cur = nw.Value
			} else {
				cur *= nw.Value
			}
		}
		seen = true
		n++
	}
	if n == 0 {
		return 0, 0, false
	}
	return total + cur, n, false
}
