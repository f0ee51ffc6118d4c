package timex

import (
	"strings"
	"testing"
)

// TestMoreWords: moreWords counts words as strings.Fields splits them,
// Unicode spaces and invalid UTF-8 included.
func TestMoreWords(t *testing.T) {
	for _, s := range []string{"", " ", "2003: Invasion", "  Battle of the Marne (September 1914)  ",
		"a\u00a0b\u2003c\td\ne", "one two three four five six seven eight nine ten eleven twelve",
		"one two three four five six seven eight nine ten eleven twelve thirteen", "x\xffy \xff z"} {
		for n := 0; n <= 14; n++ {
			if got, want := moreWords(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
