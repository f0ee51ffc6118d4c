package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestAgainstFirstGroup: opposedAfter reads the side after "against" by
// its group's first token, also when that group is the sentence's first
// (the source a pronoun carries from the sentence before) and is two
// words long; before, the second word of group 0 was read as a group of
// its own and the act stayed SUPPORT. Sentences of our own, from a paper
// on the Gulf war and a history of the Cold War.
func TestAgainstFirstGroup(t *testing.T) {
	checkDyads(t, []string{"SUPPORT", "COOPERATE", "MOBILIZE", "AGREE"}, []stagetest.Case{
		{Name: "one word (paper)", Text: "The United States feared the war. In August 1990 it assembled a coalition against Iraq.", Want: "MOBILIZE USA>IRQ"},
		{Name: "two words (history)", Text: "Britain feared the war. In 1948 it assembled a coalition against the Soviet Union.", Want: "MOBILIZE GBR>SUN"},
		{Name: "two words, no determiner (history)", Text: "Britain feared the war. In 1948 it assembled a coalition against Soviet Russia.", Want: "MOBILIZE GBR>SUN"},
	})
}
