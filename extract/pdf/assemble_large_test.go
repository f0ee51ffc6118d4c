package pdf

import (
	"fmt"
	"strings"
	"testing"

	extract "github.com/stratex/stratex/extract/text"
)

// largeTypePage is a one-page PDF whose most common type is small (8 pt:
// a table or a reference list), with a paragraph in 10 pt type, a gap, a
// bold label in 10 pt, and small lines after it.
func largeTypePage(small1 []string, para []string, label string, small2 []string) []byte {
	var c strings.Builder
	y := 760
	line := func(font string, size int, s string) {
		fmt.Fprintf(&c, "BT /%s %d Tf 72 %d Td (%s) Tj ET\n", font, size, y, s)
		y -= size + 4
	}
	for k := 0; k < 3; k++ { // the small type is the page's most common
		for _, s := range small1 {
			line("F1", 8, s)
		}
	}
	y -= 12
	for _, s := range para {
		line("F1", 10, s)
	}
	y -= 24
	line("F2", 10, label)
	for k := 0; k < 2; k++ {
		for _, s := range small2 {
			line("F1", 8, s)
		}
	}
	return buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
		helvetica,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
		stream("", c.String()),
	)
}

// On a page set mostly in small type, the lines of a paragraph in the
// larger body type are no heading run: the paragraph is one block of
// prose, and the bold label after it a heading of its own ("References"
// was read as the last words of a heading the paragraph had become).
func TestLargeTypeParagraphIsNoHeading(t *testing.T) {
	for _, c := range []struct {
		name         string
		small1, para []string
		label        string
		small2       []string
	}{
		{"a health study: a table, the last paragraph, the references",
			[]string{"Samples LC50 (ug/ml)", "VS 0.28 HF 2.17 CF 2.77", "AQF 2.46 SD (n=3)", "Values are means of three runs", "VS: the positive control", "HF: hexane fraction."},
			[]string{"After a day of exposure to the samples and the positive", "control, the LC50 values obtained from the fitted line were", "found to be close to those of earlier studies of the plant", "and its relatives, and the toxicity of every fraction of the", "extract was significant when compared with the control."},
			"REFERENCES",
			[]string{"1. National Herbarium, Dhaka.", "2. Hassan, D. 2000. Plants of the coast.", "3. Rouf, A. 2006. Effects of the extract.", "4. Ali, B. 2003. Toxicity tests."}},
		{"a history: a chronology table, the closing paragraph, the notes",
			[]string{"1914 Outbreak of the war", "1915 The Gallipoli landings", "1916 Verdun and the Somme", "1917 Revolution in Russia", "1918 The armistice", "1919 The peace conference."},
			[]string{"The armistice of November left both armies exhausted, and", "the provinces in dispute were divided along the line of", "contact that the negotiators had drawn on their maps in the", "last weeks of the war, a line that the peace conference", "of the following year would largely keep as the frontier."},
			"NOTES",
			[]string{"1. Archive of the War Office, box 12.", "2. Smith, J. 2001. The Long War.", "3. Ministry papers, file 4.", "4. Letters of the envoy, 1919."}},
	} {
		doc, err := Read(largeTypePage(c.small1, c.para, c.label, c.small2))
		if err != nil {
			t.Fatal(err)
		}
		var para, label *extract.Block
		for i, b := range doc.Blocks {
			if strings.HasPrefix(b.Text, c.para[0]) {
				para = &doc.Blocks[i]
			}
			if b.Text == c.label {
				label = &doc.Blocks[i]
			}
		}
		switch {
		case para == nil:
			t.Errorf("%s: no block opens with the paragraph", c.name)
		case para.Hint != extract.HintNone || !strings.HasSuffix(para.Text, strings.TrimSuffix(c.para[len(c.para)-1], ".")+"."):
			t.Errorf("%s: paragraph block hint %d, text %q", c.name, para.Hint, para.Text)
		}
		if label == nil || label.Hint != extract.HintHeading {
			t.Errorf("%s: the label %q is no heading block of its own: %+v", c.name, c.label, label)
		}
	}
}
