//go:build unix

package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// A merge killed while it wrote left temporary files beside the final
// ones; the next merge removes them (it holds the folder's merge lock), and
// a second merge of the folder at the same time is refused.
func TestMergeClearsWhatAKilledMergeLeft(t *testing.T) {
	out := t.TempDir()
	st, _ := OpenStore(out, &corpus.Manifest{Shards: 1})
	j, _ := st.OpenJournal(0)
	j.Append(document(1))
	j.Commit()
	left := filepath.Join(out, ".events.jsonl.1234567.tmp")
	os.WriteFile(left, []byte("{\"doc\":"), 0o644)
	other := filepath.Join(out, ".notes.txt.1.tmp") // not ours: kept
	os.WriteFile(other, nil, 0o644)
	unlock, err := lockFile(filepath.Join(ShardDir(out), ".merge.lock"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Merge(); err == nil || !strings.Contains(err.Error(), "another process is merging") {
		t.Errorf("merge under another's lock: %v", err)
	}
	unlock()
	if err := st.Merge(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("%s left in place", left)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a file that is not the merge's was removed: %v", err)
	}
	sameFiles(t, out, reference(t, []*models.Result{document(1)}), "")
}
