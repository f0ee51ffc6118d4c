package money

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// curForm is one way a text writes a currency.
type curForm struct {
	keys    []string // token keys: lower case, or as written when exact
	spaced  []bool   // whether the form has a space before each token
	exact   bool     // codes: match capitals only (or lower case when lower is set)
	lower   bool
	kind    string // code, name, symbol, minor, default, context
	sign    bool   // written with a sign ("$", "US$"): placed before its number
	code    string
	ratio   float64           // minor: fraction of the major unit; code: multiplier (MUSD)
	context map[string]string // context: actor code -> currency code
}

func (m *Vocabulary) add(kind string, f []string) error {
	get := func(i int) string {
		if i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	switch kind {
	case "scales":
		x, err := strconv.ParseFloat(get(1), 64)
		if err != nil || get(0) == "" {
			return fmt.Errorf("want form<TAB>multiplier")
		}
		if len([]rune(get(0))) == 1 {
			m.letters[get(0)] = x
		} else {
			m.scales[strings.ToLower(get(0))] = x
		}
	case "currencies":
		code, k, forms, extra := get(0), get(1), get(2), get(3)
		if code == "" || forms == "" {
			return fmt.Errorf("want code<TAB>kind<TAB>forms[<TAB>extra]")
		}
		base := curForm{kind: k, code: code, ratio: 1}
		switch k {
		case "code":
			base.exact = true
			for _, x := range strings.Split(extra, ",") {
				switch {
				case x == "lower":
					base.lower = true
				case x != "":
					r, err := strconv.ParseFloat(x, 64)
					if err != nil {
						return fmt.Errorf("code extra %q: want lower and/or a multiplier", extra)
					}
					base.ratio = r
				}
			}
			m.byCode[code] = true
		case "minor":
			r, err := strconv.ParseFloat(extra, 64)
			if err != nil || r <= 0 || r >= 1 {
				return fmt.Errorf("minor unit needs its fraction of the major unit, got %q", extra)
			}
			base.ratio = r
		case "context":
			base.context = map[string]string{}
			for _, pair := range strings.Fields(extra) {
				a, c, ok := strings.Cut(pair, ":")
				if !ok {
					return fmt.Errorf("context pair %q: want ACTOR:CODE", pair)
				}
				base.context[a] = c
			}
		case "symbol":
			base.exact = true
		case "name", "default":
		default:
			return fmt.Errorf("unknown currency kind %q", k)
		}
		for _, text := range strings.Split(forms, "|") {
			text = strings.TrimSpace(text)
			if text == "" {
				continue
			}
			f := base
			for _, t := range english.Lex(text, 0) {
				f.spaced = append(f.spaced, t.Space)
				if f.exact {
					f.keys = append(f.keys, t.Text)
				} else {
					f.keys = append(f.keys, t.Low)
				}
			}
			if len(f.keys) == 0 {
				continue
			}
			f.sign = strings.IndexFunc(text, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) < 0 || f.kind == "symbol"
			fp := &f
			first := f.keys[0]
			if f.exact {
				first = strings.ToLower(first)
			}
			m.byFirst[first] = append(m.byFirst[first], fp)
			if k == "minor" && code == "XXX" {
				m.minorsAny = append(m.minorsAny, fp)
			}
		}
	}
	return nil
}

func (m *Vocabulary) build() {
	for _, fs := range m.byFirst {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].keys) > len(fs[j].keys) })
	}
}

// formAt returns how many tokens form f takes at toks[i], 0 if it is not there.
func formAt(f *curForm, toks []english.Tok, i int) int {
	if i+len(f.keys) > len(toks) {
		return 0
	}
	for k, key := range f.keys {
		t := toks[i+k]
		if f.exact {
			if t.Text != key && !(f.lower && t.Text == strings.ToLower(key)) {
				return 0
			}
		} else if t.Low != key {
			return 0
		}
		// A form's tokens are not split by more than a space; a sign's
		// tokens are written together ("A$", not "a $").
		if k > 0 {
			gap := t.Start - toks[i+k-1].End
			if gap > 1 || f.kind == "symbol" && gap > 0 && !f.spaced[k] {
				return 0
			}
		}
	}
	return len(f.keys)
}

