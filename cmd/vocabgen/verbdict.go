package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// A verbBlock is one "--- NAME [CODE] ---" block of the CAMEO verb
// dictionary: verbs that share its patterns.
type verbBlock struct {
	name     string
	code     string // the block's code, "---" for none
	verbs    []cameoVerb
	patterns []cameoPattern
	line     int
}

// A cameoVerb is one verb line: its primary form (several words for a
// multi-word verb, the verb word marked by "+"), the forms given in
// "{...}", and its own code if it has one.
type cameoVerb struct {
	form      string   // as written, underscores kept
	irregular []string // forms given in {...}, as written
	braces    bool     // "{...}" was given (even empty)
	code      string   // "" for the block's code
	line      int
}

// A cameoPattern is one "-" line: the tokens around "*" and its code.
type cameoPattern struct {
	text string // the pattern as written, without "-", code and comment
	code string
	line int
}

// verbDict is the whole verb dictionary.
type verbDict struct {
	synsets   map[string][]string // "&NAME" -> members as written
	blocks    []*verbBlock
	transform int // "~" lines, left out
}

// readVerbDict parses CAMEO.2.0.txt. "&NAME" opens a synonym set whose
// "+" lines follow; "--- NAME [CODE] ---" opens a verb block, whose lines
// are verbs ("+" marks the verb word of a multi-word verb) and, opening
// with "-", patterns; "~" lines are transformations; "#" starts a comment.
func readVerbDict(data []byte) (*verbDict, error) {
	d := &verbDict{synsets: map[string][]string{}}
	var block *verbBlock
	syn := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line, _, _ := strings.Cut(raw, "#")
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "---"):
			f := strings.Fields(strings.Trim(line, "- "))
			if len(f) < 1 {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: block with no name", n)
			}
			block = &verbBlock{name: f[0], code: "---", line: n}
			if len(f) > 1 {
				block.code = strings.Trim(f[1], "[]")
			}
			d.blocks = append(d.blocks, block)
			syn = ""
		case strings.HasPrefix(line, "&"):
			syn = strings.Fields(line)[0]
			d.synsets[syn] = d.synsets[syn][:0:0]
		case strings.HasPrefix(line, "~"):
			d.transform++
		case strings.HasPrefix(line, "+") && syn != "":
			d.synsets[syn] = append(d.synsets[syn], strings.TrimSpace(line[1:]))
		case block == nil:
			return nil, fmt.Errorf("CAMEO.2.0.txt:%d: %q outside any block", n, line)
		case strings.HasPrefix(line, "-"):
			text, code, ok := cutCode(line[1:])
			if !ok {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: pattern with no [code]", n)
			}
			block.patterns = append(block.patterns, cameoPattern{text: strings.Join(strings.Fields(text), " "), code: code, line: n})
		default:
			text, code, _ := cutCode(line)
			v := cameoVerb{code: code, line: n}
			if i := strings.IndexByte(text, '{'); i >= 0 {
				j := strings.IndexByte(text, '}')
				if j < i {
					return nil, fmt.Errorf("CAMEO.2.0.txt:%d: unclosed {", n)
				}
				v.braces = true
				for _, f := range strings.Fields(strings.ReplaceAll(text[i+1:j], ",", " ")) {
					v.irregular = append(v.irregular, f)
				}
				text = text[:i]
			}
			f := strings.Fields(text)
			if len(f) != 1 {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: verb %q is not one token", n, text)
			}
			v.form = f[0]
			block.verbs = append(block.verbs, v)
		}
	}
	return d, sc.Err()
}

// addVerbs adds the project's verbs to the dictionary's blocks
// (data/cameo-verbs-added.tsv: a block's name, then a verb line as the
// dictionary writes one), as if the dictionary listed them there.
func addVerbs(d *verbDict) error {
	rows, err := readTable("cameo-verbs-added.tsv", 2)
	if err != nil {
		return err
	}
	for _, r := range rows {
		var block *verbBlock
		for _, b := range d.blocks {
			if b.name == strings.TrimSpace(r[0]) {
				block = b
			}
		}
		if block == nil {
			return fmt.Errorf("cameo-verbs-added.tsv: no block %q in the dictionary", r[0])
		}
		one, err := readVerbDict([]byte("--- " + block.name + " [" + block.code + "] ---\n" + r[1] + "\n"))
		if err != nil {
			return fmt.Errorf("cameo-verbs-added.tsv: %w", err)
		}
		if len(one.blocks[0].verbs) != 1 {
			return fmt.Errorf("cameo-verbs-added.tsv: %q is not one verb line", r[1])
		}
		v := one.blocks[0].verbs[0]
		block.verbs = append(block.verbs, v)
	}
	return nil
}

// editBlocks reads one of the project's lists of changes to the
// dictionary (file: a block's name, then an item of it as the dictionary
// writes it) and calls edit on each named block with the item (its spaces
// normalised); edit returns how many entries it changed. It returns the
// total; an item no block of that name holds is an error naming what.
func editBlocks(d *verbDict, file, what string, edit func(b *verbBlock, item string) int) (int, error) {
	rows, err := readTable(file, 2)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range rows {
		name, item := strings.TrimSpace(r[0]), strings.Join(strings.Fields(r[1]), " ")
		found := 0
		for _, b := range d.blocks {
			if b.name == name {
				found += edit(b, item)
			}
		}
		if found == 0 {
			return 0, fmt.Errorf("%s: no %s %q in block %q", file, what, item, name)
		}
		n += found
	}
	return n, nil
}

// dropPatterns leaves out the dictionary patterns the project names
// (data/cameo-patterns-dropped.tsv: a block's name, then a pattern as the
// dictionary writes it, without its "-" and code), and returns how many it
// left out; a pattern the block lacks is an error.
func dropPatterns(d *verbDict) (int, error) {
	return editBlocks(d, "cameo-patterns-dropped.tsv", "pattern", func(b *verbBlock, text string) int {
		kept := b.patterns[:0]
		for _, pt := range b.patterns {
			if pt.text != text {
				kept = append(kept, pt)
			}
		}
		n := len(b.patterns) - len(kept)
		b.patterns = kept
		return n
	})
}

// nullVerbs gives the verbs the project names (data/cameo-verbs-null.tsv:
// a block's name, then a verb as the dictionary writes it) the null code:
// they name no event by themselves, and their block's patterns stay. It
// returns how many it changed; a verb the block lacks is an error.
func nullVerbs(d *verbDict) (int, error) {
	return editBlocks(d, "cameo-verbs-null.tsv", "verb", func(b *verbBlock, form string) int {
		n := 0
		for i := range b.verbs {
			if b.verbs[i].form == form {
				b.verbs[i].code = "---"
				n++
			}
		}
		return n
	})
}

// cutCode splits "TEXT [CODE]" at its last bracket group.
func cutCode(s string) (text, code string, ok bool) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return s, "", false
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s, "", false
	}
	return s[:i], strings.TrimSpace(s[i+1 : i+j]), true
}
