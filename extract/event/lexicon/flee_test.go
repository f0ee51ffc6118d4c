package lexicon_test

import "testing"

// TestFleeingIsNoAid: "flee"/"fled" (NONE rows of triggers.tsv) grant
// nothing: the dictionary's block of "flee" codes "fled into exile" and
// refugees who fled as aid (asylum), but asylum is granted by the state
// that receives the one who flees. Evacuating refugees, by another verb of
// the block, still codes. Only AID events are shown. Cases of our own, from
// histories and news.
func TestFleeingIsNoAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"a ruler fled into exile (history)", "In 1979 the Shah fled into exile in Egypt.", ""},
		{"a king fled into exile (news)", "In 1974 the Greek king fled into exile in Britain.", ""},
		{"refugees fled to a state (history)", "In 1956 Hungarian refugees fled to Austria.", ""},
		{"a leader fled to a state (news)", "In 2019 the Bolivian president fled to Mexico as an exile.", ""},
		{"asylum granted (news)", "In 2019 Mexico granted asylum to the Bolivian president.", "AID MEX>BOL"},
	})
}
