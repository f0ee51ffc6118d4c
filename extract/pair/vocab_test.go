package pair

import (
	"testing"

	"github.com/stratex/stratex/extract/vocab"
)

// TestVocabulary: the embedded lists parse, a user's file adds to its
// kind, and a file of an unknown kind or a sector of two words is an
// error.
func TestVocabulary(t *testing.T) {
	v, err := New(vocab.Source{Kind: "partysectors", Origin: "user", Data: []byte("BUS\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !v.sectors["MIL"] || !v.sectors["BUS"] || v.sectors["CVL"] {
		t.Errorf("sectors = %v, want MIL and BUS, not CVL", v.sectors)
	}
	if _, err := New(vocab.Source{Kind: "agents", Origin: "user", Data: []byte("x\n")}); err == nil {
		t.Error("unknown kind: no error")
	}
	if _, err := New(vocab.Source{Kind: "partysectors", Origin: "user", Data: []byte("MIL GOV\n")}); err == nil {
		t.Error("two codes on a line: no error")
	}
}
