package lexicon_test

// The CAMEO verb sweep: every verb row of data/cameo/verbs.tsv that names
// an event by itself and has no object flag is put in a handful of plain
// war-history frames and run through every stage; a row that gives no
// event in a frame is listed with the likeliest cause the lexicon shows.
// It is a tool, not a test of the build: it runs only when STRATEX_SWEEP
// names the file to write (a TSV: row, frame, sentence, result, cause),
//
//	STRATEX_SWEEP=/tmp/sweep.tsv go test ./extract/event/lexicon/ -run TestSweepCameoVerbs
//
// and prints a count per frame and cause. STRATEX_SWEEP_VOCAB=KIND=FILE
// runs it with an extension, as -vocab does (to count what a data
// change would do before making it). A row that fires shows its dyads:
// in the frames with "to" the target is Germany only when the verb reads
// the actor after "to" as the one it acts on ("surrendered to Germany",
// "ceded the province to Germany"), not as where it goes ("withdrew to
// Germany").

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// sweepRow is a verb row of the CAMEO file.
type sweepRow struct {
	form, cat, flags, set, code string
	past                        bool
}

// sweepFrame is a sentence with a slot for the verb phrase.
type sweepFrame struct {
	name string
	text string // %s for the verb phrase
	form func(r sweepRow) string
}

// regular returns a regular verb's form: 0 base, 1 -s, 2 -ed, 3 -ing (the
// loader's spelling rules, first choice).
func regular(b string, k int) string {
	n := len(b)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case k == 0:
		return b
	case strings.HasSuffix(b, "y") && n > 1 && !vowel(b[n-2]):
		return [...]string{"", b[:n-1] + "ies", b[:n-1] + "ied", b + "ing"}[k]
	case strings.HasSuffix(b, "e"):
		return [...]string{"", b + "s", b + "d", b[:n-1] + "ing"}[k]
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		return [...]string{"", b + "es", b + "ed", b + "ing"}[k]
	}
	return [...]string{"", b + "s", b + "ed", b + "ing"}[k]
}

// withHead replaces the first word of a row's form.
func withHead(form, head string) string {
	ws := strings.Fields(form)
	ws[0] = head
	return strings.Join(ws, " ")
}

func readSweepRows(t *testing.T) []sweepRow {
	f, err := os.Open("data/cameo/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []sweepRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' || l[0] == '&' {
			continue
		}
		c := strings.Split(l, "\t")
		for len(c) < 10 {
			c = append(c, "")
		}
		if c[1] == "-" || c[1] == "NONE" || strings.Contains(c[4], "object=") || c[6] != "" {
			continue // names no event by itself, or only with its objects or subjects
		}
		rows = append(rows, sweepRow{form: c[0], cat: c[1], flags: c[4], set: c[7], code: c[8], past: strings.Contains(c[4], "past")})
	}
	return rows
}

// irregular reports a base row whose block lists a past form of the same
// code with the same words after the first and the same first letter: its
// -ed form is no English ("gived").
func irregular(r sweepRow, rows []sweepRow) bool {
	rest := func(s string) string { _, a, _ := strings.Cut(s, " "); return a }
	for _, o := range rows {
		if o.past && o.set == r.set && o.code == r.code && rest(o.form) == rest(r.form) && o.form[0] == r.form[0] {
			return true
		}
	}
	return false
}

