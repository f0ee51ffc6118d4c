package lexicon_test

import "testing"

// TestAllowsIsAConcession: "allows" (triggers.tsv's row of its own, since
// the participle "allowing" has a row of its own and "allow" derives no
// forms) is a state's permission to another, CONCEDE, as "allowed" is; a
// thing that allows an act (a treaty, a road) grants nothing. Only CONCEDE
// events are shown. Cases of our own, from news on bases and overflight.
func TestAllowsIsAConcession(t *testing.T) {
	checkSenses(t, []string{"CONCEDE"}, []senseCase{
		{"bases (Iraq War news)", "In 2003 Turkey allows the United States to use its air bases.", "CONCEDE TUR>USA"},
		{"overflight (Kosovo news)", "In 1999 Hungary allows NATO aircraft to fly over its territory.", "CONCEDE HUN>NATO"},
		{"a treaty allows (arms control news)", "In 2010 the treaty allows inspections of missile sites.", ""},
		{"a road allows (border news)", "In 2005 the new road allows trucks to cross the border.", ""},
	})
}
