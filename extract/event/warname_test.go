package event_test

import "testing"

// A capitalized word right after an actor's name is a word of a name
// ("the Korean War", "the Mexican-American War"): a war's name is a
// mention, no act. The name as the subject of a light verb with no object
// ("the Korean War began in June") tells of the war itself.
func TestWarNameIsAMention(t *testing.T) {
	checkCases(t, []roleCase{
		{"a war's name inside a phrase (history)",
			"In 1965 America's involvement in the Vietnam War deepened.",
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
			"In 1950 the Korean war began.",
			"ASSAULT KOR>"},
		// the name as the subject of a light verb with no object
		{"a war's name begins (history)",
			"The Korean War began in June 1950.",
			"ASSAULT KOR>"},
		{"a war's name would begin, past a modal (history)",
			"Soon the Sino-Indian War would begin in earnest.",
			"ASSAULT CHN,IND>"},
		{"a war's name continued (news)",
			"The Vietnam War continued until 1975.",
			"ASSAULT VNM>"},
	}, eventDyads)
}
