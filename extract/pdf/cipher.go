package pdf

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Some producers embed subset fonts whose glyphs are named by their glyph
// index alone ("/g150") and give no ToUnicode map (Word documents printed
// through PostScript are the usual source). Nothing in the file says which
// character a glyph draws: pdftotext prints the index as a code point
// (control characters for letters) and a plain reader drops the glyphs,
// which can be the whole body of a paper.
//
// The index is not random, though. A font orders the glyphs of one script's
// letters as Unicode does, so within a run of letters the character is the
// glyph index minus one offset: 'a' through 'z' are 26 consecutive indexes,
// so are 'A' through 'Z' and '0' through '9'. Reading the document once with
// a placeholder for each such glyph, the offsets are found by how many
// decoded words an English word list knows; punctuation, which fonts order
// freely, is found by where it stands (a period ends a word before a
// capital, a comma before a lower-case word, a hyphen sits inside words).
// The document is then read again with the glyphs decoded. A font whose
// decoding does not read as English keeps dropping its glyphs.

//go:embed data/words.txt.gz
var wordsGz []byte

var (
	wordsOnce sync.Once
	wordSet   map[string]bool
)

// englishWords is the word list (data/words.LICENSE) as a set.
func englishWords() map[string]bool {
	wordsOnce.Do(func() {
		wordSet = map[string]bool{}
		zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
		if err != nil {
			return
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			wordSet[sc.Text()] = true
		}
	})
	return wordSet
}

// Placeholders are code points of the Supplementary Private Use Area-A;
// they live only between the two readings of a document.
const (
	cipherBase = 0xF0000
	cipherMax  = 0xFFFD
)

func isPlaceholder(r rune) bool { return r >= cipherBase && r < cipherBase+cipherMax }

type cipherKey struct {
	base string // font name without the subset prefix
	gid  int
}

// cipherBook hands out placeholders during the first reading and holds what
// is needed to solve them.
type cipherBook struct {
	on     bool
	ids    map[cipherKey]rune
	keys   []cipherKey
	widths []float64 // advance in em, by placeholder
	fonts  map[*font]bool
}

func newCipherBook() *cipherBook {
	return &cipherBook{on: true, ids: map[cipherKey]rune{}, fonts: map[*font]bool{}}
}

// placeholder returns the placeholder of glyph gid of f; ok is false once
// the private-use range is used up.
func (b *cipherBook) placeholder(f *font, gid int, width float64) (rune, bool) {
	k := cipherKey{f.base, gid}
	b.fonts[f] = true
	if r, ok := b.ids[k]; ok {
		return r, true
	}
	if len(b.keys) >= cipherMax {
		return 0, false
	}
	r := rune(cipherBase + len(b.keys))
	b.ids[k] = r
	b.keys = append(b.keys, k)
	b.widths = append(b.widths, width)
	return r, true
}

func (b *cipherBook) used() bool { return len(b.keys) > 0 }

// solve reads the placeholders in the text of the first reading and
// installs what it decodes into the fonts, for the second reading.
func (b *cipherBook) solve(text string) {
	runs := map[string][][]int{}
	widths := map[string]map[int]float64{}
	var cur []int
	curBase := ""
	flush := func() {
		if len(cur) > 0 {
			runs[curBase] = append(runs[curBase], cur)
		}
		cur = nil
	}
	for _, r := range text {
		if !isPlaceholder(r) {
			flush()
			continue
		}
		k := b.keys[r-cipherBase]
		if k.base != curBase {
			flush()
			curBase = k.base
		}
		cur = append(cur, k.gid)
		if widths[k.base] == nil {
			widths[k.base] = map[int]float64{}
		}
		widths[k.base][k.gid] = b.widths[r-cipherBase]
	}
	flush()
	solved := map[string]map[int]string{}
	for base, rs := range runs {
		if m := solveGlyphs(rs, widths[base]); m != nil {
			solved[base] = m
		}
	}
	b.on = false
	for f := range b.fonts {
		m := solved[f.base]
		if m == nil {
			continue
		}
		f.solved = map[uint32]string{}
		for code, gid := range f.gids {
			if s, ok := m[gid]; ok {
				f.solved[code] = s
			}
		}
	}
}

// cword is one word of glyph indexes.
type cword []int

