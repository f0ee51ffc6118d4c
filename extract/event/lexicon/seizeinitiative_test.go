package lexicon_test

import "testing"

// TestSeizingNoParty: seizing the initiative, an opportunity or power
// (triggers.tsv, NONE rows) takes nothing from another party, while
// seizing a place or a canal from another stays a seizure (COERCE, the
// "seize" row). Only COERCE events are shown. Cases of our own, from
// histories and news.
func TestSeizingNoParty(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"the initiative seized (history)", "In 1942 the Soviet army seized the initiative from Germany.", ""},
		{"an opportunity seized (news)", "Iraq seized the opportunity to attack Iran in 1980.", ""},
		{"power seized (history)", "The Pakistani army seized power in Pakistan in 1977.", ""},
		{"a canal seized (history)", "British forces seized the Suez Canal from Egypt in 1956.", "COERCE GBR>EGY"},
		{"oil fields seized (news)", "Iraqi forces seized the Kuwaiti oil fields in August 1990.", "COERCE IRQ>KWT"},
	})
}
