package output

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/stratex/stratex/models"
)

// Writer writes the records of a run into one JSON Lines file per kind.
type Writer struct {
	dir    string
	files  map[models.Kind]*file
	order  []models.Kind
	done   bool
	unlock func() // set by Store.Writer: releases the shard's lock
}

func (w *Writer) release() {
	if w.unlock != nil {
		w.unlock()
		w.unlock = nil
	}
}

type file struct {
	final string
	tmp   *os.File
	buf   *bufio.Writer
	enc   *json.Encoder
}

// Create opens a writer for every kind in models.Kinds under dir, creating
// dir if needed. Nothing appears under the final names until Commit.
func Create(dir string) (*Writer, error) {
	return CreateKinds(dir, models.Kinds, "", "")
}

// CreateKinds is Create for the given kinds, with prefix and suffix added
// to each final file name (a shard's part files are "00003.events.jsonl").
func CreateKinds(dir string, kinds []models.Kind, suffix, prefix string) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output folder %s: %w", dir, err)
	}
	w := &Writer{dir: dir, files: map[models.Kind]*file{}}
	for _, k := range kinds {
		final := filepath.Join(dir, prefix+k.File()+suffix)
		tmp, err := createTemp(dir, prefix+k.File()+suffix)
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("create output file for %s: %w", final, err)
		}
		buf := bufio.NewWriterSize(tmp, 256*1024)
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		w.files[k] = &file{final: final, tmp: tmp, buf: buf, enc: enc}
		w.order = append(w.order, k)
	}
	return w, nil
}

// Write appends every record of r to its kind's file.
func (w *Writer) Write(r *models.Result) error {
	return r.Each(func(k models.Kind, rec any) error {
		f := w.files[k]
		if f == nil {
			return fmt.Errorf("write %s record: no file for this kind", k)
		}
		if err := f.enc.Encode(rec); err != nil {
			return fmt.Errorf("write %s: %w", f.final, err)
		}
		return nil
	})
}

// copyRaw appends n bytes from r, whole JSON lines of kind k, to k's file.
func (w *Writer) copyRaw(k models.Kind, r io.Reader, n int64) error {
	f := w.files[k]
	if f == nil {
		return fmt.Errorf("write %s records: no file for this kind", k)
	}
	if _, err := io.CopyN(f.buf, r, n); err != nil {
		return fmt.Errorf("write %s: %w", f.final, err)
	}
	return nil
}

// appendFile appends the file at path, whole JSON lines of kind k, to k's file.
func (w *Writer) appendFile(k models.Kind, path string) error {
	f := w.files[k]
	if f == nil {
		return fmt.Errorf("write %s records: no file for this kind", k)
	}
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	if _, err := io.Copy(f.buf, in); err != nil {
		return fmt.Errorf("copy %s to %s: %w", path, f.final, err)
	}
	return nil
}

// Commit flushes and syncs every file, then renames each to its final
// name: a file that cannot be written leaves every final name as it was.
func (w *Writer) Commit() error {
	if w.done {
		return errors.New("output already committed or aborted")
	}
	w.done = true
	var first error
	for _, k := range w.order {
		f := w.files[k]
		err := f.buf.Flush()
		if err == nil {
			err = f.tmp.Sync()
		}
		if cerr := f.tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil && first == nil {
			first = fmt.Errorf("commit %s: %w", f.final, err)
		}
	}
	for _, k := range w.order {
		f := w.files[k]
		if first == nil {
			if err := os.Rename(f.tmp.Name(), f.final); err != nil {
				first = fmt.Errorf("commit %s: %w", f.final, err)
			}
		}
		if first != nil {
			os.Remove(f.tmp.Name())
		}
	}
	if first == nil {
		first = syncDir(w.dir)
	}
	return first
}

// Abort removes the temporary files; the final names are left untouched.
func (w *Writer) Abort() {
	defer w.release()
	if w.done {
		return
	}
	w.done = true
	for _, k := range w.order {
		f := w.files[k]
		f.tmp.Close()
		os.Remove(f.tmp.Name())
	}
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync output folder %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync output folder %s: %w", dir, err)
	}
	return nil
}
