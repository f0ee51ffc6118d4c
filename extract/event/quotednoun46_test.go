package event_test

import "testing"

// TestQuoteInsideNounPhrase: an opening quote between a determiner and a
// verb trigger ("a \"free and united Yugoslavia\"", "a \"suspensive veto\"")
// keeps the word in the determiner's noun phrase: an adjective or a noun,
// no act of the clause's subject. The same verb with no determiner before
// it is an act. Cases of our own, from histories.
func TestQuoteInsideNounPhrase(t *testing.T) {
	checkCases(t, []roleCase{
		{"a quoted adjective after a list of peoples (history)",
			"In 1919 the accord included the freeing of Croats and Slovenes, and the founding of a \"free and united Yugoslavia\".",
			""},
		{"a quoted adjective after the subject's verb (history)",
			"In 1918 the Czechs supported the creation of a \"free Poland\".",
			""},
		{"a quoted noun: the king's power, no act (history)",
			"In 1791 the French King retained only a \"suspensive veto\" over the laws.",
			""},
		{"the verb, no determiner (history)",
			"In 1791 the French King vetoed the decree against the emigres.",
			"REJECT FRA>"},
		{"the verb freed (history)",
			"In 1945 the Allies freed France from Germany.",
			"ASSAULT ALLIES>DEU"},
	}, eventDyads)
}
