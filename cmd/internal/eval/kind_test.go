package eval

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A development set's kind is told by what its cases expect; a file of
// another kind than the evaluation asked for is a KindError naming both.
func TestCaseKind(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, data, want string }{
		{"dates", `{"id":"a","kind":"negative","text":"No date here.","expected":[]}` + "\n" +
			`{"id":"b","kind":"absolute","text":"On 3 May 1999.","expected":[{"span":"3 May 1999","value":"1999-05-03"}]}` + "\n", "dates"},
		{"money", `{"id":"c","kind":"positive","text":"It cost $5.","expected":[{"span":"$5","amount":5,"currency":"USD"}]}` + "\n", "money"},
		{"events", `{"id":"d","text":"Chile and Peru met.","expected":[{"source":"CHL","target":"PER","event":"CONSULT"}]}` + "\n", "events"},
		{"nothing expected", `{"id":"e","kind":"negative","text":"Nothing.","expected":[]}` + "\n", ""},
	} {
		path := filepath.Join(dir, c.name+".jsonl")
		if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := caseKind(path)
		if err != nil || got != c.want {
			t.Errorf("%s: kind %q, %v; want %q", c.name, got, err, c.want)
		}
		for _, want := range []string{"dates", "money", "events"} {
			err := checkKind(path, want)
			var ke *KindError
			switch {
			case c.want == "" || c.want == want:
				if err != nil {
					t.Errorf("%s as %s: %v", c.name, want, err)
				}
			case !errors.As(err, &ke) || ke.Got != c.want || ke.Want != want || ke.Path != path:
				t.Errorf("%s as %s: error %v, want a KindError", c.name, want, err)
			}
		}
	}
	if _, err := caseKind(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("no error for a missing file")
	}
}
