package text

import (
	"context"
	"strings"
	"testing"
)

// Paragraphs of prose for the structure tests, each over 25 words and
// closed by a full stop, from two kinds of text: a history of a war and a
// study of a health service.
var (
	warProse = []string{
		"The offensive opened in the spring after weeks of rain had turned the roads to mud, and the first columns moved east along the river with little artillery behind them.",
		"By the end of the month the defenders had fallen back to the old fortress line, where supplies ran short and several regiments refused to take up their positions again.",
		"Talks began in the autumn under the mediation of neutral envoys, but neither government would accept the proposed frontier, and the fighting resumed before the winter set in.",
		"The armistice signed the following year left both armies exhausted and the disputed provinces divided along the line of contact that the negotiators had drawn on their maps.",
	}
	healthProse = []string{
		"Nurses in the district clinics reported that shortages of equipment and staff made it hard to follow the new guidelines, and many of them had received no training in them.",
		"We interviewed forty managers and asked them how they had introduced the programme, which obstacles they had met, and what support they had received from the regional office.",
		"Most managers said that the programme had improved the records kept at each clinic, although the time needed to fill in the new forms was a frequent cause of complaint.",
	}
)

// zones gives the zone of each line of a text of one paragraph per line.
func zones(t *testing.T, lines ...string) []string {
	t.Helper()
	v := testVocab(t)
	tx := Compose(TextBlocks(strings.Join(lines, "\n"), false))
	if len(tx.Lines) != len(lines) {
		t.Fatalf("%d lines, want %d", len(tx.Lines), len(lines))
	}
	st, err := v.Structure(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range st.Lines {
		out = append(out, l.Zone)
	}
	return out
}

// The front matter ends at the first run of prose: a chapter or a text cut
// from the middle of a paper, whose first section label comes at its end,
// is body from its first paragraph of prose.
func TestHeaderZoneEndsAtTheFirstRunOfProse(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"a chapter: a heading, prose, Conclusion, References",
			append(append([]string{"The Spring Offensive"}, warProse...), "Conclusion", warProse[0], "References", "Smith, J. (2001). The Long War. London: Archive Press."),
			"header body body body body body body references references"},
		{"a cut from the middle of a study: prose from the first line, then a label",
			append(append([]string{}, healthProse...), "Discussion", healthProse[0]),
			"body body body body body"},
		{"a cut that opens with a short line before the prose",
			append([]string{"Table 2 shows the clinics by district."}, append(healthProse, "Conclusions", healthProse[2])...),
			"header body body body body body"},
		{"front matter with a licence notice and an abstract, two prose paragraphs, stays front matter",
			[]string{"Aid and Influence in the Cold War", "Jane Roe", "Department of History, Example University", warProse[0], "Received 3 March 2020", warProse[1], "1. Introduction", warProse[2], warProse[3]},
			"header header header header header header body body body"},
		{"front matter of a study broken by a short line keeps its two prose paragraphs",
			[]string{"Barriers to Quality in District Clinics", "A. Mensah and K. Owusu", healthProse[0], healthProse[1], "Keywords: quality, clinics", "Background", healthProse[2]},
			"header header header header abstract body body"},
		{"a run of prose goes on across a heading and a short paragraph",
			[]string{"Part Two", warProse[0], "The Winter", "It snowed early that year.", warProse[1], warProse[2], "Conclusion", warProse[3]},
			"header body body body body body body body"},
		{"garbled front matter: prose before a labelled date stays front matter",
			[]string{"Aid and Influence in the Cold War", warProse[0], warProse[1], warProse[2], "Received 24 August 2009 Accepted 13 February 2010", "1. Introduction", warProse[3]},
			"header header header header header body body"},
		{"garbled front matter of a study: prose before a publication date stays front matter",
			[]string{"Barriers to Quality in District Clinics", healthProse[0], healthProse[1], healthProse[2], "Published online: 3 May 2020", "Background", healthProse[0]},
			"header header header header header body body"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(zones(t, c.lines...), " "); got != c.want {
				t.Errorf("zones\n %s\nwant\n %s", got, c.want)
			}
		})
	}
}

// A short line standing alone in a text file is a heading even when it is
// not title-cased: encyclopedias and many journals write headings in
// sentence case, and chronologies open them with a date label. A PDF's
// blocks (with pages) may be fragments of a paragraph and are not read so;
// a line closed by punctuation, a long one, or a label with no word are
// not headings.
func TestSentenceCaseAndDateLedHeadings(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		line string
		page int
		want bool
	}{
		// a war history
		{"Foreign involvement and aid to the rebels", 0, true},
		{"1944: Liberation of France", 0, true},
		{"1980s: Insurgency", 0, true},
		{"1965-67: the crisis years", 0, true},
		{"Trench warfare begins", 0, true},
		// a health study
		{"Results and discussion", 0, true},
		{"Strengths and limitations of this study", 0, true},
		// not headings
		{"Foreign involvement and aid to the rebels", 1, false}, // a PDF block: layout decides
		{"The specific objectives were to assess", 1, false},
		{"Most clinics reported shortages.", 0, false}, // closed by a full stop
		{"Reasons given by the managers include:", 0, false},
		{"Operation Rolling Thunder: the bombing of North Vietnam and its supply routes", 0, true},
		{"The talks that began in the autumn under the mediation of neutral envoys from three states", 0, false}, // over twelve words
		{"1979: 12 of 40", 0, false},
		{"1. Priority given to trade with the neighbouring states of the region", 0, false}, // a list item
		{"2) Support for the local clinics", 0, false},
		{"1979", 0, false},
	} {
		lines := append([]string{warProse[0], c.line}, healthProse[0])
		var blocks []Block
		for _, l := range lines {
			blocks = append(blocks, Block{Text: l, Page: c.page})
		}
		tx := Compose(blocks)
		if len(tx.Lines) != 3 {
			t.Fatalf("%q: %d lines, want 3", c.line, len(tx.Lines))
		}
		st, err := v.Structure(context.Background(), tx)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Lines[1].Role == RoleHeading; got != c.want {
			t.Errorf("%q (page %d): heading %v, want %v", c.line, c.page, got, c.want)
		}
	}
}

// A heading set in spaced capitals is read as its words: the label of a
// reference list or of a section in a political science journal's and a
// health journal's style.
func TestLetterSpacedHeadings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"R E F E R E N C E S", "REFERENCES"},
		{"A C K N O W L E D G M E N T S", "ACKNOWLEDGMENTS"},
		{"D A T A  A N D  M E T H O D S", "DATA AND METHODS"},
		{"R e f e r e n c e s", "References"},
	} {
		if got, ok := letterSpaced(c.in); !ok || got != c.want {
			t.Errorf("%q: %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"A B", "I went to A B C", "References", "U S A and the U K"} {
		if got, ok := letterSpaced(in); ok {
			t.Errorf("%q read as spaced letters %q", in, got)
		}
	}
	z := zones(t, append(append([]string{"The Long Offensive"}, warProse...), "R E F E R E N C E S", "Smith, J. 2001. The Long War. London: Archive Press.")...)
	if got := strings.Join(z, " "); got != "header body body body body references references" {
		t.Errorf("zones %s", got)
	}
}