// curAt returns the longest currency form at toks[i], and how many tokens it
// takes; kinds limits the kinds accepted.
func (m *Vocabulary) curAt(toks []english.Tok, i int, kinds string) (*curForm, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for _, f := range m.byFirst[toks[i].Low] {
		if !strings.Contains(kinds, f.kind) {
			continue
		}
		if n := formAt(f, toks, i); n > 0 {
			return f, n
		}
	}
	return nil, 0
}

// Span is one money figure in byte offsets.
type Span struct {
	Start, End int
	Sent       int
	Amount     float64
	Max        *float64
	Currency   string
	Basis      string // code, symbol, name, default, sentence:XXX, document:XXX, undecided
	Rule       string
}

// Countries tells the money scanner which countries a document and each
// of its sentences are about, for names such as "rupees" that do not fix a
// currency by themselves.
type Countries struct {
	Sentence [][]string     // state actor codes named in each sentence
	Document map[string]int // state actor codes and how often the document names them
}

// Scan finds the money figures of each sentence.
func (v *Vocabulary) Scan(ctx context.Context, text string, sents []text.Sentence, c Countries) ([]Span, error) {
	var out []Span
	for si, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		toks := s.Tokens(text, v.lexer)
		weight := -1 // computed when a "pound" needs it
		isWeight := func() bool {
			if weight < 0 {
				weight = 0
				if v.isWeightContext(text[s.Start:s.End]) {
					weight = 1
				}
			}
			return weight == 1
		}
		for i := 0; i < len(toks); {
			if i%256 == 255 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			if !v.startsAt(toks, i) {
				i++
				continue
			}
			m, n := v.moneyAt(toks, i, isWeight)
			if n == 0 {
				i++
				continue
			}
			m.span.Sent = si
			var sentCtx []string
			if si < len(c.Sentence) {
				sentCtx = c.Sentence[si]
			}
			m.resolve(sentCtx, c.Document)
			out = append(out, m.span)
			i += n
		}
	}
	return out, nil
}

// startsAt reports a token that may open a money figure: a number, a
// number word or the first word of a currency form.
func (v *Vocabulary) startsAt(toks []english.Tok, i int) bool {
	t := &toks[i]
	if t.Kind == english.Num || v.byFirst[t.Low] != nil {
		return true
	}
	_, ok := v.en.Number(t.Low)
	return ok
}

