package event_test

import "testing"

// A subject that names a thing stays a thing past a phrase after a
// preposition that holds a name ("the operational plan for the Manna
// Campaign called for"): a verb whose subject must be an actor (flag
// actsubject) names no act, and lends it no actors from the sentences
// before. After a preposition of whose people a subject are ("the
// government of Iraq") the name may be the one who acts. Cases of our
// own, from histories and news.
func TestThingSubjectPastItsPhrase(t *testing.T) {
	checkCases(t, []roleCase{
		{"a plan for a named campaign (Greek history)",
			"In 1944 Churchill urged Athens to resist. The operational plan for the Manna Campaign called for the capture of Athens before 1 June.",
			"REQUEST GBR>GRC"},
		{"a plan for a named campaign (Korea history)",
			"In 1950 Britain urged Korea to resist. The plan for the Korea Campaign called for the capture of Seoul.",
			"REQUEST GBR>KOR"},
		{"a plan for an unnamed campaign (Korea history)",
			"In 1950 Britain urged Korea to resist. The plan for the spring campaign called for the capture of Seoul.",
			"REQUEST GBR>KOR"},
		{"a resolution on a named crisis (news)",
			"In 1990 Britain urged Kuwait to resist. The draft resolution on the Kuwait crisis called for the liberation of Kuwait.",
			"REQUEST GBR>KWT"},
		{"the government of a state (news)",
			"In 1990 Britain urged Kuwait to resist. The government of Iraq called for the liberation of Kuwait.",
			"REQUEST GBR>KWT; REQUEST IRQ>KWT"},
		{"the president of a state (history)",
			"In 1956 the President of Egypt called for a ceasefire.",
			"REQUEST EGY>"},
		{"a state itself (history)",
			"In 1950 Britain urged Korea to resist. In June the Soviet Union called for the capture of Seoul.",
			"REQUEST GBR>KOR; REQUEST SUN>KOR"},
	}, eventDyads)
}
