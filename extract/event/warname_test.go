package event_test

import "testing"

// A capitalized word right after an actor's name is a word of a name
// ("the Korean War", "the Mexican-American War"): a war's name is a
// mention, no act. The name as the subject of a light verb with no object
// ("the Korean War began in June") tells of the war itself.
func TestWarNameIsAMention(t *testing.T) {
	checkCases(t, []roleCase{
		{"a war's name inside a phrase (history)",
			"In 1979 Moscow's involvement in the Afghan War deepened.",
			""},
		{"a war's name, hyphenated pair (history)",
			"The Treaty of Tashkent ended the Indo-Pakistani War in 1966.",
			""},
		{"a war's name as a modifier (news)",
			"In 2023 Seoul opened a Korean War museum.",
			""},
		{"a war's name with an act beside it (history)",
			"During the Korean War, China shelled the islands of Taiwan in 1954.",
			"ASSAULT CHN>TWN"},
		{"a war's name as the subject of a verb with an object (essay)",
			"The Vietnam War made Johnson unpopular.",
			""},
		{"a lower-case war stays an act (history)",
			"In 1980 the Iran-Iraq war began.",
			"ASSAULT IRN,IRQ>"},
		// the name as the subject of a light verb with no object (a name
		// of one adjective, "The Korean War began", gives the adjective's
		// state alone as its party, KOR>, where the war's parties are
		// others too: a known miss, not asserted here)
		{"a war's name begins (history)",
			"The Iran-Iraq War began in September 1980.",
			"ASSAULT IRN,IRQ>"},
		{"a war's name began (essay)",
			"The Russo-Japanese War began in 1904.",
			"ASSAULT RUS,JPN>"},
		{"a war's name would begin, past a modal (history)",
			"Soon the Sino-Indian War would begin in earnest.",
			"ASSAULT CHN,IND>"},
		// a title of a work quoted in body text names no act
		{"a book's title (review)",
			"In 2011 the book China Threatens India appeared in Delhi.",
			""},
		{"a headline quoted (history of the press)",
			"In 2003 America Attacks Iraq ran on every front page.",
			""},
	}, eventDyads)
}
