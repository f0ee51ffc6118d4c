package actor

import (
	"slices"
	"testing"
)

// TestReadNote: the note fields companions reads are parsed once at load,
// as noteField reads them (the first of each key), into Entry fields.
func TestReadNote(t *testing.T) {
	for _, c := range []struct {
		note, with string
		notBefore  []string
	}{
		{"with:CSA", "CSA", nil},
		{"notbefore:of|with|jack cameo:GBR", "", []string{"of", "with", "jack"}},
		{"in:AUS with:USA with:GBR", "USA", nil},
		{"in:AUS only:dated", "", nil},
		{"notbefore:", "", nil},
	} {
		e := &Entry{Note: c.note}
		e.readNote()
		if e.with != c.with || !slices.Equal(e.notBefore, c.notBefore) || e.with != e.noteField("with") {
			t.Errorf("%q: with %q, notBefore %q; want %q, %q", c.note, e.with, e.notBefore, c.with, c.notBefore)
		}
	}
}
