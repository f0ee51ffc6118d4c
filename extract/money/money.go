package money

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/models"
)

// Span is one money figure in byte offsets.
type Span struct {
	Start, End int
	Sent       int
	Amount     float64 // negative for an accounting negative ("-$5 million", ": ($2.1 million)")
	Max        *float64
	Currency   string
	Basis      string // code, symbol, name, context:PAK (the country that decided), default, undecided (XXX)
	Rule       string // money, money:range, money:negative
}

// Countries is what the money scanner knows of a document beyond a
// sentence's words: which countries the document and each of its
// sentences are about, for names such as "rupees" that do not fix a
// currency by themselves, and each sentence's zone (no money comes from
// the reference list).
type Countries struct {
	Sentence [][]string     // state actor codes named in each sentence
	Document map[string]int // state actor codes and how often the document names them
	Zones    []string       // each sentence's zone (models.Zone*); none: all body
}

// Scan finds the money figures of each sentence.
func (v *Vocabulary) Scan(ctx context.Context, text string, sents []text.Sentence, c Countries) ([]Span, error) {
	var out []Span
	for si, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if si < len(c.Zones) && c.Zones[si] == models.ZoneReferences {
			continue
		}
		toks := s.Tokens(text, v.lexer)
		sc := sentInfo{text: text[s.Start:s.End], weight: -1}
		for i := 0; i < len(toks); {
			if i&255 == 255 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			pre, pn := v.startAt(toks, i)
			if pn < 0 {
				i++
				continue
			}
			m, a, n := v.moneyAt(toks, i, pre, pn, &sc)
			if n == 0 {
				i++
				continue
			}
			if !prose(toks, a, i+n) {
				// figure text, glyphs of a chart, a table: no money
				i += n
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

// sentInfo holds what the rules learn of a sentence once, when they need it.
type sentInfo struct {
	text   string
	weight int8 // -1 until computed
}

// isWeight reports a sentence about weight (weight.txt), where a pound is
// no money.
func (v *Vocabulary) isWeight(sc *sentInfo) bool {
	if sc.weight < 0 {
		sc.weight = 0
		l := strings.ToLower(sc.text)
		for _, w := range v.weight {
			if strings.Contains(l, w) {
				sc.weight = 1
				break
			}
		}
	}
	return sc.weight == 1
}

// startAt reads what may open a money figure at toks[i]: a currency form
// (returned with its length), or a number or a number word (nil, 0); -1
// when neither.
func (v *Vocabulary) startAt(toks []english.Tok, i int) (*curForm, int) {
	t := &toks[i]
	if t.Kind == english.Num {
		return nil, 0
	}
	if t.Kind == english.Sym && t.Text[0] < utf8.RuneSelf && !v.asciiSign[t.Text[0]] {
		return nil, -1
	}
	// one look-up for both questions: curAt's, then a number word's
	s, ok := v.startOf(t.Low)
	if !ok && !affixed(t.Text) {
		return nil, -1 // what most words come to, without curIn's call
	}
	if f, n := v.curIn(s.forms, toks, i, majors); f != nil {
		return f, n
	}
	if t.Kind == english.Alpha && s.number {
		return nil, 0
	}
	return nil, -1
}

// moneyMatch is a money figure being parsed.
type moneyMatch struct {
	span Span
	cur  *curForm
}

func (m *moneyMatch) resolve(sentence []string, doc map[string]int) {
	f := m.cur
	switch f.kind {
	case "code", "symbol", "name", "default":
		m.span.Currency, m.span.Basis = f.code, f.kind
	case "context":
		if code, actor := f.decide(sentence, doc); code != "" {
			m.span.Currency, m.span.Basis = code, "context:"+actor
		} else if f.code != "XXX" {
			m.span.Currency, m.span.Basis = f.code, "default"
		} else {
			m.span.Currency, m.span.Basis = "XXX", "undecided"
		}
	}
}

// decide picks the currency of a shared name from the countries of its
// sentence: the default's country if it is among them, else the one
// country whose currency the name can be; failing that, from the country
// the document names most (of the sentence's, if it names several), at
// least twice as often as the next.
func (f *curForm) decide(sentence []string, doc map[string]int) (code, actor string) {
	var found []string
	for _, a := range sentence {
		c, ok := f.context[a]
		if !ok {
			continue
		}
		if c == f.code {
			return c, a
		}
		if len(found) == 0 || f.context[found[0]] != c {
			found = append(found, a)
		}
	}
	if len(found) == 1 {
		return f.context[found[0]], found[0]
	}
	best, second, bestA := 0, 0, ""
	for a, n := range doc {
		if _, ok := f.context[a]; !ok || len(found) > 1 && !slices.Contains(found, a) {
			continue
		}
		if n > best || n == best && a < bestA {
			second, best, bestA = best, n, a
		} else if n > second {
			second = n
		}
	}
	if best > 0 && best >= 2*second {
		return f.context[bestA], bestA
	}
	return "", ""
}

// moneyAt parses a money figure at toks[i], where the currency form f of n
// tokens stands (nil when a number does); it returns the figure, the token
// where it starts (before i for a sign of negation) and the number of
// tokens from i it takes, 0 if none starts there.
func (v *Vocabulary) moneyAt(toks []english.Tok, i int, f *curForm, n int, sc *sentInfo) (moneyMatch, int, int) {
	var pre *curForm
	j := i
	neg := false
	if f != nil && !(f.word && f.kind != "code") && !(f.unit && v.isWeight(sc)) {
		// A currency before a number: "$50", "USD 5.4 billion", "Dollar
		// Two Billion"; a sign may carry a minus ("$-5 million").
		k := i + n
		if f.sign && k+1 < len(toks) && isMinus(toks[k].Text) && english.Glued(toks, k) && english.Glued(toks, k+1) {
			k++
			neg = true
		}
		if _, nk, _ := v.numberAt(toks, k); nk > 0 {
			pre, j = f, k
		} else {
			neg = false
		}
	}
	val, k, dec := v.numberAt(toks, j)
	if k == 0 {
		return moneyMatch{}, 0, 0
	}
	num := j
	j += k
	// "one-yen"
	if pre == nil && j+1 < len(toks) && toks[j].Text == "-" && english.Glued(toks, j) && english.Glued(toks, j+1) {
		if f, _ := v.curAt(toks, j+1, kName|kCode|kDefault|kContext); f != nil && !f.word {
			j++
		}
	}
	var post *curForm
	// "75 usd million": a code between the number and its scale.
	if pre == nil {
		if f, n := v.curAt(toks, j, kCode); f != nil {
			if x, m := v.scaleAt(toks, j+n); m > 0 {
				post, val, j = f, val*x, j+n+m
			}
		}
	}
	mult, m := v.scaleAt(toks, j)
	val *= mult
	j += m
	scaled := m > 0
	if pre != nil && !pre.sign && pre.kind != "code" && v.counterAt(toks, j) > 0 {
		// "won 63 seats", "the rupee 2 per cent lower": the number counts
		// something else.
		return moneyMatch{}, 0, 0
	}
	if post == nil {
		if f, n := v.curAt(toks, j, majors); f != nil && v.postOK(f, toks, num, j, n, scaled, val, sc) {
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
	// The second amount's currency and scale are the first's only when the
	// range holds; a year after a year cue opens none ("from Rs 130 crore
	// in 1965 to Rs 400 crore").
	var max2 *float64
	if j < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–" || toks[j].Low != "" && v.rangeByte[toks[j].Low[0]] && v.rangeJoins(toks, i, j)) &&
		!(cur == nil && !scaled && num > 1 && v.yearCues[toks[num-1].Low] && yearLike(&toks[num]) && v.amountEnds(toks, num-2, majors)) {
		r := j + 1
		rcur := cur
		if f, n := v.curAt(toks, r, majors); f != nil && (cur == nil || f.code == cur.code) {
			if cur == nil {
				rcur = f
			}
			r += n
		}
		if v2, k2, _ := v.numberAt(toks, r); k2 > 0 && toks[r].Kind == english.Num {
			r += k2
			sc2, m2 := v.scaleAt(toks, r)
			r += m2
			if rcur == nil {
				if f, n := v.curAt(toks, r, majors); f != nil && v.postOK(f, toks, r-k2-m2, r, n, m2 > 0, v2*sc2, sc) {
					rcur, r = f, r+n
				}
			} else if f, n := v.curAt(toks, r, majors); f != nil && f.code == rcur.code {
				r += n
			}
			lo := val
			if !scaled && m2 > 0 {
				lo *= sc2 // the scale of the second number covers the first
			}
			if hi := v2 * sc2; rcur != nil && hi > lo {
				max2 = &hi
				cur, val, j = rcur, lo, r
			}
		}
	}
	if cur == nil {
		return moneyMatch{}, 0, 0
	}
	if (cur.kind == "code" || cur.kind == "symbol") && cur.ratio != 1 {
		val *= cur.ratio
	}
	// Minor units: "20 dollars 43 cents", "15 dollars and 50", "US$3 and fourteen".
	if max2 == nil && !dec && !scaled && val == math.Trunc(val) && cur.ratio == 1 {
		if add, n := v.minorAt(toks, j, cur); n > 0 {
			val += add
			j += n
		}
	}
	if cur.one && val > 1 {
		return moneyMatch{}, 0, 0 // "Re 2006": a singular sign counts one
	}
	if cur.word && cur.kind == "code" && !dec && !scaled {
		return moneyMatch{}, 0, 0 // "TOP 10", "ALL 3": a code that is a word needs a sum
	}
	start, end, rule := i, j, "money"
	if max2 != nil {
		rule = "money:range"
	} else if a, b, ok := negation(toks, i, j); ok {
		start, end, rule = a, b, "money:negative"
		val = -val
	} else if neg {
		rule, val = "money:negative", -val
	}
	ms := Span{Start: int(toks[start].Start), End: int(toks[end-1].End), Amount: round(val), Rule: rule}
	if max2 != nil {
		r := round(*max2)
		ms.Max = &r
	}
	return moneyMatch{span: ms, cur: cur}, start, j - i
}

// postOK reports whether the currency form f at toks[j:j+n], after the
// number at toks[num:] (worth val), is that number's currency. A form that
// is also an ordinary word ("won", "mark", "Lev") is no currency after a
// year, in the singular after a number other than one ("the 5000 mark"),
// nor before "of", a number or a counter ("pounds of rice", "in 2018 won 63
// seats"); a
// pound is no currency in a sentence about weight; a name that begins a
// compound ("dollar-denominated") is none.
func (v *Vocabulary) postOK(f *curForm, toks []english.Tok, num, j, n int, scaled bool, val float64, sc *sentInfo) bool {
	if f.unit && v.isWeight(sc) {
		return false
	}
	next := j + n
	if !f.exact && next+1 < len(toks) && (toks[next].Text == "-" || toks[next].Text == "‐") && english.Glued(toks, next) &&
		english.Glued(toks, next+1) && toks[next+1].Kind == english.Alpha {
		return false
	}
	if !f.word || f.kind == "code" {
		return true
	}
	if !scaled && yearLike(&toks[num]) || f.single && val != 1 {
		return false
	}
	if next < len(toks) {
		t := &toks[next]
		if t.Low == "of" || t.Kind == english.Num || v.counterAt(toks, next) > 0 {
			return false
		}
	}
	return true
}

// yearLike reports four digits that can be a year (1000-2100).
// amountEnds reports whether toks[i] ends an amount (a figure, a scale word
// or a currency: "Rs 130 crore", "$3", "500 dollars"): a year cue after an
// amount dates it ("Rs 130 crore in 1965 to Rs 400 crore"), while after a
// verb the cue opens a change by a range ("were raised by 1500 to 2000
// dollars").
func (v *Vocabulary) amountEnds(toks []english.Tok, i int, majors kindSet) bool {
	if toks[i].Kind == english.Num {
		return true
	}
	if _, m := v.scaleAt(toks, i); m == 1 {
		return true
	}
	f, n := v.curAt(toks, i, majors)
	return f != nil && n == 1
}

func yearLike(t *english.Tok) bool {
	if t.Kind != english.Num || len(t.Text) != 4 {
		return false
	}
	y, err := strconv.Atoi(t.Text)
	return err == nil && y >= 1000 && y <= 2100
}

// counterAt returns how many tokens a counter noun (counters.txt) takes at
// toks[j], 0 if there is none.
func (v *Vocabulary) counterAt(toks []english.Tok, j int) int {
	if j >= len(toks) {
		return 0
	}
	if v.counters[toks[j].Low] {
		return 1
	}
	// two-word counters ("per cent")
	if j+1 < len(toks) && v.counters[toks[j].Low+" "+toks[j+1].Low] {
		return 2
	}
	return 0
}

// isMinus reports a minus sign: a hyphen, the minus sign or an en dash.
func isMinus(s string) bool { return s == "-" || s == "−" || s == "–" }

// negation finds an accounting negative around the figure toks[i:j]: a
// minus written against it and apart from what precedes ("a balance of
// -$5 million", "−€2bn"), or parentheses after a colon or an equals sign
// ("net income: ($2.1 million)"). It returns the span with the sign.
func negation(toks []english.Tok, i, j int) (int, int, bool) {
	if i == 0 {
		return 0, 0, false
	}
	p := &toks[i-1]
	if isMinus(p.Text) && english.Glued(toks, i) && (i == 1 || p.Space || toks[i-2].Text == "(") {
		return i - 1, j, true
	}
	if p.Text == "(" && j < len(toks) && toks[j].Text == ")" && (i == 1 || toks[i-2].Text == ":" || toks[i-2].Text == "=") {
		return i - 1, j + 1, true
	}
	return 0, 0, false
}

// curAt returns the longest currency form at toks[i], and how many tokens it
// takes; kinds limits the kinds accepted. A code may carry a dollar sign
// ("AUD$", "USD$") or a scale letter ("MUSD", "EURbn").
func (v *Vocabulary) curAt(toks []english.Tok, i int, kinds kindSet) (*curForm, int) {
	if i >= len(toks) {
		return nil, 0
	}
	return v.curIn(v.formsAt(&toks[i]), toks, i, kinds)
}

// curIn is curAt with the forms that begin with toks[i] given.
func (v *Vocabulary) curIn(forms []*curForm, toks []english.Tok, i int, kinds kindSet) (*curForm, int) {
	for _, f := range forms {
		if kinds&f.kbit == 0 {
			continue
		}
		if n := formAt(f, toks, i); n > 0 {
			if f.kind == "code" && i+n < len(toks) && toks[i+n].Text == "$" && english.Glued(toks, i+n) {
				n++
			}
			return f, n
		}
	}
	if s := toks[i].Text; kinds&kCode != 0 && affixed(s) {
		if f := v.codeAffix(s); f != nil {
			return f, 1
		}
	}
	return nil, 0
}

// affixed reports whether a token may be a code with a scale (codeAffix):
// four to six letters, the first two capitals.
func affixed(s string) bool {
	return len(s) > 3 && len(s) < 7 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// codeAffix reads a code written with a scale: a prefix letter marked
// prefix in scales.tsv ("MUSD", "KEUR") or a lower-case scale after it
// ("USDm", "EURbn").
func (v *Vocabulary) codeAffix(s string) *curForm {
	var f *curForm
	mult := 0.0
	if c := v.byCode[s[1:]]; c != nil && len(s) == 4 {
		if x, ok := v.prefixes[s[:1]]; ok {
			f, mult = c, x
		}
	}
	if c := v.byCode[s[:3]]; f == nil && c != nil {
		suf := s[3:]
		if x, ok := v.letters[suf]; ok && suf == strings.ToLower(suf) {
			f, mult = c, x
		} else if x, ok := v.scales[suf]; ok {
			f, mult = c, x
		}
	}
	if f == nil {
		return nil
	}
	g := *f
	g.ratio *= mult
	return &g
}

// formAt returns how many tokens form f takes at toks[i], 0 if it is not there.
func formAt(f *curForm, toks []english.Tok, i int) int {
	if i+len(f.keys) > len(toks) {
		return 0
	}
	for k, key := range f.keys {
		t := &toks[i+k]
		if f.exact {
			if t.Text != key && !(f.lower && t.Text == strings.ToLower(key)) {
				return 0
			}
		} else if t.Low != key && !(k == 0 && f.first != "" && t.Low == f.first) && !strings.EqualFold(t.Low, key) {
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

// rangeJoins reports a word at toks[j] that joins the amount at toks[i:j]
// to a second one (ranges.tsv): "to", or "and" after "between". Its caller
// asks rangeByte first, inline: most words after an amount start with a
// byte no range word starts with.
func (v *Vocabulary) rangeJoins(toks []english.Tok, i, j int) bool {
	switch v.rangeKind(toks[j].Low) {
	case "join":
		return true
	case "pair":
		return i > 0 && v.rangeKind(toks[i-1].Low) == "open"
	}
	return false
}

// minorAt reads a minor amount after a major one.
func (v *Vocabulary) minorAt(toks []english.Tok, j int, cur *curForm) (float64, int) {
	k := j
	if k < len(toks) && toks[k].Low == "and" {
		k++
	}
	n, c, dec := v.numberAt(toks, k)
	if c == 0 || dec || n >= 100 || n != math.Trunc(n) || (k < len(toks) && v.en.Indefinite(toks[k].Low)) {
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
	if f, _ := v.curAt(toks, k, majors); f != nil {
		return 0, 0
	}
	return n * ratio, k - j
}

func (v *Vocabulary) minorUnit(toks []english.Tok, k int, code string) (*curForm, int) {
	if k >= len(toks) {
		return nil, 0
	}
	for _, f := range v.formsAt(&toks[k]) {
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
// ("k", "M", "T") must be written against its number.
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
	if n == 1 && v.en.Indefinite(toks[j].Low) {
		// "a dollar", "a billion": only before a scale or a currency.
		if _, m := v.scaleAt(toks, j+1); m == 0 {
			if f, fn := v.curAt(toks, j+1, majors); f == nil || f.word {
				return 0, 0, false
			} else if _, nk, _ := v.numberAt(toks, j+1+fn); nk > 0 {
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
