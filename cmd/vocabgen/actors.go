package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// A tally counts things by reason, for the files' headers and the report.
type tally map[string]int

func (t tally) add(reason string, n int) { t[reason] += n }

// lines returns "n  reason" lines, largest first.
func (t tally) lines() []string {
	var ks []string
	for k := range t {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return t[ks[i]] > t[ks[j]] || t[ks[i]] == t[ks[j]] && ks[i] < ks[j] })
	var out []string
	for _, k := range ks {
		out = append(out, fmt.Sprintf("%6d  %s", t[k], k))
	}
	return out
}

// An actorRow is one row of a generated actor file.
type actorRow struct {
	code, label, kind string
	forms             []string
	span              span
	note, sector      string
	entry             *actorEntry
}

// actorSet is the converter of the three actor dictionaries.
type actorSet struct {
	maps          *cameoMaps
	proj          *project
	caser         *caser
	orgWords      map[string]bool
	stateWords    map[string]bool     // words of states' formal names (statewords.txt)
	names         map[string][]string // state code -> its names and demonyms in states.tsv, folded
	titles        map[string]bool     // words that stand before a name: titles, honorifics, demonyms (titleKey)
	orgForms      map[string]bool     // forms of the project's orgs.tsv, as normPhrase writes them
	stateWordsLow map[string]bool     // lower-case words of the project's state names and demonyms
	discards      map[string]bool     // upper-case phrases, single-spaced
	rows          map[string][]*actorRow
	drops         map[string]tally  // by output file: forms and entries left out, by reason
	counts        map[string]tally  // by output file: entries, persons, organisations, names
	ids           map[string]string // org id -> the primary phrase that took it
}

func newActorSet(maps *cameoMaps, proj *project, discards []byte) (*actorSet, error) {
	a := &actorSet{maps: maps, proj: proj, orgWords: map[string]bool{}, stateWords: map[string]bool{}, names: map[string][]string{}, titles: map[string]bool{}, orgForms: map[string]bool{}, stateWordsLow: map[string]bool{}, discards: map[string]bool{},
		rows: map[string][]*actorRow{}, drops: map[string]tally{}, counts: map[string]tally{}, ids: map[string]string{}}
	a.caser = &caser{particles: map[string]bool{}, acronyms: proj.acronyms, abbrevs: map[string]bool{}}
	for _, list := range []struct {
		name string
		set  map[string]bool
	}{{"particles.txt", a.caser.particles}, {"orgwords.txt", a.orgWords}, {"abbreviations.txt", a.caser.abbrevs}, {"statewords.txt", a.stateWords}} {
		rows, err := readTable(list.name, 1)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			list.set[strings.TrimSpace(r[0])] = true
		}
	}
	for _, r := range proj.rows {
		if r.file == "states.tsv" && (r.kind == "state" || r.kind == "demonym") {
			for _, f := range r.forms {
				a.names[r.code] = append(a.names[r.code], fold(f))
				for _, w := range strings.Fields(f) {
					if unicode.IsUpper([]rune(w)[0]) {
						a.titles[titleKey(w)] = true // "United States President Barack Obama"
						a.stateWordsLow[strings.ToLower(w)] = true
					}
				}
			}
		}
	}
	for _, r := range proj.rows {
		if r.file == "orgs.tsv" {
			for _, f := range r.forms {
				a.orgForms[normPhrase(strings.TrimPrefix(f, "the "))] = true
			}
		}
	}
	for w := range proj.titles {
		a.titles[w] = true
	}
	rows, err := readTable("titlewords.txt", 1)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		a.titles[titleKey(strings.TrimSpace(r[0]))] = true
	}
	for _, line := range strings.Split(string(discards), "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "+"))
		if line != "" {
			a.discards[normPhrase(line)] = true
		}
	}
	return a, nil
}

// normPhrase is a phrase in upper case with single spaces and no trailing
// underscore, to compare dictionary phrases with each other.
func normPhrase(s string) string {
	return strings.ToUpper(strings.Join(phraseWords(s), " "))
}

