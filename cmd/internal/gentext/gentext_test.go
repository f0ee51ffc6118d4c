package gentext

import (
	"strings"
	"testing"
)

func TestUnpunctuatedIsFixedAndUnpunctuated(t *testing.T) {
	a, b := Unpunctuated(500, 1), Unpunctuated(500, 1)
	if a != b {
		t.Fatal("the same seed gave two texts")
	}
	if n := len(strings.Fields(a)); n != 500 {
		t.Errorf("%d words, want 500", n)
	}
	if strings.ContainsAny(a, ".!?;") || strings.Count(a, "\n") != 1 {
		t.Errorf("sentence punctuation or line breaks in %q", a[:80])
	}
	if Unpunctuated(500, 2) == a {
		t.Error("another seed gave the same text")
	}
}
