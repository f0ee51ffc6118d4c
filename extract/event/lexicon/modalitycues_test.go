package lexicon_test

import (
	"testing"

	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/vocab"
)

// TestObligationAndExcessCues: modality.tsv's cue classes obligation
// ("must", "should": read by the event coder's demand after a verb of
// saying) and excess ("too" before "to"): the modals keep their class
// hypothetical in the verb group, other modals are no cue, and a
// user's row adds a word. The sentences these words are read in are the
// event package's tests (TestMustDemands, TestTooToDenies).
func TestObligationAndExcessCues(t *testing.T) {
	v, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	user, err := lexicon.New(vocab.Source{Kind: "modality", Origin: "test", Data: []byte("ought\tobligation\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		v                *lexicon.Vocabulary
		w, cue, modality string
	}{
		{v, "must", "obligation", "hypothetical"},
		{v, "should", "obligation", "hypothetical"},
		{v, "too", "excess", ""},
		{v, "would", "", "would"},
		{v, "could", "", "hypothetical"},
		{v, "will", "", "future"},
		{v, "ought", "", ""},
		{user, "ought", "obligation", ""},
	} {
		if got := c.v.Cue(c.w); got != c.cue {
			t.Errorf("Cue(%q) = %q, want %q", c.w, got, c.cue)
		}
		if got := c.v.Modality(c.w); got != c.modality {
			t.Errorf("Modality(%q) = %q, want %q", c.w, got, c.modality)
		}
	}
}
