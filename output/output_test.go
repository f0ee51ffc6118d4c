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
	os.WriteFile(filepath.Join(ShardDir(out), ".00009.x.tmp"), []byte("junk"), 0o644)
	if _, err := OpenStore(out, m); err != nil {
		t.Fatal(err)
	}
	if tmps, _ := filepath.Glob(filepath.Join(ShardDir(out), ".*.tmp")); len(tmps) != 0 {
		t.Errorf("a killed process's temporary files were not removed: %v", tmps)
	}
	if _, err := OpenStore(out, &corpus.Manifest{Shards: 2}); err == nil {
		t.Error("a different manifest was accepted for the same folder")
	}
	for _, i := range []int{2, 0} { // finished out of order
		w, _ := st.Writer(i)
		w.Write(result(string(rune('a' + i))))
		if err := st.Finish(i, w, ShardSummary{Shard: i, Documents: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if _, missing := st.Status(); len(missing) != 1 || missing[0] != 1 {
		t.Errorf("missing %v", missing)
	}
	if err := st.Merge(); err == nil || !strings.Contains(err.Error(), "not done (1)") {
		t.Errorf("merge with a shard missing: %v", err)
	}
	w, _ := st.Writer(1)
	w.Write(result("b"))
	st.Finish(1, w, ShardSummary{Shard: 1, Documents: 1})
	if err := st.Merge(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "documents.jsonl"))
	if got := strings.Count(string(b), "\n"); got != 3 || strings.Index(string(b), `"a"`) > strings.Index(string(b), `"b"`) || strings.Index(string(b), `"b"`) > strings.Index(string(b), `"c"`) {
		t.Errorf("merged documents.jsonl:\n%s", b)
	}
}

func TestArrayList(t *testing.T) {
	if got := ArrayList([]int{9, 1, 3, 4, 5, 7}); got != "1,3-5,7,9" {
		t.Errorf("ArrayList = %q", got)
	}
}
