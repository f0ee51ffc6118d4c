package stagetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/text"
)

// Findings runs every stage over s, read as a plain-text document.
func Findings(t testing.TB, v *extract.Vocabulary, s string) *extract.Findings {
	t.Helper()
	fs := &extract.Findings{}
	if err := v.Run(context.Background(), actor.NewTagger(), text.Compose(text.TextBlocks(s, false)), fs); err != nil {
		t.Fatal(err)
	}
	return fs
}

// Dyad renders an event as "CATEGORY SRC>TGT" (codes joined by commas).
func Dyad(e event.Span) string {
	return fmt.Sprintf("%s %s>%s", e.Category, strings.Join(e.Source, ","), strings.Join(e.Target, ","))
}

// Case is a sentence and what a rendering of what the stages find in it
// must be.
type Case struct{ Name, Text, Want string }

// Check renders each case with render and compares, one subtest a case,
// with the default vocabulary.
func Check(t *testing.T, cases []Case, render func(*testing.T, *extract.Vocabulary, string) string) {
	t.Helper()
	v, err := extract.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			if got := render(t, v, tt.Text); got != tt.Want {
				t.Errorf("%q\n got  %s\n want %s", tt.Text, got, tt.Want)
			}
		})
	}
}
