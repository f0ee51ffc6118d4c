package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// projSpan reads a project row's from/to (YYYY, YYYY-MM or YYYY-MM-DD) as a
// span of days: a year from its first day to its last.
func projSpan(from, to string) span {
	read := func(s string, end bool) day {
		if s == "" {
			return day{}
		}
		var t time.Time
		var err error
		switch len(s) {
		case 4:
			t, err = time.Parse("2006", s)
			if end {
				t = t.AddDate(1, 0, -1)
			}
		case 7:
			t, err = time.Parse("2006-01", s)
			if end {
				t = t.AddDate(0, 1, -1)
			}
		default:
			t, err = time.Parse("2006-01-02", s)
		}
		if err != nil {
			return day{}
		}
		return day{t}
	}
	return span{read(from, false), read(to, true)}
}

// personOverlap says, for each person row of leaders.tsv, rulers.tsv and people.tsv,
// whether the Phoenix rows have the same person (a shared form) for the
// same state in a government role (sector GOV) whose dates overlap the
// row's.
type personOverlap struct {
	file, code, forms, from, to, note string
	status                            string // has, dates, code, lacks
	detail                            string
}

const (
	ovHas   = "has: same person, same state, a GOV role overlapping the dates"
	ovDates = "same person and state, but no GOV role overlapping the dates"
	ovCode  = "a form of it names a Phoenix person of another code"
	ovLacks = "lacks: no Phoenix person has any of its forms"
)

func comparePeople(proj *project, as *actorSet) []personOverlap {
	byForm := map[string][]*actorRow{}
	for _, out := range sortedKeys(as.rows) {
		for _, r := range as.rows[out] {
			if r.label != "PERSON" {
				continue
			}
			for _, f := range r.forms {
				byForm[f] = append(byForm[f], r)
			}
		}
	}
	var out []personOverlap
	for _, p := range proj.rows {
		if p.label != "PERSON" || (p.file != "leaders.tsv" && p.file != "rulers.tsv" && p.file != "people.tsv") {
			continue
		}
		o := personOverlap{file: p.file, code: p.code, forms: strings.Join(p.forms, "|"), from: p.from, to: p.to, note: p.note, status: ovLacks}
		ps := projSpan(p.from, p.to)
		rank := map[string]int{ovLacks: 0, ovCode: 1, ovDates: 2, ovHas: 3}
		for _, f := range p.forms {
			for _, r := range byForm[f] {
				st, detail := ovCode, fmt.Sprintf("%q is %s", f, r.code)
				if r.code == p.code {
					st, detail = ovDates, fmt.Sprintf("%q %s %s..%s", f, r.sector, r.span.from, r.span.to)
					if r.sector == "GOV" && overlaps(ps, r.span) {
						st = ovHas
					}
				}
				if rank[st] > rank[o.status] {
					o.status, o.detail = st, detail
				}
			}
		}
		out = append(out, o)
	}
	return out
}

// triggerOverlap says, for each row of triggers.tsv, whether the CAMEO
// verbs cover it: a verb row of the same form whose block codes the same
// PLOVER category (by the verb's own code or one of the block's
// patterns), or, for a noun, a pattern of that category with the noun in
// its object words.
type triggerOverlap struct {
	form, category, kind string
	status               string
	detail               string
}

const (
	trSame  = "covered with the same PLOVER category"
	trOther = "in CAMEO, but only with other categories"
	trLacks = "not in CAMEO"
	trNone  = "NONE row (a phrase that names no event)"
)

func compareTriggers(proj *project, rows []verbRow) []triggerOverlap {
	verbCats := map[string]map[string]bool{} // verb form -> categories of it and its block
	blockCats := map[string]map[string]bool{}
	objCats := map[string]map[string]bool{} // object word -> categories of patterns that name it
	for _, r := range rows {
		if !strings.HasPrefix(r.form, "&") {
			continue
		}
		set := r.form[1:]
		if blockCats[set] == nil {
			blockCats[set] = map[string]bool{}
		}
		blockCats[set][r.category] = true
		for _, f := range r.flags {
			if obj, ok := strings.CutPrefix(f, "object="); ok {
				for _, o := range strings.Split(obj, "|") {
					for _, w := range strings.Fields(o) {
						if objCats[w] == nil {
							objCats[w] = map[string]bool{}
						}
						objCats[w][r.category] = true
					}
				}
			}
		}
	}
	for _, r := range rows {
		if strings.HasPrefix(r.form, "&") {
			continue
		}
		// A trigger's form may be any of the verb's forms ("signed").
		head, tail, _ := strings.Cut(r.form, " ")
		for _, h := range regularForms(head) {
			f := strings.TrimSpace(h + " " + tail)
			if verbCats[f] == nil {
				verbCats[f] = map[string]bool{}
			}
			verbCats[f][r.category] = true
			for c := range blockCats[r.set] {
				verbCats[f][c] = true
			}
		}
	}
	var out []triggerOverlap
	for _, t := range proj.triggers {
		o := triggerOverlap{form: strings.ToLower(strings.TrimSpace(t[0])), category: strings.TrimSpace(t[1]), kind: strings.TrimSpace(t[3])}
		var cats map[string]bool
		switch {
		case o.category == "NONE":
			o.status = trNone
			out = append(out, o)
			continue
		case o.kind == "verb":
			cats = verbCats[o.form]
			if cats == nil {
				head, _, _ := strings.Cut(o.form, " ")
				if cats = verbCats[head]; cats != nil {
					o.detail = "by its first word"
				}
			}
		default:
			cats = objCats[o.form]
			if cats == nil {
				ws := strings.Fields(o.form)
				cats = objCats[ws[len(ws)-1]]
			}
			o.detail = "as a pattern's object"
		}
		switch {
		case cats == nil:
			o.status, o.detail = trLacks, ""
		case cats[o.category]:
			o.status = trSame
		default:
			o.status = trOther
			var cs []string
			for c := range cats {
				if c != "-" && c != "NONE" {
					cs = append(cs, c)
				}
			}
			sort.Strings(cs)
			o.detail = strings.TrimSpace(o.detail + " " + strings.Join(cs, ","))
		}
		out = append(out, o)
	}
	return out
}

