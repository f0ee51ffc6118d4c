package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stratex/stratex/pipeline"
)

// TestDevSets holds the date and money scanners and the event stage to the
// development bars (../shared/eval; it fails when that is not beside the
// repository).
func TestDevSets(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "..", "shared", "eval")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
	}
	cfg, err := pipeline.NewConfig()
	if err != nil {
		t.Fatal(err)
	}
	v := cfg.Vocab
	money, err := Money(v, filepath.Join(dir, "money-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	dates, err := Dates(v, filepath.Join(dir, "dates-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	events, err := Events(cfg, filepath.Join(dir, "events-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var all Score
	for _, s := range money.Kinds {
		all.TP += s.TP
		all.Pred += s.Pred
		all.Gold += s.Gold
	}
	checks := []struct {
		name string
		got  float64
		min  bool
		bar  float64
	}{
		{"money F1", all.F1(), true, 0.95},
		{"dates absolute F1", dates.Kinds["absolute"].F1(), true, 0.92},
		{"dates relative F1", dates.Kinds["relative"].F1(), true, 0.80},
		{"dates false positives on negative cases", ratio(dates.Kinds["negative"].FalseCases, dates.Kinds["negative"].Cases), false, 0.05},
		{"events dyad F1 (principal events)", events.MainDyads.F1(), true, 0.65},
		{"events category accuracy", ratio(events.TypedRight, events.Typed), true, 0.55},
	}
	for _, c := range checks {
		t.Logf("%-40s %.3f", c.name, c.got)
		if c.min && c.got < c.bar || !c.min && c.got > c.bar {
			t.Errorf("%s = %.3f, bar %.2f", c.name, c.got, c.bar)
		}
	}
}