// isWeightContext reports a sentence about weight (weight.txt), where a
// pound is no money.
func (v *Vocabulary) isWeightContext(s string) bool {
	l := strings.ToLower(s)
	for _, w := range v.weight {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// moneyMatch is a money figure being parsed.
type moneyMatch struct {
	span Span
	cur  *curForm
}

func (m *moneyMatch) resolve(sentence []string, doc map[string]int) {
	f := m.cur
	switch f.kind {
	case "code":
		m.span.Currency, m.span.Basis = f.code, "code"
	case "symbol":
		m.span.Currency, m.span.Basis = f.code, "symbol"
	case "name":
		m.span.Currency, m.span.Basis = f.code, "name"
	case "default":
		m.span.Currency, m.span.Basis = f.code, "default"
	case "context":
		m.span.Currency, m.span.Basis = "XXX", "undecided"
		seen := map[string]bool{}
		var found []string
		for _, a := range sentence {
			if c, ok := f.context[a]; ok && !seen[c] {
				seen[c] = true
				found = append(found, a)
			}
		}
		if len(found) == 1 {
			m.span.Currency, m.span.Basis = f.context[found[0]], "sentence:"+found[0]
			return
		}
		best, second, bestA := 0, 0, ""
		for a, n := range doc {
			if _, ok := f.context[a]; !ok {
				continue
			}
			if n > best || n == best && a < bestA {
				second, best, bestA = best, n, a
			} else if n > second {
				second = n
			}
		}
		if best > 0 && best >= 2*second {
			m.span.Currency, m.span.Basis = f.context[bestA], "document:"+bestA
		}
	}
}

// moneyAt parses a money figure starting at toks[i]; it returns the number
// of tokens taken, 0 if none starts there.
func (v *Vocabulary) moneyAt(toks []english.Tok, i int, weight func() bool) (moneyMatch, int) {
	mv := v
	majors := "code name symbol default context"
	var pre *curForm
	j := i
	if f, n := mv.curAt(toks, i, majors); f != nil && !(f.kind == "default" && f.code == "GBP" && weight()) {
		// A currency before a number: "$50", "USD 5.4 billion", "Dollar Two Billion".
		if _, k, _ := v.numberAt(toks, i+n); k > 0 {
			pre, j = f, i+n
		}
	}
	val, k, dec := v.numberAt(toks, j)
	if k == 0 {
		return moneyMatch{}, 0
	}
	j += k
	// "one-yen"
	if pre == nil && j+1 < len(toks) && toks[j].Text == "-" && english.Glued(toks, j) && english.Glued(toks, j+1) {
		if f, _ := mv.curAt(toks, j+1, "name code default"); f != nil {
			j++
		}
	}
	var post *curForm
	// "75 usd million": a code between the number and its scale.
	if pre == nil {
		if f, n := mv.curAt(toks, j, "code"); f != nil {
			if sc, m := v.scaleAt(toks, j+n); m > 0 {
				post, val, j = f, val*sc, j+n+m
			}
		}
	}
	sc, m := v.scaleAt(toks, j)
	val *= sc
	j += m
	scaled := m > 0
	if post == nil {
		if f, n := mv.curAt(toks, j, majors); f != nil && !(f.kind == "default" && f.code == "GBP" && weight()) {
			// A sign followed by a number belongs to that number ("1 $ 10
			// dollars"), unless it is written against this one ("10$");
			// a word after a number is that number's ("20 dollar 43").
			if _, nk, _ := v.numberAt(toks, j+n); nk == 0 || !f.sign || english.Glued(toks, j) && toks[j+n].Space {
				post, j = f, j+n
			}
		}
	}
	cur := pre
	if cur == nil {
		cur = post
	}
	if pre != nil && post != nil && pre.kind == "default" && post.kind != "default" {
		cur = post // "dollar 5 US dollars"
	}
	// Range: "$160-200 million", "£11-12 million", "$5 million to $10 million".
	var max2 *float64
	if j < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–" || toks[j].Low == "to" || toks[j].Low == "and" && i > 0 && toks[i-1].Low == "between") {
		r := j + 1
		if f, n := mv.curAt(toks, r, majors); f != nil && (cur == nil || f.code == cur.code) {
			if cur == nil {
				cur = f
			}
			r += n
		}
		if v2, k2, _ := v.numberAt(toks, r); k2 > 0 && toks[r].Kind == english.Num {
			r += k2
			sc2, m2 := v.scaleAt(toks, r)
			r += m2
			if cur == nil {
				if f, n := mv.curAt(toks, r, majors); f != nil {
					cur, r = f, r+n
				}
			} else if f, n := mv.curAt(toks, r, majors); f != nil && f.code == cur.code {
				r += n
			}
			if cur != nil {
				if !scaled && m2 > 0 {
					val *= sc2 // the scale of the second number covers the first
				}
				hi := v2 * sc2
				if hi > val {
					max2 = &hi
					j = r
				}
			}
		}
	}
	if cur == nil {
		return moneyMatch{}, 0
	}
	if cur.kind == "code" && cur.ratio != 1 {
		val *= cur.ratio
	}
	// Minor units: "20 dollars 43 cents", "15 dollars and 50", "US$3 and fourteen".
	if max2 == nil && !dec && !scaled && val == math.Trunc(val) {
		if add, n := v.minorAt(toks, j, cur); n > 0 {
			val += add
			j += n
		}
	}
	ms := Span{Start: int(toks[i].Start), End: int(toks[j-1].End), Amount: round(val), Max: max2, Rule: "money"}
	if max2 != nil {
		r := round(*max2)
		ms.Max = &r
		ms.Rule = "money:range"
	}
	return moneyMatch{span: ms, cur: cur}, j - i
}

// minorAt reads a minor amount after a major one.
func (v *Vocabulary) minorAt(toks []english.Tok, j int, cur *curForm) (float64, int) {
	k := j
	if k < len(toks) && toks[k].Low == "and" {
		k++
	}
	n, c, dec := v.numberAt(toks, k)
	if c == 0 || dec || n >= 100 || n != math.Trunc(n) || (k < len(toks) && (toks[k].Low == "a" || toks[k].Low == "an")) {
		return 0, 0
	}
	k += c
	ratio := 0.01
	if f, m := v.minorUnit(toks, k, cur.code); f != nil {
		ratio = f.ratio
		k += m
		total := n * ratio
		// "five mao five": a further bare number counts in the next unit.
		if n2, c2, d2 := v.numberAt(toks, k); c2 > 0 && !d2 && n2 < 10 && ratio >= 0.1 && (k+c2 == len(toks) || toks[k+c2].Kind == english.Sym) {
			total += n2 * ratio / 10
			k += c2
		}
		return total, k - j
	}
	// A bare number only when nothing follows that would make it a count
	// or a rate ("40 rmb", "50 times", "32 per cent").
	if k < len(toks) {
		if v.counts[toks[k].Low] {
			return 0, 0
		}
		if _, m := v.scaleAt(toks, k); m > 0 {
			return 0, 0
		}
	}
	if f, _ := v.curAt(toks, k, "code name symbol default context"); f != nil {
		return 0, 0
	}
	return n * ratio, k - j
}

func (v *Vocabulary) minorUnit(toks []english.Tok, k int, code string) (*curForm, int) {
	if k >= len(toks) {
		return nil, 0
	}
	for _, f := range v.byFirst[toks[k].Low] {
		if f.kind != "minor" || (f.code != code && f.code != "XXX") {
			continue
		}
		if n := formAt(f, toks, k); n > 0 {
			return f, n
		}
	}
	return nil, 0
}

// scaleAt reads scale words ("million", "bn", "crore"); a one-letter scale
// ("k", "M") must be written against its number.
func (v *Vocabulary) scaleAt(toks []english.Tok, j int) (float64, int) {
	mult, n := 1.0, 0
	for j+n < len(toks) {
		t := toks[j+n]
		if t.Kind != english.Alpha {
			break
		}
		if x, ok := v.letters[t.Text]; ok && english.Glued(toks, j+n) && toks[j+n-1].Kind == english.Num {
			mult *= x
			n++
			continue
		}
		if x, ok := v.scales[t.Low]; ok {
			mult *= x
			n++
			continue
		}
		break
	}
	return mult, n
}

// numberAt reads a number at toks[j] (english's NumberAt): digits or
// words. "a" and "an" count only before a scale or a currency. It returns
// the value, the tokens taken and whether it had decimals.
func (v *Vocabulary) numberAt(toks []english.Tok, j int) (float64, int, bool) {
	x, n, dec := v.en.NumberAt(toks, j)
	if n == 1 && (toks[j].Low == "a" || toks[j].Low == "an") {
		// "a dollar", "a billion": only before a scale or a currency.
		if _, m := v.scaleAt(toks, j+1); m == 0 {
			if f, _ := v.curAt(toks, j+1, "code name symbol default context"); f == nil {
				return 0, 0, false
			} else if _, nk, _ := v.numberAt(toks, j+1+len(f.keys)); nk > 0 {
				return 0, 0, false // "a US$4.7 billion": the article of a figure
			}
		}
	}
	return x, n, dec
}

// round removes binary noise: 4.02e9 stays 4020000000, 20.43 stays 20.43.
func round(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return r
}
