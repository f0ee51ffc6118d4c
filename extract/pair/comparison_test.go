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

// TestContrastNeedsNoDate: a phrase of "unlike" (comparedcases.txt, kind
// contrast) names a case that does not share the sentence's act, dated
// or not, after a comma or a semicolon; "like" with no date still shares
// it, and "unlike" after a verb or a noun that names no actor before the
// comma opens no comparison. Cases from a report on East Africa and a
// history of the Balkan front.
func TestContrastNeedsNoDate(t *testing.T) {
	checkPairs(t, []pairCase{
		{"unlike after a comma, no date (East Africa)",
			"Kenya, unlike Uganda, relied on Sudan for oil.",
			"KEN-SDN mention pair:sentence"},
		{"unlike after a semicolon (the Balkan front)",
			"Bulgaria lacked heavy guns in 1915; unlike Serbia, it relied on German loans.",
			"BGR-DEU mention pair:sentence"},
		{"not: like with no date shares the act (East Africa)",
			"Kenya, like Uganda, relied on Sudan for oil.",
			"KEN-UGA mention pair:sentence; KEN-SDN mention pair:sentence; UGA-SDN mention pair:sentence"},
		// (the event stage reads "unlike" as a preposition: Uganda is no
		// subject of the trade, Kenya is; the pair stage drops no side)
		{"not: unlike after a verb (East Africa)",
			"In 2011 Kenya was unlike Uganda in its trade with Sudan.",
			"KEN-SDN trade pair:event"},
		{"not: unlike after a noun that names no actor (the Balkan front)",
			"Small states, unlike Serbia, relied on German loans in 1915.",
			"SRB-DEU mention pair:sentence"},
	})
}
