package vocab

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Source is one vocabulary file: its kind (the name a stage reads it under,
// such as "actors", "sections" or "currencies"), where it came from (for
// error messages), and its bytes in that kind's format.
type Source struct {
	Kind   string
	Origin string
	Data   []byte
}

// Kinds maps each kind a stage reads to its embedded files, in the order
// they are read.
type Kinds map[string][]string

// Names returns the kinds in sorted order.
func (k Kinds) Names() []string {
	var ns []string
	for n := range k {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

// Line is one line of a vocabulary file that is not a comment: its text
// without the line end, its tab-separated fields and the file it is from.
type Line struct {
	Text   string
	Fields []string
	Origin string // the file the line was read from (an embedded file's name, or a -vocab source's origin)
}

// Field returns the i-th field with surrounding spaces trimmed, or "".
func (l Line) Field(i int) string {
	if i < len(l.Fields) {
		return strings.TrimSpace(l.Fields[i])
	}
	return ""
}

// Word returns the whole line trimmed: the entry of a one-word-a-line list.
func (l Line) Word() string { return strings.TrimSpace(l.Text) }

// Load reads the embedded files of every kind in fsys (kinds in sorted
// order, each kind's files in the order listed), then the extra sources in
// their order, and calls add with each line. An error from add is reported
// with the file and line number; an extra source of a kind not in kinds is
// an error.
func Load(fsys fs.FS, kinds Kinds, extra []Source, add func(kind string, l Line) error) error {
	for _, s := range extra {
		if _, ok := kinds[s.Kind]; !ok {
			return fmt.Errorf("vocabulary %s: unknown kind %q (want one of %s)", s.Origin, s.Kind, strings.Join(kinds.Names(), ", "))
		}
	}
	for _, k := range kinds.Names() {
		for _, name := range kinds[k] {
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				return fmt.Errorf("read embedded vocabulary %s: %w", name, err)
			}
			if err := Read(Source{Kind: k, Origin: name, Data: b}, func(l Line) error { return add(k, l) }); err != nil {
				return err
			}
		}
	}
	for _, s := range extra {
		if err := Read(s, func(l Line) error { return add(s.Kind, l) }); err != nil {
			return err
		}
	}
	return nil
}

// Read calls add with each line of src that is not blank or a comment. An
// error from add becomes "vocabulary ORIGIN line N: why: "line"".
func Read(src Source, add func(Line) error) error {
	lineNo := 0
	sc := bufio.NewScanner(bytes.NewReader(src.Data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		lineNo++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := add(Line{Text: text, Fields: strings.Split(text, "\t"), Origin: src.Origin}); err != nil {
			return fmt.Errorf("vocabulary %s line %d: %w: %q", src.Origin, lineNo, err, text)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("vocabulary %s: %w", src.Origin, err)
	}
	return nil
}

// Split returns the entries of a list field: the parts between sep,
// trimmed, empty ones left out ("a | b" gives a and b).
func Split(field, sep string) []string {
	var out []string
	for p := range strings.SplitSeq(field, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
