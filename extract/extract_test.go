package extract

import (
	"strings"
	"testing"
)

// Every kind a user may extend belongs to exactly one stage.
func TestKindsAreOwnedOnce(t *testing.T) {
	seen := map[string]string{}
	for _, s := range stages {
		for k := range s.kinds {
			if o, ok := seen[k]; ok {
				t.Errorf("kind %q is read by both %s and %s", k, o, s.name)
			}
			seen[k] = s.name
		}
	}
	if len(Kinds()) != len(seen) {
		t.Errorf("Kinds lists %d kinds, the stages read %d", len(Kinds()), len(seen))
	}
}

// A user file goes to the stage that owns its kind; an unknown kind and a
// bad line are errors naming the file.
func TestVocabularyRouting(t *testing.T) {
	v, err := NewVocabulary(
		Source{Kind: "actors", Origin: "user.tsv", Data: []byte("XYZ\tGPE\tstate\tFreedonia|Republic of Freedonia\n")},
		Source{Kind: "triggers", Origin: "trig.tsv", Data: []byte("parley\tCONSULT\tmeet\tverb\tmutual\n")},
		Source{Kind: "months", Origin: "months.tsv", Data: []byte("janv\t1\n")},
	)
	if err != nil {
		t.Fatal(err)
	}
	if ms := v.Actor.Actors.Match("Troops of Freedonia", 0); len(ms) != 1 || ms[0].Entry("").Code != "XYZ" {
		t.Errorf("actors: matches %+v", ms)
	}
	one := func(k int) (string, bool) { return "parleyed", k == 0 }
	if ms := v.Lexicon.Match(one, nil); len(ms) != 1 || ms[0].Trigger.Subtype != "meet" {
		t.Errorf("triggers: %+v", ms)
	}
	if v.English.Month("janv") != 1 || !v.Lexer.Known("parleyed") {
		t.Error("months or the lexer did not take the user's words")
	}
	if _, err := NewVocabulary(Source{Kind: "nonsense", Origin: "x.txt"}); err == nil || !strings.Contains(err.Error(), "x.txt") {
		t.Errorf("unknown kind: error %v", err)
	}
	if _, err := NewVocabulary(Source{Kind: "sections", Origin: "bad.tsv", Data: []byte("Preface\n")}); err == nil || !strings.Contains(err.Error(), "bad.tsv line 1") {
		t.Errorf("bad file: error %v, want one naming bad.tsv line 1", err)
	}
}
