package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// An actorEntry is one record of a PETRARCH actor dictionary: a primary
// phrase, its synonyms, and the code restrictions that follow them.
type actorEntry struct {
	file    string        // base name of the dictionary file
	line    int           // line of the primary phrase
	end     int           // last line of the entry
	phrases []string      // primary phrase first, as written (underscores kept)
	codes   []restriction // in the order written
	comment string        // the primary line's comment, if any
}

// A restriction is "[CODE]" or "[CODE DATES]": the code an entry takes,
// alone (the default) or for a span of dates.
type restriction struct {
	code  string
	dates string // "", "YYMMDD-YYMMDD", "<YYMMDD", ">YYMMDD" (or 8-digit years)
}

// readActorDict parses a PETRARCH actor dictionary. A line opening with "#"
// is a comment, and "#" ends the text of any line. Leading white space is
// dropped, then a line opening with "+" is a synonym of the entry above it,
// a line opening with "[" holds restrictions of the entry above it (one
// line each in the files, though several on a line are read too), and any
// other line opens a new entry, with restrictions of its own after the
// phrase if any. Blank lines separate nothing: a synonym after a blank line
// still belongs to the entry above it. All of this is as PETRARCH's reader
// does it.
func readActorDict(name string, data []byte) ([]*actorEntry, error) {
	var out []*actorEntry
	var cur *actorEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		text, comment, _ := strings.Cut(sc.Text(), "#")
		if text = strings.TrimSpace(text); text == "" {
			continue
		}
		switch {
		case strings.HasPrefix(text, "+"):
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: synonym before any entry", name, n)
			}
			// A "+" inside the phrase joins two synonyms written on one line.
			for _, p := range strings.Split(text[1:], "+") {
				if p = strings.TrimSpace(p); p != "" {
					cur.phrases = append(cur.phrases, p)
				}
			}
			cur.end = n
		case text[0] == '[':
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: restriction before any entry", name, n)
			}
			rs, rest, err := restrictions(text)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			if strings.TrimSpace(rest) != "" {
				return nil, fmt.Errorf("%s:%d: text %q beside a restriction", name, n, strings.TrimSpace(rest))
			}
			cur.codes = append(cur.codes, rs...)
			cur.end = n
		default:
			rs, phrase, err := restrictions(text)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			cur = &actorEntry{file: name, line: n, end: n, phrases: []string{strings.TrimSpace(phrase)}, codes: rs, comment: strings.TrimSpace(comment)}
			out = append(out, cur)
		}
	}
	return out, sc.Err()
}

// restrictions takes every "[...]" group out of s and returns them with the
// text that is left.
func restrictions(s string) ([]restriction, string, error) {
	var rs []restriction
	var rest strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			rest.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return nil, "", fmt.Errorf("unclosed %q", s[i:])
		}
		rest.WriteString(s[:i])
		f := strings.Fields(s[i+1 : i+j])
		if len(f) == 0 {
			return nil, "", fmt.Errorf("empty restriction %q", s[i:i+j+1])
		}
		// "[EGYGOV > 140608]": a space may follow the sign or the dash.
		rs = append(rs, restriction{code: f[0], dates: strings.Join(f[1:], "")})
		s = s[i+j+1:]
	}
	return rs, rest.String(), nil
}
