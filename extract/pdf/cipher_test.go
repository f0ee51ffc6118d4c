package pdf

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	extract "github.com/stratex/stratex/extract/text" // Block and its hints live in text
)

// A passage written for this test; any English prose of a few hundred
// words will do.
const cipherProse = `The archive (now in the national library) holds letters, treaties and minutes from 1947 to 1991. ` +
	`Most of them were written by officials who expected no reader outside the ministry, ` +
	`and they say plainly what the public statements of the time concealed. ` +
	`In 1962, for example, the delegation reported that the talks had failed, ` +
	`while the press was told that both sides had agreed on every point. ` +
	`Historians who use these papers must read them against each other (Smith, 1984; Jones, 2003). ` +
	`A single letter proves little. A series of letters, kept in order and compared with the ` +
	`budgets of the same years, shows how decisions were made and who made them. ` +
	`The budgets for 1958 and 1959 are missing, but the minutes of the finance committee ` +
	`describe the main figures (the totals, not the items). Where the sources disagree, this study follows the earlier one, ` +
	`since later accounts were often revised to suit the politics of their own day. ` +
	`Readers who want the full record will find it in the appendix, which lists every document ` +
	`by date, author and subject. The collection was opened to researchers in 2011 ` +
	`and has been cited in many studies since then (Brown, 2015).`

// cambriaLike encodes text as the glyph indexes of a font that orders
// letters and digits in blocks away from ASCII, as Cambria does, with
// punctuation scattered elsewhere.
func cambriaLike(text string) ([][]int, map[int]float64, map[int]string) {
	gid := map[rune]int{' ': 3, ',': 481, '.': 484, '(': 523, ')': 524, ';': 483, '-': 486}
	for c := 'A'; c <= 'Z'; c++ {
		gid[c] = int(c) - 61
	}
	for c := 'a'; c <= 'z'; c++ {
		gid[c] = int(c) + 34
	}
	for c := '0'; c <= '9'; c++ {
		gid[c] = int(c) + 834
	}
	width := map[int]float64{}
	want := map[int]string{}
	var run []int
	for _, r := range text {
		g := gid[r]
		run = append(run, g)
		width[g] = 0.5
		want[g] = string(r)
	}
	width[3] = 0.22
	for c := '0'; c <= '9'; c++ {
		width[gid[c]] = 0.554
	}
	return [][]int{run}, width, want
}

func TestSolveGlyphsDecodesABlockOrderedFont(t *testing.T) {
	runs, width, want := cambriaLike(cipherProse)
	m := solveGlyphs(runs, width)
	if m == nil {
		t.Fatal("no decoding")
	}
	for g, s := range want {
		if s == ";" {
			continue // a semicolon cannot be told from a colon by position
		}
		if m[g] != s {
			t.Errorf("glyph %d decoded as %q, want %q", g, m[g], s)
		}
	}
	var sb strings.Builder
	for _, g := range runs[0] {
		sb.WriteString(m[g])
	}
	if got := sb.String(); !strings.Contains(got, "In 1962, for example, the delegation reported") ||
		!strings.Contains(got, "(Smith, 1984 Jones, 2003).") {
		t.Errorf("decoded text:\n%s", got)
	}
}

func TestSolveGlyphsDecodesAnASCIIOrderedFont(t *testing.T) {
	// glyph = code - 29 for all of printable ASCII (the Macintosh order of
	// most TrueType fonts)
	var run []int
	width := map[int]float64{}
	for _, r := range cipherProse {
		run = append(run, int(r)-29)
		width[int(r)-29] = 0.5
	}
	width[3] = 0.25
	m := solveGlyphs([][]int{run}, width)
	var sb strings.Builder
	for _, g := range run {
		sb.WriteString(m[g])
	}
	if sb.String() != cipherProse {
		t.Errorf("decoded text:\n%s", sb.String())
	}
}

func TestSolveGlyphsRefusesWhatIsNotEnglish(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var run []int
	width := map[int]float64{}
	for i := 0; i < 3000; i++ {
		g := 100 + rng.Intn(60)
		if rng.Intn(6) == 0 {
			g = 3
		}
		run = append(run, g)
		width[g] = 0.5
	}
	width[3] = 0.25
	if m := solveGlyphs([][]int{run}, width); m != nil {
		t.Errorf("random glyphs decoded: %v", m)
	}
	// too little text to tell
	short, w, _ := cambriaLike("The talks failed in 1962.")
	if m := solveGlyphs(short, w); m != nil {
		t.Errorf("a short line decoded: %v", m)
	}
}

func TestIndexName(t *testing.T) {
	for name, want := range map[string]int{"g150": 150, "G12": 12, "glyph7": 7, "gid42": 42, "index9": 9,
		"g": -1, "gamma": -1, "g-1": -1, "a97": -1, "g1234567": -1} {
		if got := indexName(name); got != want {
			t.Errorf("indexName(%q) = %d, want %d", name, got, want)
		}
	}
}

// Whatever the glyph runs, solving returns (a decoding or nil), and a
// decoding maps each glyph to at most one short string.
func TestSolveGlyphsOnArbitraryRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	base, width, _ := cambriaLike(cipherProse)
	for i := 0; i < 200; i++ {
		var runs [][]int
		for j := 0; j < 1+rng.Intn(5); j++ {
			run := append([]int(nil), base[0][rng.Intn(len(base[0])/2):]...)
			for k := range run {
				if rng.Intn(8) == 0 {
					run[k] = rng.Intn(70000)
					width[run[k]] = rng.Float64()
				}
			}
			runs = append(runs, run[:rng.Intn(len(run))])
		}
		for g, s := range solveGlyphs(runs, width) {
			if len([]rune(s)) != 1 {
				t.Fatalf("glyph %d decoded as %q", g, s)
			}
		}
	}
}

// A whole file: a font that names its glyphs by index alone and has no
// Unicode map (testdata/README.md) reads as the prose it sets.
func TestReadDecodesAGlyphIndexFont(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "glyph-index-font.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := extract.Compose(doc.Blocks).Text
	for _, want := range []string{"In 1962, for example, the delegation reported that the talks had failed,",
		"(Smith, 1984 Jones, 2003).", "Where the sources disagree, this study follows the earlier one,"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing from:\n%s", want, text)
		}
	}
	if doc.Unmapped != 1 {
		t.Errorf("%d glyphs dropped, want 1 (the semicolon)", doc.Unmapped)
	}
}
