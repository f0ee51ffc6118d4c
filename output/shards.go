package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// A run's state lives in OUT/shards: the manifest it runs, each finished
// shard's part files (00003.events.jsonl, ...) and its completion marker
// (00003.done). Part files and markers appear only by rename, so a killed
// process leaves at most temporary files, which the next start removes.
// Merge concatenates the parts in manifest order into OUT/<kind>.jsonl.

// ShardDir is the folder of a run's state under its output folder.
func ShardDir(out string) string { return filepath.Join(out, "shards") }

// RemoveShards deletes a merged run's shard folder. It first renames the
// folder aside, in one step, so a run killed while deleting never leaves
// completion markers without their part files for the next run to trust;
// OpenStore deletes a folder left aside that way.
func RemoveShards(out string) error {
	dir, aside := ShardDir(out), ShardDir(out)+".removing"
	if err := os.Rename(dir, aside); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("remove shards of %s: %w", out, err)
	}
	return os.RemoveAll(aside)
}

func shardName(i int) string { return fmt.Sprintf("%05d", i) }

// ShardSummary is what a completion marker records.
type ShardSummary struct {
	Shard     int `json:"shard"`
	Shards    int `json:"shards"`
	Documents int `json:"documents"`
	Failed    int `json:"failed"`
	Pages     int `json:"pages"`
	Sentences int `json:"sentences"`
}

// Store is the shard state of one output folder.
type Store struct {
	Out      string
	Manifest *corpus.Manifest
}

// OpenStore prepares out for running m: it writes m to out/shards or, when
// a manifest is already there, checks that it is the same one. Several
// array tasks open the same store at once, so it touches no shard's files:
// each shard clears what a killed run of it left when it is next written.
func OpenStore(out string, m *corpus.Manifest) (*Store, error) {
	dir := ShardDir(out)
	// (only when it is there: on a read-only file system RemoveAll fails
	// even for nothing, and the error would name a folder that is not)
	if _, err := os.Lstat(dir + ".removing"); err == nil {
		if err := os.RemoveAll(dir + ".removing"); err != nil {
			return nil, fmt.Errorf("remove %s.removing: %w", dir, err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	path := filepath.Join(dir, "manifest.tsv")
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return nil, err
	}
	if old, err := os.ReadFile(path); err == nil {
		if !bytes.Equal(old, buf.Bytes()) {
			return nil, fmt.Errorf("%s holds a run of a different manifest: remove %s to start over, or write to a new folder", out, dir)
		}
	} else if err := writeAtomic(path, buf.Bytes()); err != nil {
		return nil, err
	}
	// a manifest temp file is written in a moment; one left for an hour
	// belongs to a killed process
	tmps, _ := filepath.Glob(filepath.Join(dir, ".manifest.tsv.*.tmp"))
	for _, t := range tmps {
		if fi, err := os.Stat(t); err == nil && time.Since(fi.ModTime()) > time.Hour {
			os.Remove(t)
		}
	}
	return &Store{Out: out, Manifest: m}, nil
}

// CheckOptions keeps what a run's records depend on besides its inputs (the
// program's version, forced settings, the user's vocabulary files), as
// text, beside the manifest: the first run writes it, a run that resumes
// must bring the same, so one output never mixes records made two ways.
func (s *Store) CheckOptions(opts string) error {
	path := filepath.Join(ShardDir(s.Out), "options.txt")
	old, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return writeAtomic(path, []byte(opts))
	}
	if err != nil {
		return err
	}
	if !bytes.Equal(old, []byte(opts)) {
		return fmt.Errorf("%s holds part of a run made with other options (%s, now %s): run it again as it was, remove %s to start over, or write to a new folder",
			s.Out, strings.Join(strings.Fields(string(old)), " "), strings.Join(strings.Fields(opts), " "), ShardDir(s.Out))
	}
	return nil
}

// LockRun keeps a second local run out of the folder while this one runs
// (array tasks share a folder and lock shard by shard instead); it returns
// the function that lets go.
func (s *Store) LockRun() (func(), error) {
	unlock, err := lockFile(filepath.Join(ShardDir(s.Out), ".run.lock"))
	if errors.Is(err, errLocked) {
		return nil, fmt.Errorf("another stratex run is writing %s: wait for it, or write to another folder", s.Out)
	}
	return unlock, err
}

// LoadStore opens the shard state of out from the manifest kept there.
func LoadStore(out string) (*Store, error) {
	path := filepath.Join(ShardDir(out), "manifest.tsv")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("no run state in %s: %w", out, err)
	}
	defer f.Close()
	m, err := corpus.ReadManifest(f, path)
	if err != nil {
		return nil, err
	}
	return &Store{Out: out, Manifest: m}, nil
}

// Done reports whether shard i has its completion marker.
func (s *Store) Done(i int) bool {
	_, err := os.Stat(filepath.Join(ShardDir(s.Out), shardName(i)+".done"))
	return err == nil
}

