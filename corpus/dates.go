package corpus

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// Dates are documents' dates as a user gives them (stratex run -doc-dates
// FILE): a path as given on the command line or found under a folder, or
// a base name, to an ISO date.
type Dates map[string]string

// ReadDates reads a dates file: one document a line, its path (as given,
// or its base name), a tab, and its date as YYYY-MM-DD; blank lines and
// lines starting with # are skipped. name names the file in errors.
func ReadDates(r io.Reader, name string) (Dates, error) {
	d := Dates{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		path, date, ok := strings.Cut(s, "\t")
		date = strings.TrimSpace(date)
		if !ok || path == "" || !isDate(date) {
			return nil, fmt.Errorf("%s line %d: want PATH<TAB>YYYY-MM-DD, got %q", name, line, s)
		}
		d[path] = date
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return d, nil
}

// isDate reports an ISO calendar date, YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// Apply gives each input the date its path has in d, else the date of its
// base name, and returns how many got one.
func (d Dates) Apply(inputs []Input) int {
	n := 0
	for i := range inputs {
		in := &inputs[i]
		date, ok := d[in.Path]
		if !ok {
			date, ok = d[filepath.Clean(in.Path)]
		}
		if !ok {
			date, ok = d[filepath.Base(in.Path)]
		}
		if ok {
			in.Date = date
			n++
		}
	}
	return n
}
