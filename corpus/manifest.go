package corpus

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Entry is one input of a manifest with its content hash and shard.
type Entry struct {
	Input
	SHA256 string // empty when the file could not be read at planning
	Shard  int
}

// Manifest is a frozen, sorted list of inputs split into shards: the unit
// of work of a run, local or on a cluster.
type Manifest struct {
	Shards  int
	Entries []Entry
}

// manifestHeader opens a manifest file; the columns follow it.
const manifestHeader = "# stratex manifest v1"

// Plan sorts the inputs by path, hashes each file, and splits them into at
// most shards contiguous shards of about equal bytes. It stops with ctx's
// error when ctx ends (Ctrl-C while a large corpus is hashed).
func Plan(ctx context.Context, inputs []Input, shards int, workers int) (*Manifest, error) {
	if shards < 1 {
		return nil, fmt.Errorf("plan: shards must be at least 1")
	}
	in := append([]Input(nil), inputs...)
	sort.SliceStable(in, func(i, j int) bool { return in[i].Path < in[j].Path })
	m := &Manifest{Entries: make([]Entry, len(in))}
	for i, x := range in {
		m.Entries[i].Input = x
	}
	if err := m.hash(ctx, max(1, workers)); err != nil {
		return nil, err
	}
	m.split(shards)
	return m, nil
}

