package event_test

import "testing"

// A dictionary pattern's or a row's target preposition ("conspire (AGAINST
// +)", "lobby (AGAINST +)", "return (FROM +)", a row's target=) is looked
// for in the verb's own clause: a coordinator that opens a clause of its
// own (", and", "and" before a verb of the trigger list) ends the search,
// so the next clause's preposition and actor are not the first verb's
// target (prepTarget). Cases of our own, from histories and news.
func TestPrepTargetStopsAtNewClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"against in its own clause (history)", "In 1914, Serbia conspired against Austria-Hungary.", "THREATEN SRB>AUT"},
		{"against in the next clause (history)", "In 1956, Egypt conspired, and Israel fought against Syria.", "ASSAULT ISR>SYR"},
		{"before the next clause (history)", "In 1956, Egypt conspired against Israel, and Syria fought against Jordan.", "THREATEN EGY>ISR; ASSAULT SYR>JOR"},
		{"against in its own clause (news)", "In 2003, Turkey lobbied against Iraq and Syria.", "ACCUSE TUR>IRQ,SYR"},
		{"against in the next clause (news)", "In 2003, Turkey lobbied, and Iran marched against Iraq.", "PROTEST IRN>IRQ"},
		{"against after and and a verb (news)", "In 1990, Iraq lobbied the UN and marched against Kuwait.", "PROTEST IRQ>KWT"},
		{"from in its own clause (history)", "In 1962, the Soviet envoy returned from Cuba.", "CONSULT SUN>CUB"},
		{"from in the next clause (history)", "In 1962, Cuba returned, and Russia withdrew from Turkey.", "RETREAT RUS>TUR"},
	}, eventDyads)
}
