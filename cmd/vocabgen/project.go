package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Paths of the project's own files, relative to the repository root.
const (
	projActors   = "extract/actor/data/actors"
	projTriggers = "extract/event/lexicon/data/triggers.tsv"
	projWords    = "extract/pdf/data/words.txt.gz"
	projTitles   = "extract/english/data/titles.txt"
	projHonors   = "extract/english/data/honorifics.txt"
	projMonths   = "extract/english/data/months.tsv"
)

// A projRow is one row of the project's actor files.
type projRow struct {
	file                        string
	code, label, kind, from, to string
	note                        string
	forms                       []string
}

// project is what the converter reads of the project's own vocabulary.
type project struct {
	rows     []*projRow
	byForm   map[string][]*projRow // form as written -> rows
	byFold   map[string][]*projRow // form in lower case -> rows
	acronyms map[string]bool       // all-capital words of its forms ("NATO")
	english  map[string]bool       // lower-case English words
	triggers [][]string            // rows of triggers.tsv
	titles   map[string]bool       // lower-case words of titles and honorifics, dots dropped
	months   map[string]bool       // lower-case month names and abbreviations
}

func loadProject(root string) (*project, error) {
	p := &project{byForm: map[string][]*projRow{}, byFold: map[string][]*projRow{}, acronyms: map[string]bool{}, english: map[string]bool{}, titles: map[string]bool{}, months: map[string]bool{}}
	months, err := readProjectTable(root, projMonths, 2)
	if err != nil {
		return nil, err
	}
	for _, r := range months {
		p.months[strings.TrimSpace(r[0])] = true
	}
	for _, name := range []string{projTitles, projHonors} {
		rows, err := readProjectTable(root, name, 1)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			for _, w := range strings.Fields(r[0]) {
				p.titles[titleKey(w)] = true
			}
		}
	}
	for _, name := range []string{"states.tsv", "orgs.tsv", "people.tsv", "leaders.tsv", "rulers.tsv", "places.tsv", "subdivisions.tsv", "peoples.tsv"} {
		rows, err := readProjectTable(root, filepath.Join(projActors, name), 4)
		if err != nil {
			return nil, err
		}
		for _, f := range rows {
			get := func(i int) string {
				if i < len(f) {
					return strings.TrimSpace(f[i])
				}
				return ""
			}
			r := &projRow{file: name, code: get(0), label: get(1), kind: get(2), from: get(4), to: get(5), note: get(6)}
			for _, fm := range strings.Split(get(3), "|") {
				if fm = strings.TrimSpace(fm); fm == "" {
					continue
				}
				r.forms = append(r.forms, fm)
				p.byForm[fm] = append(p.byForm[fm], r)
				p.byFold[strings.ToLower(fm)] = append(p.byFold[strings.ToLower(fm)], r)
				for _, w := range strings.Fields(fm) {
					if isCaps(w) && !isRegnal(w) {
						p.acronyms[w] = true
					}
				}
			}
			p.rows = append(p.rows, r)
		}
	}
	b, err := os.ReadFile(filepath.Join(root, projTriggers))
	if err != nil {
		return nil, fmt.Errorf("read project triggers: %w", err)
	}
	if p.triggers, err = parseTable("triggers.tsv", string(b), 4); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(root, projWords))
	if err != nil {
		return nil, fmt.Errorf("read english words: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read english words: %w", err)
	}
	words, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read english words: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(words))
	for sc.Scan() {
		p.english[sc.Text()] = true
	}
	return p, sc.Err()
}

// isCaps reports whether w has two or more letters, all capitals.
func isCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// isRegnal says whether w is a regnal number in Roman numerals ("XI" of
// "Charles XI"): a ruler's number, no acronym, so that the dictionaries'
// "XI Jinping" stays a spelling of the name.
func isRegnal(w string) bool { return strings.Trim(w, "IVXL") == "" }

// titleKey is a word of a title as the titles set holds it: lower case,
// dots dropped ("Gen." is gen).
func titleKey(w string) string { return strings.ToLower(strings.ReplaceAll(w, ".", "")) }

// readProjectTable reads one of the project's tab-separated files (rel to
// the repository root) whose lines have at least min columns.
func readProjectTable(root, rel string, min int) ([][]string, error) {
	b, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		return nil, fmt.Errorf("read project vocabulary: %w", err)
	}
	return parseTable(filepath.Base(rel), string(b), min)
}

// phrasalVerbs returns the project's verbs of several words, in lower case
// as triggers.tsv writes them ("break off", "call off"), whatever their
// category.
func (p *project) phrasalVerbs() map[string]bool {
	out := map[string]bool{}
	for _, r := range p.triggers {
		if len(r) >= 4 && strings.TrimSpace(r[3]) == "verb" && strings.Contains(strings.TrimSpace(r[0]), " ") {
			out[strings.ToLower(strings.Join(strings.Fields(r[0]), " "))] = true
		}
	}
	return out
}
