package event_test

import "testing"

// TestEngineerIsLight: "engineered", "orchestrated" and "masterminded"
// before an event noun are light verbs (lightverbs.txt, events35): their
// subject is the noun's source, the noun's own "against" phrase its target.
// Without an event noun after them they name no act. Cases of our own, from
// a history and a news story.
func TestEngineerIsLight(t *testing.T) {
	checkCases(t, []roleCase{
		{"an engineered coup is the engineer's (history)",
			"In 1978, Pakistan engineered a coup against Afghanistan.",
			"ASSAULT PAK>AFG"},
		{"an orchestrated invasion is the orchestrator's (news)",
			"In 2014, Russia orchestrated an invasion of Ukraine.",
			"ASSAULT RUS>UKR"},
		{"no event noun after the light verb: no act (news)",
			"In 2014, Russia orchestrated the Olympic Games in Sochi.",
			""},
	}, eventDyads)
}
