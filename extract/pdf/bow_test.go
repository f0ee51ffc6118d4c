package pdf

import "testing"

// The readability signal of make pdf-eval: a reader that prints glyph
// indexes as code points writes control characters where letters were.
func TestControlShare(t *testing.T) {
	tests := []struct {
		name, text string
		unreadable bool
	}{
		{"English prose", "The delegations met in Lima on 12 May 2014.", false},
		{"a stray control character in a long line", "Sanctions were lifted in 2016\u0002 after the accord was signed by both parties.", false},
		{"glyph indexes as C1 controls", "\u0085\u0086\u0090 \u0091\u0092\u0093\u0094 ǡ \u0095\u0096", true},
		{"glyph indexes as private-use code points", "\uE001\uE002\uE003 \uE004\uE005 of \uE006\uE007", true},
		{"only white space", " \n\t ", false},
	}
	for _, tt := range tests {
		share := ControlShare(tt.text)
		if got := share > UnreadableShare; got != tt.unreadable {
			t.Errorf("%s: share %.3f, unreadable %v, want %v", tt.name, share, got, tt.unreadable)
		}
	}
}
