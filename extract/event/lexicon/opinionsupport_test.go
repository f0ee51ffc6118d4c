package lexicon_test

import "testing"

// TestOpinionSupportIsNoAid: support in the opinion sense (triggers.tsv's
// NONE rows "public support", "popular support", "build support") is a
// public's approval, not the AID of the noun "support"; a state's support
// for another stays aid. Only AID events are shown. Cases of our own, from
// histories and news.
func TestOpinionSupportIsNoAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"public support (news)", "American public support for Israel grew in 1973.", ""},
		{"popular support (history)", "British popular support for Poland was strong in 1939.", ""},
		{"support built (history)", "In 1898 Hearst's newspapers built support for an American intervention in Cuba.", ""},
		{"a state's support (history)", "In 1967 Moscow's support for Egypt grew.", "AID RUS>EGY"},
		{"a state's support (news)", "American support for Israel grew in 1973.", "AID USA>ISR"},
	})
}
