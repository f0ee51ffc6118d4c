package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// document is a result with records of several kinds, some with characters
// JSON could escape, so that a journal must keep the bytes exactly.
func document(i int) *models.Result {
	id := fmt.Sprintf("%016x", i)
	actor := "PAK"
	return &models.Result{
		Document:  &models.Document{Doc: id, Source: id + ".txt", Sources: []string{id + ".txt"}, Pages: i, Sentences: 2},
		Sentences: []models.Sentence{{Doc: id, Sent: 0, Text: "A <b> & \u201cc\u201d"}, {Doc: id, Sent: 1, Text: "Pakistan."}},
		Entities:  []models.Entity{{Doc: id, Sent: 1, Text: "Pakistan", Label: "GPE", Actor: &actor}},
		Errors:    []models.Error{{Doc: id, Source: id + ".txt", Stage: "pdf", Error: "page 2", Page: 2}},
	}
}

func failed(i int) *models.Result {
	return &models.Result{Errors: []models.Error{{Source: fmt.Sprintf("%d.pdf", i), Stage: "read", Error: "open: no such file"}}}
}

// reference writes results the way a run without a journal would.
func reference(t *testing.T, results []*models.Result) string {
	t.Helper()
	dir := t.TempDir()
	w, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		w.Write(r)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func sameFiles(t *testing.T, got, want, prefix string) {
	t.Helper()
	for _, k := range models.Kinds {
		a, err1 := os.ReadFile(filepath.Join(got, prefix+k.File()))
		b, err2 := os.ReadFile(filepath.Join(want, k.File()))
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs: %v %v\n got %q\nwant %q", k.File(), err1, err2, a, b)
		}
	}
}

// A killed run leaves a journal whose last entry may be torn: reopened, it
// keeps the whole entries, drops the torn one, and once the shard is done
// the part files are byte for byte those of a run never stopped.
func TestJournalKeepsFinishedDocumentsAndDropsATornTail(t *testing.T) {
	results := []*models.Result{document(1), failed(2), document(3), document(4)}
	for _, cut := range []int{1, 10, -1} { // bytes of the next entry written before the kill
		out := t.TempDir()
		st, err := OpenStore(out, &corpus.Manifest{Shards: 1})
		if err != nil {
			t.Fatal(err)
		}
		j, err := st.OpenJournal(0)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range results[:3] {
			if err := j.Append(r); err != nil {
				t.Fatal(err)
			}
		}
		j.Close()
		path := filepath.Join(ShardDir(out), "00000.journal")
		whole, _ := os.ReadFile(path)
		var next bytes.Buffer
		j2, _ := st.OpenJournal(0)
		j2.Append(results[3])
		j2.Close()
		b, _ := os.ReadFile(path)
		next.Write(b[len(whole):])
		n := cut
		if n < 0 {
			n = next.Len() - 1 // all but the last byte
		}
		os.WriteFile(path, append(whole, next.Bytes()[:n]...), 0o644)

		j, err = st.OpenJournal(0)
		if err != nil {
			t.Fatal(err)
		}
		if j.Done() != 3 {
			t.Errorf("cut %d: %d documents kept, want 3", cut, j.Done())
		}
		if err := j.Append(results[3]); err != nil {
			t.Fatal(err)
		}
		if err := j.Commit(); err != nil {
			t.Fatal(err)
		}
		sameFiles(t, ShardDir(out), reference(t, results), "00000.")
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("journal left after the commit: %v", err)
		}
		sums := st.Summaries()
		if len(sums) != 1 || sums[0].Documents != 4 || sums[0].Failed != 1 || sums[0].Pages != 8 || sums[0].Sentences != 6 {
			t.Errorf("completion marker %+v", sums)
		}
	}
}

// A changed byte ends the journal there: the documents after it are done
// again rather than trusted; a journal of another format is started over.
func TestJournalDropsEverythingFromACorruptEntry(t *testing.T) {
	out := t.TempDir()
	st, _ := OpenStore(out, &corpus.Manifest{Shards: 1})
	j, _ := st.OpenJournal(0)
	for i := 1; i <= 3; i++ {
		j.Append(document(i))
	}
	j.Close()
	path := filepath.Join(ShardDir(out), "00000.journal")
	b, _ := os.ReadFile(path)
	second := strings.Index(string(b), "\nE 1 ") + 1 // records are JSON lines: only headers start with "E "
	corrupt := append([]byte{}, b...)
	corrupt[second+40] ^= 1
	os.WriteFile(path, corrupt, 0o644)
	if j, _ = st.OpenJournal(0); j.Done() != 1 {
		t.Errorf("%d documents kept from a journal corrupt in its second entry, want 1", j.Done())
	}
	j.Close()
	if fi, _ := os.Stat(path); fi.Size() >= int64(second+40) {
		t.Errorf("the corrupt entries were not cut off: %d bytes", fi.Size())
	}
	os.WriteFile(path, append([]byte("stratex journal v0 kinds=documents\n"), b[strings.IndexByte(string(b), '\n')+1:]...), 0o644)
	if j, _ = st.OpenJournal(0); j.Done() != 0 {
		t.Errorf("%d documents kept from a journal of another format", j.Done())
	}
	j.Close()
}

// An interrupted run's files hold the done shards and the journal of the
// shard in progress, in order; the state stays for the rerun.
func TestMergeDoneIncludesJournals(t *testing.T) {
	out := t.TempDir()
	st, _ := OpenStore(out, &corpus.Manifest{Shards: 3})
	j, _ := st.OpenJournal(0)
	j.Append(document(1))
	j.Commit()
	j, _ = st.OpenJournal(1)
	j.Append(document(2))
	j.Append(failed(3))
	j.Close()
	if err := st.MergeDone(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, out, reference(t, []*models.Result{document(1), document(2), failed(3)}), "")
	if st.Finished(0) != 1 || st.Finished(1) != 2 || st.Finished(2) != 0 {
		t.Errorf("finished %d %d %d, want 1 2 0", st.Finished(0), st.Finished(1), st.Finished(2))
	}
	if j, err := st.OpenJournal(1); err != nil || j.Done() != 2 {
		t.Errorf("journal after MergeDone: %v", err)
	}
}

// large is a document whose records take more than spillMem bytes of JSON.
func large(i int) *models.Result {
	r := document(i)
	line := strings.Repeat("The treaty was signed in Moscow. ", 8)
	for k := 2; len(r.Sentences)*len(line) <= 2*spillMem; k++ {
		r.Sentences = append(r.Sentences, models.Sentence{Doc: r.Document.Doc, Sent: k, Text: line})
	}
	r.Document.Sentences = len(r.Sentences)
	return r
}

// A document whose records outgrow the memory an Append holds goes through
// a temporary file beside the journal, which is removed; the journal and
// the part files are the same as for any other document.
func TestJournalSpillsALargeDocument(t *testing.T) {
	results := []*models.Result{document(1), large(2), document(3)}
	out := t.TempDir()
	st, _ := OpenStore(out, &corpus.Manifest{Shards: 1})
	j, err := st.OpenJournal(0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results[:2] {
		if err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	if left, _ := filepath.Glob(filepath.Join(ShardDir(out), "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if j, err = st.OpenJournal(0); err != nil || j.Done() != 2 {
		t.Fatalf("reopened: %v, %d documents, want 2", err, j.Done())
	}
	if err := j.Append(results[2]); err != nil {
		t.Fatal(err)
	}
	if err := j.Commit(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, ShardDir(out), reference(t, results), "00000.")
}
