package lexicon

import "testing"

// TestFailVerbBesideFailure: the forms of "fail" hold two classes of
// modality.tsv, failure ("failed to sign") and the cue failverb (an
// attempt that "failed"); the other words of failure ("refrained",
// "avoided", "refusal") are no failverb.
func TestFailVerbBesideFailure(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ w, modality, cue string }{
		{"failed", "failure", "failverb"},
		{"fails", "failure", "failverb"},
		{"refrained", "failure", ""},
		{"avoided", "failure", ""},
		{"refusal", "failure", ""},
		{"repulsed", "thwarted", ""},
	} {
		if m, cue := v.Modality(c.w), v.Cue(c.w); m != c.modality || cue != c.cue {
			t.Errorf("%q: Modality %q, Cue %q; want %q, %q", c.w, m, cue, c.modality, c.cue)
		}
	}
}
