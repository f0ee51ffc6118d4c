package pdf

import (
	"strings"
	"unicode"
)

// CompareWords scores the text a reader produced against a reference text
// of the same document as bags of words: the multisets of lower-cased
// letter/digit tokens. It is how the engine is measured against poppler's
// pdftotext (make pdf-eval).
func CompareWords(ours, ref string) (p, r, f1 float64) {
	a, b := wordBag(ours), wordBag(ref)
	na, nb, tp := 0, 0, 0
	for _, c := range a {
		na += c
	}
	for _, c := range b {
		nb += c
	}
	for t, c := range a {
		tp += min(c, b[t])
	}
	if na == 0 || nb == 0 {
		return 0, 0, 0
	}
	p, r = float64(tp)/float64(na), float64(tp)/float64(nb)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

func wordBag(s string) map[string]int {
	m := map[string]int{}
	for _, t := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[t]++
	}
	return m
}
