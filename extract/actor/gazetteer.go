package actor

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

// Entry is one row of an actor vocabulary file.
type Entry struct {
	Code  string // actor code; "" for places that are never actors
	Label string // entity label: GPE, NORP, ORG, PERSON, LOC, ...
	Kind  string // state, capital, demonym, combining, igo, group, leader, city, ...
	From  string // ISO date the entry holds from, or ""
	To    string // ISO date it holds until, or ""
	Note  string
}

type form struct {
	keys    []string // word keys of the form
	needThe bool     // the form was written "the X": only after "the"
	entries []*Entry
}

// Gazetteer finds the forms of an actor vocabulary in text.
type Gazetteer struct {
	byFirst  map[string][]*form // first word key -> forms, longest first
	all      map[string]*form   // form text -> form
	byCode   map[string]*Entry
	currency []string // currency words that make a form before them no actor ("US Dollar")
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{byFirst: map[string][]*form{}, all: map[string]*form{}, byCode: map[string]*Entry{}}
}

func (g *Gazetteer) addRow(f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("want code<TAB>label<TAB>kind<TAB>forms[<TAB>from<TAB>to<TAB>note]")
	}
	get := func(i int) string {
		if i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	e := &Entry{Code: get(0), Label: get(1), Kind: get(2), From: get(4), To: get(5), Note: get(6)}
	if e.Code == "-" {
		e.Code = ""
	}
	if e.Label == "" || e.Kind == "" {
		return fmt.Errorf("label and kind are required")
	}
	if _, ok := g.byCode[e.Code]; !ok && e.Code != "" || e.Kind != "leader" && e.Code != "" && g.byCode[e.Code].Kind == "leader" {
		g.byCode[e.Code] = e
	}
	for _, d := range []string{e.From, e.To} {
		if d != "" && !isISODate(d) {
			return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	var texts []string
	for _, text := range vocab.Split(get(3), "|") {
		texts = append(texts, dottedVariants(text)...)
	}
	for _, text := range texts {
		needThe := false
		if rest, ok := strings.CutPrefix(text, "the "); ok {
			needThe, text = true, rest
		}
		key := english.FoldQuotes(text)
		fm := g.all[key]
		if fm == nil {
			ws := english.Words(text, 0)
			if len(ws) == 0 {
				continue
			}
			fm = &form{needThe: needThe}
			for _, w := range ws {
				fm.keys = append(fm.keys, w.Key)
			}
			g.all[key] = fm
			g.byFirst[fm.keys[0]] = append(g.byFirst[fm.keys[0]], fm)
		}
		// Rows of the same kind and code add meanings (an office holder's
		// terms); a later row of another code for the same form and kind
		// replaces the earlier meanings, so a user file can override ours.
		kept := fm.entries[:0]
		for _, old := range fm.entries {
			if old.Kind != e.Kind || old.Code == e.Code {
				kept = append(kept, old)
			}
		}
		fm.entries = append(kept, e)
	}
	return nil
}

// dottedVariants returns text and, for an abbreviation of dotted capitals
// in it ("U.S.S.R."), the forms with a space after some of its inner dots,
// as PDF lines and typists leave them: "U. S. S. R.", "U.S.S. R.",
// "U.S. S.R.".
func dottedVariants(text string) []string {
	out := []string{text}
	for _, w := range strings.Fields(text) {
		n := len(w)
		if n < 4 || n > 12 || n%2 != 0 {
			continue
		}
		ok := true
		for i := 0; i < n; i += 2 {
			if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
				ok = false
			}
		}
		if !ok {
			continue
		}
		inner := n/2 - 1 // dots a space may follow
		for mask := 1; mask < 1<<inner; mask++ {
			var b strings.Builder
			for i := 0; i < n; i += 2 {
				b.WriteString(w[i : i+2])
				if i/2 < inner && mask&(1<<(i/2)) != 0 {
					b.WriteByte(' ')
				}
			}
			out = append(out, strings.Replace(text, w, b.String(), 1))
		}
	}
	return out
}

func isISODate(s string) bool {
	for i, r := range s {
		if (i == 4 || i == 7) && r == '-' {
			continue
		}
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(s) == 4 || len(s) == 7 || len(s) == 10
}

func (g *Gazetteer) build() {
	for _, fs := range g.byFirst {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].keys) > len(fs[j].keys) })
	}
}

