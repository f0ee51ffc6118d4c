package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The dictionaries sit beside the repository (../shared/vendor); the tests
// that read them are skipped where they are absent.
const vendorDir = "../../../shared/vendor"

func needVendor(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(vendorDir, "petrarch2", "CAMEO.2.0.txt")); err != nil {
		t.Skipf("no dictionaries at %s: %v", vendorDir, err)
	}
}

var (
	genOnce  sync.Once
	genFiles map[string][]byte
	genErr   error
)

// generated runs the converter once for every test that needs its output.
func generated(t *testing.T) map[string][]byte {
	t.Helper()
	needVendor(t)
	genOnce.Do(func() { genFiles, genErr = generate(vendorDir, "../..") })
	if genErr != nil {
		t.Fatal(genErr)
	}
	return genFiles
}

func TestParseDay(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"950101", "1995-01-01"},
		{"960626", "1996-06-26"},
		{"000101", "2000-01-01"},   // 00-30 are this century
		{"300101", "2030-01-01"},   // the last year read as 20YY
		{"310101", "1931-01-01"},   // the first year read as 19YY
		{"19270101", "1927-01-01"}, // eight digits: the year as written
		{"20041207", "2004-12-07"},
		{"20000229", "2000-02-29"},
	} {
		d, err := parseDay(c.in)
		if err != nil || d.String() != c.want {
			t.Errorf("parseDay(%q) = %q, %v; want %q", c.in, d, err, c.want)
		}
	}
	for _, bad := range []string{"2004017", "201005011", "9008223", "20100931", "19000229", "951301", "95O101", ""} {
		if d, err := parseDay(bad); err == nil {
			t.Errorf("parseDay(%q) = %q, want an error", bad, d)
		}
	}
}

func TestParseSpan(t *testing.T) {
	for _, c := range []struct{ in, from, to string }{
		{"950101-960626", "1995-01-01", "1996-06-26"},
		{"<900823", "", "1990-08-23"},   // open start
		{">011222", "2001-12-22", ""},   // open end
		{">20130408", "2013-04-08", ""}, // eight digits
		{"19240101-641014", "1924-01-01", "1964-10-14"},
	} {
		s, err := parseSpan(c.in)
		if err != nil || s.from.String() != c.from || s.to.String() != c.to {
			t.Errorf("parseSpan(%q) = %s..%s, %v; want %s..%s", c.in, s.from, s.to, err, c.from, c.to)
		}
	}
	for _, bad := range []string{"20121207-20120802", "19820101", "1920030320-20060520"} {
		if _, err := parseSpan(bad); err == nil {
			t.Errorf("parseSpan(%q): want an error", bad)
		}
	}
}

func TestComplement(t *testing.T) {
	sp := func(s string) span {
		x, err := parseSpan(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	str := func(ss []span) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.from.String()+".."+s.to.String())
		}
		return out
	}
	// ABDUL_ZAHIR_: ELI 19280101-710609, GOV 710609-721212, ELI 721212-820101, no default.
	// A default code would hold before, between (nothing: they touch) and after.
	got := str(complement([]span{sp("19280101-710609"), sp("710609-721212"), sp("721212-820101")}))
	want := []string{"..1927-12-31", "1982-01-02.."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("complement of touching spans = %v, want %v", got, want)
	}
	// HAMID_KARZAI_: ELI 750101-000101, GOV >011222, default ELI.
	got = str(complement([]span{sp("750101-000101"), sp(">011222")}))
	want = []string{"..1974-12-31", "2000-01-02..2001-12-21"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("complement with a gap = %v, want %v", got, want)
	}
	if got := str(complement(nil)); !reflect.DeepEqual(got, []string{".."}) {
		t.Errorf("complement of nothing = %v, want all time", got)
	}
}

