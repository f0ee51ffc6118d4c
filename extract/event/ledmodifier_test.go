package event_test

import "testing"

// TestLedModifierMakesNoun: a verb trigger after an article and an
// "X-led" modifier (agentforms.txt) is a noun, whose agent is X ("the
// Saudi-led bombing of Yemen"); without the article, or with an object
// right after it, it stays the verb of an "X-led" subject. Cases of our
// own, from news and from a history.
func TestLedModifierMakesNoun(t *testing.T) {
	checkCases(t, []roleCase{
		{"the X-led bombing is X's act, not the condemner's (news)",
			"In 2015 Paris condemned the Saudi-led bombing of Yemen.",
			"ACCUSE FRA>SAU; ASSAULT SAU>YEM"},
		{"the X-led bombing is X's act, not the condemner's (history)",
			"In 1966 Moscow condemned the U.S.-led bombing of Hanoi.",
			"ACCUSE RUS>USA; ASSAULT USA>VDR"},
		{"an X-led subject's verb with no article stays a verb (news)",
			"In 1999 NATO-led forces bombing Serbia lost two jets.",
			"ASSAULT NATO>SRB"},
		{"an X-led subject's verb with an object stays a verb (history)",
			"In 1999 the NATO-led troops attack Serb positions daily.",
			"ASSAULT NATO>SRB"},
	}, eventDyads)
}