// Match is one vocabulary form found in text.
type Match struct {
	Start, End int // byte offsets
	Text       string
	Entries    []*Entry
	Compound   bool // part of a hyphenated compound of actors ("Sino-Pak")
}

// Entry returns the match's meaning at date (an ISO date, or "" for none):
// the entry whose term holds on that date, else the first.
func (m Match) Entry(date string) *Entry {
	if date != "" {
		for _, e := range m.Entries {
			if (e.From == "" || e.From[:4] <= date[:min(4, len(date))]) && (e.To == "" || date[:min(4, len(date))] <= e.To[:4]) {
				return e
			}
		}
	}
	return m.Entries[0]
}

// Match finds every vocabulary form in s (offsets relative to base), longest
// match first, left to right, on word boundaries. A combining form ("Sino",
// "Pak") counts only in a hyphenated compound with another actor form.
func (g *Gazetteer) Match(s string, base int) []Match {
	ws := english.Words(s, base)
	var out []Match
	for i := 0; i < len(ws); {
		m, n := g.matchAt(ws, i)
		if n == 0 {
			i++
			continue
		}
		m.Text = s[m.Start-base : m.End-base]
		if !g.currencyNext(s[m.End-base:]) {
			out = append(out, m)
		}
		i += n
	}
	// Combining forms need a partner across a dash; mark compounds.
	kept := out[:0]
	for i, m := range out {
		left := i > 0 && adjacentDash(s, base, out[i-1].End, m.Start)
		right := i+1 < len(out) && adjacentDash(s, base, m.End, out[i+1].Start)
		if onlyCombining(m.Entries) && !left && !right {
			continue
		}
		m.Compound = left || right
		kept = append(kept, m)
	}
	return kept
}

func onlyCombining(es []*Entry) bool {
	for _, e := range es {
		if e.Kind != "combining" {
			return false
		}
	}
	return true
}

// adjacentDash reports whether s[a:b] (absolute offsets) is a single dash,
// possibly followed by a space ("Pak- Afghan" from a broken line).
func adjacentDash(s string, base, a, b int) bool {
	if a < base || b > base+len(s) || a >= b {
		return false
	}
	gap := strings.TrimRight(s[a-base:b-base], " ")
	r, n := utf8.DecodeRuneInString(gap)
	return n == len(gap) && english.IsDash(r)
}

func (g *Gazetteer) matchAt(ws []english.Word, i int) (Match, int) {
	cands := g.byFirst[ws[i].Key]
	if cands == nil && isAllCaps(ws[i].Key) {
		cands = g.byFirst[titleCase(ws[i].Key)]
	}
	for _, fm := range cands {
		n := len(fm.keys)
		if i+n > len(ws) {
			continue
		}
		ok := true
		for k := 0; k < n && ok; k++ {
			w := ws[i+k].Key
			// Later words of a name may be written in lower case ("the
			// Baghdad pact"); the first must match as written.
			ok = w == fm.keys[k] || (isAllCaps(w) && titleCase(w) == fm.keys[k]) ||
				k > 0 && len(w) > 3 && strings.EqualFold(w, fm.keys[k])
		}
		if !ok {
			continue
		}
		if fm.needThe && (i == 0 || !strings.EqualFold(ws[i-1].Key, "the")) {
			continue
		}
		// A form must end on a word boundary: "Niger" is not in "Nigeria"
		// (words already guarantee it) and "US" is not the "US" of "US$".
		return Match{Start: ws[i].Start, End: ws[i+n-1].End, Entries: fm.entries}, n
	}
	return Match{}, 0
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(r) + strings.ToLower(s[n:])
}

// currencyNext reports whether rest opens with a currency word or sign, as
// after the "US" of "US$ 5 million" or "US Dollar 40 Million": that "US"
// names the currency, not the actor.
func (g *Gazetteer) currencyNext(rest string) bool {
	if strings.HasPrefix(rest, "$") {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	for _, w := range g.currency {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
