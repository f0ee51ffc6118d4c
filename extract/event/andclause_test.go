package event_test

import "testing"

// The object of a verb is not looked for past "and" when a clause of its
// own follows, with a subject and a verb ("retreated from the town, and
// on Sunday the allies bombed Iraq's air defences": Iraq is no party to
// the retreat). "and" before a noun phrase with no verb, or before a verb
// with no subject of its own, keeps the search going. Cases of our own,
// from histories and news.
func TestObjectNotInTheNextClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"a clause with an uncoded subject after and (news)",
			"Serbian forces retreated from the town, and on Sunday the allies bombed Iraq's air defences.",
			"RETREAT SRB>"},
		{"a clause after a phrase of time after and (history)",
			"Syrian troops retreated from the valley, and in July the militias shelled Israel's northern towns.",
			"RETREAT SYR>"},
		{"two noun phrases joined by and (news)",
			"In 1982 Israel bombed the camps near the coast and the headquarters of the PLO in Beirut.",
			"ASSAULT ISR>PLO"},
		{"a verb after a phrase of time, no subject of its own (history)",
			"In 1990 Iraq massed troops along the frontier and in August invaded Kuwait.",
			"MOBILIZE IRQ>KWT"},
	}, mainDyad)
}
