//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stratex/stratex/models"
)

// A named pipe given as an input would block its reader for ever: it costs
// an error record naming it, and the run goes on (exit 3).
func TestNamedPipeIsAnErrorRecord(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Chile and Peru met in Lima in 1929.\n"), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	r := execute(t, binary("run", "-q", "-out", out, good, pipe))
	if r.code != 3 {
		t.Fatalf("exit %d, want 3: %s", r.code, r.stderr)
	}
	errs := jsonLines[models.Error](t, filepath.Join(out, "errors.jsonl"))
	if len(errs) != 1 || errs[0].Source != pipe || errs[0].Stage != "read" || !strings.Contains(errs[0].Error, "not a regular file") {
		t.Errorf("error records %+v", errs)
	}
	if docs := jsonLines[models.Document](t, filepath.Join(out, "documents.jsonl")); len(docs) != 1 {
		t.Errorf("%d documents, want the good one", len(docs))
	}
}