func TestSweepCameoVerbs(t *testing.T) {
	out := os.Getenv("STRATEX_SWEEP")
	if out == "" {
		t.Skip("a tool: set STRATEX_SWEEP to the TSV file to write")
	}
	v, err := extract.DefaultVocabulary()
	if kf := os.Getenv("STRATEX_SWEEP_VOCAB"); kf != "" {
		kind, file, _ := strings.Cut(kf, "=")
		b, rerr := os.ReadFile(file)
		if rerr != nil {
			t.Fatal(rerr)
		}
		v, err = extract.NewVocabulary(extract.Source{Kind: kind, Origin: file, Data: b})
	}
	if err != nil {
		t.Fatal(err)
	}
	rows := readSweepRows(t)
	parts := readParticiples(t)
	pastForm := func(r sweepRow) string {
		if r.past {
			return r.form
		}
		return withHead(r.form, regular(strings.Fields(r.form)[0], 2))
	}
	frames := []sweepFrame{
		{"state-past", "In 1990, France %s Germany.", pastForm},
		{"troops-place", "In 1990, German troops %s Poland.", pastForm},
		{"army-army", "In 1990, the French army %s the German army.", pastForm},
		{"passive-by", "In 1990, Germany was %s by France.", pastForm},
		{"to-state", "In 1990, France %s to Germany.", pastForm},
		{"thing-to-state", "In 1990, France %s the province to Germany.", pastForm},
		{"began-ing", "In 1990, France began %s Germany.", func(r sweepRow) string {
			if r.past {
				return ""
			}
			return withHead(r.form, regular(strings.Fields(r.form)[0], 3))
		}},
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	fmt.Fprintln(w, "form\tcategory\tset\tcode\tframe\tsentence\tresult\tcause")
	counts := map[string]int{}
	for _, r := range rows {
		irr := !r.past && irregular(r, rows)
		for _, fr := range frames {
			vp := fr.form(r)
			if vp == "" || irr && fr.name != "began-ing" {
				continue
			}
			s := fmt.Sprintf(fr.text, vp)
			var got []string
			right := false
			for _, e := range stagetest.Findings(t, v, s).Events {
				got = append(got, stagetest.Dyad(e))
				right = right || e.Category == r.cat
			}
			result := "fires"
			cause := ""
			switch {
			case right:
				result = "fires: " + strings.Join(got, "; ")
				if strings.Contains(fr.name, "to-") {
					// the actor after "to" read as the target, or not
					counts[fr.name+"\tfires, target Germany: "+fmt.Sprint(strings.Contains(result, ">DEU"))]++
				}
			case len(got) > 0:
				result = "other: " + strings.Join(got, "; ")
				cause = sweepCause(v.Lexicon, r, vp, fr.name, parts)
			default:
				result = "none"
				cause = sweepCause(v.Lexicon, r, vp, fr.name, parts)
			}
			if result != "fires" {
				counts[fr.name+"\t"+cause]++
			}
			counts[fr.name+"\t"+result[:min(len(result), 5)]]++
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.form, r.cat, r.set, r.code, fr.name, s, result, cause)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%5d  %s", counts[k], k)
	}
}

// readParticiples reads the parser's irregular forms (../syntax/data):
// "only" for a form that is only a participle, "past" for a past tense
// that is none, "both" for a form that is both.
func readParticiples(t *testing.T) map[string]string {
	out := map[string]string{}
	for _, f := range []string{"../syntax/data/participles.txt", "../syntax/data/pastforms.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			w, kind, _ := strings.Cut(strings.TrimSpace(l), "\t")
			if w == "" || w[0] == '#' {
				continue
			}
			switch {
			case kind == "only" || kind == "past":
				out[w] = kind
			default:
				out[w] = "both"
			}
		}
	}
	return out
}

