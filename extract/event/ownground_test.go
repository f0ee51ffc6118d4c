package event_test

import "testing"

// An -s form right after a people's adjective that a preposition or a
// verb takes ("answer French blockades", "ignored Israeli
// requests") is a plural noun: the adjective's people act, as in "the
// British blockade"; a verb in -s would agree with a singular subject.
// A subject's phrase ("the Afghan requests were") keeps the row's
// reading, and a row of moving or giving ("Bulgarian lands") is left
// alone. Cases of our own, from histories and news.
func TestPeopleAdjectiveMakesANoun(t *testing.T) {
	checkCases(t, []roleCase{
		{"after a preposition (history)",
			"Portugal was unable to answer French blockades of its ports.",
			"COERCE FRA>PRT"},
		{"after a verb: the adjective's people ask (news)",
			"Lebanon ignored Israeli requests for talks.",
			"REQUEST ISR>"},
		{"a subject's phrase keeps the row's reading (history)",
			"The Afghan government asked Moscow for troops. After a month, the Afghan requests were for regiments.",
			"REQUEST AFG>RUS; REQUEST AFG>RUS"},
		{"a row of moving is left alone (news)",
			"Sofia accepted the loss of southern Bulgarian lands to Greece.",
			""},
		{"a name that is no adjective still heads a verb (news)",
			"Hezbollah attacks Israel.",
			"ASSAULT HEZBOLLAH>ISR"},
	}, eventDyads)
}

// A possessive pronoun after an event noun's "of", "on", "against" or
// "into", before a noun of a state's ground (syntax grounds.txt: "its
// coast", "their border posts"), stands for another party than the act's
// agent: the actor the sentence names before it is the target. With no
// such actor named the act is no X>X (the agent's own coast is not what
// its blockade falls on); the agent's own body or front ("of its
// troops", "on its eastern front") names no target. Cases of our own,
// from histories and news.
func TestPossessiveGroundIsAnothers(t *testing.T) {
	checkCases(t, []roleCase{
		{"shelling of its border posts (history)",
			"China condemned the Soviet shelling of its border posts.",
			"ACCUSE CHN>SUN; ASSAULT SUN>CHN"},
		{"raids on its oil terminals (news)",
			"Iraq could not stop the Iranian raids on its oil terminals.",
			"ASSAULT IRN>IRQ"},
		{"no other party named: no X>X (history)",
			"Exhausted by the war, it was unable to answer French blockades of its ports.",
			""},
		{"the agent's own troops (news)",
			"The Soviet withdrawal of its troops began in 1988.",
			"RETREAT SUN>"},
		{"the agent's own front (history)",
			"Germany backed the Italian offensive on its eastern front.",
			"SUPPORT DEU>ITA"},
		{"a former colony is no ground of the possessor's (history)",
			"Britain supported the American invasion of its former colony.",
			"SUPPORT GBR>USA"},
	}, eventDyads)
}