// hash fills in each entry's SHA-256 and size, reading files in parallel.
// A file that cannot be read keeps an empty SHA-256 and size 0: it stays in
// the plan, and the run that reads it records why it failed.
func (m *Manifest) hash(ctx context.Context, workers int) error {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				e := &m.Entries[i]
				e.SHA256, e.Size = "", 0
				if sum, size, err := fileSHA256(e.Path); err == nil {
					e.SHA256, e.Size = sum, size
				}
			}
		}()
	}
	defer wg.Wait()
	defer close(next)
	for i := range m.Entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		select {
		case next <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func fileSHA256(path string) (string, int64, error) {
	if err := CheckRegular(path); err != nil {
		return "", 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// split assigns contiguous runs of entries to shards of about equal bytes
// (each file counted at least 4 KiB, so that many small files spread too).
func (m *Manifest) split(shards int) {
	n := len(m.Entries)
	if n == 0 {
		m.Shards = 1
		return
	}
	shards = min(shards, n)
	m.Shards = shards
	weight := func(e Entry) int64 { return max(e.Size, 4096) }
	var total int64
	for _, e := range m.Entries {
		total += weight(e)
	}
	var acc int64
	shard, inShard := 0, 0
	for i := range m.Entries {
		w := weight(m.Entries[i])
		target := total * int64(shard+1) / int64(shards)
		// close this shard before entry i when it has its share, when
		// taking i would overshoot more than stopping falls short, or when
		// every entry left is needed to give each later shard one
		if shard < shards-1 && inShard > 0 && (acc >= target || acc+w-target > target-acc || n-i == shards-1-shard) {
			shard, inShard = shard+1, 0
		}
		m.Entries[i].Shard = shard
		acc += w
		inShard++
	}
}

// Firsts says, for each entry, which entry's document it is. Inputs with
// identical bytes are one document, that of the first of them in manifest
// order: firsts[i] is i for that first entry (and for a file that could not
// be read), else the index of the first.
func (m *Manifest) Firsts() []int {
	firsts := make([]int, len(m.Entries))
	seen := map[string]int{}
	for i, e := range m.Entries {
		firsts[i] = i
		if e.SHA256 == "" {
			continue
		}
		if f, ok := seen[e.SHA256]; ok {
			firsts[i] = f
		} else {
			seen[e.SHA256] = i
		}
	}
	return firsts
}

// Shard returns the inputs of shard i.
func (m *Manifest) Shard(i int) []Input {
	var out []Input
	for _, e := range m.Entries {
		if e.Shard == i {
			out = append(out, e.Input)
		}
	}
	return out
}

// unreadSum stands in a manifest for the SHA-256 of a file that could not
// be read when it was planned.
const unreadSum = "-"

// noDate stands in a manifest's date column for a document with no date.
const noDate = "-"

// Write writes the manifest as TSV: a header line, then path, size,
// sha256 ("-" for a file that could not be read) and shard per line, and
// the document's date (YYYY-MM-DD, "-" for none) when any entry has one.
// A path holding a tab, a line break or a leading double quote is written
// as a Go string literal ("a\tb.txt").
func (m *Manifest) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	dated := false
	for _, e := range m.Entries {
		dated = dated || e.Date != ""
	}
	fmt.Fprintf(bw, "%s shards=%d\n# path\tsize\tsha256\tshard", manifestHeader, m.Shards)
	if dated {
		fmt.Fprintf(bw, "\tdate")
	}
	fmt.Fprintf(bw, "\n")
	for _, e := range m.Entries {
		sum := e.SHA256
		if sum == "" {
			sum = unreadSum
		}
		p := e.Path
		if strings.ContainsAny(p, "\t\r\n") || strings.HasPrefix(p, `"`) {
			p = strconv.Quote(p)
		}
		fmt.Fprintf(bw, "%s\t%d\t%s\t%d", p, e.Size, sum, e.Shard)
		if dated {
			d := e.Date
			if d == "" {
				d = noDate
			}
			fmt.Fprintf(bw, "\t%s", d)
		}
		fmt.Fprintf(bw, "\n")
	}
	return bw.Flush()
}

// ReadManifest reads a manifest written by Write, with or without its
// date column.
func ReadManifest(r io.Reader, name string) (*Manifest, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	m := &Manifest{}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			rest, ok := strings.CutPrefix(s, manifestHeader+" shards=")
			n, err := strconv.Atoi(rest)
			if !ok || err != nil || n < 1 {
				return nil, fmt.Errorf("%s line 1: not a stratex manifest (want %q)", name, manifestHeader+" shards=N")
			}
			m.Shards = n
			continue
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 && len(f) != 5 {
			return nil, fmt.Errorf("%s line %d: want path, size, sha256, shard and maybe a date", name, line)
		}
		date := ""
		if len(f) == 5 && f[4] != noDate {
			if !isDate(f[4]) {
				return nil, fmt.Errorf("%s line %d: date %q: want YYYY-MM-DD or -", name, line, f[4])
			}
			date = f[4]
		}
		size, err1 := strconv.ParseInt(f[1], 10, 64)
		shard, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || shard < 0 || shard >= m.Shards || len(f[2]) != 64 && f[2] != unreadSum {
			return nil, fmt.Errorf("%s line %d: bad size, sha256 or shard", name, line)
		}
		if f[2] == unreadSum {
			f[2] = ""
		}
		if strings.HasPrefix(f[0], `"`) {
			p, err := strconv.Unquote(f[0])
			if err != nil {
				return nil, fmt.Errorf("%s line %d: path %s: %w", name, line, f[0], err)
			}
			f[0] = p
		}
		format := FormatOf(f[0])
		if format == "" {
			format = Text
		}
		m.Entries = append(m.Entries, Entry{Input: Input{Path: f[0], Format: format, Size: size, Date: date}, SHA256: f[2], Shard: shard})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if m.Shards == 0 {
		return nil, fmt.Errorf("%s: empty manifest", name)
	}
	return m, nil
}

// Equal reports whether two manifests list the same files with the same
// contents and dates in the same shards.
func (m *Manifest) Equal(o *Manifest) bool {
	if m.Shards != o.Shards || len(m.Entries) != len(o.Entries) {
		return false
	}
	for i := range m.Entries {
		a, b := m.Entries[i], o.Entries[i]
		if a.Path != b.Path || a.SHA256 != b.SHA256 || a.Shard != b.Shard || a.Size != b.Size || a.Date != b.Date {
			return false
		}
	}
	return true
}

// CheckRegular refuses a path that is not a regular file (after links): a
// named pipe or a device would block its reader or never end.
func CheckRegular(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() && !fi.IsDir() {
		return fmt.Errorf("%s is not a regular file (%s)", path, fi.Mode().Type())
	}
	return nil
}
