package main

import (
	"fmt"
	"regexp"
	"strings"
)

// plover maps CAMEO event codes to PLOVER categories.
type plover struct {
	cat      map[string]string // code -> category ("03" headers too)
	subtypes map[string]string // code -> subtype
	english  map[string]bool   // lower-case English words, for plurals
	// particles are the adverb particles of phrasal verbs (data/verbparticles.txt)
	particles map[string]bool
}

var ploverLineRE = regexp.MustCompile(`^(\d+):\s*([A-Z]+)`)

// readPlover reads CAMEO2PLOVER-2021.txt: "CODE: CATEGORY, mode, context #
// description". A code listed twice keeps its first category.
func readPlover(data []byte) (*plover, error) {
	p := &plover{cat: map[string]string{}, subtypes: map[string]string{}}
	for _, line := range strings.Split(string(data), "\n") {
		m := ploverLineRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if _, ok := p.cat[m[1]]; !ok {
			p.cat[m[1]] = m[2]
		}
	}
	if len(p.cat) == 0 {
		return nil, fmt.Errorf("CAMEO2PLOVER: no codes")
	}
	rows, err := readTable("cameo-subtypes.tsv", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		p.subtypes[r[0]] = r[1]
	}
	if rows, err = readTable("verbparticles.txt", 1); err != nil {
		return nil, err
	}
	p.particles = map[string]bool{}
	for _, r := range rows {
		p.particles[strings.TrimSpace(r[0])] = true
	}
	return p, nil
}

// category returns a CAMEO code's PLOVER category and subtype: the code's
// own, else its parent's (the code less its last digit), down to the
// two-digit headers ("17: COERCE" for 176). Codes of the 01 and 02 groups
// (statements, appeals) have none.
func (p *plover) category(code string) (cat, sub string) {
	for c := code; len(c) >= 2 && cat == ""; c = c[:len(c)-1] {
		cat = p.cat[c]
	}
	for c := code; len(c) >= 3 && sub == ""; c = c[:len(c)-1] {
		sub = p.subtypes[c]
	}
	if cat == "" || sub == "" {
		return "", ""
	}
	return cat, sub
}

// A verbRow is one row of verbs.tsv.
type verbRow struct {
	form, category, subtype, kind string
	flags                         []string
	target, subject, set          string
	cameo, pattern                string
}

// eventCode reads a CAMEO code as the dictionary writes it: "042",
// "050:050" (both ways: mutual), ":173" (the target acts: inverse),
// "042:043" (the target's own act differs: the first is kept), "---" (no
// event).
func eventCode(s string) (code string, inverse, mutual, null bool, err error) {
	a, b, two := strings.Cut(s, ":")
	switch {
	case s == "---" || a == "---" && (!two || b == "---" || b == ""):
		return "", false, false, true, nil
	case two && a == "":
		code, inverse = b, true
	case two && a == b:
		code, mutual = a, true
	default:
		code = a
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return "", false, false, false, fmt.Errorf("code %q is not a number", s)
		}
	}
	if len(code) < 3 {
		return "", false, false, false, fmt.Errorf("code %q is too short", s)
	}
	return code, inverse, mutual, false, nil
}

// convertVerbs turns the dictionary into rows, counting what it leaves out.
// own holds the project's multi-word verbs (triggers.tsv, lower case:
// "break off"): a pattern that is only a particle after the verb ("- *
// OFF") makes a phrasal verb of a block's verb, and where the project lists
// that phrasal verb the project's row, with its objects, holds its senses
// (see ownPhrasal).
func convertVerbs(d *verbDict, p *plover, skipped tally, own map[string]bool) []verbRow {
	var rows []verbRow
	for _, b := range d.blocks {
		set := strings.ToLower(b.name)
		for _, v := range b.verbs {
			code := v.code
			if code == "" {
				code = b.code
			}
			base := verbRow{kind: "verb", set: set, cameo: code}
			c, inv, mut, null, err := eventCode(code)
			switch {
			case err != nil:
				skipped.add("verb with a malformed code, kept as no event alone", 1)
				base.category, base.subtype = "-", "-"
			case null:
				base.category, base.subtype = "-", "-"
			default:
				base.category, base.subtype = p.category(c)
				if base.category == "" {
					base.category, base.subtype = "-", "-"
				}
				base.flags = codeFlags(inv, mut)
			}
			for _, f := range verbForms(v) {
				r := base
				r.form = f.form
				if f.past {
					r.flags = append([]string{"past"}, r.flags...)
				}
				rows = append(rows, r)
			}
		}
		seen := map[string]bool{}
		for _, pt := range b.patterns {
			r, reason := convertPattern(pt, d.synsets, p)
			if reason != "" {
				skipped.add(reason, 1)
				continue
			}
			if key := pt.text + "\t" + pt.code; seen[key] {
				skipped.add("pattern listed twice in its block", 1)
				continue
			} else {
				seen[key] = true
			}
			if ownPhrasal(b, pt, p.particles, own) {
				skipped.add("a particle alone (\"* OFF\") whose phrasal verb triggers.tsv lists: its row holds the senses", 1)
				continue
			}
			r.form = "&" + set
			rows = append(rows, r)
		}
	}
	return rows
}

