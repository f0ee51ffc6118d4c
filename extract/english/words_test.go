package english

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordsByRune is Words as it was written before its ASCII fast path: every
// character decoded and classified by the unicode tables. TestWordsSame
// holds Words to it.
func wordsByRune(s string, base int) []Word {
	var out []Word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if !IsWordRune(r) {
			i += n
			out = append(out, mkWord(s, start, i, base))
			continue
		}
		run := 0
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += n
				run++
				continue
			}
			if r == '.' && run == 1 && unicode.IsUpper(LastRune(s[start:i])) {
				i += n
				run = 0
				if i < len(s) {
					if r2, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r2) {
						continue
					}
				}
				break
			}
			if IsApostrophe(r) && i+n < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i+n:])
				if IsWordRune(r2) {
					if (r2 == 's' || r2 == 'S') && (i+n+n2 == len(s) || !IsWordRune(FirstRune(s[i+n+n2:]))) {
						break
					}
					i += n + n2
					run++
					continue
				}
			}
			break
		}
		out = append(out, mkWord(s, start, i, base))
	}
	return out
}

// TestWordsSame checks Words against wordsByRune on the sample article's
// and the WikiWars development texts' lines, on hand-picked cases (dotted
// initials, apostrophes straight and curly, possessives, non-ASCII letters
// and spaces, invalid UTF-8) and on random strings of such characters.
func TestWordsSame(t *testing.T) {
	cases := []string{
		"", " ", "U.S.S.R. and the U.S.", "A.Q. Khan's network", "Côte d'Ivoire", "Xi’an’s walls",
		"Pakistan’S", "it's", "rock 'n' roll", "‘quoted’ “twice”", "\u00a0non\u00a0breaking\u2003em",
		"naïve café résumé", "São Paulo’s", "e.g. i.e. a.m.", "bad \xff utf8 \xe2\x80", "ʼokina",
		"1,000.5 km²", "x\u0301y", "Mr. O'Neill", "‘s", "A.", "A.b", "ÉA.B.", "_under_score_", "tab\tline\nend",
	}
	for _, dir := range []string{"../../testdata/sample", "../../../shared/eval/docs-dev/wikiwars"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			cases = append(cases, strings.Split(string(data), "\n")...)
		}
	}
	if len(cases) < 1000 {
		t.Fatalf("only %d cases: the texts are missing", len(cases))
	}
	alphabet := []rune("aZ9 .'’‘ʼ\u00a0é\u0301-s S“\t_Ω\uFFFD")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]rune, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	cases = append(cases, "A.\xff", "’\xffs", "'s\xff")
	for _, s := range cases {
		got, want := Words(s, 7), wordsByRune(s, 7)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Words(%q)\n got %+v\nwant %+v", s, got, want)
		}
	}
}

// TestIsOrdinalSuffix checks the letters that make a figure an ordinal
// ("the 19th century", "the Polish 3rd Army") and words that do not.
func TestIsOrdinalSuffix(t *testing.T) {
	for w, want := range map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "s": false, "the": false, "St": false, "": false} {
		if got := IsOrdinalSuffix(w); got != want {
			t.Errorf("IsOrdinalSuffix(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkWords splits the sample article's sentences (cut at ". ")
// into words: Words, and wordsByRune as it was.
func BenchmarkWords(b *testing.B) {
	data, err := os.ReadFile("../../testdata/sample/russo-pak.txt")
	if err != nil {
		b.Fatal(err)
	}
	sents := strings.SplitAfter(strings.ReplaceAll(string(data), "\n", " "), ". ")
	for _, f := range []struct {
		name  string
		words func(string, int) []Word
	}{{"Words", Words}, {"byRune", wordsByRune}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range sents {
					f.words(s, 0)
				}
			}
		})
	}
}

// StartsUpper reads the first rune in any script, as the scanners' and
// stages' copies of unicode.IsUpper([]rune(s)[0]) did, and takes "".
func TestStartsUpper(t *testing.T) {
	for s, want := range map[string]bool{
		"May": true, "may": false, "Östpolitik": true, "ÉTAT": true, "élan": false,
		"Ω": true, "1990s": false, "'s": false, "": false, "\xffA": false,
	} {
		if got := StartsUpper(s); got != want {
			t.Errorf("StartsUpper(%q) = %v, want %v", s, got, want)
		}
	}
}
