package pdf

import (
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

//go:embed data/glyphlist.txt
var glyphListData string

var (
	glyphOnce  sync.Once
	glyphNames map[string]rune
)

// glyphText returns the text a glyph name stands for: an Adobe Glyph List
// name, uniXXXX[XXXX...], uXXXX[XX], a ligature of names joined by "_", or
// a name with a variant suffix ("a.sc"). ok is false for names that say
// nothing of the character ("g42", "cid17", ".notdef").
func glyphText(name string) (string, bool) {
	glyphOnce.Do(func() {
		glyphNames = map[string]rune{}
		for _, line := range strings.Split(glyphListData, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			n, h, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			if r, err := strconv.ParseUint(h, 16, 32); err == nil {
				glyphNames[n] = rune(r)
			}
		}
	})
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if r, ok := glyphNames[name]; ok {
		return string(r), true
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, p := range strings.Split(name, "_") {
			s, ok := glyphText(p)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	}
	if h, ok := strings.CutPrefix(name, "uni"); ok && len(h) >= 4 && len(h)%4 == 0 {
		var units []uint16
		for i := 0; i < len(h); i += 4 {
			v, err := strconv.ParseUint(h[i:i+4], 16, 16)
			if err != nil {
				return "", false
			}
			units = append(units, uint16(v))
		}
		return string(utf16.Decode(units)), true
	}
	if h, ok := strings.CutPrefix(name, "u"); ok && len(h) >= 4 && len(h) <= 6 {
		if v, err := strconv.ParseUint(h, 16, 32); err == nil && v <= 0x10FFFF {
			return string(rune(v)), true
		}
	}
	return "", false
}

// standardNames is Adobe StandardEncoding, the built-in encoding of most
// Type 1 fonts: ASCII but for the quotes, and the ligatures, dashes and
// accents above 0xA0.
var standardNames = func() [256]string {
	var t [256]string
	ascii := " exclam quotedbl numbersign dollar percent ampersand quoteright parenleft parenright asterisk plus comma hyphen period slash " +
		"zero one two three four five six seven eight nine colon semicolon less equal greater question at " +
		"A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore quoteleft " +
		"a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde"
	t[32] = "space"
	for i, n := range strings.Fields(ascii) {
		t[33+i] = n
	}
	high := map[int]string{0xA1: "exclamdown", 0xA2: "cent", 0xA3: "sterling", 0xA4: "fraction", 0xA5: "yen", 0xA6: "florin",
		0xA7: "section", 0xA8: "currency", 0xA9: "quotesingle", 0xAA: "quotedblleft", 0xAB: "guillemotleft", 0xAC: "guilsinglleft",
		0xAD: "guilsinglright", 0xAE: "fi", 0xAF: "fl", 0xB1: "endash", 0xB2: "dagger", 0xB3: "daggerdbl", 0xB4: "periodcentered",
		0xB6: "paragraph", 0xB7: "bullet", 0xB8: "quotesinglbase", 0xB9: "quotedblbase", 0xBA: "quotedblright", 0xBB: "guillemotright",
		0xBC: "ellipsis", 0xBD: "perthousand", 0xBF: "questiondown", 0xC1: "grave", 0xC2: "acute", 0xC3: "circumflex", 0xC4: "tilde",
		0xC5: "macron", 0xC6: "breve", 0xC7: "dotaccent", 0xC8: "dieresis", 0xCA: "ring", 0xCB: "cedilla", 0xCD: "hungarumlaut",
		0xCE: "ogonek", 0xCF: "caron", 0xD0: "emdash", 0xE1: "AE", 0xE3: "ordfeminine", 0xE8: "Lslash", 0xE9: "Oslash", 0xEA: "OE",
		0xEB: "ordmasculine", 0xF1: "ae", 0xF5: "dotlessi", 0xF8: "lslash", 0xF9: "oslash", 0xFA: "oe", 0xFB: "germandbls"}
	for c, n := range high {
		t[c] = n
	}
	return t
}()

// byteTable returns a 256-entry code → text table for a named base encoding.
func byteTable(name string) [256]string {
	var t [256]string
	switch name {
	case "WinAnsiEncoding", "MacRomanEncoding":
		cm := charmap.Windows1252
		if name == "MacRomanEncoding" {
			cm = charmap.Macintosh
		}
		for c := 32; c < 256; c++ {
			if r := cm.DecodeByte(byte(c)); r != 0xFFFD && r >= 32 && (r < 0x7F || r > 0x9F) {
				t[c] = string(r)
			}
		}
	case "PDFDocEncoding":
		for c := 32; c < 256; c++ {
			if c < 0x7F || c > 0xA0 {
				t[c] = string(rune(c))
			}
		}
		for c, s := range map[int]string{0x80: "•", 0x81: "†", 0x82: "‡", 0x83: "…", 0x84: "—", 0x85: "–", 0x86: "ƒ", 0x87: "⁄",
			0x88: "‹", 0x89: "›", 0x8A: "−", 0x8B: "‰", 0x8C: "„", 0x8D: "“", 0x8E: "”", 0x8F: "‘", 0x90: "’", 0x91: "‚",
			0x92: "™", 0x93: "ﬁ", 0x94: "ﬂ", 0x95: "Ł", 0x96: "Œ", 0x97: "Š", 0x98: "Ÿ", 0x99: "Ž", 0x9A: "ı", 0x9B: "ł",
			0x9C: "œ", 0x9D: "š", 0x9E: "ž", 0xA0: "€"} {
			t[c] = s
		}
	default: // StandardEncoding
		for c, n := range standardNames {
			if n != "" {
				t[c], _ = glyphText(n)
			}
		}
	}
	return t
}

//go:embed data/cidascii.txt
var cidASCIIData string

var (
	collectionsOnce sync.Once
	collections     map[string]map[uint32]rune
)

// collectionLatin returns the CIDs of an Adobe CJK character collection
// ("Japan1", "GB1", "CNS1", "Korea1") that are Latin letters, digits and
// invariant punctuation (data/cidascii.txt); nil for another ordering.
// The identity of a CID in a named collection is what a CID font with no
// ToUnicode map is read by.
func collectionLatin(ordering string) map[uint32]rune {
	collectionsOnce.Do(func() {
		collections = map[string]map[uint32]rune{}
		for _, line := range strings.Split(cidASCIIData, "\n") {
			f := strings.Fields(line)
			if len(f) != 4 || strings.HasPrefix(f[0], "#") {
				continue
			}
			lo, err1 := strconv.Atoi(f[1])
			hi, err2 := strconv.Atoi(f[2])
			cp, err3 := strconv.ParseUint(f[3], 16, 32)
			if err1 != nil || err2 != nil || err3 != nil || hi < lo {
				continue
			}
			m := collections[f[0]]
			if m == nil {
				m = map[uint32]rune{}
				collections[f[0]] = m
			}
			for c := lo; c <= hi; c++ {
				m[uint32(c)] = rune(cp) + rune(c-lo)
			}
		}
	})
	return collections[ordering]
}

// font is what the text engine needs of a PDF font: how its string bytes
// split into codes, what text each code stands for, and how far each
// advances.
type font struct {
	base     string
	bold     bool
	codeLen  []codeRange // byte lengths of codes; nil means one byte
	toUni    map[uint32]string
	enc      *[256]string // simple fonts: code → text from the encoding
	simple   bool
	first    int
	widths   []float64
	missing  float64
	dw       float64
	cidW     map[uint32]float64
	scale    float64 // glyph space to text space: 1/1000, or the Type 3 FontMatrix
	approx   *[256]float64
	vertical bool
	gidUni   map[uint16]rune   // CID fonts: glyph id → character, from the font program
	cidUni   map[uint32]rune   // CID fonts: CID → character, from the Adobe collection the font names
	cidGID   []uint16          // CID → glyph id; nil for Identity
	gids     map[uint32]int    // simple fonts: code → glyph index, for glyphs named by index alone ("g150")
	book     *cipherBook       // placeholders for those glyphs in a first reading (cipher.go)
	solved   map[uint32]string // what the second reading decodes them to
}

type codeRange struct {
	n      int
	lo, hi uint32
}

// code is one character code of a shown string.
type code struct {
	c uint32
	n int // bytes
}

// codes splits a shown string into character codes.
func (f *font) codes(raw string) []code {
	out := make([]code, 0, len(raw))
	if f.codeLen == nil {
		for i := 0; i < len(raw); i++ {
			out = append(out, code{uint32(raw[i]), 1})
		}
		return out
	}
	for i := 0; i < len(raw); {
		n := 0
		for _, r := range f.codeLen {
			if i+r.n > len(raw) {
				continue
			}
			var v uint32
			for k := 0; k < r.n; k++ {
				v = v<<8 | uint32(raw[i+k])
			}
			if v >= r.lo && v <= r.hi {
				n = r.n
				out = append(out, code{v, n})
				break
			}
		}
		if n == 0 {
			// no range holds it: take the shortest code length
			n = f.codeLen[0].n
			if i+n > len(raw) {
				n = len(raw) - i
			}
			var v uint32
			for k := 0; k < n; k++ {
				v = v<<8 | uint32(raw[i+k])
			}
			out = append(out, code{v, n})
		}
		i += n
	}
	return out
}

// text returns the characters a code stands for; ok is false when the
// font says nothing about it.
func (f *font) text(c code) (string, bool) {
	if s, ok := f.toUni[c.c]; ok {
		return s, s != ""
	}
	if f.gidUni != nil {
		gid := uint16(c.c)
		if f.cidGID != nil {
			if int(c.c) >= len(f.cidGID) {
				return "", false
			}
			gid = f.cidGID[c.c]
		}
		if r, ok := f.gidUni[gid]; ok {
			return string(r), true
		}
	}
	if r, ok := f.cidUni[c.c]; ok {
		return string(r), true
	}
	if s, ok := f.solved[c.c]; ok {
		return s, true
	}
	if f.simple && f.enc != nil && c.c < 256 {
		if s := f.enc[c.c]; s != "" {
			return s, true
		}
	}
	if gid, ok := f.gids[c.c]; ok && f.book != nil && f.book.on {
		if r, ok := f.book.placeholder(f, gid, f.width(c)); ok {
			return string(r), true
		}
	}
	return "", false
}

// width returns a code's advance in text space units for a font size of 1.
func (f *font) width(c code) float64 {
	if f.simple {
		i := int(c.c) - f.first
		if i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
			return f.widths[i] * f.scale
		}
		if f.approx != nil && c.c < 256 {
			return f.approx[c.c] / 1000
		}
		if f.missing > 0 {
			return f.missing * f.scale
		}
		return 0.5
	}
	if w, ok := f.cidW[c.c]; ok {
		return w / 1000
	}
	return f.dw / 1000
}

// fontCache parses each font dictionary of a document once.
type fontCache struct {
	m    map[string]*font
	book *cipherBook
}

func newFontCache() *fontCache {
	return &fontCache{m: map[string]*font{}, book: newCipherBook()}
}

func (fc *fontCache) get(v lpdf.Value) *font {
	key := v.String()
	if f, ok := fc.m[key]; ok {
		return f
	}
	f := loadFont(v)
	if f.gids != nil {
		f.book = fc.book
	}
	fc.m[key] = f
	return f
}

// loadFont reads a font dictionary.
func loadFont(v lpdf.Value) *font {
	f := &font{scale: 0.001}
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	f.base = base
	lb := strings.ToLower(base)
	f.bold = strings.Contains(lb, "bold") || strings.Contains(lb, "black") || strings.Contains(lb, "heavy") ||
		strings.Contains(lb, "semibold") || strings.HasSuffix(lb, ",bold") || strings.Contains(lb, "-bd") ||
		strings.Contains(lb, "cmbx") || strings.Contains(lb, "medi")
	sub := v.Key("Subtype").Name()
	desc := v.Key("FontDescriptor")
	if sub == "Type0" {
		df := v.Key("DescendantFonts").Index(0)
		desc = df.Key("FontDescriptor")
		f.dw = 1000
		if d := df.Key("DW"); d.Kind() == lpdf.Integer || d.Kind() == lpdf.Real {
			f.dw = d.Float64()
		}
		f.cidW = readCIDWidths(df.Key("W"))
		if df.Key("Subtype").Name() == "CIDFontType2" && v.Key("ToUnicode").Kind() != lpdf.Stream {
			f.gidUni = trueTypeUnicode(desc.Key("FontFile2"))
			f.cidGID = cidToGID(df.Key("CIDToGIDMap"))
		}
		if v.Key("ToUnicode").Kind() != lpdf.Stream {
			if si := df.Key("CIDSystemInfo"); si.Key("Registry").Text() == "Adobe" {
				f.cidUni = collectionLatin(si.Key("Ordering").Text())
			}
		}
		enc := v.Key("Encoding")
		switch enc.Kind() {
		case lpdf.Name:
			f.codeLen = []codeRange{{2, 0, 0xFFFF}}
			f.vertical = strings.HasSuffix(enc.Name(), "-V")
		case lpdf.Stream:
			cm := readCMap(enc)
			f.codeLen = cm.space
			if f.codeLen == nil {
				f.codeLen = []codeRange{{2, 0, 0xFFFF}}
			}
		default:
			f.codeLen = []codeRange{{2, 0, 0xFFFF}}
		}
	} else {
		f.simple = true
		f.first = int(v.Key("FirstChar").Int64())
		w := v.Key("Widths")
		for i := 0; i < w.Len() && i < 256; i++ {
			f.widths = append(f.widths, w.Index(i).Float64())
		}
		if sub == "Type3" {
			if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
				f.scale = m.Index(0).Float64()
			}
		}
		if len(f.widths) == 0 {
			f.approx = standardWidths(lb)
		}
		f.enc, f.gids = simpleEncoding(v, sub, lb)
	}
	if desc.Kind() == lpdf.Dict {
		f.missing = desc.Key("MissingWidth").Float64()
		if flags := desc.Key("Flags").Int64(); flags&(1<<18) != 0 {
			f.bold = true
		}
		if fw := desc.Key("FontWeight").Float64(); fw >= 600 {
			f.bold = true
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		cm := readCMap(tu)
		f.toUni = cm.uni
		if f.codeLen == nil && cm.space != nil && !f.simple {
			f.codeLen = cm.space
		}
	}
	return f
}

// simpleEncoding builds the code → text table of a simple font from its
// base encoding and Differences, and the codes whose glyph names are only
// a glyph index ("g150"), with that index.
func simpleEncoding(v lpdf.Value, sub, lowerBase string) (*[256]string, map[uint32]int) {
	var gids map[uint32]int
	base := "StandardEncoding"
	if sub == "TrueType" {
		base = "WinAnsiEncoding"
	}
	if strings.Contains(lowerBase, "symbol") || strings.Contains(lowerBase, "dingbat") {
		base = "PDFDocEncoding"
	}
	enc := v.Key("Encoding")
	var diffs lpdf.Value
	switch enc.Kind() {
	case lpdf.Name:
		base = enc.Name()
	case lpdf.Dict:
		if b := enc.Key("BaseEncoding").Name(); b != "" {
			base = b
		}
		diffs = enc.Key("Differences")
	}
	t := byteTable(base)
	n := 0
	for i := 0; i < diffs.Len(); i++ {
		x := diffs.Index(i)
		switch x.Kind() {
		case lpdf.Integer:
			n = int(x.Int64())
		case lpdf.Name:
			if n >= 0 && n < 256 {
				if s, ok := glyphText(x.Name()); ok {
					t[n] = s
				} else if sub == "Type3" {
					// a Type 3 glyph name says nothing ("/square"); the
					// base encoding's reading of the code is the best guess
				} else if codeName(x.Name()) == n && n >= 32 && n < 127 {
					// "/a97" at code 97 (pdfTeX's Type 3 fonts): the name
					// is the code, and the code is ASCII
					t[n] = string(rune(n))
				} else {
					t[n] = ""
					if g := indexName(x.Name()); g >= 0 {
						if gids == nil {
							gids = map[uint32]int{}
						}
						gids[uint32(n)] = g
					}
				}
			}
			n++
		}
	}
	return &t, gids
}

// indexName reads the glyph index of a name that is nothing else: "g150",
// "G12", "glyph7", "gid42", "index9"; -1 for any other name.
func indexName(name string) int {
	for _, p := range []string{"glyph", "gid", "index", "g", "G"} {
		if d, ok := strings.CutPrefix(name, p); ok && d != "" && len(d) <= 5 {
			if n, err := strconv.Atoi(d); err == nil && n >= 0 && d[0] != '+' && d[0] != '-' {
				return n
			}
		}
	}
	return -1
}

// codeName reads the number of a glyph name made of one or two letters
// and a decimal number ("a97", "g18"); -1 for any other name.
func codeName(name string) int {
	i := 0
	for i < len(name) && i < 2 && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= 'A' && name[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(name) {
		return -1
	}
	n, err := strconv.Atoi(name[i:])
	if err != nil {
		return -1
	}
	return n
}

// readCIDWidths reads a CID font's W array: "c [w1 w2 ...]" and "c1 c2 w".
func readCIDWidths(w lpdf.Value) map[uint32]float64 {
	out := map[uint32]float64{}
	for i := 0; i < w.Len(); {
		c := w.Index(i)
		if i+1 >= w.Len() {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			start := uint32(c.Int64())
			for k := 0; k < next.Len() && k < 65536; k++ {
				out[start+uint32(k)] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		lo, hi, wd := uint32(c.Int64()), uint32(next.Int64()), w.Index(i+2).Float64()
		for k := lo; k <= hi && k-lo < 65536; k++ {
			out[k] = wd
		}
		i += 3
	}
	return out
}

// cmapData is what a CMap stream says: code space ranges and, for a
// ToUnicode CMap, the text of each code.
type cmapData struct {
	space []codeRange
	uni   map[uint32]string
}

// readCMap parses a CMap stream: codespacerange, bfchar and bfrange.
func readCMap(v lpdf.Value) (cm cmapData) {
	cm.uni = map[uint32]string{}
	defer func() {
		if recover() != nil {
			cm.space = nil
		}
	}()
	rd := v.Reader()
	data, err := io.ReadAll(io.LimitReader(rd, 8<<20))
	rd.Close()
	if err != nil && len(data) == 0 {
		return cm
	}
	return parseCMap(data)
}

// parseCMap reads a CMap program.
func parseCMap(data []byte) (cm cmapData) {
	cm.uni = map[uint32]string{}
	defer func() {
		if recover() != nil {
			cm.space = nil
		}
	}()
	toks := cmapTokens(data)
	for i := 0; i < len(toks); i++ {
		switch toks[i].s {
		case "begincodespacerange":
			for i++; i+1 < len(toks) && toks[i].s != "endcodespacerange"; i += 2 {
				lo, hi := toks[i], toks[i+1]
				if lo.hex && hi.hex && len(lo.b) == len(hi.b) && len(lo.b) > 0 && len(lo.b) <= 4 {
					cm.space = append(cm.space, codeRange{len(lo.b), beUint(lo.b), beUint(hi.b)})
				}
			}
		case "beginbfchar":
			for i++; i+1 < len(toks) && toks[i].s != "endbfchar"; i += 2 {
				if toks[i].hex && toks[i+1].hex {
					cm.uni[beUint(toks[i].b)] = utf16Text(toks[i+1].b)
				} else if toks[i].hex && toks[i+1].name != "" {
					s, _ := glyphText(toks[i+1].name)
					cm.uni[beUint(toks[i].b)] = s
				}
			}
		case "beginbfrange":
			for i++; i+2 < len(toks) && toks[i].s != "endbfrange"; {
				lo, hi := toks[i], toks[i+1]
				if !lo.hex || !hi.hex {
					i++
					continue
				}
				a, b := beUint(lo.b), beUint(hi.b)
				if b < a || b-a > 65535 {
					i += 3
					continue
				}
				if toks[i+2].s == "[" {
					k := i + 3
					for c := a; k < len(toks) && toks[k].s != "]"; k++ {
						if toks[k].hex && c <= b {
							cm.uni[c] = utf16Text(toks[k].b)
							c++
						}
					}
					i = k + 1
					continue
				}
				if d := toks[i+2]; d.hex && len(d.b) >= 2 {
					for c := a; c <= b; c++ {
						dst := append([]byte{}, d.b...)
						// the last byte pair counts up from the destination
						off := c - a
						last := uint32(dst[len(dst)-2])<<8 | uint32(dst[len(dst)-1])
						last += off
						dst[len(dst)-2], dst[len(dst)-1] = byte(last>>8), byte(last)
						cm.uni[c] = utf16Text(dst)
					}
				}
				i += 3
			}
		}
	}
	// longest ranges first is wrong: a code is read by the range its first
	// bytes fall in; keep the file's order but put shorter lengths first
	// so a one-byte range wins over a two-byte range with the same lead.
	sortRanges(cm.space)
	return cm
}

func sortRanges(rs []codeRange) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].n < rs[j-1].n; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

func beUint(b []byte) uint32 {
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return v
}

// utf16Text decodes UTF-16BE bytes; an odd byte count is read as bytes.
func utf16Text(b []byte) string {
	if len(b)%2 == 1 {
		return string(b)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	s := string(utf16.Decode(u))
	return strings.Map(func(r rune) rune {
		if r == 0 || r == 0xFFFD {
			return -1
		}
		return r
	}, s)
}

type cmapTok struct {
	s    string // keyword or "[" "]"
	hex  bool
	b    []byte
	name string
}

// cmapTokens splits a CMap program into the tokens readCMap needs.
func cmapTokens(d []byte) []cmapTok {
	var out []cmapTok
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case c == '%':
			for i < len(d) && d[i] != '\n' && d[i] != '\r' {
				i++
			}
		case c == '<' && i+1 < len(d) && d[i+1] == '<', c == '>' && i+1 < len(d) && d[i+1] == '>':
			i += 2
		case c == '<':
			j := i + 1
			var hex []byte
			for j < len(d) && d[j] != '>' {
				if isHex(d[j]) {
					hex = append(hex, d[j])
				}
				j++
			}
			if len(hex)%2 == 1 {
				hex = append(hex, '0')
			}
			b := make([]byte, len(hex)/2)
			for k := range b {
				b[k] = unhex(hex[2*k])<<4 | unhex(hex[2*k+1])
			}
			out = append(out, cmapTok{hex: true, b: b})
			i = j + 1
		case c == '[' || c == ']':
			out = append(out, cmapTok{s: string(c)})
			i++
		case c == '/':
			j := i + 1
			for j < len(d) && !isDelim(d[j]) {
				j++
			}
			out = append(out, cmapTok{name: string(d[i+1 : j])})
			i = j
		case c == '(':
			depth, j := 1, i+1
			for j < len(d) && depth > 0 {
				switch d[j] {
				case '\\':
					j++
				case '(':
					depth++
				case ')':
					depth--
				}
				j++
			}
			i = j
		case isDelim(c):
			i++
		default:
			j := i
			for j < len(d) && !isDelim(d[j]) {
				j++
			}
			out = append(out, cmapTok{s: string(d[i:j])})
			i = j
		}
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// standardWidths approximates the metrics of the standard 14 fonts, which
// carry no Widths array: Helvetica's and Times-Roman's widths for ASCII,
// Courier's 600 for a monospace name.
func standardWidths(lowerBase string) *[256]float64 {
	var t [256]float64
	if strings.Contains(lowerBase, "courier") || strings.Contains(lowerBase, "mono") {
		for i := range t {
			t[i] = 600
		}
		return &t
	}
	helv := strings.Contains(lowerBase, "helvetica") || strings.Contains(lowerBase, "arial") || strings.Contains(lowerBase, "sans")
	lower := "444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444"
	upper := "722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611"
	digit, space, punct := 500.0, 250.0, 250.0
	if helv {
		lower = "556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500"
		upper = "667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611"
		digit, space, punct = 556, 278, 278
	}
	for i := range t {
		t[i] = 500
	}
	for i, w := range strings.Fields(lower) {
		t['a'+i], _ = strconv.ParseFloat(w, 64)
	}
	for i, w := range strings.Fields(upper) {
		t['A'+i], _ = strconv.ParseFloat(w, 64)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digit
	}
	t[' '] = space
	for _, c := range ".,:;'`!|" {
		t[c] = punct
	}
	t['-'] = 333
	t['('] = 333
	t[')'] = 333
	return &t
}
