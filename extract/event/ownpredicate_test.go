package event_test

import "testing"

// An event noun that heads the subject of a verb right after it (a modal
// or an auxiliary, or a past tense when only modifiers stand between the
// noun and the start of its clause) is its own act: the sentence's
// subject further back fills no side (+subject). A noun after a
// preposition, the object of the subject's own verb, or a noun a relative
// clause follows keeps the fill. Cases of our own, from histories and news.
func TestOwnPredicateStopsSubjectFill(t *testing.T) {
	checkCases(t, []roleCase{
		{"a noun before a modal, no that (history)",
			"Chile expected war would bring it the nitrate fields.",
			""},
		{"a noun before a modal, no that (news)",
			"Bolivia hoped the talks would settle the dispute with Paraguay.",
			"AGREE BOL>PRY"},
		{"a noun after when, a past in -ed (history)",
			"Peru was left to defend its coast alone when the fighting resumed.",
			""},
		{"a noun after while, a past in -ed (history, two)",
			"Serbia rebuilt its army while the war dragged on.",
			""},
		{"a noun after and, an irregular past (news)",
			"Britain blockaded the ports of Argentina, and protracted peace negotiations began in May.",
			"COERCE GBR>ARG"},
		{"a noun after a preposition keeps the fill (history)",
			"Italian entry into the war had altered Austrian plans.",
			"ASSAULT ITA>"},
		{"the object of the subject's verb (history)",
			"Chile declared war on Peru in 1879.",
			"ASSAULT CHL>PER"},
		{"a relative clause after the noun (history)",
			"Japan began the war that ended in 1905.",
			"ASSAULT JPN>"},
		{"the subject's own second verb after the noun (news)",
			"Russia resumed the fighting and won.",
			"ASSAULT RUS>"},
	}, eventDyads)
}
