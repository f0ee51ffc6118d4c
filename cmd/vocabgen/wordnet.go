package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// outNouns is the folder of the event nouns derived from WordNet.
const outNouns = "extract/event/lexicon/data/wordnet"

// wordnetDir is the folder of the WordNet 3.0 database files (data.verb,
// data.noun, index.noun, index.verb), as Debian's wordnet-base installs them; -wordnet
// sets it. Where it holds no data.verb the committed nouns.tsv is kept as
// it is: make vocab then leaves that file alone and regenerates the rest.
var wordnetDir = "/usr/share/wordnet"

// WordNet's lexicographer file numbers for the noun senses kept: an event
// noun names an act (noun.act, 04) or an event (noun.event, 11), not a
// state ("repression" as "a state of forcible subjugation", noun.state) or
// a thing.
const (
	lexNounAct   = 4
	lexNounEvent = 11
)

// maxNounSense is how many of a noun's senses, in WordNet's order (most
// frequent first, index.noun), may be the act: a noun whose act sense
// comes later is mostly something else in running text ("repulsion" is
// first a force and an aversion, "capitulation" a document).
const maxNounSense = 2

// A wnSynset is one synset line of a WordNet data file.
type wnSynset struct {
	lex   int
	words []string // lower case, "_" for a space
	ptrs  []wnPtr
}

// A wnPtr is a pointer of a synset: symbol ("+" is a derivation), the
// synset it points to, its part of speech, and the source and target word
// numbers (1-based; 0 for the whole synset).
type wnPtr struct {
	sym, off, pos  string
	source, target int
}

// readWordnetData parses a WordNet data file (data.verb, data.noun) by
// synset offset; the licence lines at its head (starting with two spaces)
// are skipped.
func readWordnetData(b []byte) (map[string]*wnSynset, error) {
	out := map[string]*wnSynset{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "  ") {
			continue
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		bad := fmt.Errorf("wordnet data line %d: malformed", n+1)
		if len(f) < 4 {
			return nil, bad
		}
		lex, err1 := strconv.Atoi(f[1])
		wc, err2 := strconv.ParseInt(f[3], 16, 32)
		if err1 != nil || err2 != nil || len(f) < 5+2*int(wc) {
			return nil, bad
		}
		s := &wnSynset{lex: lex}
		for i := 0; i < int(wc); i++ {
			s.words = append(s.words, strings.ToLower(f[4+2*i]))
		}
		k := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[k])
		if err != nil || len(f) < k+1+4*pc {
			return nil, bad
		}
		for j := 0; j < pc; j++ {
			p := f[k+1+4*j : k+5+4*j]
			src, e1 := strconv.ParseInt(p[3][:2], 16, 32)
			tgt, e2 := strconv.ParseInt(p[3][2:], 16, 32)
			if e1 != nil || e2 != nil {
				return nil, bad
			}
			s.ptrs = append(s.ptrs, wnPtr{sym: p[0], off: p[1], pos: p[2], source: int(src), target: int(tgt)})
		}
		out[f[0]] = s
	}
	return out, nil
}

// readWordnetIndex parses index.noun or index.verb: each lemma's synset
// offsets in sense order.
func readWordnetIndex(b []byte) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "  ") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n > len(f) {
			continue
		}
		out[f[0]] = f[len(f)-n:]
	}
	return out
}

// wordnetLicence returns the licence text at the head of a WordNet data
// file (its lines start with two spaces and a line number).
func wordnetLicence(b []byte) string {
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "  ") {
			break
		}
		f := strings.SplitN(strings.TrimLeft(line, " "), " ", 2)
		t := ""
		if len(f) == 2 {
			t = strings.TrimRight(f[1], " ")
		}
		out = append(out, t)
	}
	return strings.TrimSpace(strings.Join(out, "\n")) + "\n"
}

// A nounRow is one derived event noun, or a NONE phrase
// (wordnet-nouns-none.tsv: category NONE, no verbs).
type nounRow struct {
	noun, category, subtype string
	verbs                   []string // the CAMEO verbs it derives from
	flags                   string   // triggers.tsv's flags (wordnet-nouns-flags.tsv)
}

