package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// Writer opens the part-file writer of shard i. It holds shard i's lock
// until Finish or Abort, so two processes given the same shard (a task
// resubmitted while the first still runs) never write it at once, and it
// removes the temporary files a killed run of shard i left.
func (s *Store) Writer(i int) (*Writer, error) {
	dir := ShardDir(s.Out)
	lock := filepath.Join(dir, "."+shardName(i)+".lock")
	unlock, err := lockFile(lock)
	if errors.Is(err, errLocked) {
		return nil, fmt.Errorf("shard %d of %s is being run by another process (it holds %s)", i, s.Out, lock)
	}
	if err != nil {
		return nil, err
	}
	tmps, _ := filepath.Glob(filepath.Join(dir, "."+shardName(i)+".*.tmp"))
	for _, t := range tmps {
		os.Remove(t)
	}
	w, err := CreateKinds(dir, models.Kinds, "", shardName(i)+".")
	if err != nil {
		unlock()
		return nil, err
	}
	w.unlock = unlock
	return w, nil
}

// Finish commits shard i's part files, writes its marker and releases the
// shard's lock.
func (s *Store) Finish(i int, w *Writer, sum ShardSummary) error {
	defer w.release()
	if err := w.Commit(); err != nil {
		return err
	}
	b, _ := json.Marshal(sum)
	return writeAtomic(filepath.Join(ShardDir(s.Out), shardName(i)+".done"), append(b, '\n'))
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

// Merge concatenates every shard's part files, in manifest order, into the
// final files under out, each written through a temporary file and a
// rename. It fails, writing nothing, while any shard is not done.
func (s *Store) Merge() error {
	if _, missing := s.Status(); len(missing) > 0 {
		return fmt.Errorf("cannot merge %s: %d shard(s) not done (%s)", s.Out, len(missing), ArrayList(missing))
	}
	return s.merge()
}

// MergeDone writes the final files from the shards that are done, leaving
// the state in place: what an interrupted local run leaves for its reader,
// while running it again resumes and merges everything.
func (s *Store) MergeDone() error { return s.merge() }

func (s *Store) merge() error {
	dir := ShardDir(s.Out)
	for _, k := range models.Kinds {
		final := filepath.Join(s.Out, k.File())
		tmp, err := createTemp(s.Out, k.File())
		if err != nil {
			return fmt.Errorf("merge %s: %w", final, err)
		}
		for i := 0; i < s.Manifest.Shards; i++ {
			if !s.Done(i) {
				continue
			}
			part := filepath.Join(dir, shardName(i)+"."+k.File())
			f, err := os.Open(part)
			if err != nil {
				tmp.Close()
				os.Remove(tmp.Name())
				return fmt.Errorf("merge %s: %w", final, err)
			}
			_, err = io.Copy(tmp, f)
			f.Close()
			if err != nil {
				tmp.Close()
				os.Remove(tmp.Name())
				return fmt.Errorf("merge %s: %w", final, err)
			}
		}
		if err := settle(tmp, final, nil); err != nil {
			return fmt.Errorf("merge %s: %w", final, err)
		}
	}
	return syncDir(s.Out)
}

// Summaries reads the completion markers of the finished shards.
func (s *Store) Summaries() []ShardSummary {
	var out []ShardSummary
	for i := 0; i < s.Manifest.Shards; i++ {
		b, err := os.ReadFile(filepath.Join(ShardDir(s.Out), shardName(i)+".done"))
		if err != nil {
			continue
		}
		var sum ShardSummary
		if json.Unmarshal(b, &sum) == nil {
			out = append(out, sum)
		}
	}
	return out
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
