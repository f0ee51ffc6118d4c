package text

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// numericDateRE is the pattern numericDates reads by hand.
var numericDateRE = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})\b`)

// orderTexts are texts to hold DateOrder's readers to the ones they
// replaced: the sample article, the WikiWars and MEANTIME development
// texts, hand-picked edges and random strings of digits, separators and
// word characters.
func orderTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"", "1/2/2020", "13/08/2022 and 08/13/2022", "a1/2/2020", "_1/2/2020", "é1/2/2020", "1/2/20201", "1/2/2020a",
		"123/4/2020", "1/234/2020", "1.2.3.2020", "01-02-2020-03-04-2021", "12/12/2012/12/12/2012", "1/2/202", "1/2/2020_",
		"1/2/2020é", "9/9/9999 10.10.1010", "1-2/2020", "1/2-2020", "x 31/12/1999.", "12.31.1999", "\xff1/2/2020\xff",
		"the defence organisation", "Defense and DEFENCE", "per cent, percent, per  cent", "program programme programs",
		"colourcolourcolor", "organisationorganization", "İnternational Kolour", "whilst",
	}
	texts = append(texts, devTexts(t, sampleTexts, wikiwarsTexts, meantimeTexts)...)
	if len(texts) < 40 {
		t.Fatalf("only %d texts: the development texts are missing", len(texts))
	}
	// dates and near misses: each slot of "1/2/2020" drawn from good and
	// bad fillers, a few in a row
	slots := [][]string{
		{"", " ", "a", "_", "é", "\xff", "1", "/"},
		{"1", "12", "31", "123", "", "x"},
		{"/", ".", "-", "", ","},
		{"1", "08", "13", "123", ""},
		{"/", ".", "-", "", ":"},
		{"2020", "202", "20201", "1999"},
		{"", " ", "a", "_", "é", "\u212a", "/", ".", "1"},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(3) {
			for _, fill := range slots {
				b.WriteString(fill[rng.IntN(len(fill))])
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestNumericDatesSame checks numericDates against numericDateRE.
func TestNumericDatesSame(t *testing.T) {
	dates := 0
	for _, s := range orderTexts(t) {
		var got, want [][2]int
		numericDates(s, func(a, b int) { got = append(got, [2]int{a, b}) })
		for _, g := range numericDateRE.FindAllStringSubmatch(s, -1) {
			a, _ := strconv.Atoi(g[1])
			b, _ := strconv.Atoi(g[3])
			want = append(want, [2]int{a, b})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("numericDates(%.200q) = %v, want %v", s, got, want)
		}
		dates += len(got)
	}
	if dates < 500 {
		t.Errorf("only %d dates read: the texts test little", dates)
	}
	t.Logf("%d dates", dates)
}

// TestSpellingCountSame checks spelling.count against strings.Count of
// each form, on the embedded forms and on forms that overlap themselves or
// each other, or are one byte long.
func TestSpellingCountSame(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var odd spelling
	for i, f := range []string{"aa", "aba", "a", "ab", "ba", "é", "colour", "our", "", "k"} {
		odd.add(f, i%2 == 0)
	}
	texts := append(orderTexts(t), "aaaaa", "abababa", "aabaab", "ééé")
	for _, sp := range []*spelling{&v.spelling, &odd} {
		for _, s := range texts {
			l := strings.ToLower(s)
			wb, wa := 0, 0
			for i, f := range sp.forms {
				if sp.british[i] {
					wb += strings.Count(l, f)
				} else {
					wa += strings.Count(l, f)
				}
			}
			if b, a := sp.count(l); b != wb || a != wa {
				t.Fatalf("count(%.200q) = %d, %d, want %d, %d", l, b, a, wb, wa)
			}
		}
	}
	if len(v.spelling.forms) < 30 {
		t.Fatalf("only %d spelling forms", len(v.spelling.forms))
	}
}

// BenchmarkDateOrder reads the order of the WikiWars development texts, run
// together: by hand (DateOrder) and by the regexp and strings.Count of each
// spelling it replaced.
func BenchmarkDateOrder(b *testing.B) {
	text := strings.Join(devTexts(b, wikiwarsTexts), "")
	v, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			v.DateOrder(text)
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			for _, g := range numericDateRE.FindAllStringSubmatch(text, -1) {
				strconv.Atoi(g[1])
				strconv.Atoi(g[3])
			}
			l := strings.ToLower(text)
			for _, f := range v.spelling.forms {
				strings.Count(l, f)
			}
		}
	})
}

// The texts the tests hold the new readers to the old ones on.
const (
	sampleTexts   = "../../testdata/sample/*.txt"
	wikiwarsTexts = "../../../shared/eval/docs-dev/wikiwars/*.txt"
	meantimeTexts = "../../../shared/eval/docs-dev/meantime/*.txt"
)

// devTexts reads the files the patterns match, in order.
func devTexts(tb testing.TB, patterns ...string) []string {
	tb.Helper()
	var out []string
	for _, pat := range patterns {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, string(data))
		}
	}
	return out
}