// errLocked says another process holds a shard's lock.
var errLocked = errors.New("locked")

// Finished is the number of documents of shard i that are done: all of
// them when the shard is, else those in its journal. Another process may
// be appending to that journal; Finished reads what it has written.
func (s *Store) Finished(i int) int {
	if sum, ok := s.summary(i); ok {
		return sum.Documents
	}
	f, err := os.Open(journalPath(s.Out, i))
	if err != nil {
		return 0
	}
	defer f.Close()
	entries, _, _ := scanJournal(f)
	return len(entries)
}

// Status lists the shards that are done and those that are not.
func (s *Store) Status() (done, missing []int) {
	for i := 0; i < s.Manifest.Shards; i++ {
		if s.Done(i) {
			done = append(done, i)
		} else {
			missing = append(missing, i)
		}
	}
	return done, missing
}

// Merged reports whether every shard is done and the final files under
// out are their merge: each as long as its kind's part files together.
func (s *Store) Merged() bool {
	if _, missing := s.Status(); len(missing) > 0 {
		return false
	}
	for _, k := range models.Kinds {
		fi, err := os.Stat(filepath.Join(s.Out, k.File()))
		if err != nil {
			return false
		}
		var parts int64
		for i := 0; i < s.Manifest.Shards; i++ {
			pi, err := os.Stat(filepath.Join(ShardDir(s.Out), shardName(i)+"."+k.File()))
			if err != nil {
				return false
			}
			parts += pi.Size()
		}
		if parts != fi.Size() {
			return false
		}
	}
	return true
}

// Merge concatenates every shard's part files, in manifest order, into the
// final files under out, each written through a temporary file and a
// rename. It fails, writing nothing, while any shard is not done.
func (s *Store) Merge() error {
	if _, missing := s.Status(); len(missing) > 0 {
		return fmt.Errorf("cannot merge %s: %d shard(s) not done (%s)", s.Out, len(missing), ArrayList(missing))
	}
	return s.merge(false)
}

// MergeDone writes the final files from the documents that are done: the
// shards that are, and the journals of those that are not, leaving the
// state in place. It is what an interrupted local run leaves for its
// reader, while running it again resumes and merges everything.
func (s *Store) MergeDone() error { return s.merge(true) }

func (s *Store) merge(journals bool) error {
	dir := ShardDir(s.Out)
	// one merge of a folder at a time; holding the lock, it clears the
	// temporary files a merge that was killed left beside the final ones
	unlock, err := lockFile(filepath.Join(dir, ".merge.lock"))
	if errors.Is(err, errLocked) {
		return fmt.Errorf("merge: another process is merging %s", s.Out)
	}
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	defer unlock()
	for _, k := range models.Kinds {
		tmps, _ := filepath.Glob(filepath.Join(s.Out, "."+k.File()+".*.tmp"))
		for _, t := range tmps {
			os.Remove(t)
		}
	}
	w, err := CreateKinds(s.Out, models.Kinds, "", "")
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	for i := 0; i < s.Manifest.Shards; i++ {
		if s.Done(i) {
			for _, k := range models.Kinds {
				if err := w.appendFile(k, filepath.Join(dir, shardName(i)+"."+k.File())); err != nil {
					w.Abort()
					return fmt.Errorf("merge: %w", err)
				}
			}
			continue
		}
		if !journals {
			continue
		}
		f, err := os.Open(journalPath(s.Out, i))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err == nil {
			err = copyJournal(f, w)
			f.Close()
		}
		if err != nil {
			w.Abort()
			return fmt.Errorf("merge the journal of shard %d: %w", i, err)
		}
	}
	if err := w.Commit(); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	return nil
}

// Summaries reads the completion markers of the finished shards.
func (s *Store) Summaries() []ShardSummary {
	var out []ShardSummary
	for i := 0; i < s.Manifest.Shards; i++ {
		if sum, ok := s.summary(i); ok {
			out = append(out, sum)
		}
	}
	return out
}

// summary reads shard i's completion marker; false when it has none.
func (s *Store) summary(i int) (ShardSummary, bool) {
	var sum ShardSummary
	b, err := os.ReadFile(filepath.Join(ShardDir(s.Out), shardName(i)+".done"))
	if err != nil || json.Unmarshal(b, &sum) != nil {
		return sum, false
	}
	return sum, true
}

// ArrayList writes shard numbers as a Slurm --array list: "1,3-5,9".
func ArrayList(shards []int) string {
	s := append([]int(nil), shards...)
	sort.Ints(s)
	var parts []string
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && s[j+1] == s[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(s[i]))
		} else {
			parts = append(parts, strconv.Itoa(s[i])+"-"+strconv.Itoa(s[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// writeAtomic writes data to path through a temporary file and a rename.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err := settle(tmp, path, err); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return syncDir(dir)
}

// settle ends the writing of tmp (err is how it went so far): it syncs,
// closes and renames tmp to final, or removes it on any error.
func settle(tmp *os.File, final string, err error) error {
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), final)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
