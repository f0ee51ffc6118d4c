package lexicon_test

import "testing"

// TestHandingOverControl: "hand (over) control", "transfer control" and
// "turn over control" (triggers.tsv) yield a place to another (RETREAT),
// where the dictionary read the noun "control" as its verb (AGREE); control
// taken, demanded or lost is no handover. Only RETREAT and AGREE events are
// shown. Cases of our own, from histories and news.
func TestHandingOverControl(t *testing.T) {
	checkSenses(t, []string{"RETREAT", "AGREE"}, []senseCase{
		{"a zone handed over (history)", "In 1950 Britain handed control of the canal zone to Egypt.", "RETREAT GBR>EGY"},
		{"a territory turned over (news)", "In 1994 Israel turned over control of Gaza to the Palestinian Authority.", "RETREAT ISR>PSE"},
		{"a province transferred (news)", "In 2013 NATO transferred control of Helmand province to the Afghan army.", "RETREAT NATO>AFG"},
		{"control demanded (history)", "In 1950 Egypt demanded control of the canal zone from Britain.", ""},
		{"control seized (news)", "In 1956 Egypt seized control of the canal from Britain.", ""},
	})
}
