package event_test

import "testing"

// TestJoinedLedAct: a verb of the same kind as the act its object names
// ("joined the Saudi-led invasion of Yemen": ASSAULT) takes that act's
// target; the "X-led" leader shares the act and is no target. A verb of
// another kind ("backed", "joined the ... coalition") keeps the leader
// as its target. Cases of our own, from a history and from news.
func TestJoinedLedAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"joining an X-led act of the verb's kind acts on its target (news)",
			"In 2015 Sudan joined the Saudi-led invasion of Yemen.",
			"ASSAULT SDN>YEM; ASSAULT SAU>YEM"},
		{"joining an X-led act of the verb's kind acts on its target (history)",
			"In 1950 Turkey joined the U.S.-led offensive against North Korea.",
			"ASSAULT TUR>PRK; ASSAULT USA>PRK"},
		{"a verb of another kind keeps the leader as target (news)",
			"In 2011 Qatar supported the NATO-led bombing of Libya.",
			"SUPPORT QAT>NATO; ASSAULT NATO>LBY"},
		{"an X-led body is no act: the leader stays the target (history)",
			"In 1991 Syria joined the US-led coalition against Iraq.",
			"COOPERATE SYR>USA"},
	}, eventDyads)
}
