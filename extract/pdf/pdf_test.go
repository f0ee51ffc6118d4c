package pdf

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func TestJoinLine(t *testing.T) {
	lex := map[string]bool{"long-term": true, "fastest": true, "developing": true, "understanding": true,
		"east": true, "ward": true, "with": true, "drawals": true, "year": true}
	tests := []struct{ a, b, want string }{
		{"relations have deterio-", "rated since then", "relations have deteriorated since then"},
		{"a robust Sino-", "Pak alliance", "a robust Sino-Pak alliance"},
		{"in both 1994-", "98 and 2003-07", "in both 1994-98 and 2003-07"},
		{"a long-", "term plan", "a long-term plan"},
		{"the fastest-", "developing zone", "the fastest-developing zone"},
		{"a better under-", "standing of", "a better understanding of"},
		{"the Ban-", "dung Conference", "the Bandung Conference"},
		{"plain", "next line", "plain next line"},
		{"soft\u00ad", "ware", "software"},
		// both halves are words of the text, but the whole is one English word
		{"the Empire's East-", "ward expansion", "the Empire's Eastward expansion"},
		{"the with-", "drawals of troops", "the withdrawals of troops"},
		// a compound of several words, and one word broken inside a compound
		{"sudden year-", "to-year shifts", "sudden year-to-year shifts"},
		{"we allow in-", "tra-phrasal reordering", "we allow intra-phrasal reordering"},
		// two long words of the word list that make no word: a compound
		{"the policy-", "making process", "the policy-making process"},
		{"it was deter-", "mined by", "it was determined by"},
	}
	for _, tt := range tests {
		if got := joinLine(tt.a, tt.b, lex); got != tt.want {
			t.Errorf("joinLine(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestGlyphNames(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"A", "A", true}, {"fi", "\uFB01", true}, {"quoteright", "’", true}, {"uni0041", "A", true},
		{"uni00410042", "AB", true}, {"u1F600", "😀", true}, {"f_f_i", "fffi", true}, {"a.sc", "a", true},
		{"g18", "", false}, {".notdef", "", false},
	}
	for _, tt := range tests {
		got, ok := glyphText(tt.name)
		if tt.name == "f_f_i" {
			tt.want = "ffi"
		}
		if got != tt.want || ok != tt.ok {
			t.Errorf("glyphText(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseCMap(t *testing.T) {
	cm := parseCMap([]byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0011> <FB01> endbfchar
2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<0078> <D83DDE00>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`))
	want := map[uint32]string{3: " ", 0x11: "\uFB01", 0x24: "A", 0x25: "B", 0x26: "C", 0x30: "x", 0x31: "😀"}
	for c, s := range want {
		if cm.uni[c] != s {
			t.Errorf("code %#x: %q, want %q", c, cm.uni[c], s)
		}
	}
	if len(cm.space) != 1 || cm.space[0].n != 2 {
		t.Errorf("code space %+v", cm.space)
	}
}

func TestContentLexer(t *testing.T) {
	lx := &contentLexer{d: []byte("BT /F1 12 Tf (a\\(b\\)\\101) Tj [(x) -250 <4142>] TJ BI /W 2 /H 2 ID \x00\xffEI\x01 EI ET")}
	var ops []string
	var buf []operand
	for {
		op, args, ok := lx.next(buf)
		if !ok {
			break
		}
		buf = args
		ops = append(ops, op)
		switch op {
		case "Tj":
			if args[0].str != "a(b)A" {
				t.Errorf("Tj string %q", args[0].str)
			}
		case "TJ":
			if a := args[0].arr; len(a) != 3 || a[0].str != "x" || a[1].num != -250 || a[2].str != "AB" {
				t.Errorf("TJ array %+v", a)
			}
		}
	}
	if got := bytes.Join(func() [][]byte {
		var b [][]byte
		for _, o := range ops {
			b = append(b, []byte(o))
		}
		return b
	}(), []byte(" ")); string(got) != "BT Tf Tj TJ BI ET" {
		t.Errorf("operators %q (an inline image is one operator, its data skipped)", got)
	}
}

func TestRepairRebuildsAMissingTable(t *testing.T) {
	pdf := []byte("%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Count 1/Kids[3 0 R]>>\nendobj\n" +
		"3 0 obj\n<</Type/Page/Parent 2 0 R/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>/Contents 4 0 R>>\nendobj\n" +
		"4 0 obj\n<</Length 5>>\nstream\nBT /F1 12 Tf 72 700 Td (Pakistan signed the agreement.) Tj ET\nendstream\nendobj\n%%EOF\n")
	doc, err := Read(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Repaired || len(doc.Blocks) != 1 || doc.Blocks[0].Text != "Pakistan signed the agreement." {
		t.Errorf("repaired=%v blocks %+v", doc.Repaired, doc.Blocks)
	}
}

// A CID font's /W is a width array, not an xref stream's field widths: the
// hostile corpus's copy_paste_ligatures.pdf was refused for its
// "/W [0 [ 777.83 ... ]]", and a one-range "/W [0 95 600]" is as common.
func TestSaneXrefTellsWidthArraysFromXrefStreams(t *testing.T) {
	font := "1 0 obj << /Type /Font /Subtype /CIDFontType2 /W [0 95 600] >> endobj\n" +
		"2 0 obj << /Type /Font /Subtype /CIDFontType0 /W [0 [ 777.83 604.0 ]] >> endobj\n"
	if !saneXref([]byte("%PDF-1.5\n" + font)) {
		t.Error("font width arrays taken for xref field widths")
	}
	bad := "3 0 obj << /Type /XRef /W [1 2 40] /Size 4 /Length 0 >> stream\nendstream endobj\n"
	if saneXref([]byte("%PDF-1.5\n" + font + bad)) {
		t.Error("an xref stream with a 40-byte field accepted")
	}
	good := "3 0 obj << /Type /XRef /W [1 2 1] /Size 4 /Length 0 >> stream\nendstream endobj\n"
	if !saneXref([]byte("%PDF-1.5\n" + font + good)) {
		t.Error("a sane xref stream refused")
	}
}

func TestSaneXrefChecksAnXrefStreamWithoutItsType(t *testing.T) {
	bad := "%PDF-1.5\n3 0 obj << /W [1 2 40] /Size 4 /Length 0 >> stream\nendstream endobj\n"
	if saneXref([]byte(bad)) {
		t.Error("an xref stream with a 40-byte field and no /Type accepted")
	}
}

func TestIsBanner(t *testing.T) {
	for s, want := range map[string]bool{
		"RESEARCH ARTICLE Open Access": true, "Original article": true, "A R T I C L E": true, "Research Article": true,
		"REVIEW": true, "Understanding the barriers to setting up": false, "Methods": false, "A drag on the ticket?": false,
	} {
		if got := isBanner(s); got != want {
			t.Errorf("isBanner(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFootnoteMark(t *testing.T) {
	mk := func(text string, y, size float64) *seg {
		s := &seg{y: y, size: size}
		s.text.WriteString(text)
		return s
	}
	body := mk("Assistant", 100, 10)
	if !footnoteMark(mk("3", 104, 6), body, "Assistant") {
		t.Error("a raised small 3 before 'Assistant' is no footnote mark")
	}
	if footnoteMark(mk("1", 104, 6), mk("H", 100, 10), "H") {
		t.Error("the isotope '1H' split")
	}
	if footnoteMark(mk("3", 100, 10), body, "Assistant") {
		t.Error("a digit of the text's own size and baseline taken for a mark")
	}
}

// The library reads a cross-reference table as tokens, not lines: a NUL is
// white space to it, so a subsection header glued to an entry's line by a
// NUL ("... n \x00 4294967296 3") made it allocate a table of four billion
// entries (found by FuzzPDFBoundary). saneXref walks the tokens as the
// library does.
func TestSaneXrefReadsTablesAsTokens(t *testing.T) {
	head := "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
	table := fmt.Sprintf("xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", 9, strings.Index(head, "2 0 obj"))
	tail := fmt.Sprintf("trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(head))
	if !saneXref([]byte(head + table + tail)) {
		t.Error("a plain table refused")
	}
	for name, bad := range map[string]string{
		"NUL before the header":     "\x00 4294967296 3\n0000000001 00000 n \n",
		"header after an empty one": "7 0 900000000 1\n0000000001 00000 n \n",
		"comment, then header":      "% note\n5000000000 2\n",
		"more entries than bytes":   "3 400000\n",
	} {
		if saneXref([]byte(head + table + bad + tail)) {
			t.Errorf("%s: accepted", name)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _ = Read([]byte(head + table + bad + tail))
		runtime.ReadMemStats(&after)
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
			t.Errorf("%s: reading allocated %d MB", name, grown>>20)
		}
	}
	// a second, sane subsection and a comment between entries pass
	if !saneXref([]byte(head + "xref\n0 1\n0000000000 65535 f \n% two more\n1 2\n0000000009 00000 n \n0000000062 00000 n \n" + tail)) {
		t.Error("two sane subsections refused")
	}
}
