package actor

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

// Entry is one row of an actor vocabulary file.
type Entry struct {
	Code   string // actor code; "" for places that are never actors
	Label  string // entity label: GPE, NORP, ORG, PERSON, LOC, ...
	Kind   string // state, capital, demonym, combining, igo, group, leader, person, alias, place, ...
	From   string // ISO date the entry holds from, or ""
	To     string // ISO date it holds until, or ""
	Note   string
	Sector string // GOV, MIL, REB, ... (the eighth column), or ""
	Dict   bool   // from the field's dictionaries (kind dictionary)

	source    int      // which source file it came from, in load order
	only      bool     // the note says only:dated (bounded)
	with      string   // the note's with:CODE (companions), or ""
	notBefore []string // the note's notbefore:w|w (companions), or nil
	since     string   // for an undated member of a group, the group's founding (its row's from), or ""
}

// readNote parses, once at load, the note's fields that companions reads
// for every match: with:CODE and notbefore:w|w (the first of each, as
// noteField reads them).
func (e *Entry) readNote() {
	e.with = e.noteField("with")
	if nb := e.noteField("notbefore"); nb != "" {
		e.notBefore = strings.Split(nb, "|")
	}
}

// noteField returns the value of a "key:value" field of the entry's note
// ("in:AUS cameo:AUS"), or "".
func (e *Entry) noteField(key string) string {
	for f := range strings.FieldsSeq(e.Note) {
		if v, ok := strings.CutPrefix(f, key+":"); ok {
			return v
		}
	}
	return ""
}

// bounded reports an entry whose note says "only:dated": its form names
// its actor only in a sentence whose date lies within its years (or near
// them), and names no one in an undated one. A name that every war's
// coalition takes ("the Allies") is one such: a date cannot take a code
// away from a row that always holds, so such a row holds only where a
// date gives it.
func (e *Entry) bounded() bool { return e.only }

// In is the state a place lies in (its note's "in:CODE"), or "".
func (e *Entry) In() string { return e.noteField("in") }

// Home is the state an organisation is based in (its note's
// "home:CODE"), or "".
func (e *Entry) Home() string { return e.noteField("home") }

// Within is the code a historic polity lies within (its note's
// "within:CODE": the poleis of ancient Greece within GRC), or "".
func (e *Entry) Within() string { return e.noteField("within") }

type form struct {
	keys    []string // word keys of the form, as written
	needThe bool     // the form was written "the X": only after "the"
	exact   bool     // every word must be written as in the form (the dictionaries' forms)
	entries []*Entry
}

// Gazetteer finds the forms of an actor vocabulary in text. The forms are
// held in a trie of lower-case words, so that finding them costs the same
// whether the vocabulary holds a hundred forms or a hundred thousand: a
// walk from each word of a sentence along the words that follow it, then a
// check of the case rules on the few forms that end on the path.
type Gazetteer struct {
	trie       trie
	all        map[string]*form // form text -> form
	parsed     map[string][]*form
	byCode     map[string]*Entry
	within     map[string]string  // a polity's code -> the code it lies within (any row's note "within:CODE")
	byLast     map[uint64][]*form // people's forms of several words by their last word (knownGiven)
	givenNames map[string]bool    // the first words of those forms that are names ("Henry", "Bill")
	currency   []string           // currency words that make a form before them no actor ("US Dollar")
	user       int                // sources from this index on are the user's
}

// Room for the embedded vocabularies, so that loading them grows no map.
const (
	formsHint = 40000
	edgesHint = 72000
)

func newGazetteer() *Gazetteer {
	return &Gazetteer{trie: newTrie(edgesHint), all: make(map[string]*form, formsHint), parsed: make(map[string][]*form, formsHint),
		byCode: map[string]*Entry{}, within: map[string]string{}, user: 1 << 30}
}

