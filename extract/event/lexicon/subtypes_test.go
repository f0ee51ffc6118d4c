package lexicon_test

import (
	"testing"

	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/vocab"
)

// TestSubtypeDoes: subtypes.tsv gives subtypes behaviours in the event
// coder; a subtype has only those its rows name, a user's row adds one, and
// a behaviour the coder does not know is an error, not a row read in
// vain. The sentences these behaviours are read in are the event package's
// tests (TestSubtypeBehaviours, TestWithdrawnFrom, TestArmedStrikes,
// TestAllegedActIsNoAct).
func TestSubtypeDoes(t *testing.T) {
	v, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	user, err := lexicon.New(vocab.Source{Kind: "subtypes", Origin: "test", Data: []byte("mutiny\tuprising\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		v                  *lexicon.Vocabulary
		subtype, behaviour string
		want               bool
	}{
		{v, "supply", "prepares", true},
		{v, "war", "possessorlost", true},
		{v, "arms_deal", "needstarget", true},
		{v, "exercise", "partiesmade", true},
		{v, "war", "prepares", false},
		{v, "attack", "possessorlost", false},
		{v, "mutiny", "uprising", false},
		{user, "mutiny", "uprising", true},
		{user, "rebellion", "uprising", true},
	} {
		if got := c.v.SubtypeDoes(c.subtype, c.behaviour); got != c.want {
			t.Errorf("SubtypeDoes(%q, %q) = %v, want %v", c.subtype, c.behaviour, got, c.want)
		}
	}
	if _, err := lexicon.New(vocab.Source{Kind: "subtypes", Origin: "test", Data: []byte("mutiny\trevolts\n")}); err == nil {
		t.Error("an unknown behaviour (revolts) was read without an error")
	}
}