// ownPhrasal reports a pattern that is a particle alone after the verb
// ("- * OFF", written for BREAK) where the project's triggers.tsv lists the
// phrasal verb of one of the block's verbs ("break off"). PETRARCH codes
// such a pattern whatever the object, and the converter can only ask for
// the particle somewhere after the verb; the phrasal verb's sense is its
// object's ("break off relations" is a sanction, "break off the siege" a
// halt), which the project's row states with its object flag. With the
// pattern left out, an object the row does not list gives no event rather
// than the dictionary's one code (threaten, for "break off").
func ownPhrasal(b *verbBlock, pt cameoPattern, particles, own map[string]bool) bool {
	f := strings.Fields(pt.text)
	if len(f) != 2 || f[0] != "*" {
		return false
	}
	particle := strings.ToLower(f[1])
	if !particles[particle] {
		return false
	}
	for _, v := range b.verbs {
		for _, vf := range verbForms(v) {
			if !strings.Contains(vf.form, " ") && own[vf.form+" "+particle] {
				return true
			}
		}
	}
	return false
}

func codeFlags(inverse, mutual bool) []string {
	var fl []string
	if inverse {
		fl = append(fl, "inverse")
	}
	if mutual {
		fl = append(fl, "mutual")
	}
	return fl
}

type verbForm struct {
	form string
	past bool
}

// verbForms returns the rows' forms of a verb line: the base form, then
// each form in "{...}" that the regular endings (-s, -ed, -ing, with the
// usual spelling changes) do not make, marked past unless it ends in -ing
// or -s. A multi-word verb ("+CALL_OFF") is written with its words in
// order ("call off"); its verb word comes first in every one of the
// dictionary's multi-word verbs.
func verbForms(v cameoVerb) []verbForm {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(phraseWords(strings.ReplaceAll(s, "+", "")), " "))
	}
	base := norm(v.form)
	out := []verbForm{{form: base}}
	regular := map[string]bool{}
	head, tail, _ := strings.Cut(base, " ")
	for _, r := range regularForms(head) {
		regular[strings.TrimSpace(r+" "+tail)] = true
	}
	seen := map[string]bool{base: true}
	for _, f := range v.irregular {
		f = norm(f)
		if f == "" || seen[f] || regular[f] {
			continue
		}
		seen[f] = true
		h, _, _ := strings.Cut(f, " ")
		out = append(out, verbForm{form: f, past: !strings.HasSuffix(h, "ing") && !strings.HasSuffix(h, "s")})
	}
	return out
}

// regularForms returns a verb's regular forms: base, -s, -ed, -ing, with
// -y after a consonant as -ies/-ied, a final -e dropped before -ing, and a
// doubled final consonant after a single vowel.
func regularForms(b string) []string {
	n := len(b)
	if n < 2 {
		return []string{b}
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	out := []string{b}
	last := b[n-1]
	switch {
	case last == 'y' && !vowel(b[n-2]):
		out = append(out, b[:n-1]+"ies", b[:n-1]+"ied", b+"ing")
	case last == 'e':
		out = append(out, b+"s", b+"d", b[:n-1]+"ing")
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || last == 'x' || last == 'z':
		out = append(out, b+"es", b+"ed", b+"ing")
	default:
		out = append(out, b+"s", b+"ed", b+"ing")
		if n >= 3 && !vowel(last) && vowel(b[n-2]) && !vowel(b[n-3]) && strings.IndexByte("wxy", last) < 0 {
			out = append(out, b+string(last)+"ed", b+string(last)+"ing")
		}
	}
	return out
}

// A token of a pattern.
type ptoken struct {
	kind  byte     // 'w' word, 'n' noun phrase {..}, 's' synset, 'p' prepositional phrase (..), '*', '+', '$', '^', '%'
	words []string // word, words of a noun phrase, synset name
	inner []ptoken // a prepositional phrase's tokens after its preposition
}

// tokenize splits a pattern into tokens; it fails on text it cannot read
// as the documented syntax ("*_LAWS", unbalanced brackets).
func tokenize(s string) ([]ptoken, error) {
	var out []ptoken
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("unclosed {")
			}
			out = append(out, ptoken{kind: 'n', words: strings.Fields(s[i+1 : i+j])})
			i += j + 1
		case c == '(':
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == '(' {
					depth++
				} else if s[j] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if j == len(s) {
				return nil, fmt.Errorf("unclosed (")
			}
			inner, err := tokenize(s[i+1 : j])
			if err != nil {
				return nil, err
			}
			if len(inner) == 0 || inner[0].kind != 'w' {
				return nil, fmt.Errorf("prepositional phrase with no preposition")
			}
			out = append(out, ptoken{kind: 'p', words: inner[0].words, inner: inner[1:]})
			i = j + 1
		case c == ')' || c == '}':
			return nil, fmt.Errorf("unbalanced %c", c)
		case strings.IndexByte("*+$^%", c) >= 0:
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != ')' && s[i+1] != '\t' {
				return nil, fmt.Errorf("%c joined to a word", c)
			}
			out = append(out, ptoken{kind: c})
			i++
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t(){}*", s[j]) < 0 {
				j++
			}
			w := s[i:j]
			if strings.HasPrefix(w, "&") {
				out = append(out, ptoken{kind: 's', words: []string{w}})
			} else {
				out = append(out, ptoken{kind: 'w', words: []string{w}})
			}
			i = j
		}
	}
	return out, nil
}

