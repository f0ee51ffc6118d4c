package event_test

import "testing"

// TestAttemptIsLight: "attempted" before an event noun is a light verb
// (lightverbs.txt): its subject, a state or a person of one, is the
// noun's source ("attempted separate peace negotiations with"); the
// infinitive "attempted to stop the negotiations between ..." leaves the
// noun to its own parties. Cases of our own, from a history and news.
func TestAttemptIsLight(t *testing.T) {
	checkCases(t, []roleCase{
		{"a person's attempted negotiations are his state's (history)",
			"In 1943, King Boris III of Bulgaria quietly attempted separate peace talks with Britain.",
			"CONSULT BGR>GBR"},
		{"a state's attempted invasion is its own (news)",
			"In 1940, Italy attempted an invasion of Greece.",
			"ASSAULT ITA>GRC"},
		{"an infinitive after attempted leaves the noun to its own parties (history)",
			"In 1917, Austria attempted to stop the negotiations between Russia and Germany.",
			"CONSULT RUS,DEU>"},
	}, eventDyads)
}
