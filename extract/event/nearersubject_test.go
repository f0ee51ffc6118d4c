package event_test

import "testing"

// An event noun that is the object of a verb with a subject of its own,
// between the noun and an actor further back, is that subject's act: a
// noun phrase or a name with no actor code ("and Grau recommended peace
// negotiations", "realizing the neutrals would enter the war"), or an
// actor that the older subject's verb took as its object ("saying Kyiv
// had broken off the negotiations"). The older subject fills no side
// (+subject). A pronoun, no subject at all, or the older subject's own
// verb keeps the fill. Cases of our own, from histories and news.
func TestNearerSubjectStopsFill(t *testing.T) {
	checkCases(t, []roleCase{
		{"a name after and, a past verb (history)",
			"Bolivia and Peru warned that they could only hold out until June and Campero urged immediate peace talks.",
			""},
		{"a noun phrase before a modal (history)",
			"In 1916 Britain adopted a policy of blockade, realizing the neutrals would soon enter the war.",
			""},
		{"a noun phrase before a modal (history, two)",
			"Bolivia sent troops to the border, fearing the ranchers would start a war.",
			""},
		{"a noun phrase before an auxiliary (news)",
			"Moscow protested on Friday, saying the envoys had broken off the negotiations.",
			"ACCUSE RUS>"},
		{"an actor taken as the object of the verb before (news)",
			"Moscow protested on Friday, saying Kyiv had broken off the negotiations.",
			"ACCUSE RUS>UKR"},
		{"a pronoun is the older subject (news)",
			"Moscow protested on Friday, saying it had broken off the negotiations.",
			"ACCUSE RUS>; CONSULT RUS>"},
		{"a pronoun is the older subject (history)",
			"In 1916 Britain adopted a policy of blockade, realizing it would soon enter the war.",
			"ASSAULT GBR>"},
		{"a pronoun before two modals (history)",
			"Bolivia massed troops on the border, fearing it would soon have to start a war.",
			"MOBILIZE BOL>; ASSAULT BOL>"},
		{"the older subject's own second verb (history)",
			"Britain adopted a policy of blockade and soon entered the war.",
			"ASSAULT GBR>"},
		{"a name in -ly is no adverb (history)",
			"Two years later Chile declared war on Peru.",
			"ASSAULT CHL>PER"},
	}, eventDyads)
}
