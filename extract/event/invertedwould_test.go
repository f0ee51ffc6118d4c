package event_test

import "testing"

// An inverted condition that opens the sentence ("Should Kabul ask for
// troops, ...", "Should the talks fail, ...") makes the main clause's
// "would" hypothetical, as "if" does; a "would" of narrative past or of
// reported intent, and a clause opened by "when", are left as they were.
// Cases of our own, from histories and news.
func TestInvertedConditionWould(t *testing.T) {
	checkCases(t, []roleCase{
		{"should and an actor (history)",
			"Should Kabul ask for troops, Moscow would refuse.",
			""},
		{"should and a noun phrase (news)",
			"Should the talks fail, Iraq would attack Iran.",
			""},
		{"a when clause narrates (history)",
			"When Kabul asked Moscow for troops, Moscow would refuse every time.",
			"REQUEST AFG>RUS; REJECT RUS>"},
		{"would of narrative past (history)",
			"Iraq would later invade Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"reported intent (news)",
			"Iran said it would attack Iraq.",
			"THREATEN IRN>IRQ"},
	}, eventDyads)
}
