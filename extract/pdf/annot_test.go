package pdf

import (
	"strings"
	"testing"
)

// A form whose only text is in its fields: a value with no appearance
// stream, an appearance stream scaled into its widget's rectangle, a
// free-text annotation; the widgets listed bottom first are
// read top first, where they are seen. A chosen radio button and a hidden
// field give nothing.
func TestFormFieldsAndAnnotations(t *testing.T) {
	data := formFixture()
	doc, text := readText(t, data)
	want := "Ministry of Foreign Affairs, Islamabad\nReviewed by the committee on 4 March 2019.\nRequest for consultations on the border crossings"
	if strings.TrimSpace(text) != want {
		t.Errorf("text %q, want %q", text, want)
	}
	if doc.NoText() != "" {
		t.Errorf("NoText %q for a form with text", doc.NoText())
	}
	// the appearance, fitted: half its box's size, so the 10-point text is
	// 5 points high in the rectangle
	r, err := open(data)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pageList(r)
	if err != nil {
		t.Fatal(err)
	}
	in, err := readPage(pages[0], newFontCache())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, g := range in.glyphs {
		if g.text != "M" || g.y < 690 {
			continue // the M of "March" is in the free-text annotation
		}
		found = true
		if g.size < 4.9 || g.size > 5.1 || g.x < 72 || g.x > 74 || g.y < 702 || g.y > 704 {
			t.Errorf("fitted appearance: 'M' at (%.1f, %.1f) size %.1f, want (73, 703) size 5", g.x, g.y, g.size)
		}
	}
	if !found {
		t.Error("no 'M' of the fitted appearance")
	}
}

// formFixture is a one-page form: two text fields (one drawn by its
// appearance, one by its value), a hidden field, a free-text annotation, a
// chosen radio button, a link and a sticky note.
func formFixture() []byte {
	// the appearance's box is half the rectangle's size: its matrix and
	// box are fitted into the rectangle
	ap := stream("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Matrix [0.5 0 0 0.5 0 0] /Resources << /Font << /Helv 9 0 R >> >>",
		"/Tx BMC q BT /Helv 10 Tf 2 6 Td (Ministry of Foreign Affairs, Islamabad) Tj ET Q EMC")
	free := stream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /Helv 9 0 R >> >>",
		"BT /Helv 10 Tf 2 6 Td (Reviewed by the committee on 4 March 2019.) Tj ET")
	dot := stream("/Type /XObject /Subtype /Form /BBox [0 0 12 12] /Resources << /Font << /ZaDb 14 0 R >> >>",
		"BT /ZaDb 10 Tf 1 2 Td (l) Tj ET")
	return buildPDF(
		"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 5 0 R 6 0 R 12 0 R] /NeedAppearances false /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 9 0 R >> >> >> >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> /Annots [5 0 R 6 0 R 4 0 R 11 0 R 12 0 R 13 0 R] >>",
		// a text field with an appearance, near the top
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (sender) /V (Ministry of Foreign Affairs, Islamabad) /Rect [72 700 172 710] /AP << /N 7 0 R >> /P 3 0 R >>",
		// a text field whose value has no appearance, lower
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (subject) /V (Request for consultations on the border crossings) /DA (/Helv 11 Tf 0 g) /Rect [72 600 540 620] /P 3 0 R >>",
		// a hidden field
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (secret) /V (Not shown to anyone) /F 2 /Rect [72 500 540 520] /P 3 0 R >>",
		ap,
		free,
		helvetica,
		"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] >>",
		// a free-text annotation between the two fields
		"<< /Type /Annot /Subtype /FreeText /Contents (Reviewed by the committee on 4 March 2019.) /Rect [72 650 372 670] /AP << /N 8 0 R >> >>",
		// a chosen radio button: ZapfDingbats' dot, "l"
		"<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 32768 /T (agree) /V /Yes /AS /Yes /Rect [400 680 412 692] /AP << /N << /Yes 15 0 R /Off 15 0 R >> >> >>",
		"<< /Type /Annot /Subtype /Text /Contents (a reviewer's sticky note) /Rect [500 700 520 720] >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
		dot,
	)
}

// NeedAppearances: the viewer draws the field's value, not the stale
// appearance the file holds.
func TestNeedAppearancesReadsTheValue(t *testing.T) {
	stale := stream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /Helv 6 0 R >> >>",
		"BT /Helv 10 Tf 2 6 Td (Draft) Tj ET")
	data := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /NeedAppearances true /DA (/Helv 0 Tf 0 g) >> >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>",
		// the value is on the parent field, the widget is its kid
		"<< /Type /Annot /Subtype /Widget /Parent 7 0 R /Rect [72 700 372 720] /AP << /N 5 0 R >> >>",
		stale,
		helvetica,
		"<< /FT /Tx /T (status) /V <FEFF00460069006E0061006C0020007200650070006F00720074> /Kids [4 0 R] >>",
	)
	_, text := readText(t, data)
	if strings.TrimSpace(text) != "Final report" {
		t.Errorf("text %q, want the value %q", text, "Final report")
	}
}

// A page that draws only an image, and one that draws nothing, give no
// text and say which.
func TestNoText(t *testing.T) {
	img := stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00\xff\xff\x00")
	scanned := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
		stream("", "q 612 0 0 792 0 0 cm /Im1 Do Q"),
		img,
	)
	inline := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		stream("", "q 100 0 0 100 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"),
	)
	blank := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		stream("", "0 0 1 rg 72 72 100 100 re f"),
	)
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"image XObject", scanned, "no text layer: scanned image?"},
		{"inline image", inline, "no text layer: scanned image?"},
		{"a rectangle", blank, "no text"},
	} {
		doc, err := Read(tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := doc.NoText(); got != tt.want {
			t.Errorf("%s: NoText %q, want %q (images %d, blocks %d)", tt.name, got, tt.want, doc.Images, len(doc.Blocks))
		}
	}
}

// A file of the hostile corpus whose only text is a push button's caption,
// in an AES-256 file.
func TestHostileFormButton(t *testing.T) {
	if text, want := hostileText(t, "secHandler.pdf"), "Security Handler"; text != want {
		t.Errorf("%q, want %q", text, want)
	}
}