// addRow adds one row of an actor file; dict marks the kind dictionary
// (exact case); source numbers the file the row comes from.
func (g *Gazetteer) addRow(f []string, dict bool, source int) error {
	if len(f) < 4 {
		return fmt.Errorf("want code<TAB>label<TAB>kind<TAB>forms[<TAB>from<TAB>to<TAB>note<TAB>sector]")
	}
	get := func(i int) string {
		if i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	e := &Entry{Code: get(0), Label: get(1), Kind: get(2), From: get(4), To: get(5), Note: get(6), Sector: get(7), Dict: dict, source: source}
	if e.Code == "-" {
		e.Code = ""
	}
	for _, n := range strings.Fields(e.Note) {
		e.only = e.only || n == "only:dated"
	}
	e.readNote()
	if e.Label == "" || e.Kind == "" {
		return fmt.Errorf("label and kind are required")
	}
	for _, d := range []string{e.From, e.To} {
		if d != "" && !isISODate(d) {
			return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if w := e.Within(); w != "" && e.Code != "" && w != e.Code {
		g.within[e.Code] = w
	}
	if old, ok := g.byCode[e.Code]; e.Code != "" && (!ok || e.Kind != "leader" && old.Kind == "leader" && !e.Dict) {
		g.byCode[e.Code] = e
	}
	for _, fm := range g.forms(get(3), dict) {
		// Rows of a code add meanings (an office holder's terms; a
		// person's roles for different states at different times); a row
		// of a user's file with another code for the same form and kind
		// replaces the meanings the files before it gave, so a user file
		// can override ours.
		kept := fm.entries[:0]
		for _, old := range fm.entries {
			if source < g.user || old.source >= source || old.Kind != e.Kind || old.Code == e.Code {
				kept = append(kept, old)
			}
		}
		fm.entries = append(kept, e)
	}
	return nil
}

// forms returns the forms of a row's forms column, made once for every row
// that shares the column (a person's roles).
func (g *Gazetteer) forms(field string, dict bool) []*form {
	cacheKey := field
	if dict {
		cacheKey = "\x00" + field
	}
	if fs, ok := g.parsed[cacheKey]; ok {
		return fs
	}
	var fs []*form
	for _, text := range vocab.Split(field, "|") {
		for _, text := range dottedVariants(text) {
			needThe := false
			if rest, ok := strings.CutPrefix(text, "the "); ok {
				needThe, text = true, rest
			}
			key := english.FoldQuotes(text)
			fm := g.all[key]
			if fm == nil {
				fm = &form{needThe: needThe, exact: dict, keys: wordKeys(text)}
				if len(fm.keys) == 0 {
					continue
				}
				g.all[key] = fm
				g.trie.add(fm)
			} else if !dict {
				fm.exact = false // the project's forms let later words change case
			}
			fs = append(fs, fm)
		}
	}
	g.parsed[cacheKey] = fs
	return fs
}

// wordKeys returns the keys of the words of a form, as english.Words finds
// them in text; a form of plain letters and spaces, most of them, is split
// at its spaces.
func wordKeys(text string) []string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ') {
			var keys []string
			for _, w := range english.Words(text, 0) {
				keys = append(keys, w.Key)
			}
			return keys
		}
	}
	return strings.Fields(text)
}

// dottedVariants returns text and, for an abbreviation of dotted capitals
// in it ("U.S.S.R."), the forms with a space after some of its inner dots,
// as PDF lines and typists leave them: "U. S. S. R.", "U.S.S. R.",
// "U.S. S.R.".
func dottedVariants(text string) []string {
	if !strings.Contains(text, ".") {
		return []string{text}
	}
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
	g.parsed = nil // only needed while loading
	g.indexNames()
	g.foundings()
}

// foundings dates the undated person rows of an armed group or a
// movement whose own row gives the day it was founded: before it, the
// person is no member of it (a founder named in the years before, At).
func (g *Gazetteer) foundings() {
	for _, fm := range g.all {
		for _, e := range fm.entries {
			if e.Label != "PERSON" || e.From != "" || e.To != "" || e.Code == "" {
				continue
			}
			if o, ok := g.byCode[e.Code]; ok && o.Label == "ORG" && o.Kind == "group" && o.From != "" {
				e.since = o.From
			}
		}
	}
}

// Match is one vocabulary form found in text.
type Match struct {
	Start, End int // byte offsets
	Text       string
	Entries    []*Entry
	Compound   bool // part of a hyphenated compound of actors ("Sino-Pak")
}

