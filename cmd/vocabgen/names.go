package main

import (
	"regexp"
	"strings"
	"unicode"
)

// words are the parts of a dictionary phrase: "_" and spaces separate them,
// trailing underscores (the dictionaries' "the phrase ends here") go.
func phraseWords(p string) []string {
	return strings.Fields(strings.ReplaceAll(p, "_", " "))
}

var parenRE = regexp.MustCompile(`\(([^()]*)\)`)

// splitParens takes "(AAIA)" groups out of a phrase: the text without them,
// and the groups that are acronyms (one word of at most six letters that is
// not an English word; "SAMOA_(AMERICAN)" holds none).
func splitParens(p string, english map[string]bool) (string, []string) {
	var acr []string
	for _, m := range parenRE.FindAllStringSubmatch(p, -1) {
		if w := phraseWords(m[1]); len(w) == 1 && len(w[0]) <= 6 && !english[strings.ToLower(w[0])] {
			acr = append(acr, w[0])
		}
	}
	return strings.TrimSpace(parenRE.ReplaceAllString(p, " ")), acr
}

// initials returns the initials of a phrase's words, with and without its
// particles ("NATIONAL_FRONT_FOR_THE_LIBERATION_OF_ANGOLA": NFFTLOA, NFLA).
func initials(ws []string, particles map[string]bool) []string {
	var all, content strings.Builder
	for _, w := range ws {
		for _, seg := range strings.Split(w, "-") {
			r := []rune(seg)
			if len(r) == 0 || !unicode.IsLetter(r[0]) {
				continue
			}
			all.WriteRune(r[0])
			if !particles[strings.ToLower(seg)] {
				content.WriteRune(r[0])
			}
		}
	}
	return []string{all.String(), content.String()}
}

var (
	dottedRE  = regexp.MustCompile(`^(\p{Lu}\.)+\p{Lu}?\.?$`)
	romanRE   = regexp.MustCompile(`^[IVX]{1,4}$`)
	ordinalRE = regexp.MustCompile(`^[0-9]+(ST|ND|RD|TH)$`)
)

// caser writes dictionary words as a text writes them.
type caser struct {
	particles map[string]bool // lower-case particles
	acronyms  map[string]bool // words kept in capitals, upper case
	english   map[string]bool // lower-case English words
	abbrevs   map[string]bool // abbreviated titles, upper case, no dot
	names     map[string]bool // lower-case words of the project's state names and demonyms ("dutch")
	org       bool            // the phrases name an organisation
}

// noVowel reports whether w has letters and no vowel among them ("PKK").
func noVowel(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if strings.ContainsRune("AEIOUY", unicode.ToUpper(r)) {
				return false
			}
		}
	}
	return letters >= 2
}

// acronym reports whether a word stays in capitals: dotted initials
// ("U.N."), a word without vowels or with digits ("MI6"), a Roman numeral
// after a name, or one of the known acronyms.
// In an organisation's name, a short word that is not English, nor a word
// of a state's name or demonym ("DUTCH"), and has one vowel at most ("ABB",
// "ACDF") is one too.
func (c *caser) acronym(w string, first bool) bool {
	if ordinalRE.MatchString(w) || c.abbrevs[strings.TrimSuffix(w, ".")] {
		return false
	}
	return dottedRE.MatchString(w) || noVowel(w) || strings.ContainsAny(w, "0123456789") ||
		!first && romanRE.MatchString(w) || c.acronyms[w] ||
		c.org && len(w) <= 6 && vowels(w) <= 1 && !c.english[strings.ToLower(w)] && !c.particles[strings.ToLower(w)] && !c.names[strings.ToLower(w)]
}

func vowels(w string) int {
	n := 0
	for _, r := range w {
		if strings.ContainsRune("AEIOUY", r) {
			n++
		}
	}
	return n
}

// onsets are the two-consonant openings of English words; a short word
// opening with another pair of consonants ("DGSE", "DCRI") is an acronym.
var onsets = map[string]bool{}

func init() {
	for _, o := range strings.Fields("BL BR CH CL CR DR DW FL FR GH GL GN GR KH KL KN KR PH PL PR PS SC SH SK SL SM SN SP SQ ST SW TH TR TS TW VL WH WR ZH") {
		onsets[o] = true
	}
}

// oddOnset reports whether w opens with two consonants no English word
// opens with.
func oddOnset(w string) bool {
	if len(w) < 2 {
		return false
	}
	cons := func(b byte) bool { return b >= 'A' && b <= 'Z' && !strings.ContainsRune("AEIOUY", rune(b)) }
	return cons(w[0]) && cons(w[1]) && !onsets[w[:2]]
}

// form writes the words of a phrase as a text writes them: names in Title
// Case, particles in lower case inside a name, acronyms in capitals. A phrase
// opening with "THE" is written "the X", which the gazetteer reads as a form
// that counts only after "the". A phrase opening with a particle
// ("AL-QAIDA") is returned both ways: "al-Qaida" and "Al-Qaida".
func (c *caser) form(ws []string) []string {
	var out []string
	lowFirst := false
	for i, w := range ws {
		if i == 0 && w == "THE" && len(ws) > 1 {
			out = append(out, "the")
			continue
		}
		first := i == 0 || i == 1 && ws[0] == "THE"
		if c.acronym(w, first) {
			out = append(out, w)
			continue
		}
		segs := strings.Split(w, "-")
		for j, seg := range segs {
			if low := strings.ToLower(seg); c.particles[low] {
				segs[j] = low
				lowFirst = lowFirst || first && j == 0
				continue
			}
			segs[j] = titleWord(seg, !first || j > 0)
		}
		out = append(out, strings.Join(segs, "-"))
	}
	s := strings.Join(out, " ")
	if lowFirst {
		r := []rune(s)
		r[0] = unicode.ToUpper(r[0])
		return []string{s, string(r)}
	}
	return []string{s}
}

// titleWord writes an upper-case word in Title Case: "MCCAIN" McCain,
// "O'BRIEN" O'Brien, "CHILDREN'S" Children's, "QA'IDA" Qa'ida, and inside a
// name "D'IVOIRE" d'Ivoire.
func titleWord(w string, inside bool) string {
	if w == "" {
		return w
	}
	r := []rune(strings.ToLower(w))
	r[0] = unicode.ToUpper(r[0])
	if len(r) > 3 && r[0] == 'M' && r[1] == 'c' && !strings.ContainsRune("aeiouy", r[2]) {
		r[2] = unicode.ToUpper(r[2])
	}
	if len(r) > 2 && r[1] == '\'' {
		if inside && (r[0] == 'D' || r[0] == 'L') {
			r[0] = unicode.ToLower(r[0])
		}
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}
