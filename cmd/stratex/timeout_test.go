package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stratex/stratex/cmd/internal/gentext"
	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// A document that outlives -timeout gives one error record that names it
// by its id, and the run ends soon after the deadline: the stages stop
// when their context ends.
func TestTimeoutStopsTheDocumentAndNamesIt(t *testing.T) {
	data := []byte(gentext.Unpunctuated(96000, 1)) // several seconds of work
	in := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	t0 := time.Now()
	code, _, stderr := stratex(t, "", "run", "-q", "-timeout", "300ms", "-out", out, in)
	took := time.Since(t0)
	if code != 3 {
		t.Fatalf("exit %d, want 3: %s", code, stderr)
	}
	t.Logf("run with -timeout 300ms returned after %s", took)
	if took > 5*time.Second {
		t.Errorf("run took %s after a 300ms timeout", took)
	}
	errs := readLines(t, filepath.Join(out, "errors.jsonl"))
	if len(errs) != 1 {
		t.Fatalf("%d error records, want 1: %q", len(errs), errs)
	}
	var e models.Error
	if err := json.Unmarshal([]byte(errs[0]), &e); err != nil {
		t.Fatal(err)
	}
	id, _ := corpus.ID(data)
	if e.Stage != "timeout" || e.Doc != id || e.Source != in {
		t.Errorf("error record %+v, want stage timeout, doc %s, source %s", e, id, in)
	}
}
