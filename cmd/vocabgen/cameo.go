package main

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data
var dataFS embed.FS

// readTable reads an embedded tab-separated file: "#" lines and blank lines
// are skipped, each other line must have at least min columns.
func readTable(name string, min int) ([][]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	return parseTable(name, string(b), min)
}

func parseTable(name, s string, min int) ([][]string, error) {
	var out [][]string
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < min {
			return nil, fmt.Errorf("%s:%d: want %d columns, got %d", name, i+1, min, len(f))
		}
		out = append(out, f)
	}
	return out, nil
}

// cameoMaps holds the explicit maps from CAMEO codes to the project's.
type cameoMaps struct {
	countries map[string]string // CAMEO country code (3 or 6 letters) -> actor code, "-" for none
	roles     map[string]bool   // role codes that make a sector
	types     map[string]string // IGO, NGO, MNC, IMG, ... -> kind
	groups    map[string]bool   // religion and ethnic codes, inside a code
	orgs      map[string]string // CAMEO organisation code -> id
	orgCodes  []string          // keys of orgs, longest first
	periods   map[string]period // actor code -> the predecessor it stands for in a period
}

// A period is a span of time in which a state's code stands for another.
type period struct {
	code string
	span span
}

// readPairs reads an embedded table's first two columns as a map.
func readPairs(name string) (map[string]string, error) {
	rows, err := readTable(name, 2)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rows {
		m[r[0]] = r[1]
	}
	return m, nil
}

func loadCameoMaps() (*cameoMaps, error) {
	m := &cameoMaps{roles: map[string]bool{}, groups: map[string]bool{}, periods: map[string]period{}}
	var roles, groups map[string]string
	for _, t := range []struct {
		name string
		m    *map[string]string
	}{{"cameo-countries.tsv", &m.countries}, {"cameo-roles.tsv", &roles}, {"cameo-types.tsv", &m.types}, {"cameo-groups.tsv", &groups}, {"cameo-orgs.tsv", &m.orgs}} {
		var err error
		if *t.m, err = readPairs(t.name); err != nil {
			return nil, err
		}
	}
	for k := range roles {
		m.roles[k] = true
	}
	for k := range groups {
		m.groups[k] = true
	}
	for k := range m.orgs {
		m.orgCodes = append(m.orgCodes, k)
	}
	rows, err := readTable("cameo-periods.tsv", 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		s, err := parseSpan(strings.ReplaceAll(r[2], "-", "") + "-" + strings.ReplaceAll(r[3], "-", ""))
		if err != nil {
			return nil, fmt.Errorf("cameo-periods.tsv: %w", err)
		}
		m.periods[r[0]] = period{code: r[1], span: s}
	}
	sort.Slice(m.orgCodes, func(i, j int) bool {
		a, b := m.orgCodes[i], m.orgCodes[j]
		return len(a) > len(b) || len(a) == len(b) && a < b
	})
	return m, nil
}

// An actorCode is what a CAMEO actor code says, in the project's terms.
type actorCode struct {
	cameo  string
	state  string // the state the code opens with ("" if it opens with none)
	region bool   // it opens with a code that names no state (a region)
	kind   string // igo, ngo, company, group: the code opens with an actor type
	org    string // the organisation the code names, by cameo-orgs.tsv
	exact  bool   // the code is exactly the organisation's code
	home   string // for an actor type, the state that follows it
	sector string // the first role code
}

// parse reads a CAMEO actor code. It fails on a code that is not made of
// three-letter parts or opens with a part it does not know.
func (m *cameoMaps) parse(code string) (actorCode, error) {
	a := actorCode{cameo: code}
	if len(code)%3 != 0 || code == "" {
		return a, fmt.Errorf("code %q: not made of three-letter parts", code)
	}
	rest := code
	switch {
	case len(code) >= 6 && m.countries[code[:6]] != "":
		a.state, rest = m.countries[code[:6]], code[6:]
	case m.countries[code[:3]] != "":
		a.state, rest = m.countries[code[:3]], code[3:]
	case m.types[code[:3]] != "":
		a.kind, rest = m.types[code[:3]], code[3:]
		for _, oc := range m.orgCodes {
			if strings.HasPrefix(code, oc) {
				a.org, a.exact = m.orgs[oc], oc == code
				break
			}
		}
	case m.roles[code[:3]]:
		// a role with no state: "[ELI]", "[MED]"
	default:
		return a, fmt.Errorf("code %q: unknown first part %q", code, code[:3])
	}
	if a.state == "-" {
		a.state, a.region = "", true
	}
	for i := 0; i+3 <= len(code); i += 3 {
		p := code[i : i+3]
		if m.roles[p] && a.sector == "" && (i >= len(code)-len(rest) || a.state == "" && a.kind == "") {
			a.sector = p
		}
	}
	if a.kind != "" {
		for i := 0; i+3 <= len(rest); i += 3 {
			p := rest[i : i+3]
			if c := m.countries[p]; c != "" && c != "-" && !m.roles[p] && !m.groups[p] {
				a.home = c
				break
			}
		}
	}
	return a, nil
}

// splitPeriods splits a row whose code stands for a predecessor state in a
// period (cameo-periods.tsv) into the part in the period, with the
// predecessor's code, and the parts outside it.
func (m *cameoMaps) splitPeriods(r *actorRow) []*actorRow {
	p, ok := m.periods[r.code]
	if !ok || !overlaps(r.span, p.span) {
		return []*actorRow{r}
	}
	var out []*actorRow
	in := *r
	in.code = p.code
	if startsBefore(in.span.from, p.span.from) {
		in.span.from = p.span.from
	}
	if endsAfter(in.span.to, p.span.to) {
		in.span.to = p.span.to
	}
	if startsBefore(r.span.from, p.span.from) {
		before := *r
		before.span.to = p.span.from.add(-1)
		out = append(out, &before)
	}
	out = append(out, &in)
	if endsAfter(r.span.to, p.span.to) {
		after := *r
		after.span.from = p.span.to.add(1)
		out = append(out, &after)
	}
	return out
}
