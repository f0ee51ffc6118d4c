package event_test

import "testing"

// "A's advance met with B's counterattacks": the possessor of an event
// noun under the "with" or "by" of a verb of meeting is the noun's agent,
// and the act met is the one acted on (metAct); a past form after an
// article and modifiers ("The Iraqi advance met with") is a verb, no noun
// (nounUse). A meeting of envoys stays a meeting. Cases of our own, from
// histories and news.
func TestMetWithPossessor(t *testing.T) {
	checkCases(t, []roleCase{
		{"possessors on both sides (history)",
			"Iraq's advance met with Iran's counterattacks.",
			"ASSAULT IRN>IRQ"},
		{"nationalities, the verb after an article (news)",
			"The Iraqi advance met with Iranian counterattacks.",
			"ASSAULT IRN>IRQ"},
		{"passive met with (history)",
			"Germany's offensive was met with France's counterattack.",
			"ASSAULT FRA>DEU"},
		{"a delegation meets a minister (news)",
			"The Iraqi delegation met with Iran's foreign minister.",
			"CONSULT IRQ>IRN"},
		{"an envoy is met by a premier (history)",
			"The Soviet envoy was met by China's premier.",
			"CONSULT CHN>SUN"},
	}, eventDyads)
}
