package extract

import (
	"os"
	"strings"
	"testing"
)

// The README's list of vocabulary kinds names every kind -vocab takes, so a
// user can find where a new word goes.
func TestReadmeNamesEveryKind(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatalf("reading the README: %v", err)
	}
	readme := string(b)
	for _, k := range Kinds() {
		if !strings.Contains(readme, "`"+k+"`") {
			t.Errorf("README.md does not name the vocabulary kind %q", k)
		}
	}
}
