package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/text"
)

// ruleCoalition is the rule of a coalition named by its common noun that
// takes the state its section introduced it as led by (coalitions).
const ruleCoalition = "coref:coalition"

// coalitionLed is what an introduction's "-led" joins: "the US-led
// coalition".
var coalitionLed = []string{"-led ", "–led "}

// coalitions reads a coalition named by a common noun of topical.tsv's
// coalition rows: "the coalition" (not before "of": "the coalition of
// the willing" names its members), and the noun before a word of the
// coalitionforce rows ("coalition forces", "Coalition aircraft"). It is
// the state the document's section introduced a coalition as led by
// before it: a coded state, demonym or person right before "-led" and
// the noun ("the US-led coalition", "the Saudi-led coalition") or right
// after the noun and "led by" ("a coalition led by Saudi Arabia", which
// is that state's too). No one's before any such introduction in its
// section, where the section introduced coalitions of two leaders, or
// where the noun modifies another ("coalition government", "coalition
// partners") or follows another modifier ("a coalition", "the ruling
// coalition"); a coded or longer name keeps its reading ("Coalition
// Provisional Authority"). One pass over the entities for the
// introductions, one over the text for the nouns.
func (v *Vocabulary) coalitions(doc string, sents []text.Sentence, zones []string, ents []Entity) []Entity {
	if len(v.coalitionNouns) == 0 || len(sents) == 0 {
		return ents
	}
	section := sections(sents, zones) // sentence -> its section
	type intro struct {
		at, sec int
		code    string
	}
	var intros []intro
	leader := func(e *Entity) string { // a coded state, people or person, or ""
		if e.Actor == "" || e.Agent || e.Sent >= len(sents) || e.Label != "GPE" && e.Label != "NORP" && e.Label != "PERSON" {
			return ""
		}
		return e.Actor
	}
	for i := range ents {
		e := &ents[i]
		c := leader(e)
		if c == "" || e.End > len(doc) {
			continue
		}
		rest := doc[e.End:min(len(doc), e.End+40)]
		for _, led := range coalitionLed {
			if r, ok := strings.CutPrefix(rest, led); ok && v.coalitionNoun(r) != "" {
				intros = append(intros, intro{e.Start, section[e.Sent], c})
			}
		}
	}
	ledBy := map[int]string{} // a noun's offset -> the leader "led by" names after it
	for i := range ents {
		e := &ents[i]
		c := leader(e)
		if c == "" {
			continue
		}
		before := strings.TrimSuffix(doc[max(0, e.Start-40):e.Start], "the ")
		for _, n := range v.coalitionNouns {
			if strings.HasSuffix(strings.ToLower(before), n+" led by ") {
				at := len(before) - len(n+" led by ") + max(0, e.Start-40)
				ledBy[at] = c
				intros = append(intros, intro{at, section[e.Sent], c})
			}
		}
	}
	if len(intros) == 0 {
		return ents
	}
	type noun struct{ at, end, sent int }
	var nouns []noun         // the nouns that may stand for an introduced coalition
	lower := lowerASCII(doc) // its offsets are doc's
	for _, n := range v.coalitionNouns {
		occurrences(lower, n, func(at, end int) {
			si, ok := sentenceAt(sents, at)
			if !ok || si < len(zones) && zones[si] != "body" && zones[si] != "abstract" || sents[si].Heading {
				return
			}
			if r, _ := utf8.DecodeLastRuneInString(doc[:at]); at > 0 && !unicode.IsSpace(r) && !strings.ContainsRune("(\"“‘", r) {
				return // a word's part, "-led coalition" (the introduction, which names its leader)
			}
			if r, _ := utf8.DecodeRuneInString(doc[end:]); end < len(doc) && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
				return // "coalitions", "coalition-building"
			}
			switch _, led := ledBy[at]; {
			case led || v.coalitionMention(doc, sents[si].Start, at, end):
				nouns = append(nouns, noun{at, end, si})
			case v.otherCoalition(doc[max(sents[si].Start, at-24):at]):
				// "a coalition of Greens", "its own coalition": another
				// coalition, whose leader no one knows
				intros = append(intros, intro{at, section[si], "?"})
			}
		})
	}
	var added []Entity
	for _, m := range nouns {
		at, end, si := m.at, m.end, m.sent
		code, ok := ledBy[at]
		if !ok {
			for _, in := range intros { // the introductions before it in its section: one leader
				if in.sec != section[si] || in.at >= at {
					continue
				}
				if code != "" && code != in.code {
					code = ""
					break
				}
				code = in.code
			}
			if code == "" || code == "?" {
				continue
			}
		}
		span := end
		if w := firstWord(doc[end:]); v.coalitionForces[strings.ToLower(w)] && strings.HasPrefix(doc[end:], " "+w) {
			span = end + 1 + len(w)
		}
		if slices.ContainsFunc(ents, func(e Entity) bool { return e.Start < span && at < e.End }) {
			continue // a coded or longer name's
		}
		sector := ""
		if span > end {
			sector = "MIL"
		}
		added = append(added, Entity{Start: at, End: span, Sent: si, Label: "ORG", Actor: code, Sector: sector, Agent: true, Rule: ruleCoalition})
	}
	return mergeEntities(ents, added)
}

