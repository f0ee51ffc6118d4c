package event_test

import "testing"

// A phrase that opens the sentence with a preposition and a noun of its
// own ends at the determiner of the actor after it: the actor is the
// clause's subject, and the paragraph's subject for a pronoun in the
// sentence after ("At each turn the French command expected ... In
// June it tried to take ..."). A preposition whose object is the actor's
// own phrase ("of all the British generals", "the wishes of the Russian
// leadership") leaves it governed. Cases of our own, from histories and
// news.
func TestFrontedPhraseEndsBeforeSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a fronted phrase of a noun (history)",
			"At each turn the French command trusted its allies. In June it invaded Belgium.",
			"ASSAULT FRA>BEL"},
		{"a fronted phrase of two words (news)",
			"For several weeks the Russian leadership kept silent. On Monday it attacked Ukraine.",
			"ASSAULT RUS>UKR"},
		{"a determiner before the actor's own determiner (history)",
			"Of all the British generals only a few stayed. In June it invaded Norway.",
			""},
		{"a preposition inside the fronted phrase governs the actor (news)",
			"Against the wishes of the Russian leadership the talks went on. On Monday it attacked Ukraine.",
			""},
	}, eventDyads)
}