// maxAlternatives bounds the object or subject alternatives one pattern
// may write out; a pattern with more is left out.
const maxAlternatives = 1000

// convertPattern approximates a pattern by the slots the syntax layer has:
// subject words (nouns before the verb), object words (nouns and fixed
// prepositional phrases after it, in order), the preposition that
// introduces the target ("(WITH)", "(AGAINST +)"), and the inverse and
// mutual flags. It returns the reason a pattern cannot be so written.
func convertPattern(pt cameoPattern, syn map[string][]string, p *plover) (verbRow, string) {
	r := verbRow{kind: "verb", cameo: pt.code, pattern: pt.text}
	code, inverse, mutual, null, err := eventCode(pt.code)
	if err != nil {
		return r, "pattern with a malformed code"
	}
	if null {
		r.category, r.subtype = "NONE", "-"
	} else if r.category, r.subtype = p.category(code); r.category == "" {
		return r, "pattern whose code PLOVER does not code (01x statements, 02x appeals)"
	}
	toks, err := tokenize(pt.text)
	if err != nil {
		return r, "pattern not in the documented syntax"
	}
	star := -1
	for i, t := range toks {
		if t.kind == '*' {
			if star >= 0 {
				return r, "pattern not in the documented syntax"
			}
			star = i
		}
	}
	if star < 0 {
		return r, "pattern not in the documented syntax"
	}
	// Before the verb: the subject.
	var subj [][]string
	for _, t := range toks[:star] {
		switch t.kind {
		case '+':
			inverse = true
		case '$', '^':
		case '%':
			mutual = true
		case 'p':
			return r, "needs a parse tree: a prepositional phrase before the verb"
		default:
			alts, err := nounAlts(t, syn, p.english)
			if err != nil {
				return r, err.Error()
			}
			subj = append(subj, alts)
		}
	}
	// After it: the object, the target's preposition, actors' places.
	var obj [][]string
	target, source, actors := false, false, 0
	for i, t := range toks[star+1:] {
		switch t.kind {
		case '^':
		case '%':
			mutual = true
		case '+', '$':
			actors++
			if t.kind == '+' {
				target = true
			} else {
				source, inverse = true, true
			}
			if rest := toks[star+2+i:]; len(rest) > 0 && nouny(rest) {
				return r, "needs a parse tree: words after the target or source"
			}
		case 'p':
			prep := strings.ToLower(t.words[0])
			var nouns []ptoken
			hasActor := false
			for _, in := range t.inner {
				switch in.kind {
				case '+':
					hasActor, target = true, true
				case '$':
					hasActor, source, inverse = true, true, true
				case '^':
				case '%', 'p', '*':
					return r, "needs a parse tree: nested or marked phrase"
				default:
					nouns = append(nouns, in)
				}
			}
			switch {
			case hasActor && len(nouns) > 0:
				return r, "needs a parse tree: the target or source inside a longer phrase"
			case hasActor || len(t.inner) == 0:
				if r.target != "" && r.target != prep {
					return r, "needs a parse tree: two prepositions for actors"
				}
				r.target = prep
				actors++
			case len(nouns) > 0:
				alts := [][]string{{prep}}
				for _, n := range nouns {
					a, err := nounAlts(n, syn, p.english)
					if err != nil {
						return r, err.Error()
					}
					alts = append(alts, a)
				}
				obj = append(obj, alts...)
			}
		default:
			a, err := nounAlts(t, syn, p.english)
			if err != nil {
				return r, err.Error()
			}
			obj = append(obj, a)
		}
	}
	if target && source || actors > 2 {
		return r, "needs a parse tree: source and target both after the verb"
	}
	objects := product(obj)
	subjects := product(subj)
	if len(objects) > maxAlternatives || len(subjects) > maxAlternatives {
		return r, fmt.Sprintf("more than %d object or subject alternatives", maxAlternatives)
	}
	r.flags = codeFlags(inverse, mutual)
	if len(objects) > 0 {
		r.flags = append(r.flags, "object="+strings.Join(objects, "|"))
	}
	r.subject = strings.Join(subjects, "|")
	if r.category == "NONE" {
		r.flags = removeFlags(r.flags, "inverse", "mutual")
	}
	return r, ""
}

