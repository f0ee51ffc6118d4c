package event_test

import "testing"

// "sent troops to help crush the revolt": a bare infinitive after "to
// help" (helpsend.txt) that follows a send is the send's purpose, as "to
// crush" is (preparedBy), so it is hypothetical; the send stays asserted.
// A send told as aid (AID supply: "sent troops", "sent arms") prepares
// as a move does. The same act told as done, after "and" or in a
// relative clause, stays asserted. Cases of our own, from histories and
// news; both ways.
func TestHelpPurposeAfterSend(t *testing.T) {
	checkCases(t, []roleCase{
		{"to help after a send of troops (history)", "In 1849 Russia sent troops to help crush the Hungarian revolt against Austria.", "AID RUS>HUN; ASSAULT RUS>HUN hypothetical; ASSAULT HUN>AUT"},
		{"to help after a send of warships (news)", "On Monday Britain sent warships to help blockade Iran.", "MOBILIZE GBR>IRN; COERCE GBR>IRN hypothetical"},
		{"the act told as done after and (news)", "On Monday Britain sent warships to the Gulf and blockaded Iran.", "MOBILIZE GBR>IRN; COERCE GBR>IRN"},
		{"the act told in a relative clause (history)", "In 1940 the United States sent aid to Britain, which attacked Germany.", "AID USA>GBR; ASSAULT GBR>DEU"},
		{"help with no send (history)", "In 1940 Germany attacked Poland to help Italy.", "ASSAULT DEU>POL"},
	}, modedDyads)
}
