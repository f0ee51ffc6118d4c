package extract

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
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

type numWord struct {
	value float64
	kind  string
}

type moneyVocab struct {
	byFirst   map[string][]*curForm
	scales    map[string]float64 // lower-case multi-letter scale words
	letters   map[string]float64 // one-letter scales, as written ("k", "M", "bn" is not one)
	numbers   map[string]numWord
	byCode    map[string]bool
	minorsAny []*curForm // minor units valid for any currency ("cents")
}

func newMoneyVocab() *moneyVocab {
	return &moneyVocab{byFirst: map[string][]*curForm{}, scales: map[string]float64{}, letters: map[string]float64{},
		numbers: map[string]numWord{}, byCode: map[string]bool{}}
}

func (m *moneyVocab) add(kind string, f []string) error {
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
	case "numbers":
		x, err := strconv.ParseFloat(get(1), 64)
		if err != nil || get(0) == "" {
			return fmt.Errorf("want form<TAB>value<TAB>kind")
		}
		m.numbers[strings.ToLower(get(0))] = numWord{x, get(2)}
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
			for _, t := range lex(text, 0) {
				f.spaced = append(f.spaced, t.space)
				if f.exact {
					f.keys = append(f.keys, t.text)
				} else {
					f.keys = append(f.keys, t.low)
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

func (m *moneyVocab) build() {
	for _, fs := range m.byFirst {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].keys) > len(fs[j].keys) })
	}
}

// formAt returns how many tokens form f takes at toks[i], 0 if it is not there.
func formAt(f *curForm, toks []tok, i int) int {
	if i+len(f.keys) > len(toks) {
		return 0
	}
	for k, key := range f.keys {
		t := toks[i+k]
		if f.exact {
			if t.text != key && !(f.lower && t.text == strings.ToLower(key)) {
				return 0
			}
		} else if t.low != key {
			return 0
		}
		// A form's tokens are not split by more than a space; a sign's
		// tokens are written together ("A$", not "a $").
		if k > 0 {
			gap := t.start - toks[i+k-1].end
			if gap > 1 || f.kind == "symbol" && gap > 0 && !f.spaced[k] {
				return 0
			}
		}
	}
	return len(f.keys)
}

// curAt returns the longest currency form at toks[i], and how many tokens it
// takes; kinds limits the kinds accepted.
func (m *moneyVocab) curAt(toks []tok, i int, kinds string) (*curForm, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for _, f := range m.byFirst[toks[i].low] {
		if !strings.Contains(kinds, f.kind) {
			continue
		}
		if n := formAt(f, toks, i); n > 0 {
			return f, n
		}
	}
	return nil, 0
}

// MoneySpan is one money figure in byte offsets.
type MoneySpan struct {
	Start, End int
	Sent       int
	Amount     float64
	Max        *float64
	Currency   string
	Basis      string // code, symbol, name, default, sentence:XXX, document:XXX, undecided
	Rule       string
}

// MoneyContext tells the money scanner which countries a document and each
// of its sentences are about, for names such as "rupees" that do not fix a
// currency by themselves.
type MoneyContext struct {
	Sentence [][]string     // state actor codes named in each sentence
	Document map[string]int // state actor codes and how often the document names them
}

