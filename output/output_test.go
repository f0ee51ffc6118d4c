package output

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

func result(doc string) *models.Result {
	return &models.Result{Document: &models.Document{Doc: doc, Source: doc + ".txt"}}
}

func TestWriterShowsNothingUntilCommit(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(result("a"))
	if _, err := os.Stat(filepath.Join(dir, "documents.jsonl")); err == nil {
		t.Fatal("final file visible before Commit")
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "documents.jsonl"))
	if !strings.HasPrefix(string(b), `{"doc":"a"`) || !strings.HasSuffix(string(b), "\n") {
		t.Errorf("documents.jsonl = %q", b)
	}
	w2, _ := Create(dir)
	w2.Write(result("b"))
	w2.Abort()
	b2, _ := os.ReadFile(filepath.Join(dir, "documents.jsonl"))
	if !bytes.Equal(b, b2) {
		t.Error("an aborted writer changed the final file")
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(tmps) != 0 {
		t.Errorf("temporary files left: %v", tmps)
	}
}

func TestStoreMergesInManifestOrder(t *testing.T) {
	out := t.TempDir()
	m := &corpus.Manifest{Shards: 3}
	st, err := OpenStore(out, m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(out, m); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(out, &corpus.Manifest{Shards: 2}); err == nil {
		t.Error("a different manifest was accepted for the same folder")
	}
	for _, i := range []int{2, 0} { // finished out of order
		j, _ := st.OpenJournal(i)
		j.Append(result(string(rune('a' + i))))
		if err := j.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if _, missing := st.Status(); len(missing) != 1 || missing[0] != 1 {
		t.Errorf("missing %v", missing)
	}
	if err := st.Merge(); err == nil || !strings.Contains(err.Error(), "not done (1)") {
		t.Errorf("merge with a shard missing: %v", err)
	}
	j, _ := st.OpenJournal(1)
	j.Append(result("b"))
	j.Commit()
	if err := st.Merge(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "documents.jsonl"))
	if got := strings.Count(string(b), "\n"); got != 3 || strings.Index(string(b), `"a"`) > strings.Index(string(b), `"b"`) || strings.Index(string(b), `"b"`) > strings.Index(string(b), `"c"`) {
		t.Errorf("merged documents.jsonl:\n%s", b)
	}
}

// Array tasks start at different moments on one store: a task that starts
// while another writes its shard must not touch that shard's files (the
// first Slurm CI run failed that way), and a shard is written by one
// process at a time.
func TestStoreShardsAreIsolatedBetweenTasks(t *testing.T) {
	out := t.TempDir()
	m := &corpus.Manifest{Shards: 2}
	st, err := OpenStore(out, m)
	if err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(ShardDir(out), ".00001.documents.jsonl.123.tmp")
	os.WriteFile(stale, []byte("left by a killed run of shard 1"), 0o644)

	j0, err := st.OpenJournal(0)
	if err != nil {
		t.Fatal(err)
	}
	j0.Append(result("a"))
	// a second task opens the store while shard 0 is being written
	st2, err := OpenStore(out, m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st2.OpenJournal(0); err == nil || !strings.Contains(err.Error(), "another process") {
		t.Errorf("a second writer of shard 0 while the first holds it: %v", err)
	}
	if _, err := os.Stat(stale); err != nil {
		t.Errorf("opening the store or shard 0 removed shard 1's files: %v", err)
	}
	j1, err := st2.OpenJournal(1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("shard 1's writer left the stale temporary file of its killed run: %v", err)
	}
	j1.Append(result("b"))
	if err := j1.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := j0.Commit(); err != nil {
		t.Fatalf("shard 0 could not commit after another task started: %v", err)
	}
	// the locks are released, and a done shard is not opened again
	if _, err := st.OpenJournal(0); err == nil || !strings.Contains(err.Error(), "done already") {
		t.Fatalf("shard 0 after Commit: %v", err)
	}
	unlock, err := lockFile(filepath.Join(ShardDir(out), ".00000.lock"))
	if err != nil {
		t.Fatalf("shard 0 still locked after Commit: %v", err)
	}
	unlock()
	if err := st.Merge(); err != nil {
		t.Fatal(err)
	}
	if tmps, _ := filepath.Glob(filepath.Join(ShardDir(out), ".*.tmp")); len(tmps) != 0 {
		t.Errorf("temporary files left: %v", tmps)
	}
}

func TestArrayList(t *testing.T) {
	if got := ArrayList([]int{9, 1, 3, 4, 5, 7}); got != "1,3-5,7,9" {
		t.Errorf("ArrayList = %q", got)
	}
}

// A run killed while deleting its merged shards must not leave completion
// markers without their part files: the folder is renamed aside first, and
// the next store deletes what was left aside.
func TestRemoveShardsNeverLeavesMarkersWithoutParts(t *testing.T) {
	out := t.TempDir()
	if _, err := OpenStore(out, &corpus.Manifest{Shards: 1}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ShardDir(out), "00000.done"), []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := RemoveShards(out); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{ShardDir(out), ShardDir(out) + ".removing"} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Fatalf("%s still there after RemoveShards (stat: %v)", d, err)
		}
	}
	if err := RemoveShards(out); err != nil {
		t.Fatalf("RemoveShards with nothing to remove: %v", err)
	}
	// As a kill between the rename and the deletion leaves it.
	aside := ShardDir(out) + ".removing"
	if err := os.MkdirAll(aside, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(aside, "00000.done"), []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(out, &corpus.Manifest{Shards: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(aside); !os.IsNotExist(err) {
		t.Fatalf("OpenStore left %s (stat: %v)", aside, err)
	}
}

// An output folder that cannot be made (here under a file; a read-only
// file system is the same) is named in the error with what went wrong,
// not a leftover folder that is not there.
func TestOpenStoreNamesTheFolderItCannotMake(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, nil, 0o644)
	out := filepath.Join(file, "out")
	_, err := OpenStore(out, &corpus.Manifest{Shards: 1})
	if err == nil || strings.Contains(err.Error(), ".removing") || !strings.Contains(err.Error(), ShardDir(out)) || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("err = %v, want one naming %s and why it cannot be made", err, ShardDir(out))
	}
}
