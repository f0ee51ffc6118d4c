package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
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
	maps     *cameoMaps
	proj     *project
	caser    *caser
	orgWords map[string]bool
	discards map[string]bool // upper-case phrases, single-spaced
	rows     map[string][]*actorRow
	drops    map[string]tally  // by output file: forms and entries left out, by reason
	counts   map[string]tally  // by output file: entries, persons, organisations, names
	ids      map[string]string // org id -> the primary phrase that took it
}

func newActorSet(maps *cameoMaps, proj *project, discards []byte) (*actorSet, error) {
	a := &actorSet{maps: maps, proj: proj, orgWords: map[string]bool{}, discards: map[string]bool{},
		rows: map[string][]*actorRow{}, drops: map[string]tally{}, counts: map[string]tally{}, ids: map[string]string{}}
	a.caser = &caser{particles: map[string]bool{}, acronyms: proj.acronyms, abbrevs: map[string]bool{}}
	for _, list := range []struct {
		name string
		set  map[string]bool
	}{{"particles.txt", a.caser.particles}, {"orgwords.txt", a.orgWords}, {"abbreviations.txt", a.caser.abbrevs}} {
		rows, err := readTable(list.name, 1)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			list.set[strings.TrimSpace(r[0])] = true
		}
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
	if out == "nonstate" && label == "PERSON" && !strings.HasSuffix(e.phrases[0], "__") {
		label = "ORG"
	}
	local := &caser{particles: a.caser.particles, acronyms: map[string]bool{}, english: a.proj.english, abbrevs: a.caser.abbrevs, org: label == "ORG"}
	for w := range a.caser.acronyms {
		local.acronyms[w] = true
	}
	for _, ws := range words {
		if len(ws) == 1 && (acr[ws[0]] || label != "PERSON" && (len([]rune(ws[0])) <= 3 || len(ws[0]) <= 6 && oddOnset(ws[0]))) {
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
	for _, w := range primary {
		if a.orgWords[w] {
			return "ORG"
		}
	}
	datedRole, bare := false, true
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
	}
	if datedRole {
		return "PERSON"
	}
	if out == "countries" && bare {
		return "GPE"
	}
	if a.personLike(primary) {
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
	ambiguous := map[string]bool{}
	for f, rs := range byForm {
		for i := range rs {
			for j := i + 1; j < len(rs) && !ambiguous[f]; j++ {
				if rs[i].code != rs[j].code && overlaps(rs[i].span, rs[j].span) {
					ambiguous[f] = true
				}
			}
		}
	}
	for _, out := range sortedKeys(a.rows) {
		var kept []*actorRow
		for _, r := range a.rows[out] {
			var fs []string
			for _, f := range r.forms {
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
			kept = append(kept, r)
		}
		a.rows[out] = mergeRows(kept)
	}
}

// noise says why a form would be noise in prose, or "".
func (a *actorSet) noise(r *actorRow, f string, ambiguous bool) string {
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
	case strings.Contains(f, ","):
		return "an inverted name with a comma (\"Samoa, American\")"
	case !strings.Contains(f, " ") && !isCaps(f) && a.proj.english[strings.ToLower(f)]:
		return "a single English word"
	case ambiguous:
		return "names actors of different codes at the same time"
	}
	if r.label == "GPE" {
		for _, p := range a.proj.byForm[f] {
			switch {
			case p.code == r.code:
				return "a name of the state the project's actor files have"
			case p.code == "-":
				return "a place the project's actor files have (never an actor there)"
			}
		}
		if len(a.proj.byForm[f]) > 0 {
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