func TestReadActorDict(t *testing.T) {
	src := `# a comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+MAZAR-I-SHARIF_

+KUNAR # a synonym after a blank line still belongs above
HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
	[AFGELI 750101-000101]
	[AFGGOV >011222]
	[AFGELI]
JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
+ARMY_OF_MOHAMMED+_ISLAMIC_ADEN_ARMY_
EGYPT_ [EGYGOV > 140608]
`
	es, err := readActorDict("test", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type ent struct {
		Phrases []string
		Codes   []restriction
	}
	var got []ent
	for _, e := range es {
		got = append(got, ent{e.phrases, e.codes})
	}
	want := []ent{
		{[]string{"AFGHANISTAN_", "AFGHAN_", "MAZAR-I-SHARIF_", "KUNAR"}, []restriction{{"AFG", ""}}},
		{[]string{"HAMID_KARZAI_", "KARZAI_"}, []restriction{{"AFGELI", "750101-000101"}, {"AFGGOV", ">011222"}, {"AFGELI", ""}}},
		{[]string{"JAVIER_DE_CUELLAR_", "ARMY_OF_MOHAMMED", "_ISLAMIC_ADEN_ARMY_"}, []restriction{{"IGOUNO", "820101-911231"}, {"ELI", ""}}},
		{[]string{"EGYPT_"}, []restriction{{"EGYGOV", ">140608"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readActorDict:\n got %+v\nwant %+v", got, want)
	}
	if _, err := readActorDict("bad", []byte("+ORPHAN\n")); err == nil {
		t.Error("a synonym before any entry: want an error")
	}
}

func testCaser() *caser {
	c := &caser{particles: map[string]bool{}, acronyms: map[string]bool{"NATO": true}, english: map[string]bool{"army": true, "relief": true, "fund": true, "shell": true},
		abbrevs: map[string]bool{"MR": true, "ST": true}, names: map[string]bool{"dutch": true, "khmer": true}}
	for _, p := range strings.Fields("al bin de e i of the and d") {
		c.particles[p] = true
	}
	return c
}

func TestForms(t *testing.T) {
	c := testCaser()
	for _, tc := range []struct {
		phrase string
		org    bool
		want   []string
	}{
		{"HAMID_KARZAI_", false, []string{"Hamid Karzai"}},                   // underscores join words
		{"MAZAR-I-SHARIF_", false, []string{"Mazar-i-Sharif"}},               // particles inside a hyphenated name
		{"OSAMA_BIN_LADEN", false, []string{"Osama bin Laden"}},              // particles between words
		{"AL-QA'IDA", true, []string{"al-Qa'ida", "Al-Qa'ida"}},              // a name opening with a particle, both ways
		{"THE_UNITED_NATIONS_", true, []string{"the United Nations"}},        // counts only after "the"
		{"U.N._SECURITY_COUNCIL", true, []string{"U.N. Security Council"}},   // dotted initials
		{"JOHN_MCCAIN", false, []string{"John McCain"}},                      // Mc
		{"COTE_D'IVOIRE_", false, []string{"Cote d'Ivoire"}},                 // d' inside a name
		{"JOHN_PAUL_II", false, []string{"John Paul II"}},                    // Roman numeral
		{"NATO_SECRETARY_GENERAL", true, []string{"NATO Secretary General"}}, // a known acronym
		{"ABB_LTD", true, []string{"ABB LTD"}},                               // short unpronounceable words of an organisation
		{"2ND_OF_JUNE_MOVEMENT", true, []string{"2nd of June Movement"}},     // an ordinal
		{"CHILDREN'S_RELIEF_FUND", true, []string{"Children's Relief Fund"}}, // a possessive
		{"GCHQ", true, []string{"GCHQ"}},                                     // no vowel
		{"MI6", true, []string{"MI6"}},                                       // a digit
		{"ROYAL_DUTCH_SHELL", true, []string{"Royal Dutch Shell"}},           // a demonym is no acronym
		{"KHMER_ROUGE", true, []string{"Khmer Rouge"}},                       // nor a people's name
	} {
		c.org = tc.org
		if got := c.form(phraseWords(tc.phrase)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("form(%s) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
	base, acr := splitParens("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", map[string]bool{"army": true})
	if got := phraseWords(base); !reflect.DeepEqual(got, []string{"ADEN", "ABYAN", "ISLAMIC", "ARMY"}) || !reflect.DeepEqual(acr, []string{"AAIA"}) {
		t.Errorf("splitParens: %q %q", got, acr)
	}
	if _, acr := splitParens("SAMOA_(AMERICAN)_", map[string]bool{"american": true}); acr != nil {
		t.Errorf("splitParens: a qualifier taken for an acronym: %q", acr)
	}
}

// TestCameoCountries checks the explicit map of CAMEO country codes: every
// code that opens an actor code in the dictionaries is mapped (or marked
// "-" for no state), every compound code that occurs is listed, every
// target is a code of the project's states.tsv (XKX, Kosovo, excepted),
// and, where Debian's iso-codes is installed, an ISO 3166-1 or 3166-3 code.
func TestCameoCountries(t *testing.T) {
	needVendor(t)
	maps, err := loadCameoMaps()
	if err != nil {
		t.Fatal(err)
	}
	occur := map[string]bool{}
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		b, err := os.ReadFile(filepath.Join(vendorDir, "petrarch2", f))
		if err != nil {
			t.Fatal(err)
		}
		es, err := readActorDict(f, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			for _, r := range e.codes {
				c := r.code
				if c == "---" || len(c)%3 != 0 {
					continue
				}
				first := c[:3]
				switch {
				case maps.types[first] != "":
					// an organisation; a country inside it is checked below
					for i := 3; i+3 <= len(c); i += 3 {
						if p := c[i : i+3]; maps.countries[p] != "" {
							occur[p] = true
						}
					}
				case maps.countries[first] != "":
					occur[first] = true
					if len(c) >= 6 && maps.countries[c[:6]] != "" {
						occur[c[:6]] = true
					}
				case maps.roles[first] || maps.groups[first]:
					// a role or a religion with no state ("[ELI]", "[HINRAD]"):
					// no actor, left out and counted by the converter
				default:
					t.Errorf("%s:%d: code %s: %s is not in cameo-countries.tsv", f, e.line, c, first)
				}
				if len(c) >= 6 && maps.countries[c[:3]] != "" && maps.countries[c[3:6]] != "" && !maps.roles[c[3:6]] && !maps.groups[c[3:6]] && maps.countries[c[:6]] == "" {
					t.Errorf("%s:%d: compound code %s is not in cameo-countries.tsv", f, e.line, c[:6])
				}
			}
		}
	}
	states := map[string]bool{}
	b, err := os.ReadFile("../../extract/actor/data/actors/states.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := parseTable("states.tsv", string(b), 4)
	for _, r := range rows {
		states[r[0]] = true
	}
	iso := isoCodes(t)
	special := 0
	for cameo, code := range maps.countries {
		if !occur[cameo] {
			t.Errorf("cameo-countries.tsv: %s does not occur in the dictionaries", cameo)
		}
		if code == "-" {
			continue
		}
		if code != cameo {
			special++
		}
		if !states[code] && code != "XKX" {
			t.Errorf("cameo-countries.tsv: %s -> %s, not a code of states.tsv", cameo, code)
		}
		if iso != nil && !iso[code] && code != "XKX" {
			t.Errorf("cameo-countries.tsv: %s -> %s, not an ISO 3166-1 or 3166-3 code", cameo, code)
		}
	}
	for cameo, want := range map[string]string{"USR": "SUN", "TMP": "TLS", "AFG": "AFG", "USAASM": "ASM", "USRARM": "SUN", "KNT": "-", "MEA": "-"} {
		if got := maps.countries[cameo]; got != want {
			t.Errorf("%s -> %s, want %s", cameo, got, want)
		}
	}
	t.Logf("%d CAMEO country codes occur, %d mapped to another code", len(maps.countries), special)
}

// isoCodes reads ISO 3166-1 and 3166-3 alpha-3 codes from Debian's
// iso-codes, or returns nil where it is not installed.
func isoCodes(t *testing.T) map[string]bool {
	out := map[string]bool{}
	for _, f := range []string{"iso_3166-1.json", "iso_3166-3.json"} {
		b, err := os.ReadFile("/usr/share/iso-codes/json/" + f)
		if err != nil {
			t.Logf("no iso-codes (%v): checked against states.tsv only", err)
			return nil
		}
		var doc map[string][]map[string]string
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		for _, list := range doc {
			for _, c := range list {
				if a := c["alpha_3"]; a != "" {
					out[a] = true
				}
			}
		}
	}
	return out
}

func TestParseCode(t *testing.T) {
	maps, err := loadCameoMaps()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		code string
		want actorCode
	}{
		{"AFGGOVAGR", actorCode{cameo: "AFGGOVAGR", state: "AFG", sector: "GOV"}},
		{"USRARM", actorCode{cameo: "USRARM", state: "SUN"}},
		{"GBRFLKGOV", actorCode{cameo: "GBRFLKGOV", state: "FLK", sector: "GOV"}},
		{"IGOUNO", actorCode{cameo: "IGOUNO", kind: "igo", org: "UN", exact: true}},
		{"IGOUNODEVWBK", actorCode{cameo: "IGOUNODEVWBK", kind: "igo", org: "WB", exact: true, sector: "DEV"}},
		{"IGOUNODEV", actorCode{cameo: "IGOUNODEV", kind: "igo", org: "UN", sector: "DEV"}},
		{"NGOUSAHRI", actorCode{cameo: "NGOUSAHRI", kind: "ngo", home: "USA", sector: "HRI"}},
		{"IMGMUSALQ", actorCode{cameo: "IMGMUSALQ", kind: "group", org: "ALQAEDA", exact: true}}, // MUS is Muslim here, not Mauritius
		{"MEAREB", actorCode{cameo: "MEAREB", region: true, sector: "REB"}},
		{"ELI", actorCode{cameo: "ELI", sector: "ELI"}},
	} {
		got, err := maps.parse(c.code)
		if err != nil || got != c.want {
			t.Errorf("parse(%s) = %+v, %v; want %+v", c.code, got, err, c.want)
		}
	}
	for _, bad := range []string{"NGOEEURENV", "KKXREB", ""} {
		if _, err := maps.parse(bad); err == nil {
			t.Errorf("parse(%q): want an error", bad)
		}
	}
}

// rowsWith returns the generated rows of a file that hold form.
func rowsWith(t *testing.T, files map[string][]byte, file, form string) [][]string {
	t.Helper()
	b, ok := files[file]
	if !ok {
		t.Fatalf("no generated file %s", file)
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		for _, x := range strings.Split(f[3], "|") {
			if x == form {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// TestActorEntries follows real entries of the three actor dictionaries to
// their rows.
func TestActorEntries(t *testing.T) {
	files := generated(t)
	const countries, intl, nonstate = outActors + "/countries.tsv", outActors + "/international.tsv", outActors + "/nonstate.tsv"
	row := func(f []string) string { return strings.Join([]string{f[0], f[1], f[2], f[4], f[5], f[6], f[7]}, " ") }
	for _, c := range []struct {
		name, file, form string
		want             []string
	}{
		{"a prime minister with ELI before and after (AHMAD_SHAH_AHMADZAI_)", countries, "Ahmad Shah Ahmadzai", []string{
			"AFG PERSON person  1995-01-01 cameo:AFGELI ELI", // the default before the dated ELI, joined to it
			"AFG PERSON person 1995-01-01 1996-06-26 cameo:AFGGOV GOV",
			"AFG PERSON person 1996-06-27  cameo:AFGELI ELI",
		}},
		{"a Soviet leader Phoenix lists under Russia, with a synonym written without its +", countries, "Leonid Ilyich Brezhnev", []string{
			"SUN PERSON person 1924-01-01 1964-10-14 cameo:RUSELI ELI",
			"SUN PERSON person 1964-10-14 1982-11-10 cameo:RUSGOV GOV",
		}},
		{"a state institution", countries, "Afghan National Army", []string{
			"AFG ORG institution   cameo:AFGMIL MIL",
		}},
		{"a UN secretary general, and his default [ELI] with no state dropped", intl, "Kofi Annan", []string{
			"UN PERSON person 1997-01-01 2006-12-31 cameo:IGOUNO ",
		}},
		{"a person acting for a state, then for the UN (ANN_VENEMAN_)", intl, "Ann Veneman", []string{
			"UNICEF PERSON person 2005-05-01  cameo:IGOUNOKID ",
			"USA PERSON person 2001-01-20 2005-01-20 cameo:USAGOV GOV",
		}},
		{"an IGO that orgs.tsv has keeps its id", intl, "International Atomic Energy Agency", []string{
			"IAEA ORG igo   cameo:IGOUNOIAE ",
		}},
		{"an armed group with its acronym in parentheses", nonstate, "AAIA", []string{
			"AAIA ORG group   home:YEM cameo:YEMREB REB",
		}},
		{"a state under a dated code (occupied) is still a state, not a person", countries, "Kuwayt", []string{
			"KWT GPE alias  1990-08-02 cameo:KWT ",
			"KWT GPE alias 1990-08-02 1991-02-06 cameo:KWTOCC ",
			"KWT GPE alias 1991-02-06  cameo:KWT ",
		}},
		{"a state before its recognition, likewise", countries, "Lituania", []string{
			"LTU GPE alias  1990-03-11 cameo:LTUOCC ",
			"LTU GPE alias 1990-03-11  cameo:LTU ",
		}},
		{"an armed group under a dated code is an organisation", countries, "ISIL", []string{
			"ISIS ORG group 2013-04-08  cameo:IMGMUSISI ",
		}},
		{"a river Phoenix lets stand for its state is a place in it", countries, "Murray River", []string{
			"- GPE place   in:AUS cameo:AUS ",
		}},
		{"a city likewise", countries, "Calgary", []string{
			"- GPE place   in:CAN cameo:CAN ",
		}},
		{"a bare surname that names one person stays", countries, "Merkel", []string{
			"DEU PERSON person  2005-11-21 cameo:DEUELI ELI",
			"DEU PERSON person 2005-11-22  cameo:DEUGOV GOV",
		}},
	} {
		var got []string
		for _, f := range rowsWith(t, files, c.file, c.form) {
			got = append(got, row(f))
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows of %q:\n got %q\nwant %q", c.name, c.form, got, c.want)
		}
	}
	for _, c := range []struct{ file, form, why string }{
		{countries, "Hussein", "a bare name that is a word of other persons' names (Saddam Hussein)"},
		{countries, "Khalid", "likewise (King Khalid; Khalid Sheikh Mohammed)"},
		{intl, "A123 Systems", "a company: companies.tsv"},
		{intl, "Amazon.com", "a company: companies.tsv"},
		{countries, "Kabul", "the project's states.tsv has it"},
		{countries, "Herat", "a place in the project's places.tsv"},
		{countries, "Samoa, AMERICAN", "an inverted name"},
		{countries, "Karzai", "two persons of different states at once? no: it is a single non-English word, kept"},
	} {
		n := len(rowsWith(t, files, c.file, c.form))
		if c.form == "Karzai" {
			if n == 0 {
				t.Errorf("%q: %s, but it is gone", c.form, c.why)
			}
			continue
		}
		if n != 0 {
			t.Errorf("%q is in %s; want it left out: %s", c.form, c.file, c.why)
		}
	}
}

func TestStateName(t *testing.T) {
	a := &actorSet{stateWords: map[string]bool{"REPUBLIC": true, "DEMOCRATIQUE": true}, names: map[string][]string{
		"AFG": {fold("Afghanistan"), fold("Afghan")}, "CAN": {fold("Canada"), fold("Canadian")},
		"BFA": {fold("Burkina Faso")}, "MEX": {fold("Mexico"), fold("Mexican"), fold("Mexicans")}, "AUS": {fold("Australia"), fold("Australian")}, "COD": {fold("Democratic Republic of the Congo")}}}
	for _, c := range []struct {
		code, form string
		want       bool
	}{
		{"AFG", "Afganistan", true},                       // one letter apart
		{"AUS", "Austrailia", true},                       // one letter apart in ten
		{"BFA", "Burkina", true},                          // the start of the name
		{"COD", "Republique Democratique du Congo", true}, // a formal name
		{"COD", "DROC", true},                             // an acronym
		{"AUS", "Australian Alps", false},                 // a name and more: a mountain range
		{"AUS", "Sydney", false},                          // a city
		{"CAN", "Calgary", false},
		{"MEX", "Mexicali", false}, // a city two letters from "Mexicans"
	} {
		if got := a.stateName(c.code, c.form); got != c.want {
			t.Errorf("stateName(%s, %q) = %v, want %v", c.code, c.form, got, c.want)
		}
	}
}

func TestAgents(t *testing.T) {
	roles := map[string]bool{"MIL": true, "GOV": true, "COP": true, "LEG": true, "OPP": true}
	src := `!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
SOLDIER [~MIL]
ARMY {} [~MIL]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_ACTIVISTS  [NGM~]
PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
MILITIA [~MIL]
`
	as, err := readAgents([]byte(src), roles, tally{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, strings.Join(a.forms, "|")+" "+a.sector+" "+a.code)
	}
	want := []string{
		"soldier|soldiers MIL ~MIL",
		"army MIL ~MIL",
		"police COP ~COP",
		"attorney general|attorneys general GOV ~GOVATG",
		"congressman|congressmen|congresswoman|congresswomen|congressperson LEG ~LEG",
		"human rights activists  NGM~",
		"parliamentary opposition OPP ~OPP",
		"militia|militias MIL ~MIL",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readAgents:\n got %q\nwant %q", got, want)
	}
}

func TestVerbForms(t *testing.T) {
	for _, c := range []struct {
		line string
		want []verbForm
	}{
		{"GIVE {GAVE GIVEN GIVING }", []verbForm{{"give", false}, {"gave", true}, {"given", true}}},
		{"SPEED {SPEEDING SPEEDS SPED }", []verbForm{{"speed", false}, {"sped", true}}},
		{"HURRY {HURRIES HURRYING HURRIED }", []verbForm{{"hurry", false}}},
		{"+CALL_OFF", []verbForm{{"call off", false}}},
		{"+TAKE_LEAVE {+TAKES_LEAVE +TAKING_LEAVE +TOOK_LEAVE +TAKEN_LEAVE }", []verbForm{{"take leave", false}, {"took leave", true}, {"taken leave", true}}},
	} {
		d, err := readVerbDict([]byte("--- TEST [010] ---\n" + c.line + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := verbForms(d.blocks[0].verbs[0]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("verbForms(%s) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestPatterns checks the slots real patterns of CAMEO.2.0.txt become.
func TestPatterns(t *testing.T) {
	p := &plover{cat: map[string]string{"042": "CONSULT", "07": "AID", "070": "AID", "072": "AID", "115": "ACCUSE", "138": "THREATEN", "154": "MOBILIZE", "1722": "COERCE", "050": "SUPPORT", "03": "AGREE", "0331": "AGREE", "0874": "RETREAT", "192": "COERCE"},
		subtypes: map[string]string{"042": "visit", "070": "aid", "072": "military_aid", "115": "sue", "138": "threaten_force", "154": "mobilize", "1722": "ban", "050": "cooperate", "0331": "pledge_aid", "0874": "withdraw", "192": "occupy"},
		english:  map[string]bool{"aid": true, "aids": true, "claim": true, "claims": true, "troops": true, "soldier": true, "soldiers": true}}
	syn := map[string][]string{"&MILITARY": {"TROOPS", "SOLDIER"}}
	type slots struct{ cat, sub, flags, target, subject string }
	for _, c := range []struct {
		block, pattern, code string
		want                 slots
		reason               string
	}{
		{"ACCELERATE", "* (TO)", "042:043", slots{"CONSULT", "visit", "", "to", ""}, ""},                                                        // a preposition alone introduces the target
		{"ACCELERATE", "* AID", "070", slots{"AID", "aid", "object=aid|aids", "", ""}, ""},                                                      // an object noun and its plural
		{"ACCELERATE", "&MILITARY *", "154", slots{"MOBILIZE", "mobilize", "", "", "troops|soldier|soldiers"}, ""},                              // a synonym set before the verb: the subject
		{"FILE", "* CLAIM (AGAINST) +", "115", slots{"ACCUSE", "sue", "object=claim|claims", "against", ""}, ""},                                // object and target preposition
		{"RECEIVE", "+ * {DEATH THREAT}", ":138", slots{"THREATEN", "threaten_force", "inverse,object=death threat|death threats", "", ""}, ""}, // the subject is the target
		{"ADD", "* (TO {BANNED PARTIES}) $", "1722", slots{"COERCE", "ban", "inverse,object=to banned parties", "", ""}, ""},                    // a fixed phrase, the source after the verb
		{"CHANGE", "* STAND", "050:050", slots{"SUPPORT", "cooperate", "mutual,object=stand|stands", "", ""}, ""},                               // both ways
		{"READY", "* HELP +", "0331", slots{"AGREE", "pledge_aid", "object=help|helps", "", ""}, ""},                                            // a four-digit code
		{"ANY", "* (OF NOTHING)", "---", slots{"NONE", "-", "object=of nothing", "", ""}, ""},                                                   // the null code: no event
		{"UPGRADE", "* + MISSION", "050", slots{}, "needs a parse tree: words after the target or source"},
		{"OVERSEE_MANAGE", "* WITHDRAWAL (OF $) (FROM +)", "0874", slots{}, "needs a parse tree: two prepositions for actors"},
		{"MOVE", "* (INTO + POSIT)", "192", slots{}, "needs a parse tree: the target or source inside a longer phrase"},
		{"SAY", "* RESTRAINT", "012", slots{}, "pattern whose code PLOVER does not code (01x statements, 02x appeals)"},
		{"NAME", "*_LAWS", "---", slots{}, "pattern not in the documented syntax"},
	} {
		r, reason := convertPattern(cameoPattern{text: c.pattern, code: c.code}, syn, p)
		if reason != c.reason {
			t.Errorf("%s %s [%s]: reason %q, want %q", c.block, c.pattern, c.code, reason, c.reason)
			continue
		}
		if reason != "" {
			continue
		}
		got := slots{r.category, r.subtype, strings.Join(r.flags, ","), r.target, r.subject}
		if got != c.want {
			t.Errorf("%s %s [%s] = %+v, want %+v", c.block, c.pattern, c.code, got, c.want)
		}
	}
}

func TestEventCode(t *testing.T) {
	for _, c := range []struct {
		in                    string
		code                  string
		inverse, mutual, null bool
	}{
		{"042", "042", false, false, false},
		{"042:043", "042", false, false, false},
		{"050:050", "050", false, true, false},
		{":173", "173", true, false, false},
		{"---", "", false, false, true},
	} {
		code, inv, mut, null, err := eventCode(c.in)
		if err != nil || code != c.code || inv != c.inverse || mut != c.mutual || null != c.null {
			t.Errorf("eventCode(%q) = %q %v %v %v %v", c.in, code, inv, mut, null, err)
		}
	}
	if _, _, _, _, err := eventCode("080!"); err == nil {
		t.Error(`eventCode("080!"): want an error`)
	}
}

// TestGeneratedUpToDate regenerates every file into a temporary folder and
// compares it with the committed one: run "make vocab" when it fails.
func TestGeneratedUpToDate(t *testing.T) {
	needVendor(t)
	dir := t.TempDir()
	if err := run(context.Background(), []string{"-vendor", vendorDir, "-repo", "../..", "-out", dir}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var names []string
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			names = append(names, rel)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := 9 // the WordNet nouns and their NOTICE too where WordNet is installed
	if _, err := os.Stat(filepath.Join(wordnetDir, "data.verb")); err == nil {
		want = 11
	}
	if len(names) != want {
		t.Errorf("generated %d files, want %d: %q", len(names), want, names)
	}
	for _, name := range names {
		fresh, _ := os.ReadFile(filepath.Join(dir, name))
		committed, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Errorf("%s: %v (run make vocab)", name, err)
			continue
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("%s differs from a fresh generation (run make vocab)", name)
		}
	}
	// A second run gives the same bytes.
	again, err := generate(vendorDir, "../..")
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range again {
		fresh, _ := os.ReadFile(filepath.Join(dir, name))
		if !bytes.Equal(fresh, b) {
			t.Errorf("%s: two generations differ", name)
		}
	}
}

// TestHeaders checks that every generated data file says what it is for and
// how its columns read.
func TestHeaders(t *testing.T) {
	files := generated(t)
	colRE := regexp.MustCompile(`(?m)^# (code\tlabel|forms\tsector|form\tcategory)`)
	for name, b := range files {
		if !strings.HasSuffix(name, ".tsv") {
			continue
		}
		if !strings.HasPrefix(string(b), "# ") || !colRE.Match(b) {
			t.Errorf("%s: no header with its columns", name)
		}
	}
}

// TestOwnPhrasal checks that a pattern that is a particle alone after the
// verb is left out where the project lists the phrasal verb it makes with
// one of its block's verbs, and kept otherwise. Blocks and patterns as
// CAMEO.2.0.txt writes them (DESTROY's "- * OFF" written for BREAK,
// CANCEL's "- * OFF"), and blocks of our own.
func TestOwnPhrasal(t *testing.T) {
	particles := map[string]bool{"off": true, "away": true, "down": true}
	own := map[string]bool{"break off": true, "call off": true, "set fire": true}
	for _, c := range []struct {
		dict, pattern string
		want          bool
	}{
		{"--- DESTROY [190] ---\nBEAT\nBREAK {BREAKS BREAKING BROKEN BROKE}\n", "* OFF", true},   // "break off" is the project's
		{"--- CANCEL [---] ---\n+CALL_OFF\nCALL\n", "* OFF", true},                               // "call off" is the project's
		{"--- DESTROY [190] ---\nBEAT\nBREAK {BREAKS BREAKING BROKEN BROKE}\n", "* AWAY", false}, // "break away" is not
		{"--- REDUCE [---] ---\nCUT\nSCALE\n", "* DOWN", false},                                  // no verb of the block makes a project phrase
		{"--- ARRANGE [---] ---\nSET\nARRANGE\n", "* FIRE", false},                               // "set fire": a noun, no particle
		{"--- DESTROY [190] ---\nBREAK\n", "* OFF RELATIONS", false},                             // the particle with an object
	} {
		d, err := readVerbDict([]byte(c.dict))
		if err != nil {
			t.Fatal(err)
		}
		if got := ownPhrasal(d.blocks[0], cameoPattern{text: c.pattern}, particles, own); got != c.want {
			t.Errorf("%s %q: got %v, want %v", d.blocks[0].name, c.pattern, got, c.want)
		}
	}
}

// TestAddVerbs: the project's verbs (data/cameo-verbs-added.tsv) join
// their block with its code and patterns, and a block the dictionary
// lacks is an error.
func TestAddVerbs(t *testing.T) {
	d, err := readVerbDict([]byte("--- ERUPT [---] ---\nERUPT\n- &FIGHT * [190:190]\n--- BEAT [190] ---\nBEAT\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := addVerbs(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range d.blocks[0].verbs {
		for _, f := range verbForms(v) {
			got = append(got, f.form+"/"+strconv.FormatBool(f.past))
		}
	}
	if want := []string{"erupt/false", "break out/false", "broke out/true", "broken out/true"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ERUPT's verbs: got %v, want %v", got, want)
	}
	if len(d.blocks[1].verbs) != 1 {
		t.Errorf("BEAT's verbs: got %d, want 1", len(d.blocks[1].verbs))
	}
	if err := addVerbs(&verbDict{synsets: map[string][]string{}}); err == nil || !strings.Contains(err.Error(), "no block") {
		t.Errorf("a dictionary without ERUPT: got %v, want a missing block", err)
	}
}

// TestDropPatterns: the patterns the project names
// (data/cameo-patterns-dropped.tsv) leave their block, its other patterns
// stay, and a pattern the dictionary lacks is an error.
func TestDropPatterns(t *testing.T) {
	d, err := readVerbDict([]byte("--- MOVE [---] ---\nMOVE\n- * INTO [192]\n- * TROOP (INTO +) [192]\n- * &MILITARY (INTO +) [192]\n- * TROOP TOWARD + [154]\n" +
		"--- UTILIZE [---] ---\nUSE\n- * &MILITARY [062:062]\n- * &WEAPON [175]\n" +
		"--- ACCELERATE [---] ---\nRUSH\n- * (TO) [042:043]\n- * AID [070]\n" +
		"--- OVERSEE_MANAGE [060] ---\nLEAD\n- * TO [030]\n- * (TO) [042:043]\n- * AID [070]\n" +
		"--- GRANT [060] ---\nISSUE\n- * STATEMENT (FOR) [101]\n- * AID [070]\n" +
		"--- CANCEL [---] ---\nSTOP\n- * &CEASEFIRE [196]\n- * AID [070]\n" +
		"--- EVACUATE [---] ---\nFLEE\n- * &CEASEFIRE [196]\n- * AID [070]\n" +
		"--- COLLABORATE [050] ---\nCOOPERATE\n- * (AGAINST) [110]\n- * AID [070]\n"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := dropPatterns(d)
	if err != nil {
		t.Fatal(err)
	}
	var got, gotUse []string
	for _, p := range d.blocks[0].patterns {
		got = append(got, p.text)
	}
	for _, p := range d.blocks[1].patterns {
		gotUse = append(gotUse, p.text)
	}
	if want := []string{"* TROOP TOWARD +"}; n != 11 || !reflect.DeepEqual(got, want) {
		t.Errorf("MOVE's patterns: dropped %d, kept %v; want 11 dropped, kept %v", n, got, want)
	}
	for _, b := range d.blocks[2:] {
		if len(b.patterns) != 1 || b.patterns[0].text != "* AID" {
			t.Errorf("%s's patterns: kept %v, want only * AID", b.name, b.patterns)
		}
	}
	if want := []string{"* &WEAPON"}; !reflect.DeepEqual(gotUse, want) {
		t.Errorf("UTILIZE's patterns: kept %v, want %v", gotUse, want)
	}
	if _, err := dropPatterns(&verbDict{synsets: map[string][]string{}}); err == nil || !strings.Contains(err.Error(), "no pattern") {
		t.Errorf("a dictionary without MOVE: got %v, want a missing pattern", err)
	}
}

// TestNullVerbs: the verbs the project names (data/cameo-verbs-null.tsv)
// get the null code, the block's other verbs keep theirs, and a verb the
// dictionary lacks is an error. The dictionary is made of the file's own
// rows, so that every row is checked to name a verb of its block.
func TestNullVerbs(t *testing.T) {
	rows, err := readTable("cameo-verbs-null.tsv", 2)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	byBlock := map[string][]string{}
	for _, r := range rows {
		if byBlock[r[0]] == nil {
			order = append(order, r[0])
		}
		byBlock[r[0]] = append(byBlock[r[0]], r[1])
	}
	var b strings.Builder
	b.WriteString("--- GO_SOMEWHERE [040] ---\nDEPART\n")
	for _, name := range order {
		if name != "GO_SOMEWHERE" {
			fmt.Fprintf(&b, "--- %s [040] ---\n", name)
		}
		b.WriteString(strings.Join(byBlock[name], "\n") + "\n")
		if name == "FAVOR" {
			b.WriteString("- * &NEGOTIATION [036]\n")
		}
	}
	d, err := readVerbDict([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	n, err := nullVerbs(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, bl := range d.blocks {
		for _, v := range bl.verbs {
			if want := map[bool]string{true: "", false: "---"}[v.form == "DEPART"]; v.code != want {
				t.Errorf("%s %s: code %q, want %q", bl.name, v.form, v.code, want)
			}
		}
		if bl.name == "FAVOR" && len(bl.patterns) != 1 {
			t.Errorf("FAVOR: patterns %v, want its pattern kept", bl.patterns)
		}
	}
	if n != len(rows) || n < 11 {
		t.Errorf("nulled %d, want the file's %d rows", n, len(rows))
	}
	if _, err := nullVerbs(&verbDict{synsets: map[string][]string{}}); err == nil || !strings.Contains(err.Error(), "no verb") {
		t.Errorf("a dictionary without LEAVE: got %v, want a missing verb", err)
	}
}
