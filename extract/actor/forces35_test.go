package actor

import "testing"

// TestArmyGroups checks a numbered army group ("the 21st Army Group"), a
// force's name as "the Sixth Army" is: the state of a coded commander
// whose possessive introduces it, or of the demonym that introduced it,
// and so its later mentions; no one's with no introduction, after an
// uncoded possessor, and for a group's name that is no force's.
func TestArmyGroups(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Rhine crossing and one of the Lorraine campaign
		{[]string{"In 1944 the British field marshal Montgomery planned the crossing.", "In 1945 Montgomery's 21st Army Group crossed the Rhine."}, 1, "Army Group", "GBR/MIL"},
		{[]string{"In 1944 the American 12th Army Group reached the Meuse.", "In 1944 the 12th Army Group halted for fuel."}, 1, "Army Group", "USA/MIL"},
		// must not
		{[]string{"In 1944 the 12th Army Group halted for fuel."}, 0, "Army Group", "/"},
		{[]string{"In 1944 Bradley's 12th Army Group halted for fuel."}, 0, "Army Group", "/"},
	})
	for _, c := range []struct{ sentence, form string }{
		{"In 1973 the Group of 77 met in Algiers.", "Group of 77"},
		{"In 2003 the Carlyle Group bought the firm in Germany.", "Carlyle Group"},
	} {
		if got := actorOf(t, c.sentence, c.form); got != "" && got != "-" {
			t.Errorf("%q: %s is %q, want no one's", c.sentence, c.form, got)
		}
	}
}
