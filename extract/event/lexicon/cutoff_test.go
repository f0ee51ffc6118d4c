package lexicon_test

import "testing"

// TestCutOffSupplies: cutting off aid, loans or supplies (triggers.tsv,
// "cut off" with an object list) is a sanction; cutting off a retreat or
// a road is none. Only SANCTION events are shown. Cases of our own, from
// histories and news.
func TestCutOffSupplies(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"aid cut off (news)", "In 1990 the United States cut off aid to Pakistan.", "SANCTION USA>PAK"},
		{"loans cut off (history)", "In 1956 the United States cut off loans to Egypt.", "SANCTION USA>EGY"},
		{"a retreat cut off (history)", "In 1944 the Soviet army cut off the German retreat.", ""},
		{"a road cut off (history)", "In 1950 Chinese troops cut off the road to Seoul.", ""},
	})
}