func writeOverlap(people []personOverlap, triggers []triggerOverlap) []byte {
	var b strings.Builder
	b.WriteString(`# What the field's dictionaries add to the project's own vocabulary

Generated by cmd/vocabgen (make vocab); do not edit. It compares the
project's hand-made lists with the generated files: the office holders of
extract/actor/data/actors/leaders.tsv, rulers.tsv and people.tsv with the persons of
extract/actor/data/phoenix/{countries,international}.tsv, and the triggers
of extract/event/lexicon/data/triggers.tsv with the verbs of
extract/event/lexicon/data/cameo/verbs.tsv.

## Office holders

A project row is "had" when a Phoenix person row shares one of its forms
(exactly, as written), has its code, and holds a government role (sector
GOV) on some day of the row's term (a year stands for the whole year).
Forms the converter dropped as noise ("Bush", two persons of different
states at once) do not count, as the loader will not have them.

The two files keep only what the dictionaries lack: a row the dictionaries
had lost the forms they give the person's state, and went when none was
left. So no row is "had"; one that comes to be (a new row, a new version
of the dictionaries) should lose those forms too. The other rows stay, for
the reasons below: the dictionaries have the person without a government
role in the term (their dates are wrong or stop early), or for another
state at the same time, or not at all.

`)
	count := func(status string, file string) int {
		n := 0
		for _, p := range people {
			if p.status == status && (file == "" || p.file == file) {
				n++
			}
		}
		return n
	}
	b.WriteString("| | leaders.tsv | rulers.tsv | people.tsv | all |\n|---|---:|---:|---:|---:|\n")
	for _, st := range []string{ovHas, ovDates, ovCode, ovLacks} {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", st, count(st, "leaders.tsv"), count(st, "rulers.tsv"), count(st, "people.tsv"), count(st, ""))
	}
	fmt.Fprintf(&b, "| rows | %d | %d | %d | %d |\n", countFile(people, "leaders.tsv"), countFile(people, "rulers.tsv"), countFile(people, "people.tsv"), len(people))
	for _, st := range []string{ovDates, ovCode, ovLacks} {
		fmt.Fprintf(&b, "\n### %s\n\n", upperFirst(st))
		for _, p := range people {
			if p.status != st {
				continue
			}
			fmt.Fprintf(&b, "- %s %s %s..%s (%s, %s)", p.file, p.code, p.from, p.to, p.forms, p.note)
			if p.detail != "" {
				fmt.Fprintf(&b, ": %s", p.detail)
			}
			b.WriteString("\n")
		}
	}
	b.WriteString(`
## Triggers

A verb trigger is covered when a verb row of verbs.tsv has its form, or
makes it by the regular endings ("signed"; for a phrase such as "reach
out" that CAMEO lacks, its first word is looked up), and the
verb's block codes the trigger's PLOVER category, by the verb's own code
or by one of the block's patterns. CAMEO lists verbs only; a noun trigger
is covered when a pattern of its category has the noun (or, for a phrase,
its last word) among its object words.

`)
	tcount := func(status, kind string) int {
		n := 0
		for _, t := range triggers {
			if t.status == status && (kind == "" || t.kind == kind) {
				n++
			}
		}
		return n
	}
	b.WriteString("| | verbs | nouns | all |\n|---|---:|---:|---:|\n")
	for _, st := range []string{trSame, trOther, trLacks, trNone} {
		fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", st, tcount(st, "verb"), tcount(st, "noun"), tcount(st, ""))
	}
	nv, nn := 0, 0
	for _, t := range triggers {
		if t.kind == "verb" {
			nv++
		} else {
			nn++
		}
	}
	fmt.Fprintf(&b, "| rows | %d | %d | %d |\n", nv, nn, len(triggers))
	for _, st := range []string{trOther, trLacks} {
		fmt.Fprintf(&b, "\n### %s\n\n", upperFirst(st))
		for _, t := range triggers {
			if t.status != st {
				continue
			}
			fmt.Fprintf(&b, "- %s (%s, %s)", t.form, t.kind, t.category)
			if t.detail != "" {
				fmt.Fprintf(&b, ": %s", t.detail)
			}
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

func countFile(people []personOverlap, file string) int {
	n := 0
	for _, p := range people {
		if p.file == file {
			n++
		}
	}
	return n
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
