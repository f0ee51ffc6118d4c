package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stratex/stratex/models"
)

// A shard in progress keeps the records of its finished documents in a
// journal, OUT/shards/00003.journal, one entry per document in the order
// of the shard's documents. An entry is a header line
//
//	E <pos> <failed 0|1> <pages> <sentences> <bytes of each kind, comma-separated> <crc32c>
//
// followed by the document's JSON Lines, kind by kind in the order of
// models.Kinds, encoded exactly as the part files hold them. The CRC-32C
// covers the header up to the checksum and the records. A process killed
// while it appends leaves a torn last entry, which fails its checksum and
// is dropped when the journal is next opened; when the shard's last
// document is in, the journal is folded into the part files and removed.

// journalHeader opens a journal; the kinds name the order of the records.
var journalHeader = "stratex journal v1 kinds=" + kindList() + "\n"

func kindList() string {
	names := make([]string, len(models.Kinds))
	for i, k := range models.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ",")
}

// maxEntryHeader bounds an entry's header line.
const maxEntryHeader = 256

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Journal is the log of the finished documents of one shard, held by one
// process at a time (the shard's lock) from OpenJournal to Commit or Close.
type Journal struct {
	st     *Store
	shard  int
	f      *os.File
	unlock func()
	sum    ShardSummary
	end    int64 // where the last whole entry ends, and the next begins
	broken error // a failed Append whose part could not be cut off
}

// entry is an entry's header.
type entry struct {
	pos, pages, sentences int
	failed                bool
	sizes                 []int
}

func journalPath(out string, i int) string {
	return filepath.Join(ShardDir(out), shardName(i)+".journal")
}

// OpenJournal takes shard i's lock, clears the temporary files a killed run
// of it left, and opens its journal, keeping the entries a previous run
// finished and dropping a torn last one. Two processes given the same
// shard (a task resubmitted while the first still runs) never write it at
// once: the second gets an error.
func (s *Store) OpenJournal(i int) (*Journal, error) {
	if s.Done(i) {
		return nil, fmt.Errorf("shard %d of %s is done already", i, s.Out)
	}
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
	j := &Journal{st: s, shard: i, unlock: unlock, sum: ShardSummary{Shard: i, Shards: s.Manifest.Shards}}
	path := journalPath(s.Out, i)
	j.f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		unlock()
		return nil, fmt.Errorf("open journal of shard %d: %w", i, err)
	}
	entries, valid, err := scanJournal(j.f)
	for _, e := range entries {
		j.count(e)
	}
	if err != nil {
		j.Close()
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if valid == 0 {
		j.sum = ShardSummary{Shard: i, Shards: s.Manifest.Shards}
		if err := j.f.Truncate(0); err == nil {
			_, err = j.f.WriteAt([]byte(journalHeader), 0)
		}
		valid = int64(len(journalHeader))
		if err != nil {
			j.Close()
			return nil, fmt.Errorf("start %s: %w", path, err)
		}
	} else if err := j.f.Truncate(valid); err != nil {
		j.Close()
		return nil, fmt.Errorf("drop the torn tail of %s: %w", path, err)
	}
	if _, err := j.f.Seek(valid, io.SeekStart); err != nil {
		j.Close()
		return nil, fmt.Errorf("seek %s: %w", path, err)
	}
	j.end = valid
	return j, nil
}

func (j *Journal) count(e entry) {
	j.sum.Documents++
	if e.failed {
		j.sum.Failed++
	}
	j.sum.Pages += e.pages
	j.sum.Sentences += e.sentences
}

// Done is the number of documents in the journal: the first Done documents
// of the shard are finished.
func (j *Journal) Done() int { return j.sum.Documents }

// kindIndex is each kind's place in models.Kinds.
var kindIndex = func() map[models.Kind]int {
	m := map[models.Kind]int{}
	for i, k := range models.Kinds {
		m[k] = i
	}
	return m
}()

// spillMem is how many bytes of a document's encoded records an Append
// holds in memory; beyond it they go to a temporary file beside the
// journal, so that a long document's output costs bounded memory.
const spillMem = 4 << 20

