package event_test

import "testing"

// A domestic noun that a passive makes the one acted on ("civilians were
// killed") names no agent: with no agent named, or a trigger inside the
// passive's "by" phrase, the act is nobody's at home (no X>X). A domestic
// agent ("by rebels") or a named one with no code ("by Federal Police")
// keeps it. Cases of our own, from news and histories.
func TestDomesticPassiveNamesNoAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"agentless passive of a domestic noun (news)",
			"Hundreds of Syrian civilians were killed over the summer in a wave of bombings.",
			""},
		{"trigger in the by phrase (news)",
			"Nearly 200 villagers were killed by a wave of mortar attacks on the Lebanese town of Tyre.",
			""},
		{"trigger in the by phrase (history)",
			"Two hundred villagers were killed by suicide attacks on the Nigerian town of Bama.",
			""},
		{"a domestic agent of the same state (news)",
			"Kenyan protesters were killed by Kenyan police in Nairobi in 2008.",
			"ASSAULT KEN>KEN"},
		{"a domestic agent (history)",
			"Colombian villagers were attacked by rebels in Antioquia in 1998.",
			"ASSAULT COL>COL"},
		{"a named agent with no code; the protest after it is the subject's (history)",
			"Nine students were shot by Federal Police at Tlatelolco during a protest in Mexico City.",
			"ASSAULT MEX>MEX; PROTEST MEX>MEX"},
	}, eventDyads)
}

// The one state a sentence names gives a domestic subject its state only
// when it is in the trigger's own clause, no verb between: "a Pentagon
// study found that insurgent attacks" names the study's state, not the
// insurgents'.
func TestDomesticStateNotFromAReport(t *testing.T) {
	checkCases(t, []roleCase{
		{"a report's state (news)",
			"A Pentagon study found that insurgent attacks were falling in 2008.",
			""},
		{"a report's state (history)",
			"An Indian report found that militant attacks were rising in 2004.",
			""},
		{"the state in the clause (news)",
			"Rebels in Chad attacked the capital in 2008.",
			"ASSAULT TCD>TCD"},
		{"the state in the clause (history)",
			"Indian militants attacked the Indian town of Jammu in 2004.",
			"ASSAULT IND>IND"},
	}, eventDyads)
}

// A domestic noun after the trigger makes the act domestic only when it
// is a group of the source's state: one a state actor names, or the
// object of a government (not an army, which may be abroad); and no other
// state in the clause ("workers in France and Belgium refused ... to
// Spain" are no Spanish group: their states act, peopleOf).
func TestDomesticObjectOfTheSourceState(t *testing.T) {
	checkCases(t, []roleCase{
		{"an army's object names no state (history)",
			"A French army unit shot civilians in the village in 1957.",
			""},
		{"another state in the clause (history)",
			"Spain suffered delays in 1937, when workers in France and Belgium refused to transit arms to Spain.",
			"REJECT FRA,BEL>ESP"},
		{"a place of the army's state (news)",
			"The Syrian army killed civilians in Homs in 2012.",
			"ASSAULT SYR>SYR"},
		{"foreign helpers in an aside before the trigger (history)",
			"In 1983 the Nicaraguan rebel movement, backed by the United States and Honduras, fought on.",
			"SUPPORT USA,HND>NIC; ASSAULT NIC>NIC"},
		{"the source's own workers (history)",
			"Spain suffered delays in 1937, when workers in Spain refused to transit arms.",
			"REJECT ESP>ESP"},
		{"a government's object (news)",
			"The Kenyan government executed two opposition activists in 1987.",
			"ASSAULT KEN>KEN"},
	}, eventDyads)
}
