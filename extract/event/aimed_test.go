package event_test

import "testing"

// TestAimedGerundIsNotDone checks that a gerund after an intent noun of
// intent.txt and "of" ("with the goal of invading") is what is aimed at,
// hypothetical, and so is a gerund joined to it by "and"; a gerund after
// another noun or a preposition alone is asserted. Cases of our own,
// from histories and news.
func TestAimedGerundIsNotDone(t *testing.T) {
	checkCases(t, []roleCase{
		{"the goal of invading (history)",
			"In 1935, Italy built roads in Eritrea with the goal of invading Ethiopia.",
			"ASSAULT ITA>ETH hypothetical"},
		{"the aim of attacking (news)",
			"Russia built roads near the border with the aim of attacking Ukraine.",
			"ASSAULT RUS>UKR hypothetical"},
		{"a second gerund joined by and (history)",
			"Egypt built airfields in Sinai with the goal of advancing on Gaza and invading Israel.",
			"ASSAULT EGY>ISR hypothetical"},
		{"a gerund after a verb and a preposition is done (history)",
			"In 1935, Italy succeeded in invading Ethiopia.",
			"ASSAULT ITA>ETH"},
		{"a gerund after another noun is done (news)",
			"Russia paid the price of invading Ukraine.",
			"ASSAULT RUS>UKR"},
	}, modedDyads)
}