// Append adds the records of the shard's next document to the journal.
// The records are encoded once, into a spill (memory, then a temporary
// file for a large document), and copied from it twice: through the
// checksum, then after the entry's header into the journal. An Append
// that fails (a full disk) cuts off what it wrote of its entry, so the
// journal still ends on a whole entry and the next Append, or Commit,
// goes on from there.
func (j *Journal) Append(r *models.Result) error {
	if j.broken != nil {
		return j.broken
	}
	if err := j.append(r); err != nil {
		if terr := j.cut(); terr != nil {
			j.broken = fmt.Errorf("journal of shard %d ends in a torn entry that could not be cut off (%v) after: %w", j.shard, terr, err)
		}
		return err
	}
	return nil
}

// cut drops whatever follows the last whole entry.
func (j *Journal) cut() error {
	if err := j.f.Truncate(j.end); err != nil {
		return err
	}
	_, err := j.f.Seek(j.end, io.SeekStart)
	return err
}

func (j *Journal) append(r *models.Result) error {
	sp := &spill{dir: ShardDir(j.st.Out), name: "." + shardName(j.shard) + ".spill.tmp"}
	defer sp.close()
	sizes, err := encodeRecords(sp, r)
	if err != nil {
		return fmt.Errorf("encode records of shard %d: %w", j.shard, err)
	}
	e := entry{pos: j.sum.Documents, failed: r.Failed(), sizes: sizes}
	if r.Document != nil {
		e.pages, e.sentences = r.Document.Pages, len(r.Sentences)
	}
	head := entryHead(e)
	crc := crc32.New(castagnoli)
	crc.Write(head)
	if err := sp.copyTo(crc); err != nil {
		return fmt.Errorf("encode records of shard %d: %w", j.shard, err)
	}
	head = fmt.Appendf(head, "%08x\n", crc.Sum32())
	bw := bufio.NewWriterSize(j.f, 64<<10)
	bw.Write(head)
	if err := sp.copyTo(bw); err != nil {
		return fmt.Errorf("append to journal of shard %d: %w", j.shard, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("append to journal of shard %d: %w", j.shard, err)
	}
	j.end += int64(len(head))
	for _, n := range sizes {
		j.end += int64(n)
	}
	j.count(e)
	return nil
}

// encodeRecords writes r's JSON Lines to w, kind by kind in the order of
// models.Kinds, encoded exactly as the part files hold them, and returns
// the bytes of each kind.
func encodeRecords(w io.Writer, r *models.Result) ([]int, error) {
	cw := &countingWriter{w: w}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	sizes := make([]int, len(models.Kinds))
	err := r.Each(func(k models.Kind, rec any) error {
		before := cw.n
		if err := enc.Encode(rec); err != nil {
			return err
		}
		sizes[kindIndex[k]] += int(cw.n - before)
		return nil
	})
	return sizes, err
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// spill holds bytes written to it in memory up to spillMem, and the rest
// in a temporary file dir/name (a name OpenJournal clears when a killed
// run left it).
type spill struct {
	dir, name string
	mem       bytes.Buffer
	f         *os.File
	bw        *bufio.Writer
}

func (s *spill) Write(p []byte) (int, error) {
	if s.f == nil && s.mem.Len()+len(p) <= spillMem {
		return s.mem.Write(p)
	}
	if s.f == nil {
		f, err := os.OpenFile(filepath.Join(s.dir, s.name), os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
		if err != nil {
			return 0, fmt.Errorf("spill records to a file: %w", err)
		}
		s.f, s.bw = f, bufio.NewWriterSize(f, 64<<10)
	}
	return s.bw.Write(p)
}

// copyTo writes everything written to the spill to w.
func (s *spill) copyTo(w io.Writer) error {
	if _, err := w.Write(s.mem.Bytes()); err != nil {
		return err
	}
	if s.f == nil {
		return nil
	}
	if err := s.bw.Flush(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.f)
	return err
}

// close removes the spill's file.
func (s *spill) close() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
	}
}

// entryHead is an entry's header line up to its checksum.
func entryHead(e entry) []byte {
	sizes := make([]string, len(e.sizes))
	for i, n := range e.sizes {
		sizes[i] = strconv.Itoa(n)
	}
	failed := 0
	if e.failed {
		failed = 1
	}
	return fmt.Appendf(nil, "E %d %d %d %d %s ", e.pos, failed, e.pages, e.sentences, strings.Join(sizes, ","))
}

// scanJournal reads a journal from its start and returns its intact
// entries and the length of the intact part (0 when even the header line
// is missing or of another version). It stops at the first entry that is
// torn, fails its checksum or is out of order. It reads the records
// through the checksum without holding them.
func scanJournal(r io.ReadSeeker) ([]entry, int64, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, 0, err
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := readLine(br, len(journalHeader))
	if err != nil || head != journalHeader {
		return nil, 0, nil
	}
	valid := int64(len(head))
	var entries []entry
	for pos := 0; ; pos++ {
		line, err := readLine(br, maxEntryHeader)
		if err != nil {
			return entries, valid, nil
		}
		e, crcText, ok := parseEntry(line, pos)
		if !ok {
			return entries, valid, nil
		}
		crc := crc32.New(castagnoli)
		crc.Write([]byte(line[:len(line)-len(crcText)-1]))
		n := int64(0)
		for _, k := range e.sizes {
			n += int64(k)
		}
		if m, _ := io.CopyN(crc, br, n); m < n || fmt.Sprintf("%08x", crc.Sum32()) != crcText {
			return entries, valid, nil // torn, or not what was written
		}
		entries = append(entries, e)
		valid += int64(len(line)) + n
	}
}

// readLine reads one line, its newline included, of at most max bytes.
func readLine(br *bufio.Reader, max int) (string, error) {
	var b []byte
	for len(b) <= max {
		c, err := br.ReadByte()
		if err != nil {
			return "", err
		}
		b = append(b, c)
		if c == '\n' {
			return string(b), nil
		}
	}
	return "", errors.New("line too long")
}

// parseEntry reads an entry's header line; ok is false when it is not the
// header of the entry at pos.
func parseEntry(line string, pos int) (e entry, crc string, ok bool) {
	f := strings.Fields(line)
	if len(f) != 7 || f[0] != "E" || len(f[6]) != 8 {
		return e, "", false
	}
	var nums [4]int
	for i := range nums {
		n, err := strconv.Atoi(f[i+1])
		if err != nil || n < 0 {
			return e, "", false
		}
		nums[i] = n
	}
	if nums[0] != pos || nums[1] > 1 {
		return e, "", false
	}
	e = entry{pos: nums[0], failed: nums[1] == 1, pages: nums[2], sentences: nums[3]}
	sizes := strings.Split(f[5], ",")
	if len(sizes) != len(models.Kinds) {
		return e, "", false
	}
	for _, s := range sizes {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 1<<34 {
			return e, "", false
		}
		e.sizes = append(e.sizes, n)
	}
	return e, f[6], true
}

// Commit folds the journal into shard i's part files, writes the shard's
// completion marker, removes the journal and releases the shard's lock.
func (j *Journal) Commit() error {
	defer j.Close()
	if j.broken != nil {
		return j.broken
	}
	dir := ShardDir(j.st.Out)
	w, err := CreateKinds(dir, models.Kinds, "", shardName(j.shard)+".")
	if err != nil {
		return err
	}
	if err := copyJournal(j.f, w); err != nil {
		w.Abort()
		return fmt.Errorf("fold the journal of shard %d: %w", j.shard, err)
	}
	if err := w.Commit(); err != nil {
		return err
	}
	b, _ := json.Marshal(j.sum)
	if err := writeAtomic(filepath.Join(dir, shardName(j.shard)+".done"), append(b, '\n')); err != nil {
		return err
	}
	if err := os.Remove(journalPath(j.st.Out, j.shard)); err != nil {
		return fmt.Errorf("remove the journal of shard %d: %w", j.shard, err)
	}
	return nil
}

// copyJournal writes every intact entry of a journal to w's files: it
// checks them first (scanJournal), then copies their records from the
// file kind by kind, without holding them.
func copyJournal(r io.ReadSeeker, w *Writer) error {
	entries, _, err := scanJournal(r)
	if err != nil {
		return err
	}
	if _, err := r.Seek(int64(len(journalHeader)), io.SeekStart); err != nil {
		return err
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for pos, e := range entries {
		if _, err := readLine(br, maxEntryHeader); err != nil {
			return fmt.Errorf("entry %d: %w", pos, err)
		}
		for i, k := range models.Kinds {
			if err := w.copyRaw(k, br, int64(e.sizes[i])); err != nil {
				return err
			}
		}
	}
	return nil
}

// Close leaves the journal for a later run and releases the shard's lock.
func (j *Journal) Close() {
	if j.f != nil {
		j.f.Close()
		j.f = nil
	}
	if j.unlock != nil {
		j.unlock()
		j.unlock = nil
	}
}
