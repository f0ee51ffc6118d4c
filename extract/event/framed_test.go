package event_test

import "testing"

// An event noun with no side of its own inside the phrase of a frame
// preposition (kind "frames": "of", "as") names the event as a thing or a
// likeness, not an act of the clause's subject, which then fills no side
// (+subject). Phrases that carry the subject into the act ("entered the
// war", "drawn into the war", "readied its army for a war", "lost Arica
// in the war"; "plans for a war" too, a planned war: plannoun_test.go)
// keep the fill, and so do a noun with a place it acts on ("the bombing of
// Gaza") and a phrase that measures the act ("hours of negotiations").
// Cases of our own, from histories and news.
func TestFramedNounIsNoActOfTheSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"an idea of a war (history)",
			"Peru developed the idea of a limited war.",
			""},
		{"the legitimacy of a war (news)",
			"Brazil questioned the legality of the NATO-backed war.",
			""},
		{"a likeness after as (history)",
			"Serbia treated the uprising as a war of independence.",
			""},
		{"a likeness after as (news)",
			"Chile described the situation as a civil war.",
			""},
		{"a likeness after as in (news)",
			"Georgian troops shelled villages across the border, as in a civil war.",
			""},
		{"a likeness after as in (history)",
			"Russian troops looted the town, as in a war of conquest.",
			""},
		{"a plural before as is no measure (news)",
			"Kenya described its troubles as a civil war.",
			""},
		{"in is the subject's part in the war (history)",
			"Chile lost Arica in the war.",
			"ASSAULT CHL>"},
		{"in is the subject's part in the war (news)",
			"Brazil took part in the war in 1917.",
			"ASSAULT BRA>"},
		{"the object of the subject's verb (history)",
			"Britain entered the war in August 1914.",
			"ASSAULT GBR>"},
		{"into carries the subject into the war (history)",
			"Greece was drawn into the war in 1917.",
			"ASSAULT GRC>"},
		{"for carries the subject's preparation (news)",
			"Peru readied its army for a limited war.",
			"ASSAULT PER>"},
		{"a noun with the place it acts on (news)",
			"Israel announced a two-stage escalation of the shelling of Gaza.",
			"ASSAULT ISR>PSE"},
		{"a noun with the place it acts on (history)",
			"The Pentagon prepared a three-stage escalation of the raids on Libya.",
			"ASSAULT USA>LBY"},
		{"a plural before of measures the act (news)",
			"Peru and Ecuador began hours of tense negotiations on Monday.",
			"CONSULT PER,ECU>"},
		{"a number before of measures the act (history)",
			"Greece and Turkey held three rounds of talks in 1999.",
			"CONSULT GRC,TUR>"},
	}, eventDyads)
}
