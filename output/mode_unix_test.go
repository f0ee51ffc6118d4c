//go:build unix

package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stratex/stratex/corpus"
)

// Output files are 0644 and folders 0755, less the umask: the files of a
// run and of a merge, the manifest and the completion markers alike.
func TestOutputModesFollowTheUmask(t *testing.T) {
	for _, tc := range []struct {
		umask     int
		file, dir fs.FileMode
	}{{0o022, 0o644, 0o755}, {0o077, 0o600, 0o700}, {0o027, 0o640, 0o750}} {
		old := syscall.Umask(tc.umask)
		out := filepath.Join(t.TempDir(), "out")
		st, err := OpenStore(out, &corpus.Manifest{Shards: 1})
		if err == nil {
			var j *Journal
			if j, err = st.OpenJournal(0); err == nil {
				j.Append(result("a"))
				if err = j.Commit(); err == nil {
					err = st.Merge()
				}
			}
		}
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		check := func(path string, want fs.FileMode) {
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode().Perm(); got != want {
				t.Errorf("umask %03o: %s has mode %03o, want %03o", tc.umask, path, got, want)
			}
		}
		check(filepath.Join(out, "documents.jsonl"), tc.file)
		check(filepath.Join(out, "errors.jsonl"), tc.file)
		check(filepath.Join(ShardDir(out), "manifest.tsv"), tc.file)
		check(filepath.Join(ShardDir(out), "00000.done"), tc.file)
		check(filepath.Join(ShardDir(out), "00000.documents.jsonl"), tc.file)
		check(out, tc.dir)
		check(ShardDir(out), tc.dir)
	}
}
