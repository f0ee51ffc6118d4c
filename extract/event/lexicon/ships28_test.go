package lexicon_test

import "testing"

// TestShipsPledged: warships a state says it will send, or plans to send,
// are an offer of aid (AGREE, the pledge flag of the "send" rows with
// object=@navy), as troops it says it will send are; warships sent are a
// deployment (MOBILIZE), and so are those a state says it has sent. A
// letter or a crew sent, or a fleet of trucks, names no ships sent. Only
// MOBILIZE, AGREE and AID events are shown.
func TestShipsPledged(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "AGREE", "AID"}, []senseCase{
		{"said it would send warships (history)", "In 1987, Washington declared it would send warships to Kuwait.", "AGREE USA>KWT"},
		{"plans to send warships (news)", "In 1990 the United States plans to send warships to Kuwait.", "AGREE USA>KWT"},
		{"will send destroyers (news)", "In 2019 Britain said it will send two destroyers to Bahrain.", "AGREE GBR>BHR"},
		{"warships sent (history)", "In 1987 the United States sent warships to Kuwait.", "MOBILIZE USA>KWT"},
		{"said it had sent warships (news)", "In 1990 the United States said it had sent warships to Kuwait.", "MOBILIZE USA>KWT"},
		{"troops to be sent (news)", "In 1990 Britain said it would send troops to Saudi Arabia.", "AGREE GBR>SAU"},
		{"a letter about warships (news)", "In 1990 the United States sent a letter about Iraqi warships to Kuwait.", ""},
		{"a submarine's crew (history)", "In 1990 Britain sent the submarine's crew home to London.", ""},
		{"a fleet of trucks (news)", "In 1990 the United States sent a fleet of trucks to Saudi Arabia.", ""},
	})
}
