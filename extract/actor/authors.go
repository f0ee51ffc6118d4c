package actor

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/stratex/stratex/extract/english"
)

// ruleCitedSurname marks an office holder's one-word form (a surname)
// written as an author: inside a citation's list of authors ("Almeida,
// Fernandes, & Guimarães (2021) demonstrate", "Lynch et al. 2004", "(Fearon
// 1995; Powell 2006)") or a reference's surname with initials ("Fernandes,
// I. F."). A person, no actor: the surname is a scholar's, not the
// minister's. A history's leader with a year in brackets ("Sadat (1977)
// offered Israel peace") keeps the actor.
const ruleCitedSurname = "vocab:person+citation"

// ruleAffiliation marks a person's name followed by a comma and an
// academic institution's name (academies.txt) that is the whole
// apposition: "Roger Clarke, Australian National University", "Sue Conger,
// University of Dallas,". A list of authors or editors; the name is a
// scholar's, no actor. An institution that heads a longer description
// ("Kennedy, Harvard College graduate and senator") or that a date follows
// (a speech's place: "(Obama, Cairo University, 4 June 2009)") is no
// affiliation.
const ruleAffiliation = "vocab:person+affiliation"

// initialsRE is a reference's initials after a surname: ", I. F.", ", M.H.T.".
var initialsRE = regexp.MustCompile(`^,[ \t]*\p{Lu}\.(?:[ \t-]*\p{Lu}\.)*(?:[,;( \t]|$)`)

// coAuthorRE is the joint before another author in a citation: ", ", " & ",
// ", and ", " and ".
var coAuthorRE = regexp.MustCompile(`^[ \t]*(?:,[ \t]*(?:(?:&|and)[ \t]+)?|(?:&|and)[ \t]+)`)

// bracketYearRE is a year in brackets after a name: "(2021)", or a
// bracket that holds more ("(2021a, p. 3)", "(1995; 2006)"), its closer
// the submatch; not a span of years ("Brazil Under Bolsonaro (2019-2022)",
// a term of office).
var bracketYearRE = regexp.MustCompile(`^[ \t]*\([ \t]*(?:1[5-9]|20)\d\d[a-z]?[ \t]*([),;:])`)

// bareYearRE is a year after a name inside a bracketed citation, closed as
// such a citation closes it: ", 2004;", " 2006)"; not a year that words
// follow ("Biden 2020 Trump 2020", a table's votes).
var bareYearRE = regexp.MustCompile(`^(?:,[ \t]*|[ \t]+)(?:1[5-9]|20)\d\d[a-z]?[ \t]*[),;:]`)

// etAlRE is "et al." after a surname.
var etAlRE = regexp.MustCompile(`^[ \t]+et[ \t]+al\.?`)

// citedSurname reports the one-word person form text[start:end] written
// as an author; lo is where the look back for an open bracket may start
// (the sentence's start). An author stands:
//   - before a reference's initials ("Fernandes, I. F.");
//   - in a list of authors joined by commas, "&" or "and", or before "et
//     al.", that a citation's year closes, when one of these shows it a
//     citation: "&" or "et al." in it; a bracket holding more than the
//     year ("(2021a, p. 3)"); a bare year inside an open bracket ("(Fearon
//     1995; Powell 2006)"); a bracketed year that a scholar's verb of
//     citeverbs.txt follows ("Powell (2006) argues"), or, in a paper
//     (scholarly: a document with references), that ends the clause ("as
//     Powell (2006) notes" is the verb; "see Powell (2006)." the end).
//
// A history's bracketed year after a leader, or after a list of leaders,
// that an event's verb follows or that ends a clause outside a paper, is a
// gloss: "Sadat (1977) offered Israel peace", "signed by Carter, Begin and
// Sadat (1978), ended the war". Two names with no joint ("the Bush
// Doctrine (2002)") are no list of authors.
func (v *Vocabulary) citedSurname(text string, lo, start, end int, scholarly bool) bool {
	rest := text[end:min(len(text), end+120)]
	if initialsRE.MatchString(rest) {
		return true
	}
	inBracket := func() bool {
		before := text[max(lo, start-200):start]
		return strings.LastIndex(before, "(") > strings.LastIndex(before, ")")
	}
	amp := false
	for range 6 {
		if m := bracketYearRE.FindStringSubmatchIndex(rest); m != nil {
			if rest[m[2]:m[3]] != ")" || amp {
				return true
			}
			after := strings.TrimLeft(rest[m[1]:], " \t")
			if v.citeVerbs[strings.ToLower(leadingWord(after))] {
				return true
			}
			if scholarly && (after == "" || strings.ContainsAny(after[:1], ",.;:)\n\r")) {
				return true
			}
			// the list may go on: "Fernandes (2021) and Lima (2020) show"
			rest = rest[m[1]:]
		} else if bareYearRE.MatchString(rest) {
			return amp || inBracket()
		}
		if loc := etAlRE.FindStringIndex(rest); loc != nil {
			rest = rest[loc[1]:]
			return bareYearRE.MatchString(rest) || bracketYearRE.MatchString(rest) || strings.HasPrefix(rest, " ") && bareYearRE.MatchString(rest[1:])
		}
		loc := coAuthorRE.FindStringIndex(rest)
		if loc == nil || loc[1] == 0 {
			return false
		}
		amp = amp || strings.Contains(rest[:loc[1]], "&")
		after := rest[loc[1]:]
		w := leadingWord(after)
		if w == "" || !english.StartsUpper(w) || !english.IsNameWord(w) {
			return false
		}
		rest = after[len(w):]
	}
	return false
}

// affiliationAfter reports an academic institution's name after a person's
// name (rest, the text after it) that is the whole apposition: a comma,
// then up to four capitalized words of which one is a word of
// academies.txt, then the rest of the institution's name (capitalized
// words, connectors, a short particle before a capitalized word: "of
// Texas at Austin") and nothing more before a comma, a semicolon, a
// bracket, a full stop or a line's end; another person's name may follow
// in a list ("Roger Clarke, Australian National University Sue Conger,
// University of Dallas"). Not a description the institution heads
// ("Kennedy, Harvard College graduate and senator"), nor a place a date
// follows ("(Obama, Cairo University, 4 June 2009)", a speech).
func (v *Vocabulary) affiliationAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	head := false
	for range 4 {
		w := leadingWord(rest)
		if w == "" || !english.StartsUpper(w) {
			return false
		}
		rest = strings.TrimLeft(rest[len(w):], " \t")
		if v.academies[w] {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	for range 12 {
		w := leadingWord(rest)
		if w == "" {
			break
		}
		next := strings.TrimLeft(rest[len(w):], " \t")
		capital := english.StartsUpper(w)
		if !capital && !v.connectors[strings.ToLower(w)] && (len(w) > 3 || !english.StartsUpper(leadingWord(next))) {
			return false // "Harvard College graduate"
		}
		rest = next
	}
	if rest == "" || strings.ContainsAny(rest[:1], ";)].\n\r") {
		return true
	}
	if after, ok := strings.CutPrefix(rest, ","); ok {
		after = strings.TrimLeft(after, " \t")
		w := leadingWord(after)
		return !(after != "" && unicode.IsDigit(english.FirstRune(after))) && (w == "" || v.en.Month(strings.ToLower(w)) == 0)
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
