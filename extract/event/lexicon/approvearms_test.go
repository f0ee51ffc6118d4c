package lexicon_test

import "testing"

// TestApprovingASaleOfArms: approving a sale (triggers.tsv's "approve the
// sale", with the object list of arms) is an arms sale only when the sale
// names arms; approving the sale of a company or a port is none (the
// general "approve" row stays). Only COOPERATE events are shown. Cases of
// our own, from news and histories.
func TestApprovingASaleOfArms(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"missiles (news)", "In 2010 Russia approved the sale of S-300 missiles to Iran.", "COOPERATE RUS>IRN"},
		{"fighters (history)", "In 1981 the United States approved the sale of F-15 fighters to Saudi Arabia.", "COOPERATE USA>SAU"},
		{"a company (news)", "In 2005 Britain approved the sale of the company to China.", ""},
		{"a port (news)", "In 2016 Australia approved the sale of the port to a Chinese firm.", ""},
	})
}