// wordnetNouns derives event nouns from the CAMEO verb rows: for each verb
// row that names an event, the nouns WordNet's derivation pointers ("+")
// link to the verb's own sense, its first sense (index.verb order) in the
// lexicographer files that fit the row's category
// (data/wordnet-senses.tsv), where the noun's sense is an act or an event
// among its first maxNounSense senses. A pointer from another sense of
// the verb names another act ("suppress" feelings gives "suppression" of
// a book; "pirate" is first to copy illegally). Left out: nouns of
// several words, forms triggers.tsv has a row of (its row holds their
// senses), nouns spelled as a form of a verb of the dictionary's rows (the verb row
// reads the word: a noun row would read the verb's own uses past the verb
// row's gates, "the measures capture quality"), nouns derived to rows of
// different categories, and the nouns of data/wordnet-nouns-dropped.tsv.
// Each row gets the flags data/wordnet-nouns-flags.tsv gives its noun, and
// the phrases of data/wordnet-nouns-none.tsv follow as NONE rows. ok is
// false when dir holds no WordNet database.
func wordnetNouns(dir string, vrows []verbRow, proj *project) (rows []nounRow, licence string, ok bool, err error) {
	vb, err := os.ReadFile(filepath.Join(dir, "data.verb"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "", false, nil
	}
	if err != nil {
		return nil, "", false, err
	}
	nb, err := os.ReadFile(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, "", false, err
	}
	ib, err := os.ReadFile(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, "", false, err
	}
	ivb, err := os.ReadFile(filepath.Join(dir, "index.verb"))
	if err != nil {
		return nil, "", false, err
	}
	verbs, err := readWordnetData(vb)
	if err != nil {
		return nil, "", false, fmt.Errorf("data.verb: %w", err)
	}
	nouns, err := readWordnetData(nb)
	if err != nil {
		return nil, "", false, fmt.Errorf("data.noun: %w", err)
	}
	index := readWordnetIndex(ib)
	vindex := readWordnetIndex(ivb)
	senses, err := readTable("wordnet-senses.tsv", 2)
	if err != nil {
		return nil, "", false, err
	}
	lexOf := map[string]map[int]bool{} // category -> verb lexicographer files
	for _, r := range senses {
		m := map[int]bool{}
		for _, s := range strings.Split(r[1], ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil {
				return nil, "", false, fmt.Errorf("wordnet-senses.tsv: %q: %w", r[1], err)
			}
			m[n] = true
		}
		lexOf[r[0]] = m
	}
	dropped := map[string]bool{}
	drows, err := readTable("wordnet-nouns-dropped.tsv", 1)
	if err != nil {
		return nil, "", false, err
	}
	for _, r := range drows {
		dropped[strings.TrimSpace(r[0])] = true
	}
	own := map[string]bool{}
	for _, r := range proj.triggers {
		own[strings.ToLower(strings.TrimSpace(r[0]))] = true
	}
	type catSub struct{ cat, sub string }
	rowOf := map[string]catSub{}  // CAMEO verb -> its row's category
	verbForm := map[string]bool{} // every verb form of the dictionary's rows
	for _, r := range vrows {
		if !strings.HasPrefix(r.form, "&") && !strings.Contains(r.form, " ") {
			for _, f := range regularForms(r.form) {
				verbForm[f] = true
			}
		}
		if strings.HasPrefix(r.form, "&") || strings.Contains(r.form, " ") || r.category == "-" || lexOf[r.category] == nil {
			continue
		}
		if hasFlag(r.flags, "past") {
			continue
		}
		if _, seen := rowOf[r.form]; !seen {
			rowOf[r.form] = catSub{r.category, r.subtype}
		}
	}
	flagOf := map[string]string{}
	frows, err := readTable("wordnet-nouns-flags.tsv", 2)
	if err != nil {
		return nil, "", false, err
	}
	for _, r := range frows {
		flagOf[strings.TrimSpace(r[0])] = strings.TrimSpace(r[1])
	}
	// ownSense: the verb's first sense in its category's files
	ownSense := func(verb, cat string) string {
		for _, off := range vindex[verb] {
			if s := verbs[off]; s != nil && lexOf[cat][s.lex] {
				return off
			}
		}
		return ""
	}
	found := map[string]map[catSub]map[string]bool{} // noun -> row -> verbs
	for _, off := range sortedKeys(verbs) {
		s := verbs[off]
		for _, p := range s.ptrs {
			if p.sym != "+" || p.pos != "n" || p.source < 1 || p.source > len(s.words) {
				continue
			}
			verb := s.words[p.source-1]
			cs, isRow := rowOf[verb]
			if !isRow || ownSense(verb, cs.cat) != off {
				continue
			}
			ns := nouns[p.off]
			if ns == nil || ns.lex != lexNounAct && ns.lex != lexNounEvent || p.target < 1 || p.target > len(ns.words) {
				continue
			}
			noun := ns.words[p.target-1]
			if strings.Contains(noun, "_") || !earlySense(index[noun], p.off) {
				continue
			}
			if found[noun] == nil {
				found[noun] = map[catSub]map[string]bool{}
			}
			if found[noun][cs] == nil {
				found[noun][cs] = map[string]bool{}
			}
			found[noun][cs][verb] = true
		}
	}
	for _, noun := range sortedKeys(found) {
		if own[noun] || verbForm[noun] || dropped[noun] || len(found[noun]) > 1 {
			continue
		}
		for cs, vs := range found[noun] {
			rows = append(rows, nounRow{noun: noun, category: cs.cat, subtype: cs.sub, verbs: sortedKeys(vs), flags: flagOf[noun]})
		}
	}
	none, err := readTable("wordnet-nouns-none.tsv", 1)
	if err != nil {
		return nil, "", false, err
	}
	for _, r := range none {
		rows = append(rows, nounRow{noun: strings.TrimSpace(r[0]), category: "NONE", subtype: "-"})
	}
	return rows, wordnetLicence(nb), true, nil
}

// earlySense reports the synset off among the first maxNounSense senses
// of a noun's index entry.
func earlySense(offs []string, off string) bool {
	for i, o := range offs {
		if i >= maxNounSense {
			return false
		}
		if o == off {
			return true
		}
	}
	return false
}

func hasFlag(flags []string, f string) bool {
	for _, g := range flags {
		if g == f {
			return true
		}
	}
	return false
}

const nounHeader = `Event nouns derived from the CAMEO verbs through WordNet 3.0: the act
nouns WordNet links to a CAMEO verb row's verb by a derivation pointer
("cede" -> "cession", "repress" -> "repression", "capture" -> "capture"),
as trigger rows of triggers.tsv's kind noun, with the verb row's category
and subtype.

Generated by cmd/vocabgen (make vocab) from WordNet 3.0 (data.verb,
data.noun, index.noun, index.verb; Princeton University, the WordNet 3.0 licence) and
the CAMEO verb rows of ../cameo/verbs.tsv; see NOTICE beside this file.
Do not edit: change the converter, cmd/vocabgen/data/wordnet-senses.tsv
or cmd/vocabgen/data/wordnet-nouns-dropped.tsv and regenerate. Where
WordNet is not installed (apt-get install wordnet-base, or -wordnet DIR),
make vocab keeps this file as committed.

A noun is kept when:
- its verb row names an event of a category that
  cmd/vocabgen/data/wordnet-senses.tsv lists, and the pointer leaves from
  the verb's own sense: its first sense (index.verb order) in the WordNet
  lexicographer files listed there for the category (the sense of the
  CAMEO row: "fire" in verb.competition, not "fire" an employee in
  verb.social; not "suppress" feelings, whose noun is the suppression of a
  book);
- the noun's sense is an act or an event (noun.act, noun.event), and one
  of the noun's first two senses in WordNet's order;
- it is one word, triggers.tsv has no row of its form (the project's row
  holds its senses), it is no form of a CAMEO verb row's verb ("capture",
  "murder", "seizing": the verb row reads the word, and a noun row would
  read the verb's uses, "the measures capture quality"), no two rows of different categories derive it, and
  cmd/vocabgen/data/wordnet-nouns-dropped.tsv does not list it.
A row's flags come from cmd/vocabgen/data/wordnet-nouns-flags.tsv
("patient": a possessor with no "of" after the noun is the one acted
on, "Britain's expulsion by Egypt", and "to" a destination); the NONE
rows at the end are the phrases of cmd/vocabgen/data/wordnet-nouns-none.tsv
("mutually assured destruction").
A noun row names an event only with an actor in its slots (the event
stage's noun roles: a possessor, "of", "by", "between"): "the repression
of dissent" names none.

Format: triggers.tsv's columns (extract/event/lexicon/data/triggers.tsv):
  form <TAB> category <TAB> subtype <TAB> kind [<TAB> flags]
Each row follows a comment naming the CAMEO verbs it derives from.`

func writeNouns(rows []nounRow) []byte {
	var b strings.Builder
	b.WriteString(commentLines(nounHeader))
	byCat := tally{}
	for _, r := range rows {
		byCat.add(r.category, 1)
	}
	fmt.Fprintf(&b, "#\n# Counts: %d rows.", len(rows))
	cats := sortedKeys(byCat)
	sort.SliceStable(cats, func(i, j int) bool { return byCat[cats[i]] > byCat[cats[j]] })
	for _, c := range cats {
		fmt.Fprintf(&b, " %s %d.", c, byCat[c])
	}
	b.WriteString("\n#\n# form\tcategory\tsubtype\tkind\n")
	for _, r := range rows {
		if r.category == "NONE" {
			fmt.Fprintf(&b, "# none (wordnet-nouns-none.tsv)\n%s\tNONE\t-\tnoun\n", r.noun)
			continue
		}
		flags := ""
		if r.flags != "" {
			flags = "\t" + r.flags
		}
		fmt.Fprintf(&b, "# from %s\n%s\t%s\t%s\tnoun%s\n", strings.Join(r.verbs, ", "), r.noun, r.category, r.subtype, flags)
	}
	return []byte(b.String())
}

// nounNotice is the NOTICE beside the derived nouns; the licence text is
// WordNet's own, as its data files carry it.
const nounNotice = `nouns.tsv in this folder is generated by cmd/vocabgen (make vocab) from
WordNet 3.0 and the project's CAMEO verb rows (../cameo/verbs.tsv, whose
own sources and licences ../cameo/NOTICE gives):

  source:  WordNet 3.0, Princeton University, https://wordnet.princeton.edu/
           the database files data.verb, data.noun, index.noun and
           index.verb, as the
           Debian package wordnet-base (1:3.0-*) installs them under
           /usr/share/wordnet
  licence: the WordNet 3.0 licence, the text below (as the data files
           carry it)

What was taken: the derivation pointers ("+") from verb senses to noun
senses, the lexicographer file numbers of both, and the order of a noun's
and a verb's senses. Only noun forms, each with a category and subtype of the CAMEO
verb row it derives from, are written; no glosses or synsets.

`

func withWordnetLicence(licence string) []byte {
	return []byte(nounNotice + "--- WordNet 3.0 licence ---\n\n" + licence)
}
