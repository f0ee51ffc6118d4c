package lexicon_test

import "testing"

// TestVerbsThatNameNoMeeting: the dictionary's "leave", "consider" and
// "unite" carry their block's code (040, consult) by themselves; cmd/vocabgen
// gives them the null code (data/cameo-verbs-null.tsv), so leaving a place,
// a cause that leaves someone demoralized, considering something a thing
// and "a free and united" state are no meetings, while a block's pattern
// still codes ("considered sanctions", a threat). (Armed forces leaving a
// country withdraw from it, a RETREAT no row codes yet: "leave" by=MIL was
// tried and its records on the histories were not clearly right.) Cases of our own, from
// histories and news.
func TestVerbsThatNameNoMeeting(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a mission left (history)", "In 1949 the American mission left China.", ""},
		{"a delegation left (news)", "In 2019 the Iranian delegation left Vienna.", ""},
		{"a state considered a province (news)", "In 1990 Iraq considered Kuwait its nineteenth province.", ""},
		{"a united state (history)", "In 1955 the Soviet Union accepted a neutral and united Austria.", ""},
		{"sanctions considered (news)", "In 2003 Britain considered sanctions against Zimbabwe.", "THREATEN GBR>ZWE"},
	})
}
