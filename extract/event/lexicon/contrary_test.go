package lexicon

import (
	"testing"

	"github.com/stratex/stratex/extract/vocab"
)

// TestContraryConditional: modality.tsv's third field contrary marks the
// conditional that opens a past condition contrary to fact ("if", not
// "unless" nor "whether"); a user's line adds one, and another third
// field is an error.
func TestContraryConditional(t *testing.T) {
	v, err := New(vocab.Source{Kind: "modality", Origin: "user", Data: []byte("supposing\tconditional\tcontrary\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Contrary("if") || v.Contrary("unless") || v.Contrary("whether") || !v.Contrary("supposing") || v.Modality("if") != "conditional" {
		t.Errorf("contrary: want if and supposing, not unless nor whether; if still conditional")
	}
	if _, err := New(vocab.Source{Kind: "modality", Origin: "user", Data: []byte("unless\tconditional\tnegated\n")}); err == nil {
		t.Error("third field negated: want an error")
	}
}
