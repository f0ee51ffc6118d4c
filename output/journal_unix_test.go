//go:build unix

package output

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// A process killed in the middle of an Append may leave its entry torn at
// any byte. Whatever the byte, the next run keeps the whole entries, and
// its next Append starts where they end: the journal it leaves is, byte
// for byte, that of a run never killed.
func TestJournalTornAtEveryByteResumesExactly(t *testing.T) {
	results := []*models.Result{document(1), failed(2), document(3), document(4)}
	out := t.TempDir()
	st, _ := OpenStore(out, &corpus.Manifest{Shards: 1})
	path := filepath.Join(ShardDir(out), "00000.journal")
	j, _ := st.OpenJournal(0)
	for _, r := range results[:3] {
		if err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	three, _ := os.ReadFile(path)
	j, _ = st.OpenJournal(0)
	j.Append(results[3])
	j.Close()
	four, _ := os.ReadFile(path)
	for cut := len(three); cut < len(four); cut++ {
		os.WriteFile(path, four[:cut], 0o644)
		j, err := st.OpenJournal(0)
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		if j.Done() != 3 || st.Finished(0) != 3 {
			t.Errorf("cut at byte %d of %d: %d documents kept (Finished %d), want 3", cut-len(three), len(four)-len(three), j.Done(), st.Finished(0))
		}
		err = j.Append(results[3])
		j.Close()
		if b, _ := os.ReadFile(path); err != nil || !bytes.Equal(b, four) {
			t.Fatalf("cut at byte %d of the last entry: appended again (%v), the journal is not that of a run never killed:\n got %q\nwant %q", cut-len(three), err, b[len(three):], four[len(three):])
		}
	}
}

// An Append that fails part way (a full disk: here a file size limit, which
// makes the write stop short as ENOSPC does) leaves no part of its entry
// behind: the journal still ends on its last whole entry, so a later
// Append, in the same process or after the disk is freed, is read back,
// and a Commit loses no document.
func TestJournalFailedAppendLeavesNoTornEntry(t *testing.T) {
	// the second document's records are held in memory (under spillMem),
	// so that its entry, not a spill, is what the limit cuts
	mid := document(2)
	for k := 2; k < 2000; k++ {
		mid.Sentences = append(mid.Sentences, models.Sentence{Doc: mid.Document.Doc, Sent: k, Text: "The treaty was signed in Moscow."})
	}
	results := []*models.Result{document(1), mid, document(3)}
	out := t.TempDir()
	st, _ := OpenStore(out, &corpus.Manifest{Shards: 1})
	j, err := st.OpenJournal(0)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if err := j.Append(results[0]); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(filepath.Join(ShardDir(out), "00000.journal"))
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip("no file size limit here:", err)
	}
	// room for a part of the second document's entry
	limit := syscall.Rlimit{Cur: uint64(fi.Size()) + 70_000, Max: old.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Skip("cannot set a file size limit:", err)
	}
	err = j.Append(results[1])
	syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old)
	if err == nil {
		t.Fatal("the append past the file size limit did not fail")
	}
	if j.Done() != 1 {
		t.Errorf("%d documents counted after a failed append, want 1", j.Done())
	}
	for _, r := range results[1:] {
		if err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	if n := st.Finished(0); n != 3 {
		t.Fatalf("the journal reads back %d documents, want 3", n)
	}
	if err := j.Commit(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, ShardDir(out), reference(t, results), "00000.")
}
