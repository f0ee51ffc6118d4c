package main

import (
	"os"
	"path/filepath"
	"testing"
)

// Point 10: stratex eval on a development set of another kind says which
// kind the file holds and which command reads it (exit 2), and scores
// nothing.
func TestEvalOnAFileOfAnotherKind(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
	}
	for _, c := range []struct{ stage, file, holds string }{
		{"money", "dates-dev.jsonl", "dates"},
		{"dates", "money-dev.jsonl", "money"},
		{"money", "events-dev.jsonl", "events"},
	} {
		path := filepath.Join(dir, c.file)
		r := execute(t, binary("eval", c.stage, path))
		want := "stratex: " + path + " holds " + c.holds + " cases, not " + c.stage + ": run stratex eval " + c.holds + " " + path + "\n"
		if r.code != 2 || r.stdout != "" || r.stderr != want {
			t.Errorf("eval %s %s: exit %d, stdout %.100q, stderr %q; want exit 2, no scores, %q", c.stage, c.file, r.code, r.stdout, r.stderr, want)
		}
	}
}
