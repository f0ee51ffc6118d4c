package text

import (
	"fmt"
	"testing"
)

// Windows cut a text at line ends into runs of at least the size asked
// for; a line longer than that is a window of its own; the windows cover
// every line once, in order.
func TestWindows(t *testing.T) {
	tx := Compose(TextBlocks("Alpha beta.\nGamma delta epsilon.\nZeta.\nEta theta iota kappa lambda.\n", false))
	if len(tx.Lines) != 4 {
		t.Fatalf("%d lines, want 4", len(tx.Lines))
	}
	for _, c := range []struct {
		size int
		want string
	}{
		{0, "[{0 4}]"},
		{-1, "[{0 4}]"},
		{1, "[{0 1} {1 2} {2 3} {3 4}]"},
		{11, "[{0 1} {1 2} {2 4}]"}, // "Zeta." is short: it joins the next line
		{20, "[{0 2} {2 4}]"},
		{1 << 20, "[{0 4}]"},
	} {
		if got := fmt.Sprint(tx.Windows(c.size)); got != c.want {
			t.Errorf("size %d: %s, want %s", c.size, got, c.want)
		}
	}
	if ws := (&Text{}).Windows(10); len(ws) != 0 {
		t.Errorf("empty text: %v", ws)
	}
}