// convert turns the entries of one dictionary file into rows of out.
func (a *actorSet) convert(out string, es []*actorEntry) {
	a.drops[out], a.counts[out] = tally{}, tally{"entries": len(es)}
	// An entry with no code on the line just above another entry is a
	// synonym written without its "+" ("LEONID_BREZHNEV_" over
	// "LEONID_ILYICH_BREZHNEV" and the codes): it joins that entry.
	var joined []*actorEntry
	for i := 0; i < len(es); i++ {
		e := es[i]
		for len(e.codes) == 0 && i+1 < len(es) && es[i+1].line == e.end+1 {
			next := *es[i+1]
			next.phrases = append(append([]string(nil), e.phrases...), next.phrases...)
			next.line = e.line
			a.counts[out].add("entries with no code joined to the entry below them", 1)
			e = &next
			i++
		}
		joined = append(joined, e)
	}
	es = joined
	for _, e := range es {
		a.entry(out, e)
	}
}

type dated struct {
	code actorCode
	span span
	null bool
}

func (a *actorSet) entry(out string, e *actorEntry) {
	// The code restrictions: dated ones, then the default filling the time
	// none of them covers.
	var ds []dated
	var def *dated
	for _, r := range e.codes {
		d := dated{null: r.code == "---"}
		if !d.null {
			c, err := a.maps.parse(r.code)
			if err != nil {
				a.drops[out].add("restriction with a code of no known form ("+r.code+")", 1)
				continue
			}
			d.code = c
		}
		if r.dates == "" {
			if def != nil {
				a.drops[out].add("second default code of an entry (the first holds)", 1)
				continue
			}
			def = &d
			continue
		}
		s, err := parseSpan(r.dates)
		if err != nil {
			a.drops[out].add("restriction with malformed dates", 1)
			continue
		}
		d.span = s
		ds = append(ds, d)
	}
	if len(e.codes) == 0 {
		a.drops[out].add("entry with no code", 1)
		return
	}
	var spans []span
	for _, d := range ds {
		spans = append(spans, d.span)
	}
	if def != nil {
		for _, s := range complement(spans) {
			d := *def
			d.span = s
			ds = append(ds, d)
		}
	}
	// The forms, and what the entry names.
	var words [][]string
	acr := map[string]bool{}
	for _, p := range e.phrases {
		base, pa := splitParens(p, a.proj.english)
		for _, x := range pa {
			acr[x] = true
			words = append(words, []string{x})
		}
		if ws := phraseWords(base); len(ws) > 0 {
			words = append(words, ws)
		}
	}
	if len(words) == 0 {
		a.drops[out].add("entry with no phrase", 1)
		return
	}
	for _, ws := range words {
		if len(ws) > 1 {
			for _, in := range initials(ws, a.caser.particles) {
				acr[in] = true
			}
		}
	}
	label := a.label(out, words, ds)
	// The MilNonState file marks its persons with "__"; a name there under
	// the code of an organisation the maps know ("OSAMA_BIN_LADEN_",
	// [IMGMUSALQ]) is a person acting for it too.
	if out == "nonstate" && !strings.HasSuffix(e.phrases[0], "__") {
		switch {
		case knownOrg(ds) && !a.namesOrg(e.phrases) && !a.orgWord(words):
			label = "PERSON"
		case label == "PERSON":
			label = "ORG"
		}
	}
	local := &caser{particles: a.caser.particles, acronyms: map[string]bool{}, english: a.proj.english, abbrevs: a.caser.abbrevs, names: a.stateWordsLow, org: label == "ORG"}
	for w := range a.caser.acronyms {
		local.acronyms[w] = true
	}
	for _, ws := range words {
		// A short word that does not read as English is an organisation's
		// acronym; a state's aliases are names ("DHAKA" is Dhaka).
		if len(ws) == 1 && (acr[ws[0]] || label == "ORG" && (len([]rune(ws[0])) <= 3 || len(ws[0]) <= 6 && oddOnset(ws[0]))) {
			local.acronyms[ws[0]] = true
		}
	}
	var forms []string
	seen := map[string]bool{}
	for _, ws := range words {
		for _, f := range local.form(ws) {
			if !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
	}
	switch label {
	case "PERSON":
		a.counts[out].add("persons", 1)
	case "ORG":
		a.counts[out].add("organisations", 1)
	default:
		a.counts[out].add("names of states and places", 1)
	}
	id := ""
	for _, d := range ds {
		if d.null {
			continue
		}
		r := &actorRow{label: label, span: d.span, sector: d.code.sector, entry: e}
		c := d.code
		switch {
		case label == "PERSON":
			r.code, r.kind = c.state, "person"
			if r.code == "" {
				r.code = c.org
			}
		case label == "GPE":
			r.code, r.kind = c.state, "alias"
		case out == "countries" && c.state != "":
			r.code, r.kind = c.state, "institution"
		case c.org != "" && (c.exact && out != "nonstate" || out == "countries"):
			r.code, r.kind = c.org, c.kind
		default:
			if id == "" {
				id = a.orgID(words, forms, acr, e)
			}
			r.code, r.kind = id, c.kind
			if r.kind == "" {
				r.kind = "org"
				if out == "nonstate" {
					r.kind = "group"
				}
			}
			if home := c.home; home != "" || c.state != "" {
				if home == "" {
					home = c.state
				}
				r.note = "home:" + home
			}
		}
		if r.code == "" {
			a.drops[out].add(fmt.Sprintf("%s role with no state or known organisation in its code", strings.ToLower(label)), 1)
			continue
		}
		if r.note != "" {
			r.note += " "
		}
		r.note += "cameo:" + c.cameo
		r.forms = forms
		for _, x := range a.maps.splitPeriods(r) {
			a.rows[out] = append(a.rows[out], x)
		}
	}
}

// label decides whether an entry names a person, an organisation or a
// state: an organisation word ("ARMY", "COUNCIL") makes an organisation;
// dated roles make a person; an entry of the Countries file whose codes are
// states with no role names the state; other undated entries are persons
// when their primary phrase reads as a name. (In the MilNonState file, the
// caller keeps only persons whose phrase ends "__", as its persons do.)
func (a *actorSet) label(out string, words [][]string, ds []dated) string {
	primary := words[len(words)-1]
	for _, ws := range words {
		if len(ws) > 1 {
			primary = ws
			break
		}
	}
	datedRole, bare, typed := false, true, false
	for _, d := range ds {
		if d.null {
			continue
		}
		if !d.span.from.open() || !d.span.to.open() {
			datedRole = true
		}
		if d.code.state == "" || d.code.sector != "" {
			bare = false
		}
		typed = typed || d.code.kind != ""
	}
	// A state's names under dated codes ("[KWTOCC 900802-910206]",
	// "[HRVUNR ...]": occupied, not yet recognised) are still the state's.
	if out == "countries" && bare {
		return "GPE" // "RUSSIAN_FEDERATION_ [RUS]": the state, whatever its words
	}
	if a.orgWord([][]string{primary}) {
		return "ORG"
	}
	if a.personLike(primary) || datedRole && !typed {
		return "PERSON"
	}
	return "ORG"
}

// isStateCode reports whether a CAMEO code is a state and nothing more
// ("AFG", "USAASM").
func (a *actorSet) isStateCode(code string) bool {
	c := a.maps.countries[code]
	return c != "" && c != "-"
}

// personLike reports whether a phrase reads as a person's name: two to
// five words, none an acronym, fewer than half of them English words.
func (a *actorSet) personLike(ws []string) bool {
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	eng := 0
	for _, w := range ws {
		if noVowel(w) || a.proj.acronyms[w] {
			return false
		}
		if a.proj.english[strings.ToLower(w)] {
			eng++
		}
	}
	return eng*2 < len(ws)
}

var idRE = regexp.MustCompile(`[^A-Z0-9]+`)

// orgID gives an organisation the id of orgs.tsv if one of its forms is a
// form there, else its acronym, else an id made of its name ("AMNESTY_
// INTERNATIONAL"). An id another organisation took first gets a number.
func (a *actorSet) orgID(words [][]string, forms []string, acr map[string]bool, e *actorEntry) string {
	for _, f := range forms {
		for _, r := range a.proj.byForm[f] {
			if r.file == "orgs.tsv" {
				return r.code
			}
		}
	}
	id := ""
	for _, ws := range words {
		if len(ws) == 1 && acr[ws[0]] && len(ws[0]) >= 3 {
			id = ws[0]
			break
		}
	}
	primary := normPhrase(e.phrases[0])
	if id == "" {
		p, _ := splitParens(e.phrases[0], a.proj.english)
		id = strings.TrimPrefix(strings.Trim(idRE.ReplaceAllString(normPhrase(p), "_"), "_"), "THE_")
	}
	id = strings.Trim(idRE.ReplaceAllString(foldASCII(id), "_"), "_")
	base := id
	for n := 2; a.ids[id] != "" && a.ids[id] != primary; n++ {
		id = fmt.Sprintf("%s_%d", base, n)
	}
	a.ids[id] = primary
	return id
}

// foldASCII replaces the Latin-1 letters the dictionaries hold with their
// plain letters, for ids.
func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r < 128:
			b.WriteRune(r)
		case strings.ContainsRune("ÀÁÂÃÄÅ", r):
			b.WriteByte('A')
		case strings.ContainsRune("ÈÉÊË", r):
			b.WriteByte('E')
		case strings.ContainsRune("ÌÍÎÏ", r):
			b.WriteByte('I')
		case strings.ContainsRune("ÒÓÔÕÖØ", r):
			b.WriteByte('O')
		case strings.ContainsRune("ÙÚÛÜ", r):
			b.WriteByte('U')
		case r == 'Ç':
			b.WriteByte('C')
		case r == 'Ñ':
			b.WriteByte('N')
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// finish filters the forms of every row, drops forms that name different
// actors at the same time, merges rows that differ only in their dates
// where these touch, and sorts each file's rows.
func (a *actorSet) finish() {
	byForm := map[string][]*actorRow{}
	for _, out := range sortedKeys(a.rows) {
		for _, r := range a.rows[out] {
			for _, f := range r.forms {
				byForm[f] = append(byForm[f], r)
			}
		}
	}
	dropped := map[*actorEntry]map[string]bool{}
	drop := func(out string, r *actorRow, f, reason string) {
		if dropped[r.entry] == nil {
			dropped[r.entry] = map[string]bool{}
		}
		if !dropped[r.entry][f] {
			dropped[r.entry][f] = true
			a.drops[out].add("form: "+reason, 1)
		}
	}
	// The entries whose person forms hold each word: a bare name that is
	// a word of another person's name ("Hassan", "Hussein", "Khalid")
	// names no one in particular.
	named := map[string]map[*actorEntry]bool{}
	for f, rs := range byForm {
		for _, r := range rs {
			if r.label != "PERSON" {
				continue
			}
			for _, w := range strings.Fields(f) {
				if named[w] == nil {
					named[w] = map[*actorEntry]bool{}
				}
				named[w][r.entry] = true
			}
		}
	}
	ambiguous := map[string]string{}
	for f, rs := range byForm {
		if !strings.Contains(f, " ") && len(named[f]) > 1 && rs[0].label == "PERSON" {
			ambiguous[f] = "a bare name that is a word of another person's name (\"Hussein\")"
		}
		for i := range rs {
			for j := i + 1; j < len(rs) && ambiguous[f] == ""; j++ {
				if rs[i].code != rs[j].code && overlaps(rs[i].span, rs[j].span) {
					ambiguous[f] = "names actors of different codes at the same time"
				}
			}
		}
	}
	for _, out := range sortedKeys(a.rows) {
		var kept []*actorRow
		for _, r := range a.rows[out] {
			var fs []string
			for _, f := range r.forms {
				if r.label == "PERSON" && a.titled(f, r.forms) {
					drop(out, r, f, "a name with a title before it (\"President Zardari\"; the name is kept)")
					continue
				}
				if reason := a.noise(r, f, ambiguous[f]); reason != "" {
					drop(out, r, f, reason)
					continue
				}
				fs = append(fs, f)
			}
			if len(fs) == 0 {
				a.drops[out].add("row left with no form", 1)
				continue
			}
			r.forms = fs
			if r.label != "GPE" {
				kept = append(kept, r)
				continue
			}
			// A state's alias is one of its names or a place in it.
			var names, places []string
			for _, f := range fs {
				if a.stateName(r.code, f) {
					names = append(names, f)
				} else {
					places = append(places, f)
				}
			}
			if len(names) > 0 {
				r.forms = names
				kept = append(kept, r)
			}
			if len(places) > 0 {
				p := *r
				p.code, p.kind, p.forms, p.note, p.sector = "-", "place", places, "in:"+r.code+" "+r.note, ""
				a.counts[out].add("places", 1)
				kept = append(kept, &p)
			}
		}
		a.rows[out] = mergeRows(kept)
	}
	// Companies, and the people who acted for them, go to a file of their
	// own that the loader leaves out by default (see companiesFile).
	companies := map[string]bool{}
	for _, r := range a.rows["international"] {
		if r.kind == "company" {
			companies[r.code] = true
		}
	}
	var intl []*actorRow
	for _, r := range a.rows["international"] {
		if companies[r.code] {
			a.rows["companies"] = append(a.rows["companies"], r)
		} else {
			intl = append(intl, r)
		}
	}
	a.rows["international"] = intl
}

// noise says why a form would be noise in prose, or "".
func (a *actorSet) noise(r *actorRow, f string, ambiguous string) string {
	letters := 0
	for _, c := range f {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c > 127 {
			letters++
		}
	}
	switch {
	case a.discards[normPhrase(f)]:
		return "in Phoenix.discards.txt"
	case letters < 2:
		return "fewer than two letters"
	case letters <= 2 && !strings.Contains(f, " "):
		return "two letters or fewer (\"JI\", \"Lt\", \"D.C.\"): initials and abbreviations in prose"
	case letters <= 3 && !strings.Contains(f, " ") && (r.label == "PERSON" || r.kind == "group"):
		return "a person's or an armed group's three letters (\"FDR\", \"AUC\", \"CRF\"): abbreviations of science in prose"
	case a.dateLike(f):
		return "a date (\"21 June\", \"17 November\")"
	case strings.Contains(f, ","):
		return "an inverted name with a comma (\"Samoa, American\")"
	case !strings.Contains(f, " ") && !isCaps(f) && a.proj.english[strings.ToLower(f)]:
		return "a single English word"
	case ambiguous != "":
		return ambiguous
	}
	if r.label == "GPE" {
		for _, p := range a.proj.byFold[strings.ToLower(f)] {
			switch {
			case p.code == r.code:
				return "a name of the state the project's actor files have"
			case p.code == "-":
				return "a place the project's actor files have (never an actor there)"
			}
		}
		if len(a.proj.byFold[strings.ToLower(f)]) > 0 {
			return "a name the project's actor files give another code"
		}
	}
	return ""
}

func overlaps(a, b span) bool {
	return !(!a.to.open() && !b.from.open() && a.to.t.Before(b.from.t)) &&
		!(!b.to.open() && !a.from.open() && b.to.t.Before(a.from.t))
}

// mergeRows joins rows that are the same but for their dates where the
// dates touch, and sorts them by code, label, kind, first form and start.
func mergeRows(rs []*actorRow) []*actorRow {
	groups := map[string][]*actorRow{}
	var keys []string
	for _, r := range rs {
		k := strings.Join([]string{r.code, r.label, r.kind, strings.Join(r.forms, "|"), r.note, r.sector}, "\t")
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	var out []*actorRow
	for _, k := range keys {
		g := groups[k]
		var ss []span
		for _, r := range g {
			ss = append(ss, r.span)
		}
		for _, s := range union(ss) {
			r := *g[0]
			r.span = s
			out = append(out, &r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.code != b.code:
			return a.code < b.code
		case a.label != b.label:
			return a.label < b.label
		case a.kind != b.kind:
			return a.kind < b.kind
		case a.forms[0] != b.forms[0]:
			return a.forms[0] < b.forms[0]
		case a.span.from.String() != b.span.from.String():
			return startsBefore(a.span.from, b.span.from)
		}
		return a.note+a.sector < b.note+b.sector
	})
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// stateName reports whether an alias of a state names the state itself
// rather than a place in it: an acronym ("RDTL"), a formal name
// ("Republique Democratique du Congo": a word of statewords.txt), or a
// spelling of one of the state's names or demonyms in the project's
// states.tsv: at most one edit in five letters apart ("Afganistan",
// "Austrailia"; not "Mexicali", two letters from "Mexicans"), or the start
// of a name ("Burkina"; not a name and more: "Australian Alps").
func (a *actorSet) stateName(code, form string) bool {
	form = strings.TrimPrefix(form, "the ") // "the US", counted only after "the"
	if isCaps(strings.ReplaceAll(strings.ReplaceAll(form, ".", ""), " ", "")) {
		return true
	}
	for _, w := range strings.Fields(form) {
		if a.stateWords[strings.ToUpper(w)] {
			return true
		}
	}
	f := fold(form)
	for _, n := range a.names[code] {
		short := min(len(f), len(n))
		if editDistance(f, n) <= max(1, short/5) || len(f) >= 5 && strings.HasPrefix(n, f) {
			return true
		}
	}
	return false
}

// fold is a name's letters in lower case, accents and everything else
// dropped: "Cote d'Ivoire" is "cotedivoire".
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(foldASCII(s)) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// editDistance is the Levenshtein distance of two ASCII strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// titled reports a person's form that is another of its forms, or the last
// word of one, with titles, honorifics or demonyms before it: "President
// Zardari", "Russian President Vladimir Putin", "Mr. Obama".
func (a *actorSet) titled(f string, forms []string) bool {
	names := forms
	for _, g := range forms {
		if i := strings.LastIndexByte(g, ' '); i > 0 {
			names = append(names[:len(names):len(names)], g[i+1:]) // the surname: "President Zardari"
		}
	}
	for _, g := range names {
		pre, ok := strings.CutSuffix(f, " "+g)
		if !ok || g == f {
			continue
		}
		all := true
		for _, w := range strings.Fields(pre) {
			all = all && a.titles[titleKey(w)]
		}
		if all {
			return true
		}
	}
	return false
}

// knownOrg reports codes that all name an organisation of cameo-orgs.tsv.
func knownOrg(ds []dated) bool {
	n := 0
	for _, d := range ds {
		if d.null {
			continue
		}
		if d.code.org == "" {
			return false
		}
		n++
	}
	return n > 0
}

// namesOrg reports phrases one of which is a form of an organisation of the
// project's orgs.tsv ("AL-QAEDA"): the organisation itself, not one of its
// people.
func (a *actorSet) namesOrg(phrases []string) bool {
	for _, p := range phrases {
		if a.orgForms[normPhrase(p)] {
			return true
		}
	}
	return false
}

// orgWord reports an organisation word (orgwords.txt) in the first phrase
// of more than one word, else in the last phrase.
func (a *actorSet) orgWord(words [][]string) bool {
	primary := words[len(words)-1]
	for _, ws := range words {
		if len(ws) > 1 {
			primary = ws
			break
		}
	}
	for _, w := range primary {
		if a.orgWords[w] {
			return true
		}
	}
	return false
}

// dateLike reports a form made of a day and a month ("21 June"): a group
// named after a date is that date in prose.
func (a *actorSet) dateLike(f string) bool {
	ws := strings.Fields(f)
	if len(ws) != 2 {
		return false
	}
	day := func(w string) bool {
		return ordinalRE.MatchString(strings.ToUpper(w)) || w != "" && strings.Trim(w, "0123456789") == ""
	}
	month := func(w string) bool { return a.proj.months[strings.ToLower(w)] }
	return day(ws[0]) && month(ws[1]) || month(ws[0]) && day(ws[1])
}