// Match finds every vocabulary form in s (offsets relative to base), longest
// match first, left to right, on word boundaries. A combining form ("Sino",
// "Pak") counts only in a hyphenated compound with another actor form.
func (g *Gazetteer) Match(s string, base int) []Match {
	ws := english.Words(s, base)
	low := foldKeys(ws)
	var out []Match
	for i := 0; i < len(ws); {
		m, n := g.matchAt(ws, low, i)
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

// foldKeys returns the case-folded hash of each word's key, the trie's
// alphabet.
func foldKeys(ws []english.Word) []uint64 {
	low := make([]uint64, len(ws))
	for i, w := range ws {
		low[i] = foldHash(w.Key)
	}
	return low
}

// foldHash is the 64-bit FNV-1a hash of s in lower case: words that differ
// only in case hash alike, and nothing is allocated. Two words with the
// same hash would share a path in the trie; the case rules of holds, which
// compare the words themselves, keep such a clash from making a match.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				r = unicode.ToLower(r)
				for r > 0 {
					h = (h ^ uint64(r&0xff)) * 1099511628211
					r >>= 8
				}
			}
			return h
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
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

// matchAt finds the longest form that starts at word i and holds there:
// its first word as written (or the text's word in capitals), its later
// words as written or, in the project's forms, longer than three letters
// in any case ("the Baghdad pact"), and "the" before it if it needs one.
func (g *Gazetteer) matchAt(ws []english.Word, low []uint64, i int) (Match, int) {
	var ends [8]int32 // nodes with forms on the path, by length (1-based); most forms are short
	var deep []int32
	node := int32(0)
	for k := i; k < len(ws); k++ {
		if node = g.trie.next(node, low[k]); node == 0 {
			break
		}
		n := k - i + 1
		if len(g.trie.nodes[node].forms) == 0 {
			continue
		}
		if n < len(ends) {
			ends[n] = node
		} else {
			for len(deep) <= n-len(ends) {
				deep = append(deep, 0)
			}
			deep[n-len(ends)] = node
		}
	}
	at := func(n int) int32 {
		if n < len(ends) {
			return ends[n]
		}
		if n-len(ends) < len(deep) {
			return deep[n-len(ends)]
		}
		return 0
	}
	for n := len(ends) + len(deep) - 1; n >= 1; n-- {
		nd := at(n)
		if nd == 0 {
			continue
		}
		for _, fm := range g.trie.nodes[nd].forms {
			if g.holds(fm, ws, i) {
				return Match{Start: ws[i].Start, End: ws[i+n-1].End, Entries: fm.entries}, n
			}
		}
	}
	return Match{}, 0
}

// holds checks a form's case rules and its "the" at word i. A word the
// form writes in lower case (a particle: "bin", "al", "de") may be
// capitalized in the text: "Osama Bin Laden".
func (g *Gazetteer) holds(fm *form, ws []english.Word, i int) bool {
	for k, key := range fm.keys {
		w := ws[i+k].Key
		if !(w == key || isAllCaps(w) && titleCase(w) == key || (k > 0 && !fm.exact && len(w) > 3 || isLower(key)) && strings.EqualFold(w, key) ||
			len(fm.keys) == 1 && isLower(w) && groupName(fm) && strings.EqualFold(w, key)) {
			return false
		}
	}
	return !fm.needThe || i > 0 && strings.EqualFold(ws[i-1].Key, "the")
}

// groupName reports a one-word name of an armed group that a text also
// writes in lower case, as a noun for its fighters ("the mujahideen", "the
// taliban", "hezbollah guerrillas"): a word of at least five letters
// written in the vocabulary with only its first letter a capital (not an
// acronym such as "HuM" or "LeT"), for a row of kind group.
func groupName(fm *form) bool {
	key := fm.keys[0]
	if utf8.RuneCountInString(key) < 5 || titleCase(key) != key || !english.StartsUpper(key) {
		return false
	}
	for _, e := range fm.entries {
		if e.Kind == "group" && e.with == "" {
			return true // not a short name the document's full one allows ("the Tigers")
		}
	}
	return false
}

// isLower reports a word with no capital letter.
func isLower(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
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

// A trie of case-folded word sequences: node 0 is the root. Its nodes hold
// the forms that end there (forms that differ only in case share a node).
// The root, which has a child for every first word, and any node with many
// children find a child by a map; the others, most of them with one
// child, by a short scan.
type trie struct {
	nodes []node
	root  map[uint64]int32
}

type node struct {
	forms []*form
	kids  []kid
	index map[uint64]int32 // kids by word, once there are many
}

type kid struct {
	word uint64 // foldHash of the word
	node int32
}

const scanKids = 8 // children a node scans before it keeps a map of them

func newTrie(hint int) trie {
	return trie{nodes: make([]node, 1, hint), root: make(map[uint64]int32, hint/2)}
}

// next returns the child of node n by the word hashed h, or 0.
func (t *trie) next(n int32, h uint64) int32 {
	if n == 0 {
		return t.root[h]
	}
	nd := &t.nodes[n]
	if nd.index != nil {
		return nd.index[h]
	}
	for _, k := range nd.kids {
		if k.word == h {
			return k.node
		}
	}
	return 0
}

func (t *trie) add(fm *form) {
	n := int32(0)
	for _, k := range fm.keys {
		h := foldHash(k)
		next := t.next(n, h)
		if next == 0 {
			next = int32(len(t.nodes))
			t.nodes = append(t.nodes, node{})
			if n == 0 {
				t.root[h] = next
			} else {
				nd := &t.nodes[n]
				nd.kids = append(nd.kids, kid{h, next})
				if nd.index != nil {
					nd.index[h] = next
				} else if len(nd.kids) > scanKids {
					nd.index = make(map[uint64]int32, 2*len(nd.kids))
					for _, k := range nd.kids {
						nd.index[k.word] = k.node
					}
				}
			}
		}
		n = next
	}
	t.nodes[n].forms = append(t.nodes[n].forms, fm)
}
