package corpus

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlanSortsHashesAndSplitsByBytes(t *testing.T) {
	dir := t.TempDir()
	sizes := map[string]int{"b.txt": 100_000, "a.txt": 10, "d.pdf": 100_000, "c.md": 100_000, "e.txt": 50}
	var ins []Input
	for name, n := range sizes {
		p := filepath.Join(dir, name)
		os.WriteFile(p, bytes.Repeat([]byte("x"), n), 0o644)
		ins = append(ins, Input{Path: p, Format: FormatOf(p), Size: int64(n)})
	}
	m, err := Plan(context.Background(), ins, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range m.Entries {
		got = append(got, filepath.Base(e.Path)+":"+string(rune('0'+e.Shard)))
		if len(e.SHA256) != 64 {
			t.Errorf("%s: sha256 %q", e.Path, e.SHA256)
		}
	}
	// sorted by path; contiguous shards; no shard empty
	if strings.Join(got, " ") != "a.txt:0 b.txt:0 c.md:1 d.pdf:2 e.txt:2" {
		t.Errorf("plan %v", got)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadManifest(&buf, "m.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !back.Equal(m) || back.Entries[3].Format != PDF {
		t.Errorf("round trip changed the manifest: %+v", back)
	}
	if len(back.Shard(2)) != 2 {
		t.Errorf("shard 2: %v", back.Shard(2))
	}
}

// A path with a tab, a line break or a leading quote is planned like any
// other and goes through the manifest quoted; a line of the manifest that
// is not one is rejected.
func TestOddPathsRoundTripAndReadRejects(t *testing.T) {
	ins := textInputs(t, "a\tb.txt", "line\nbreak.txt", `"quoted".txt`, "plain.txt")
	m, err := Plan(context.Background(), ins, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 2+len(ins) {
		t.Errorf("manifest of %d lines, want %d:\n%s", n, 2+len(ins), buf.String())
	}
	back, err := ReadManifest(&buf, "m.tsv")
	if err != nil || !back.Equal(m) {
		t.Fatalf("round trip: %v %+v", err, back)
	}
	for _, e := range back.Entries {
		if len(e.SHA256) != 64 {
			t.Errorf("%q not hashed", e.Path)
		}
	}
	for _, s := range []string{"", "not a manifest\n", "# stratex manifest v1 shards=1\n\"a\\tb.txt\t1\t-\t0\n", "# stratex manifest v1 shards=2\na.txt\t1\tzz\t0\n", "# stratex manifest v1 shards=1\na.txt\t1\t" + strings.Repeat("0", 64) + "\t5\n"} {
		if _, err := ReadManifest(strings.NewReader(s), "m.tsv"); err == nil {
			t.Errorf("accepted %q", s)
		}
	}
}

func TestManifestDateColumn(t *testing.T) {
	dir := t.TempDir()
	var ins []Input
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(name), 0o644)
		ins = append(ins, Input{Path: p, Format: Text, Size: int64(len(name))})
	}
	d, err := ReadDates(strings.NewReader("# dates\n"+ins[0].Path+"\t2008-06-09\nb.txt\t2009-02-24\r\n\n"), "dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if n := d.Apply(ins); n != 2 || ins[0].Date != "2008-06-09" || ins[1].Date != "2009-02-24" || ins[2].Date != "" {
		t.Fatalf("applied %d: %+v", n, ins)
	}
	m, err := Plan(context.Background(), ins, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if lines[1] != "# path\tsize\tsha256\tshard\tdate" || !strings.HasSuffix(lines[2], "\t2008-06-09") || !strings.HasSuffix(lines[4], "\t-") {
		t.Errorf("manifest with dates:\n%s", buf.String())
	}
	back, err := ReadManifest(&buf, "m.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !back.Equal(m) || back.Entries[1].Date != "2009-02-24" {
		t.Errorf("round trip lost the dates: %+v", back.Entries)
	}
	// a manifest with no date writes no date column, as before dates were
	// known, and an old manifest reads
	for i := range ins {
		ins[i].Date = ""
	}
	m, _ = Plan(context.Background(), ins, 1, 1)
	buf.Reset()
	m.Write(&buf)
	if strings.Contains(buf.String(), "date") || strings.Count(strings.Split(buf.String(), "\n")[2], "\t") != 3 {
		t.Errorf("manifest without dates:\n%s", buf.String())
	}
	old := "# stratex manifest v1 shards=1\n# path\tsize\tsha256\tshard\na.txt\t1\t" + strings.Repeat("0", 64) + "\t0\n"
	if mo, err := ReadManifest(strings.NewReader(old), "old.tsv"); err != nil || mo.Entries[0].Date != "" {
		t.Errorf("old manifest: %v %+v", err, mo)
	}
}

func TestReadDatesRejects(t *testing.T) {
	for _, s := range []string{"a.txt 2008-06-09\n", "a.txt\t2008-13-01\n", "a.txt\t9 June 2008\n", "\t2008-06-09\n"} {
		if _, err := ReadDates(strings.NewReader(s), "dates.tsv"); err == nil || !strings.Contains(err.Error(), "dates.tsv line 1") {
			t.Errorf("ReadDates(%q): %v, want an error naming the file and line", s, err)
		}
	}
	bad := "# stratex manifest v1 shards=1\na.txt\t1\t" + strings.Repeat("0", 64) + "\t0\t2008-6-9\n"
	if _, err := ReadManifest(strings.NewReader(bad), "m.tsv"); err == nil {
		t.Error("accepted a bad date in a manifest")
	}
}

// Planning stops when its context ends, as Ctrl-C while a large corpus is
// being hashed must stop it.
func TestPlanStopsWhenCancelled(t *testing.T) {
	ins := textInputs(t, "a.txt", "b.txt", "c.txt")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if m, err := Plan(ctx, ins, 1, 1); !errors.Is(err, context.Canceled) || m != nil {
		t.Errorf("cancelled plan: %v, %v", m, err)
	}
	if m, err := Plan(context.Background(), ins, 1, 1); err != nil || len(m.Entries) != 3 {
		t.Errorf("plan: %v, %v", m, err)
	}
}

// textInputs writes one small text file per name (its name as its text) in
// a new folder and returns them as inputs.
func textInputs(t *testing.T, names ...string) []Input {
	t.Helper()
	dir := t.TempDir()
	var ins []Input
	for _, name := range names {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
		ins = append(ins, Input{Path: p, Format: Text})
	}
	return ins
}
