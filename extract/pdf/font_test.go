package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// A CID font with no ToUnicode map and no font program is read by the
// Adobe collection it names; one that names none drops its glyphs.
func TestCIDFontReadByItsCollection(t *testing.T) {
	cids := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			fmt.Fprintf(&b, "%04X", int(r)-31)
		}
		return b.String()
	}
	file := func(ordering, text string) []byte {
		return buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			stream("", "BT /F1 12 Tf 72 700 Td <"+cids(text)+"> Tj ET"),
			"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
			"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering ("+ordering+") /Supplement 2 >> /DW 500 >>",
		)
	}
	_, text := readText(t, file("GB1", "Talks resumed in Beijing on 3 May 1996, after a pause."))
	if strings.TrimSpace(text) != "Talks resumed in Beijing on 3 May 1996, after a pause." {
		t.Errorf("Adobe-GB1: %q", text)
	}
	doc, text := readText(t, file("Identity", "Talks resumed."))
	if strings.TrimSpace(text) != "" || doc.Unmapped != 14 {
		t.Errorf("Adobe-Identity: %q, %d unmapped; want nothing read, 14 dropped", text, doc.Unmapped)
	}
}

// A file of the hostile corpus that pdftotext reads as nothing: English
// set in a CID font that names Adobe-Japan1 and has no Unicode map, nor a
// cmap in its font program.
func TestHostileCIDFontWithoutAMap(t *testing.T) {
	if text, want := hostileText(t, "arial_unicode_en_cidfont.pdf"), "This is an Arial Unicode PDF from OpenOffice."; text != want {
		t.Errorf("%q, want %q", text, want)
	}
}
