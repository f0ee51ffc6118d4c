package event_test

import "testing"

// A verb with no sides of its own takes them from the event named before
// it ("the talks were suspended") only when it is finite: an infinitive or
// a present participle has the subject of the verb that governs it, a
// person or a force, no event, so it takes no sides and makes no event.
// Cases of our own, from histories and news.
func TestNonFiniteTakesNoEventSides(t *testing.T) {
	checkCases(t, []roleCase{
		{"a finite passive acts on the event before (history)",
			"Peru opened negotiations with Ecuador in 1995. The negotiations were suspended in 1996.",
			"CONSULT PER>ECU; SANCTION PER,ECU>"},
		{"a finite passive acts on the event before (news)",
			"Israel began talks with Egypt in March. The talks were suspended in June.",
			"CONSULT ISR>EGY; SANCTION ISR,EGY>"},
		{"an infinitive after a forcing verb (history)",
			"In May 1940 German forces attacked France. The assaults went on for days until the defenders were beaten or forced to withdraw.",
			"ASSAULT DEU>FRA"},
		{"an infinitive after an order (news)",
			"In 1982 Israel shelled Beirut. The shelling lasted a week until the garrison was ordered to retreat.",
			"ASSAULT ISR>LBN"},
		{"a present participle (news)",
			"Hamas fighters attacked Israel on Monday. The raids continued from the hills, threatening to cut the road.",
			"ASSAULT HAMAS>ISR"},
	}, eventDyads)
}
