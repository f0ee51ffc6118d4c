package event_test

import "testing"

// A participle after "and" whose first conjunct is a passive ("were
// intercepted and defeated by") shares its auxiliary: with an agent
// after it, it is a passive too, and the agent is the source. Without an
// agent the second verb is a past tense ("was routed and retreated").
// Cases of our own, from histories and news.
func TestSecondParticipleOfAPassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"a passive pair with its agent (history)",
			"In 1920 the Soviet army was encircled and defeated by Polish troops near Warsaw.",
			"ASSAULT POL>SUN"},
		{"a passive pair with its agent (news)",
			"The Ukrainian convoy was stopped and attacked by Russian troops on Monday.",
			"ASSAULT RUS>UKR"},
		{"a passive, then a past tense (history)",
			"The Greek army was crushed and retreated to the Aliakmon.",
			"RETREAT GRC>"},
		{"a passive, then a past tense (news)",
			"Russian troops were shelled and withdrew from Ukraine on Monday.",
			"RETREAT RUS>UKR"},
	}, eventDyads)
}
