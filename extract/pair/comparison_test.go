package pair_test

import "testing"

// TestComparedCaseIsNoSide: a comparison set off from the sentence
// (comparedcases.txt) at its start or after a comma names a case compared,
// not a side of the sentence's acts: a phrase of "like", "unlike" that
// dates its case with a figure ("Like Germany in 1938, ...") and a clause
// of "just as", "much as" whose first verb is a form of "be" or "have"
// ("much as Japan had done") give no mention pairs. A phrase of the
// same time ("Russia, like Belarus, ..."), "like" after a noun ("states
// like Thailand"), and a clause of time ("Just as the Soviet Union
// collapsed") keep theirs. Cases from a history of the Russian near
// abroad and a history of Southeast Asia, each with twins.
func TestComparedCaseIsNoSide(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a fronted comparison dated by a year (the near abroad)",
			"Like Germany in 1938, Russia claimed a duty to its kin in Estonia and Latvia.",
			"RUS-EST mention pair:sentence; RUS-LVA mention pair:sentence"},
		{"not: a comparison of the same time, no figure (the near abroad)",
			"Russia, like Belarus, bought gas turbines from Germany.",
			"RUS-BLR mention pair:sentence; RUS-DEU mention pair:sentence; BLR-DEU mention pair:sentence"},
		{"not: a clause of time after 'just as' (the near abroad)",
			"Just as the Soviet Union collapsed, Ukraine declared independence.",
			"SUN-UKR mention pair:sentence"},
		{"a clause of 'much as' with an elided act (Southeast Asia)",
			"China, much as Japan had done, courted Thai and Burmese leaders.",
			"CHN-THA mention pair:sentence; CHN-MMR mention pair:sentence"},
		{"a clause of 'just as' after a comma (Southeast Asia)",
			"Thai leaders feared China, just as Burmese and Lao leaders had feared Japan in the 1940s.",
			"THA-CHN mention pair:sentence"},
		{"not: 'like' after a noun (Southeast Asia)",
			"American diplomats courted states like Thailand and Burma in 1954.",
			"USA-THA mention pair:sentence; USA-MMR mention pair:sentence"},
	})
}