// Money finds the money figures of each sentence.
func (v *Vocabulary) Money(text string, sents []SentenceSpan, ctx MoneyContext) []MoneySpan {
	var out []MoneySpan
	for si, s := range sents {
		toks := v.tokens(&s, text)
		weight := -1 // computed when a "pound" needs it
		isWeight := func() bool {
			if weight < 0 {
				weight = 0
				if isWeightContext(text[s.Start:s.End]) {
					weight = 1
				}
			}
			return weight == 1
		}
		for i := 0; i < len(toks); {
			if toks[i].class&cMoney == 0 {
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
			if si < len(ctx.Sentence) {
				sentCtx = ctx.Sentence[si]
			}
			m.resolve(sentCtx, ctx.Document)
			out = append(out, m.span)
			i += n
		}
	}
	return out
}

func isWeightContext(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"weigh", "lbs", " lb", "±", "kilogram", "ounce", " kg"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// moneyMatch is a money figure being parsed.
type moneyMatch struct {
	span MoneySpan
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
func (v *Vocabulary) moneyAt(toks []tok, i int, weight func() bool) (moneyMatch, int) {
	mv := v.money
	majors := "code name symbol default context"
	var pre *curForm
	j := i
	if f, n := mv.curAt(toks, i, majors); f != nil && !(f.kind == "default" && f.code == "GBP" && weight()) {
		// A currency before a number: "$50", "USD 5.4 billion", "Dollar Two Billion".
		if _, k, _ := v.numberAt(toks, i+n, true); k > 0 {
			pre, j = f, i+n
		}
	}
	val, k, dec := v.numberAt(toks, j, pre != nil)
	if k == 0 {
		return moneyMatch{}, 0
	}
	j += k
	// "one-yen"
	if pre == nil && j+1 < len(toks) && toks[j].text == "-" && glued(toks, j) && glued(toks, j+1) {
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
			if _, nk, _ := v.numberAt(toks, j+n, true); nk == 0 || !f.sign || glued(toks, j) && toks[j+n].space {
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
	if j < len(toks) && (toks[j].text == "-" || toks[j].text == "–" || toks[j].low == "to" || toks[j].low == "and" && i > 0 && toks[i-1].low == "between") {
		r := j + 1
		if f, n := mv.curAt(toks, r, majors); f != nil && (cur == nil || f.code == cur.code) {
			if cur == nil {
				cur = f
			}
			r += n
		}
		if v2, k2, _ := v.numberAt(toks, r, true); k2 > 0 && toks[r].kind == tNum {
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
	ms := MoneySpan{Start: int(toks[i].start), End: int(toks[j-1].end), Amount: round(val), Max: max2, Rule: "money"}
	if max2 != nil {
		r := round(*max2)
		ms.Max = &r
		ms.Rule = "money:range"
	}
	return moneyMatch{span: ms, cur: cur}, j - i
}

// minorAt reads a minor amount after a major one.
func (v *Vocabulary) minorAt(toks []tok, j int, cur *curForm) (float64, int) {
	k := j
	if k < len(toks) && toks[k].low == "and" {
		k++
	}
	n, c, dec := v.numberAt(toks, k, true)
	if c == 0 || dec || n >= 100 || n != math.Trunc(n) || (k < len(toks) && (toks[k].low == "a" || toks[k].low == "an")) {
		return 0, 0
	}
	k += c
	ratio := 0.01
	if f, m := v.minorUnit(toks, k, cur.code); f != nil {
		ratio = f.ratio
		k += m
		total := n * ratio
		// "five mao five": a further bare number counts in the next unit.
		if n2, c2, d2 := v.numberAt(toks, k, true); c2 > 0 && !d2 && n2 < 10 && ratio >= 0.1 && (k+c2 == len(toks) || toks[k+c2].kind == tSym) {
			total += n2 * ratio / 10
			k += c2
		}
		return total, k - j
	}
	// A bare number only when nothing follows that would make it a count
	// or a rate ("40 rmb", "50 times", "32 per cent").
	if k < len(toks) {
		switch toks[k].low {
		case "times", "per", "percent", "%", "of", "a", "an":
			return 0, 0
		}
		if _, m := v.scaleAt(toks, k); m > 0 {
			return 0, 0
		}
	}
	if f, _ := v.money.curAt(toks, k, "code name symbol default context"); f != nil {
		return 0, 0
	}
	return n * ratio, k - j
}

func (v *Vocabulary) minorUnit(toks []tok, k int, code string) (*curForm, int) {
	if k >= len(toks) {
		return nil, 0
	}
	for _, f := range v.money.byFirst[toks[k].low] {
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
func (v *Vocabulary) scaleAt(toks []tok, j int) (float64, int) {
	mult, n := 1.0, 0
	for j+n < len(toks) {
		t := toks[j+n]
		if t.kind != tWord {
			break
		}
		if x, ok := v.money.letters[t.text]; ok && glued(toks, j+n) && toks[j+n-1].kind == tNum {
			mult *= x
			n++
			continue
		}
		if x, ok := v.money.scales[t.low]; ok {
			mult *= x
			n++
			continue
		}
		break
	}
	return mult, n
}

// numberAt reads a number at toks[j]: digits ("1,234.5", "10 000") or words
// ("thirteen", "forty-five", "three quarters", "half a"). "a" and "an" count
// only before a scale or a currency. It returns the value, the tokens taken
// and whether it had decimals.
func (v *Vocabulary) numberAt(toks []tok, j int, money bool) (float64, int, bool) {
	if j >= len(toks) {
		return 0, 0, false
	}
	t := toks[j]
	if t.kind == tNum {
		s := t.text
		n := 1
		// "10 000": thousands grouped by spaces.
		for j+n < len(toks) && len(toks[j+n].text) == 3 && toks[j+n].kind == tNum && toks[j+n].space &&
			toks[j+n].start == toks[j+n-1].end+1 && !strings.ContainsAny(s, ".,") && len(s) <= 3 &&
			(j+n+1 >= len(toks) || toks[j+n+1].kind != tNum) {
			s += toks[j+n].text
			n++
		}
		dec := strings.Contains(s, ".") && !strings.Contains(s, ",") || strings.LastIndexByte(s, '.') > strings.LastIndexByte(s, ',')
		x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			return 0, 0, false
		}
		return x, n, dec && strings.Contains(s, ".")
	}
	if t.kind != tWord {
		return 0, 0, false
	}
	total, cur := 0.0, 0.0
	n := 0
	seen := false
	for j+n < len(toks) {
		w := toks[j+n].low
		if w == "-" && seen && j+n+1 < len(toks) && glued(toks, j+n) && glued(toks, j+n+1) {
			if nw, ok := v.money.numbers[toks[j+n+1].low]; ok && nw.kind == "unit" {
				n++
				continue
			}
			break
		}
		nw, ok := v.money.numbers[w]
		if !ok || nw.kind == "ordinal" {
			break
		}
		switch nw.kind {
		case "unit", "teen", "tens":
			if (w == "a" || w == "an") && seen {
				// "half a billion": the article adds nothing.
				n++
				continue
			}
			cur += nw.value
		case "scale":
			if nw.value == 100 {
				cur = math.Max(cur, 1) * 100
			} else {
				total += math.Max(cur, 1) * nw.value
				cur = 0
			}
		case "fraction":
			if cur == 0 {
				cur = nw.value
			} else {
				cur *= nw.value
			}
		}
		seen = true
		n++
	}
	if n == 0 {
		return 0, 0, false
	}
	if (toks[j].low == "a" || toks[j].low == "an") && n == 1 {
		// "a dollar", "a billion": only before a scale or a currency.
		if _, m := v.scaleAt(toks, j+1); m == 0 {
			if f, _ := v.money.curAt(toks, j+1, "code name symbol default context"); f == nil {
				return 0, 0, false
			} else if _, nk, _ := v.numberAt(toks, j+1+len(f.keys), true); nk > 0 {
				return 0, 0, false // "a US$4.7 billion": the article of a figure
			}
		}
	}
	return total + cur, n, false
}

// round removes binary noise: 4.02e9 stays 4020000000, 20.43 stays 20.43.
func round(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return r
}
