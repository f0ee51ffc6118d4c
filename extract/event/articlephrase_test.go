package event_test

import "testing"

// An article opens an event noun's phrase: an actor before it, in the
// phrase of another noun ("of Poland"), is not the event noun's actor.
// An actor after the article ("the Soviet invasion") or a possessor
// right before the noun ("Iraq's war") still is. Cases of our own, from
// histories and news.
func TestArticleOpensTheNounsPhrase(t *testing.T) {
	checkCases(t, []roleCase{
		{"the object of another noun is not the war's (history)",
			"Germany's invasion of Poland began the war.",
			"ASSAULT DEU>POL; ASSAULT DEU>"},
		{"the object of another noun is not the talks' (news)",
			"China's support of Russia froze the talks.",
			"CONSULT CHN>"},
		{"an actor after the article is the noun's (history)",
			"The Soviet invasion of Afghanistan began in December.",
			"ASSAULT SUN>AFG"},
		{"a possessor right before the noun is the noun's (news)",
			"Iraq's war with Iran lasted eight years.",
			"ASSAULT IRQ>IRN"},
	}, eventDyads)
}
