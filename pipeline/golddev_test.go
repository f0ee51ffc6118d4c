package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/output"
)

// TestGoldDev runs the first half of the seed article through the whole
// path and scores it with the project's scorer (../shared/tools/score.py)
// against the hand annotation in ../shared/eval/gold-dev. It fails when
// ../shared is not there, and is skipped when python3 is not.
func TestGoldDev(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	scorer := filepath.Join(shared, "tools", "score.py")
	gold := filepath.Join(shared, "eval", "gold-dev")
	if _, err := os.Stat(scorer); err != nil {
		t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	out := t.TempDir()
	w, err := output.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	ins := []corpus.Input{{Path: filepath.Join("..", "testdata", "eval", "seed-first-half.txt"), Format: corpus.Text}}
	if _, err := config(t).Run(context.Background(), ins, w, Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command(py, scorer, gold, out, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res map[string]struct {
		P, R, F1 float64
		Missed   []string
		Extra    []string
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatalf("score.py output %q: %v", b, err)
	}
	bars := []struct {
		kind string
		bar  float64
	}{{"timex", 0.95}, {"money", 1.0}, {"events", 0.80}, {"pairs", 0.80}}
	for _, b := range bars {
		kind, bar := b.kind, b.bar
		r := res[kind]
		t.Logf("%-6s P=%.3f R=%.3f F1=%.3f", kind, r.P, r.R, r.F1)
		if r.F1 < bar {
			t.Errorf("%s F1 %.3f below %.2f; missed %v, extra %v", kind, r.F1, bar, r.Missed, r.Extra)
		}
	}
}
