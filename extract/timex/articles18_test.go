package timex

import (
	"strings"
	"testing"
)

// An article after a year in words is no part of it ("nineteen forty a
// treaty": 1940, not 1941), nor makes a year after "nineteen" ("nineteen
// an army"): english's indefinite articles. Two kinds of text, a history
// and a news report.
func TestArticleAfterWordYear(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In nineteen forty a treaty was signed.", "nineteen forty=1940"},
		{"The plant, built in nineteen seventy an hour's drive from the city, closed on Monday.", "nineteen seventy=1970"},
		{"In nineteen an army marched on the capital.", ""},
		{"Shares rose to nineteen a share in early trading.", ""},
	} {
		if got := strings.Join(timexOf(t, c.text, Document{}), " | "); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
