package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A path that cannot be read is an input all the same, whether it is named
// as an argument, found in a folder (a dangling symbolic link) or read from
// stdin; a folder with nothing we read gives no input.
func TestFindKeepsUnreadablePathsAsInputs(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("text"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.docx"), []byte("x"), 0o644)
	os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "b-dangling.txt"))
	os.Symlink(filepath.Join(dir, "gone.docx"), filepath.Join(dir, "c-dangling.docx"))
	missing := filepath.Join(dir, "missing.pdf")
	fromStdin := filepath.Join(dir, "nowhere", "x.md")
	got, err := Find([]string{dir, missing, "-"}, strings.NewReader(fromStdin+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range got {
		names = append(names, filepath.Base(in.Path)+":"+string(in.Format))
	}
	want := "a.txt:text b-dangling.txt:text missing.pdf:pdf x.md:markdown"
	if strings.Join(names, " ") != want {
		t.Errorf("found %v, want %s", names, want)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "notes.docx"), []byte("x"), 0o644)
	if got, err := Find([]string{empty}, nil); err != nil || len(got) != 0 {
		t.Errorf("folder with no supported file: %v %v", got, err)
	}
}

// An unreadable input is planned with no hash, written "-" in the manifest,
// and read back the same.
func TestPlanKeepsUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("text"), 0o644)
	ins := []Input{{Path: filepath.Join(dir, "b.txt"), Format: Text}, {Path: good, Format: Text, Size: 4}}
	m, err := Plan(context.Background(), ins, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Entries[1].SHA256 != "" || m.Entries[1].Size != 0 || len(m.Entries[0].SHA256) != 64 {
		t.Fatalf("entries %+v", m.Entries)
	}
	var buf bytes.Buffer
	m.Write(&buf)
	if !strings.Contains(buf.String(), "b.txt\t0\t-\t0\n") {
		t.Errorf("manifest:\n%s", buf.String())
	}
	back, err := ReadManifest(&buf, "m.tsv")
	if err != nil || !back.Equal(m) {
		t.Errorf("round trip: %v %+v", err, back)
	}
}

// Entries with the same bytes belong to the first of them; an unreadable
// entry (no hash) is its own.
func TestFirsts(t *testing.T) {
	a, b := strings.Repeat("a", 64), strings.Repeat("b", 64)
	m := &Manifest{Entries: []Entry{{SHA256: a}, {SHA256: b}, {}, {SHA256: a}, {}, {SHA256: b}, {SHA256: a}}}
	got := m.Firsts()
	want := []int{0, 1, 2, 0, 4, 1, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Firsts = %v, want %v", got, want)
		}
	}
}