func removeFlags(fl []string, drop ...string) []string {
	var out []string
	for _, f := range fl {
		keep := true
		for _, d := range drop {
			keep = keep && f != d
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// nouny reports whether tokens hold words (not only markers).
func nouny(ts []ptoken) bool {
	for _, t := range ts {
		if t.kind == 'w' || t.kind == 'n' || t.kind == 's' {
			return true
		}
	}
	return false
}

// nounAlts writes a noun token out as its alternatives: a word ("AID":
// aid, aids; "A/B": both), a noun phrase ("{FINANCIAL AID}": financial
// aid, financial aids), a synonym set (its members, with plurals unless
// the set's name or the member ends in "_").
func nounAlts(t ptoken, syn map[string][]string, english map[string]bool) ([]string, error) {
	switch t.kind {
	case 'w':
		var out []string
		for _, w := range strings.Split(t.words[0], "/") {
			out = append(out, withPlural(strings.ToLower(strings.Join(phraseWords(w), " ")), !strings.HasSuffix(w, "_"), english)...)
		}
		return out, nil
	case 's':
		name := t.words[0]
		members, ok := syn[name]
		if !ok {
			return nil, fmt.Errorf("pattern with an undefined synonym set")
		}
		var out []string
		for _, m := range members {
			out = append(out, withPlural(strings.ToLower(strings.Join(phraseWords(m), " ")), !strings.HasSuffix(name, "_") && !strings.HasSuffix(m, "_"), english)...)
		}
		return dedupe(out), nil
	case 'n':
		var parts [][]string
		for i, w := range t.words {
			last := i == len(t.words)-1
			if strings.HasPrefix(w, "&") {
				alts, err := nounAlts(ptoken{kind: 's', words: []string{w}}, syn, english)
				if err != nil {
					return nil, err
				}
				if !last {
					alts = singulars(alts)
				}
				parts = append(parts, alts)
				continue
			}
			lw := strings.ToLower(strings.Join(phraseWords(w), " "))
			if last {
				parts = append(parts, withPlural(lw, !strings.HasSuffix(w, "_"), english))
			} else {
				parts = append(parts, []string{lw})
			}
		}
		return product(parts), nil
	}
	return nil, fmt.Errorf("pattern not in the documented syntax")
}

// singulars keeps the alternatives that are not made plurals of another.
func singulars(alts []string) []string {
	set := map[string]bool{}
	for _, a := range alts {
		set[a] = true
	}
	var out []string
	for _, a := range alts {
		if !(strings.HasSuffix(a, "s") && (set[a[:len(a)-1]] || strings.HasSuffix(a, "ies") && set[a[:len(a)-3]+"y"] || strings.HasSuffix(a, "es") && set[a[:len(a)-2]])) {
			out = append(out, a)
		}
	}
	return out
}

// withPlural returns a noun and, if plural is set, its regular plural: the
// last word with -s, -es after s, x, ch, sh, -ies for -y after a consonant;
// none for a word already in -s or in -ly, -ed, -ing, nor where the word is
// English and the plural is not ("infantrymen": no "infantrymens").
func withPlural(n string, plural bool, english map[string]bool) []string {
	if n == "" {
		return nil
	}
	out := []string{n}
	if !plural {
		return out
	}
	words := strings.Fields(n)
	w := words[len(words)-1]
	if len(w) < 3 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.ContainsAny(w, "'.") {
		return out
	}
	p := strings.ToUpper(w)
	if pl := pluralOf(p); pl != "" && (english[strings.ToLower(pl)] || !english[w]) {
		words[len(words)-1] = strings.ToLower(pl)
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// product writes out every sequence of one alternative from each part.
func product(parts [][]string) []string {
	if len(parts) == 0 {
		return nil
	}
	out := []string{""}
	for _, alts := range parts {
		var next []string
		for _, o := range out {
			for _, a := range alts {
				next = append(next, strings.TrimSpace(o+" "+a))
			}
			if len(next) > 10*maxAlternatives {
				return next
			}
		}
		out = next
	}
	return dedupe(out)
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
