package english

import "testing"

func TestFilter(t *testing.T) {
	var f Filter
	added := []string{"dollars", "rupees", "january", "US$", "€"}
	for _, w := range added {
		if f.May(w) {
			t.Errorf("empty filter: May(%q) = true", w)
		}
		f.Add(w)
	}
	for _, w := range added {
		if !f.May(w) || !f.MayBytes([]byte(w)) {
			t.Errorf("May(%q), MayBytes = %v, %v; want true after Add", w, f.May(w), f.MayBytes([]byte(w)))
		}
	}
	// words never added (none shares a bit with the five: a clear bit is no)
	for _, w := range []string{"the", "Dollars", "rupee", "februari", ""} {
		if f.May(w) || f.MayBytes([]byte(w)) {
			t.Errorf("May(%q), MayBytes = %v, %v; want false", w, f.May(w), f.MayBytes([]byte(w)))
		}
	}
}