// sections numbers each sentence's section: a heading (a header zone's
// sentence or one the text split marks) opens the next one, a run of
// heading lines one section.
func sections(sents []text.Sentence, zones []string) []int {
	section := make([]int, len(sents))
	heading := func(k int) bool { return k < len(zones) && zones[k] == "header" || sents[k].Heading }
	for k := 1; k < len(sents); k++ {
		section[k] = section[k-1]
		if heading(k) && !heading(k-1) {
			section[k]++
		}
	}
	return section
}

// coalitionNoun returns the coalition noun s opens with, as a whole word,
// or "".
func (v *Vocabulary) coalitionNoun(s string) string {
	for _, n := range v.coalitionNouns {
		if len(s) >= len(n) && strings.EqualFold(s[:len(n)], n) {
			if r, _ := utf8.DecodeRuneInString(s[len(n):]); len(s) == len(n) || !unicode.IsLetter(r) && r != '-' {
				return n
			}
		}
	}
	return ""
}

// coalitionMention reports the coalition noun at doc[at:end] standing for
// the coalition: "the coalition" not before "of" or a lower-case noun it
// modifies, or the noun before a word of the coalitionforce rows after
// the start of its sentence, "the" or a word of topical.tsv's alone rows
// ("by coalition forces", "and Coalition aircraft"; not "ruling
// coalition forces", "Western coalition forces": another coalition). A lower-case
// word after "the coalition" is its verb only if it ends in -ed or is
// one of topical.tsv's alone rows (an auxiliary, a preposition, an
// irregular past: "the coalition had", "the coalition in Iraq").
func (v *Vocabulary) coalitionMention(doc string, sentStart, at, end int) bool {
	prev := strings.TrimSuffix(doc[max(sentStart, at-12):at], " ")
	if k := strings.LastIndexAny(prev, " ,;:(\"“"); k >= 0 {
		prev = prev[k+1:]
	} else if at-12 > sentStart {
		return false
	}
	w := firstWord(doc[end:])
	if v.coalitionForces[strings.ToLower(w)] && strings.HasPrefix(doc[end:], " "+w) {
		return prev == "" || strings.EqualFold(prev, "the") || v.pointerAlone[strings.ToLower(prev)]
	}
	if !strings.EqualFold(prev, "the") {
		return false
	}
	if w == "" || !strings.HasPrefix(doc[end:], " "+w) {
		return true // "the coalition.", "the coalition's"
	}
	if !unicode.IsLower(rune(w[0])) {
		return false // a name's ("the Coalition Provisional Authority")
	}
	// "the coalition bombed", "the coalition had", "the coalition in Iraq";
	// not "the coalition government", "the coalition of the willing"
	return w != "of" && (v.pointerAlone[w] || strings.HasSuffix(w, "ed"))
}

// otherCoalition reports a word of topical.tsv's block rows among the two
// words before a coalition's noun (before, the text up to it): "a
// coalition", "its own coalition", "the opposition coalition" name
// another coalition than the one introduced.
func (v *Vocabulary) otherCoalition(before string) bool {
	ws := strings.Fields(before)
	for k := max(0, len(ws)-2); k < len(ws); k++ {
		if v.notTopical[strings.ToLower(strings.Trim(ws[k], ",;:(\"“"))] {
			return true
		}
	}
	return false
}

// lowerASCII returns s with its ASCII capitals in small letters and every
// other byte as it is, so that an offset in it is an offset in s
// (strings.ToLower changes the length of some letters, "İ" of "İncirlik"
// and the Kelvin sign, and so would shift every offset after them).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// firstWord returns the first run of letters of s after at most one
// space, or "".
func firstWord(s string) string {
	s = strings.TrimPrefix(s, " ")
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if k < 0 {
		return s
	}
	return s[:k]
}

// occurrences calls f with the offsets of every occurrence of s in hay,
// from the left, each search starting where the last occurrence ended.
func occurrences(hay, s string, f func(at, end int)) {
	if s == "" {
		return
	}
	for off := 0; off < len(hay); {
		k := strings.Index(hay[off:], s)
		if k < 0 {
			return
		}
		at, end := off+k, off+k+len(s)
		off = end
		f(at, end)
	}
}

// sentenceAt is the index of the sentence that holds offset at, and
// false when at falls in no sentence (between two, or after the last).
func sentenceAt(sents []text.Sentence, at int) (int, bool) {
	si := sort.Search(len(sents), func(j int) bool { return sents[j].End > at })
	return si, si < len(sents) && sents[si].Start <= at
}
