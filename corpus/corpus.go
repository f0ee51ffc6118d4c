package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Format is how an input is read.
type Format string

// Input formats.
const (
	PDF      Format = "pdf"
	Text     Format = "text"
	Markdown Format = "markdown"
)

// Input is one file to process.
type Input struct {
	Path   string // as given, or as found under a folder that was given
	Format Format
	Size   int64
	Date   string // the document's date (ISO) as the user gave it; "" for none
}

// FormatOf returns the format a file name implies, or "" if it has none we read.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return PDF
	case ".txt", ".text":
		return Text
	case ".md", ".markdown":
		return Markdown
	}
	return ""
}

// Find expands args into inputs: a file is taken as it is (its format from
// its extension, text when it has none we know), a folder is walked
// recursively in sorted order for the files we read, and "-" reads paths from
// stdin, one per line. Order is kept; a path named twice is read once.
//
// A path that cannot be read (missing, a dangling symbolic link, a folder
// that cannot be listed) is an input all the same, so that reading it fails
// and costs that one document an error record, not the run. Find fails only
// when stdin cannot be read.
func Find(args []string, stdin io.Reader) ([]Input, error) {
	var out []Input
	seen := map[string]bool{}
	add := func(in Input) {
		key := filepath.Clean(in.Path)
		if !seen[key] {
			seen[key] = true
			out = append(out, in)
		}
	}
	var expand func(arg string, explicit bool) error
	expand = func(arg string, explicit bool) error {
		if arg == "-" {
			if stdin == nil {
				return fmt.Errorf("read paths from stdin: no stdin")
			}
			sc := bufio.NewScanner(stdin)
			sc.Buffer(make([]byte, 64*1024), 1<<20)
			for sc.Scan() {
				p := strings.TrimSpace(sc.Text())
				if p == "" || p == "-" {
					continue
				}
				if err := expand(p, true); err != nil {
					return err
				}
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("read paths from stdin: %w", err)
			}
			return nil
		}
		fi, err := os.Stat(arg)
		if err != nil {
			add(unreadable(arg))
			return nil
		}
		if !fi.IsDir() {
			f := FormatOf(arg)
			if f == "" {
				if !explicit {
					return nil
				}
				f = Text
			}
			add(Input{Path: arg, Format: f, Size: fi.Size()})
			return nil
		}
		var found []Input
		filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				// a folder that cannot be listed; its reading fails again later
				found = append(found, unreadable(p))
				return nil
			}
			if d.IsDir() {
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if f := FormatOf(p); f != "" && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
				// a symbolic link counts when it leads to a regular file,
				// or to nothing: a dangling link is a document that failed
				info, err := os.Stat(p)
				if err != nil {
					found = append(found, unreadable(p))
					return nil
				}
				if !info.Mode().IsRegular() {
					return nil
				}
				found = append(found, Input{Path: p, Format: f, Size: info.Size()})
			}
			return nil
		})
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		for _, in := range found {
			add(in)
		}
		return nil
	}
	for _, a := range args {
		if err := expand(a, true); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// unreadable is the input for a path that cannot be read: its format from
// its name, text when it has none.
func unreadable(path string) Input {
	f := FormatOf(path)
	if f == "" {
		f = Text
	}
	return Input{Path: path, Format: f}
}

// ID returns a document's id (the first 16 hex digits of its SHA-256) and
// the full SHA-256, both of its bytes.
func ID(data []byte) (id, sum string) {
	h := sha256.Sum256(data)
	sum = hex.EncodeToString(h[:])
	return sum[:16], sum
}
