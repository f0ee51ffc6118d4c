package event_test

import "testing"

// A dictionary verb of backing in the passive with its agent named
// ("Greece, backed by Britain, invaded", "which was backed by France")
// codes the agent's support of the subject, as a verb of force's passive
// does; a thing's agent ("by most members of the cabinet") names no one,
// a negated one is no act, and an agent list with a comma inside, set off
// by commas before the verb, may go on with the subject's own partners
// (listAgent). Cases of our own, from histories and news.
func TestBackedByAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"a reduced passive between commas (history)",
			"Greece, backed by Britain, invaded Turkey.",
			"SUPPORT GBR>GRC; ASSAULT GRC>TUR"},
		{"supported by a state (news)",
			"The Afghan government, supported by the Soviet Union, attacked the rebels.",
			"SUPPORT SUN>AFG; ASSAULT AFG>AFG"},
		{"a relative clause's passive (history)",
			"Iraq, which was backed by France, invaded Iran.",
			"SUPPORT FRA>IRQ; ASSAULT IRQ>IRN"},
		{"a participle right after a noun modifies that noun, not the subject (news)",
			"Saudi jets bombed Houthi fighters backed by Iran.",
			"ASSAULT SAU>HOUTHI"},
		{"an agent with no code (news)",
			"The plan was supported by most members of the cabinet.",
			""},
		{"negated (history)",
			"Russia was not supported by France.",
			""},
		{"an agent that is no actor (history)",
			"Iraq, supported by a large army, invaded Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"a list with commas may be the subject's partners (news)",
			"Kuwait, supported by the United States, Britain, and France, signed the accord.",
			"SUPPORT KWT>"},
	}, eventDyads)
}