// sweepCause names what the lexicon shows at the verb phrase: a project row
// of the same words (NONE, or another event, which takes precedence over
// the dictionary's), no dictionary row for the form (the loader's forms),
// a light verb or a verb of saying (the event is the noun or the clause
// after it), a null pattern in the verb's block, a form the parser does
// not read in the frame (a participle only in an active past, a past tense
// or an unknown irregular participle in a passive); else the event stage's
// tests, named where the frame shows them (the passive's agent, an -ing
// form with no auxiliary).
func sweepCause(lx *lexicon.Vocabulary, r sweepRow, vp, frame string, parts map[string]string) string {
	var toks []string
	for _, t := range english.Lex(vp, 0) {
		toks = append(toks, t.Low)
	}
	low := func(k int) (string, bool) {
		if k >= len(toks) {
			return "", false
		}
		return toks[k], true
	}
	var own []string
	dict := false
	var tr *lexicon.Trigger
	for _, m := range lx.Match(low, nil) {
		switch {
		case m.Trigger.Dict && m.Trigger.Code == r.code && m.Len == len(toks):
			dict, tr = true, m.Trigger
		case !m.Trigger.Dict:
			own = append(own, strings.Join(m.Trigger.Words, " ")+" "+m.Trigger.Category)
		}
	}
	head := toks[0]
	passive := frame == "passive-by"
	switch {
	case len(own) > 0:
		return "project row: " + strings.Join(own, ", ")
	case !dict:
		return "no dictionary form"
	case lx.Light[head]:
		return "light verb (lightverbs.txt)"
	case lx.Saying[head]:
		return "verb of saying (saying.txt)"
	case r.past && !passive && parts[head] == "only":
		return "a participle only, no finite verb (syntax/data/participles.txt)"
	case r.past && passive && parts[head] == "past":
		return "a past tense in a passive (no English)"
	case r.past && passive && parts[head] == "" && !strings.HasSuffix(head, "ed"):
		return "not a participle the parser knows (syntax/data/participles.txt)"
	}
	for _, p := range tr.Patterns {
		if p.Category == "NONE" && len(p.Objects()) == 0 && p.Prep == "" {
			return "null pattern with no slot"
		}
	}
	switch {
	case passive && r.cat != "ASSAULT" && r.cat != "COERCE":
		return "event stage: a dictionary passive's agent is taken for force verbs only (roles.go)"
	case frame == "began-ing":
		return "event stage: an -ing form with no auxiliary is read as a modifier (trigger.go)"
	}
	return "event stage"
}

// The noun sweep: every event noun row (kind noun, naming an event, no
// object flag) of data/triggers.tsv and data/wordnet/nouns.tsv is put in
// the noun frames the event stage reads (a possessor, "of", "by", "to",
// "between") and in one with no actor, which must give none. A tool, as
// the verb sweep: it runs only when STRATEX_SWEEP_NOUNS names the TSV file
// to write (row, frame, sentence, result), and prints a count per frame:
//
//	STRATEX_SWEEP_NOUNS=/tmp/nouns.tsv go test ./extract/event/lexicon/ -run TestSweepNouns
func TestSweepNouns(t *testing.T) {
	out := os.Getenv("STRATEX_SWEEP_NOUNS")
	if out == "" {
		t.Skip("a tool: set STRATEX_SWEEP_NOUNS to the TSV file to write")
	}
	v, err := extract.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	type nounRow struct{ form, cat, file string }
	var rows []nounRow
	for _, file := range []string{"data/triggers.tsv", "data/wordnet/nouns.tsv"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l == "" || l[0] == '#' {
				continue
			}
			c := strings.Split(l, "\t")
			for len(c) < 5 {
				c = append(c, "")
			}
			if c[3] != "noun" || c[1] == "NONE" || strings.Contains(c[4], "object=") {
				continue
			}
			rows = append(rows, nounRow{c[0], c[1], file})
		}
	}
	frames := []sweepFrame{
		{"X's N of Y", "In 1990, Germany's %s of Poland ended the crisis.", nil},
		{"the N of Y by X", "In 1990, the %s of Poland by Germany ended the crisis.", nil},
		{"the N of Z to Y", "In 1990, the %s of the province to Germany ended the crisis.", nil},
		{"N between X and Y", "In 1990, the %s between Germany and Poland ended the crisis.", nil},
		{"no actor", "The %s of dissent is a theme of this chapter.", nil},
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	fmt.Fprintln(w, "form\tcategory\tfile\tframe\tsentence\tresult")
	counts := map[string]int{}
	for _, r := range rows {
		for _, fr := range frames {
			s := fmt.Sprintf(fr.text, r.form)
			var got []string
			right := false
			for _, e := range stagetest.Findings(t, v, s).Events {
				if e.Start < 0 || e.End > len(s) || e.Start > e.End || !strings.EqualFold(s[e.Start:e.End], r.form) {
					continue // another word's event ("the crisis")
				}
				got = append(got, stagetest.Dyad(e))
				right = right || e.Category == r.cat
			}
			result := "none"
			switch {
			case right:
				result = "fires: " + strings.Join(got, "; ")
			case len(got) > 0:
				result = "other: " + strings.Join(got, "; ")
			}
			counts[r.file+"\t"+fr.name+"\t"+result[:min(len(result), 5)]]++
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", r.form, r.cat, r.file, fr.name, s, result)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%5d  %s", counts[k], k)
	}
}
