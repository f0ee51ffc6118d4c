package actor

import (
	"strings"
	"testing"
	"time"
)

// TestOwnBodiesLinearInDocument: a long narrative whose paragraphs each name
// international bodies and a state's own bodies ("the government", "the
// cabinet", "the army", "the parliament") is resolved in time that grows
// with the document, not with its square: the bodies that have a parliament
// of their own are listed once at load, not looked up in the whole gazetteer
// for every body of every paragraph. Before, 120 such paragraphs took about
// 15 s (300 took 96 s); now well under a second. The bound is loose for a
// loaded machine. Two paragraph shapes of our own (a news-like and a
// history-like one).
func TestOwnBodiesLinearInDocument(t *testing.T) {
	paras := []string{
		"In 1999 NATO and the United Nations discussed Kosovo with Norway. The government of Norway agreed, and the cabinet met while the army waited. The parliament debated the plan.",
		"In 1956 the League of Arab States and the United Nations discussed Suez with Egypt. The government of Egypt refused, and the cabinet met while the army prepared. The parliament approved the plan.",
	}
	var b strings.Builder
	for i := 0; i < 120; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(paras[i%2])
	}
	start := time.Now()
	got := docEntities(t, b.String(), 0)
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("120 paragraphs took %v (want well under 5 s)", d)
	}
	if len(got) < 120*4 {
		t.Fatalf("got %d entities for 120 paragraphs, want at least 480", len(got))
	}
}
