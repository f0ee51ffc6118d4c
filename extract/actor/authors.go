package actor

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/english"
)

// ruleCitedSurname marks an office holder's one-word form (a surname)
// written as an author: inside a citation's list of authors ("Almeida,
// Fernandes, & Guimarães (2021)", "Lynch et al. 2004") or a reference's
// surname with initials ("Fernandes, I. F."). A person, no actor: the
// surname is a scholar's, not the minister's.
const ruleCitedSurname = "vocab:person+citation"

// ruleAffiliation marks a person's name followed by a comma and an
// academic institution's name (academies.txt): "Roger Clarke, Australian
// National University", "Sue Conger, University of Dallas". A list of
// authors or editors; the name is a scholar's, no actor.
const ruleAffiliation = "vocab:person+affiliation"

// initialsRE is a reference's initials after a surname: ", I. F.", ", M.H.T.".
var initialsRE = regexp.MustCompile(`^,[ \t]*\p{Lu}\.(?:[ \t-]*\p{Lu}\.)*(?:[,;( \t]|$)`)

// coAuthorRE is the joint before another author in a citation: ", ", " & ",
// ", and ", " and ".
var coAuthorRE = regexp.MustCompile(`^[ \t]*(?:,[ \t]*(?:(?:&|and)[ \t]+)?|(?:&|and)[ \t]+)`)

// citedYearRE is a citation's year after its authors, closed as a
// citation closes it: "(2021)", "(2021a, p. 3)", ", 2004;", " 2006)"; not a
// span of years ("Brazil Under Bolsonaro (2019-2022)", a term of office)
// nor a year that words follow ("Biden 2020 Trump 2020", a table's votes).
var citedYearRE = regexp.MustCompile(`^(?:[ \t]*\([ \t]*|,[ \t]*|[ \t]+)(?:1[5-9]|20)\d\d[a-z]?[ \t]*[),;:]`)

// etAlRE is "et al." after a surname.
var etAlRE = regexp.MustCompile(`^[ \t]+et[ \t]+al\.?`)

// citedSurname reports the one-word person form that ends at end of text
// written as an author: before a citation's year, perhaps after "et al."
// or other authors joined by commas, "&" or "and" ("Almeida, Fernandes, &
// Guimarães (2021)"), or before a reference's initials ("Fernandes, I.
// F."). Two names with no joint ("the Bush Doctrine (2002)") are no list
// of authors.
func citedSurname(text string, end int) bool {
	rest := text[end:min(len(text), end+120)]
	if initialsRE.MatchString(rest) {
		return true
	}
	for range 6 {
		if citedYearRE.MatchString(rest) {
			return true
		}
		if loc := etAlRE.FindStringIndex(rest); loc != nil {
			rest = rest[loc[1]:]
			return citedYearRE.MatchString(rest) || strings.HasPrefix(rest, " ") && citedYearRE.MatchString(rest[1:])
		}
		loc := coAuthorRE.FindStringIndex(rest)
		if loc == nil || loc[1] == 0 {
			return false
		}
		after := rest[loc[1]:]
		w := leadingWord(after)
		if w == "" || !unicode.IsUpper(english.FirstRune(w)) || !english.IsNameWord(w) {
			return false
		}
		rest = after[len(w):]
	}
	return false
}

// affiliationAfter reports an academic institution's name after a person's
// name (rest, the text after it): a comma, then up to four capitalized
// words of which one is a word of academies.txt ("Roger Clarke, Australian
// National University", "Sue Conger, University of Dallas").
func (v *Vocabulary) affiliationAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	for range 4 {
		w := leadingWord(rest)
		if w == "" || !unicode.IsUpper(english.FirstRune(w)) {
			return false
		}
		if v.academies[w] {
			return true
		}
		rest = strings.TrimLeft(rest[len(w):], " \t")
	}
	return false
}

// ruleLeadersState marks a state's name after a possessive office holder
// of the vocabulary who held that state at some date: the state as that
// leader held it, which the leader's dated rows give: "Chiang Kai-shek's
// China" in 1950 is Taiwan, "Lê Duẩn's Vietnam" in 1970 North Vietnam;
// also a state the leader held by another state's name that its row lets
// a text call it by (note "called:"): "Stalin's Russia" is the Soviet
// Union.
const ruleLeadersState = "vocab:leader+state"

// possessiveBetween reports the text between a name and the next that
// makes the first a possessive: "'s " or "’s ".
func possessiveBetween(s string) bool {
	return s == "'s " || s == "’s "
}

// holds reports whether one of the match's meanings has the actor code:
// a leader of that state at some date ("Chiang Kai-shek's China"; not
// "Nixon's China policy", a policy toward China).
func (m *Match) holds(code string) bool {
	for _, e := range m.Entries {
		if e.Code == code {
			return true
		}
	}
	return false
}

// calledBy reports a meaning of m whose state a text may call by the names
// of code (the state row's note "called:CODE"): Stalin held the Soviet
// Union, which "Stalin's Russia" names.
func (g *Gazetteer) calledBy(m *Match, code string) bool {
	for _, e := range m.Entries {
		if s, ok := g.byCode[e.Code]; ok && e.Code != "" && s.noteField("called") == code {
			return true
		}
	}
	return false
}
