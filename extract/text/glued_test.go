package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stratex/stratex/extract/english"
)

// gluedCutsBefore is gluedCuts as it was before it skipped the word split
// of a text with no lower-case letter before a capital and read the
// space-separated words in place; TestGluedCutsSame holds gluedCuts to it.
func (v *Vocabulary) gluedCutsBefore(text string, from, to int) []int {
	var cuts []int
	s := text[from:to]
	ws := spaceWords(s, from)
	for _, w := range english.Words(s, from) {
		if w.End-w.Start < 4 {
			continue
		}
		// "ChinaHence," : lower case then a capitalized connective.
		prevLower := false
		for j, r := range w.Text {
			if unicode.IsUpper(r) && prevLower && j >= 2 {
				suffix := w.Text[j:]
				after := text[w.End:min(w.End+1, len(text))]
				if v.en.Connective(suffix) && (after == "," || after == " ") {
					cuts = append(cuts, w.Start+j)
				}
				break
			}
			prevLower = unicode.IsLower(r)
		}
	}
	// "talks with the U.S. They ended...": an abbreviation that may end a sentence,
	// then a word that opens one; the segmenter keeps them together.
	for i, w := range ws {
		if i+1 >= len(ws) || v.abbrevs[w.Text] != abbrevMaybe && !(english.IsInitials(w.Text) && isStateInitials(w.Text)) {
			continue
		}
		next := ws[i+1]
		if next.Start > w.End && v.en.OpensSentence(next.Text) && i > 0 {
			cuts = append(cuts, next.Start)
		}
	}
	// "policy.The": a word, a full stop and a capitalized word, no space.
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.ContainsRune("\"')]", rune(s[j])) {
			j++
		}
		if j+1 >= len(s) || !isUpperASCII(s[j]) || !isLowerASCII(s[j+1]) {
			continue
		}
		// Two lower-case letters before the stop, and not inside a URL,
		// an e-mail address or a file name.
		if i < 2 || !isLowerASCII(s[i-1]) || !isLowerASCII(s[i-2]) {
			continue
		}
		tokStart := strings.LastIndexByte(s[:i], ' ') + 1
		tok := s[tokStart:]
		if sp := strings.IndexByte(tok, ' '); sp >= 0 {
			tok = tok[:sp]
		}
		if strings.ContainsAny(tok, "/@:") || strings.Contains(tok, "www") {
			continue
		}
		cuts = append(cuts, from+j)
	}
	slices.Sort(cuts)
	return cuts
}

// spaceWords is english.SpaceWords as gluedCuts used it: s split at spaces.
func spaceWords(s string, base int) []english.Word {
	var out []english.Word
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, english.Word{Start: base + i, End: base + j, Text: s[i:j], Key: s[i:j]})
		}
		i = j
	}
	return out
}

// TestGluedCutsSame checks gluedCuts against gluedCutsBefore on every line
// of the sample, WikiWars and MEANTIME texts and on generated runs of
// abbreviations, initials, connectives glued to words and full stops.
func TestGluedCutsSame(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, t := range devTexts(t, sampleTexts, wikiwarsTexts, meantimeTexts) {
		lines = append(lines, strings.Split(t, "\n")...)
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines: the development texts are missing", len(lines))
	}
	pieces := []string{"the", "U.S.", "U.K.", "Inc.", "etc.", "No.", "They", "However", "chinaHence", "ChinaHence,", "talks",
		"policy.The", "Éire", "été", "aB", " ", " ", "  ", ",", ".", "A.", "J.F.K.", "mr.", "In", "\u00a0", "x.Y"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	cut := 0
	for _, s := range lines {
		pad := "x " + s + " y"
		for _, span := range [][2]int{{0, len(pad)}, {2, len(pad) - 2}} {
			got, want := v.gluedCuts(pad, span[0], span[1]), v.gluedCutsBefore(pad, span[0], span[1])
			if !slices.Equal(got, want) {
				t.Fatalf("gluedCuts(%q, %d, %d) = %v, want %v", pad, span[0], span[1], got, want)
			}
			cut += len(got)
		}
	}
	if cut < 1000 {
		t.Errorf("only %d cuts made: the texts test little", cut)
	}
	t.Logf("%d cuts", cut)
}

// BenchmarkGluedCuts runs gluedCuts and gluedCutsBefore over every
// paragraph of the WikiWars development texts.
func BenchmarkGluedCuts(b *testing.B) {
	v, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Join(devTexts(b, wikiwarsTexts), "")
	if text == "" {
		b.Skip("no WikiWars texts")
	}
	var spans [][2]int
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		spans = append(spans, [2]int{i, i + j})
		i += j + 1
	}
	for _, f := range []struct {
		name string
		cuts func(string, int, int) []int
	}{{"gluedCuts", v.gluedCuts}, {"before", v.gluedCutsBefore}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for _, sp := range spans {
					f.cuts(text, sp[0], sp[1])
				}
			}
		})
	}
}
