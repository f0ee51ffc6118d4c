package corpus

import (
	"bytes"
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
	m, err := Plan(ins, 3, 2)
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

func TestPlanRefusesAndReadRejects(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "a\tb.txt")
	os.WriteFile(bad, []byte("x"), 0o644)
	if _, err := Plan([]Input{{Path: bad}}, 1, 1); err == nil {
		t.Error("a path with a tab was planned")
	}
	for _, s := range []string{"", "not a manifest\n", "# stratex manifest v1 shards=2\na.txt\t1\tzz\t0\n", "# stratex manifest v1 shards=1\na.txt\t1\t" + strings.Repeat("0", 64) + "\t5\n"} {
		if _, err := ReadManifest(strings.NewReader(s), "m.tsv"); err == nil {
			t.Errorf("accepted %q", s)
		}
	}
}