// solveGlyphs decodes the glyph indexes of one font from runs of them as
// they appear in the text. It returns nil when the decoding does not read
// as English.
func solveGlyphs(runs [][]int, width map[int]float64) map[int]string {
	freq := map[int]int{}
	total := 0
	for _, r := range runs {
		for _, g := range r {
			freq[g]++
			total++
		}
	}
	if total < 200 {
		return nil // too little text to tell anything
	}
	m := map[int]string{}
	// The space is the most frequent glyph of running text, by a margin,
	// and narrow. Where spaces are drawn by positioning alone, the runs are
	// already words.
	first, second := -1, -1
	for g, n := range freq {
		if first < 0 || n > freq[first] || n == freq[first] && g < first {
			first, second = g, first
		} else if second < 0 || n > freq[second] || n == freq[second] && g < second {
			second = g
		}
	}
	space := -1
	if float64(freq[first]) >= 0.08*float64(total) && width[first] > 0 && width[first] < 0.4 &&
		(second < 0 || float64(freq[first]) > 1.2*float64(freq[second])) {
		space = first
		m[space] = " "
	}
	var words []cword
	for _, r := range runs {
		start := 0
		for i := 0; i <= len(r); i++ {
			if i == len(r) || r[i] == space {
				if i > start {
					words = append(words, cword(r[start:i]))
				}
				start = i + 1
			}
		}
	}
	dict := englishWords()
	// scoring looks at each distinct word once, weighted by its count
	type wcount struct {
		w cword
		n int
	}
	var distinct []wcount
	index := map[string]int{}
	for _, w := range words {
		key := string(intsToRunes(w))
		if i, ok := index[key]; ok {
			distinct[i].n++
			continue
		}
		index[key] = len(distinct)
		distinct = append(distinct, wcount{w, 1})
	}

	// lower case: the offset whose decoded words the list knows best
	inRange := func(k, lo, hi int) func(int) bool {
		return func(g int) bool { return g-k >= lo && g-k <= hi }
	}
	// offsets that put one of the commonest glyphs not yet decoded in
	// [lo, hi]: the commonest letters are among them
	byFreq := make([]int, 0, len(freq))
	for g := range freq {
		byFreq = append(byFreq, g)
	}
	sort.Slice(byFreq, func(i, j int) bool {
		a, b := byFreq[i], byFreq[j]
		return freq[a] > freq[b] || freq[a] == freq[b] && a < b
	})
	candidates := func(lo, hi int, skip map[int]string) []int {
		seen := map[int]bool{}
		var ks []int
		tried := 0
		for _, g := range byFreq {
			if _, taken := skip[g]; taken {
				continue
			}
			if tried++; tried > 12 {
				break
			}
			for c := lo; c <= hi; c++ {
				if k := g - c; !seen[k] {
					seen[k] = true
					ks = append(ks, k)
				}
			}
		}
		return ks
	}
	decode := func(w []int, k int) string {
		var sb strings.Builder
		for _, g := range w {
			sb.WriteRune(rune(g - k))
		}
		return sb.String()
	}
	best := func(ks []int, score func(k int) float64) (int, float64, float64) {
		bk, b1, b2 := 0, -1.0, 0.0
		for _, k := range ks {
			s := score(k)
			if s > b1 || s == b1 && k < bk {
				bk, b1, b2 = k, s, math.Max(b1, 0)
			} else if s > b2 {
				b2 = s
			}
		}
		return bk, b1, b2
	}
	kl, hits, next := best(candidates('a', 'z', m), func(k int) float64 {
		in := inRange(k, 'a', 'z')
		n := 0
		for _, d := range distinct {
			core := trimGlyphs(d.w, in)
			if len(core) >= 2 && allGlyphs(core, in) && dict[decode(core, k)] {
				n += d.n
			}
		}
		return float64(n)
	})
	if hits < 20 || hits < 3*next {
		return nil
	}
	for g := range freq {
		if g-kl >= 'a' && g-kl <= 'z' {
			m[g] = string(rune(g - kl))
		}
	}
	isLower := func(g int) bool { s := m[g]; return len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' }

	// upper case: a capital before lower-case letters, or capitals alone
	ku, hits, next := best(candidates('A', 'Z', m), func(k int) float64 {
		upper := inRange(k, 'A', 'Z')
		in := func(g int) bool { return !isLower(g) && upper(g) }
		n := 0
		for _, d := range distinct {
			core := trimGlyphs(d.w, func(g int) bool { return in(g) || isLower(g) })
			if len(core) < 2 || !in(core[0]) {
				continue
			}
			var sb strings.Builder
			ok := true
			for _, g := range core {
				switch {
				case isLower(g):
					sb.WriteString(m[g])
				case in(g) && !isLower(g):
					sb.WriteRune(unicode.ToLower(rune(g - k)))
				default:
					ok = false
				}
			}
			if ok && dict[sb.String()] {
				n += d.n
			}
		}
		return float64(n)
	})
	if hits >= 3 && hits >= 2*next {
		for g := range freq {
			if _, taken := m[g]; !taken && g-ku >= 'A' && g-ku <= 'Z' {
				m[g] = string(rune(g - ku))
			}
		}
	}
	if hits >= 3 && ku == kl {
		// the font keeps ASCII order: digits and punctuation are at the
		// same offset
		for g := range freq {
			if _, taken := m[g]; !taken && g-kl >= '!' && g-kl <= '~' {
				m[g] = string(rune(g - kl))
			}
		}
	} else {
		solveDigits(words, freq, m)
		solvePunctuation(words, freq, m)
	}

	// the decoding must read as English
	known, seen := 0, 0
	for _, w := range words {
		var sb strings.Builder
		for _, g := range w {
			sb.WriteString(m[g])
		}
		word := strings.ToLower(strings.TrimFunc(sb.String(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if len(word) < 3 || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		seen++
		if dict[word] || dict[strings.TrimSuffix(word, "s")] {
			known++
		}
	}
	if seen == 0 || float64(known) < 0.6*float64(seen) {
		return nil
	}
	return m
}

func intsToRunes(w []int) []rune {
	r := make([]rune, len(w))
	for i, g := range w {
		r[i] = rune(g)
	}
	return r
}

// trimGlyphs strips from both ends of w the glyphs keep does not accept.
func trimGlyphs(w []int, keep func(int) bool) []int {
	i, j := 0, len(w)
	for i < j && !keep(w[i]) {
		i++
	}
	for j > i && !keep(w[j-1]) {
		j--
	}
	return w[i:j]
}

func allGlyphs(w []int, ok func(int) bool) bool {
	for _, g := range w {
		if !ok(g) {
			return false
		}
	}
	return true
}

// solveDigits finds the offset of '0'-'9' among the glyphs not yet decoded:
// the one under which most four-digit words read as years of the last two
// centuries, the commonest numbers of scholarly text.
func solveDigits(words []cword, freq map[int]int, m map[int]string) {
	free := func(g int) bool { _, taken := m[g]; return !taken }
	// a year is four glyphs, with a bracket or a comma at most around it
	count := map[string]int{}
	var short []cword
	inShort := map[int]bool{}
	for _, w := range words {
		if len(w) < 4 || len(w) > 7 {
			continue
		}
		key := string(intsToRunes(w))
		if count[key] == 0 {
			short = append(short, w)
			for _, g := range w {
				inShort[g] = true
			}
		}
		count[key]++
	}
	seen := map[int]bool{}
	bk, b1, b2 := 0, 0, 0
	for g := range freq {
		if !free(g) || !inShort[g] {
			continue
		}
		for c := '0'; c <= '9'; c++ {
			k := g - int(c)
			if seen[k] {
				continue
			}
			seen[k] = true
			in := func(g int) bool { return free(g) && g-k >= '0' && g-k <= '9' }
			years := 0
			for _, w := range short {
				core := trimGlyphs(w, in)
				if len(core) != 4 || !allGlyphs(core, in) {
					continue
				}
				y := 0
				for _, d := range core {
					y = y*10 + d - k - '0'
				}
				if y >= 1800 && y <= 2099 {
					years += count[string(intsToRunes(w))]
				}
			}
			if years > b1 || years == b1 && k < bk {
				bk, b1, b2 = k, years, b1
			} else if years > b2 {
				b2 = years
			}
		}
	}
	if b1 < 3 || float64(b1) < 1.5*float64(b2) {
		return
	}
	for g := range freq {
		if free(g) && g-bk >= '0' && g-bk <= '9' {
			m[g] = string(rune(g - bk))
		}
	}
}

// glyphPlace counts where one undecoded glyph stands.
type glyphPlace struct {
	n                  int
	end, endCap, start int
	innerLetters       int
	innerDigits        int
	shortTail          int // inside a word, with one or two letters after it ("’s", "’t")
}

// solvePunctuation names the commonest punctuation among the glyphs not yet
// decoded by where each stands in the words.
func solvePunctuation(words []cword, freq map[int]int, m map[int]string) {
	isAlnum := func(g int) bool {
		s := m[g]
		return len(s) == 1 && (unicode.IsLetter(rune(s[0])) || unicode.IsDigit(rune(s[0])))
	}
	isDigit := func(g int) bool { s := m[g]; return len(s) == 1 && s[0] >= '0' && s[0] <= '9' }
	firstAlnum := func(w cword) (int, bool) {
		for _, g := range w {
			if isAlnum(g) {
				return g, true
			}
		}
		return 0, false
	}
	places := map[int]*glyphPlace{}
	for wi, w := range words {
		for i, g := range w {
			if _, known := m[g]; known {
				continue
			}
			p := places[g]
			if p == nil {
				p = &glyphPlace{}
				places[g] = p
			}
			p.n++
			before := i > 0 && isAlnum(w[i-1])
			after := i+1 < len(w) && isAlnum(w[i+1])
			switch {
			case before && after:
				if isDigit(w[i-1]) && isDigit(w[i+1]) {
					p.innerDigits++
				} else {
					p.innerLetters++
					if tail := len(w) - i - 1; tail <= 2 && allGlyphs(w[i+1:], isAlnum) {
						p.shortTail++
					}
				}
			case before && allGlyphs(w[i+1:], func(g int) bool { return !isAlnum(g) }):
				p.end++
				if wi+1 < len(words) {
					if g2, ok := firstAlnum(words[wi+1]); ok {
						if s := m[g2]; s != "" && unicode.IsUpper(rune(s[0])) {
							p.endCap++
						}
					}
				}
			case after && allGlyphs(w[:i], func(g int) bool { return !isAlnum(g) }):
				p.start++
			}
		}
	}
	pick := func(ok func(g int, p *glyphPlace) bool) int {
		bg, bn := -1, 0
		for g, p := range places {
			if _, taken := m[g]; taken || p.n < 3 || !ok(g, p) {
				continue
			}
			if p.n > bn || p.n == bn && g < bg {
				bg, bn = g, p.n
			}
		}
		return bg
	}
	share := func(a, n int) float64 { return float64(a) / float64(n) }
	// a period ends words before capitals; a comma, commoner, less so (in
	// scholarly text names and citations follow commas often enough)
	periodCap := 1.0
	if g := pick(func(_ int, p *glyphPlace) bool {
		return share(p.end, p.n) >= 0.6 && share(p.endCap, p.end) >= 0.5
	}); g >= 0 {
		m[g] = "."
		periodCap = share(places[g].endCap, places[g].end)
	}
	if g := pick(func(_ int, p *glyphPlace) bool {
		c := share(p.endCap, p.end)
		return share(p.end, p.n) >= 0.7 && c < 0.5 && c < 0.75*periodCap
	}); g >= 0 {
		m[g] = ","
	}
	for {
		g := pick(func(_ int, p *glyphPlace) bool { return share(p.innerLetters, p.n) >= 0.6 })
		if g < 0 {
			break
		}
		if share(places[g].shortTail, places[g].innerLetters) >= 0.5 {
			m[g] = "\u2019"
		} else {
			m[g] = "-"
		}
	}
	if g := pick(func(_ int, p *glyphPlace) bool { return share(p.innerDigits, p.n) >= 0.6 }); g >= 0 {
		m[g] = "\u2013"
	}
	// brackets: an opener stands at word starts; its closer at word ends,
	// after it in the text
	open := pick(func(_ int, p *glyphPlace) bool { return share(p.start, p.n) >= 0.8 })
	if open < 0 {
		return
	}
	closer := pairedCloser(words, open, places, m)
	if closer < 0 {
		return
	}
	if digitsBetween(words, open, closer, isDigit) >= 0.2 {
		m[open], m[closer] = "(", ")"
	} else {
		m[open], m[closer] = "\u201C", "\u201D"
	}
}

// pairedCloser finds the undecoded word-end glyph that most often closes
// what open opened within the next dozen words.
func pairedCloser(words []cword, open int, places map[int]*glyphPlace, m map[int]string) int {
	closes := map[int]int{}
	opens := 0
	for wi, w := range words {
		if len(w) == 0 || w[0] != open {
			continue
		}
		opens++
		for j := wi; j < len(words) && j < wi+12; j++ {
			v := words[j]
			k := len(v) - 1
			for k > 0 && (m[v[k]] == "." || m[v[k]] == ",") {
				k-- // "(1989)." and "(1989),"
			}
			if k < 0 {
				continue
			}
			if _, known := m[v[k]]; !known && v[k] != open {
				closes[v[k]]++
				break
			}
		}
	}
	bg, bn := -1, 0
	for g, n := range closes {
		p := places[g]
		if p == nil || float64(p.end) < 0.6*float64(p.n) {
			continue
		}
		if n > bn || n == bn && g < bg {
			bg, bn = g, n
		}
	}
	if opens == 0 || float64(bn) < 0.6*float64(opens) {
		return -1
	}
	return bg
}

// digitsBetween is the share of open…close spans that hold a digit.
func digitsBetween(words []cword, open, close int, isDigit func(int) bool) float64 {
	spans, withDigit := 0, 0
	in, digit := false, false
	for _, w := range words {
		for _, g := range w {
			switch {
			case g == open:
				in, digit = true, false
			case g == close && in:
				spans++
				if digit {
					withDigit++
				}
				in = false
			case in && isDigit(g):
				digit = true
			}
		}
	}
	if spans == 0 {
		return 0
	}
	return float64(withDigit) / float64(spans)
}
