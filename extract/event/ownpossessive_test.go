package event_test

import "testing"

// A possessive right after a verb of mutual action whose subject is named
// ("fought its way", "discussed its plans") is the subject's own: it
// names no other side, so the paragraph's last actor is not the target;
// an actor named later in the clause still is. An object pronoun there
// ("met them") still stands for the actor before it. Cases of our own,
// from histories and news.
func TestPossessiveAfterMutualVerbIsTheSubjects(t *testing.T) {
	checkCases(t, []roleCase{
		{"a member's advance is not against its own alliance (history)",
			"The Axis powers were denied a swift triumph. The Italian army had fought its way into Greece.",
			"ASSAULT ITA>GRC"},
		{"the last sentence's actor is not the other side (news)",
			"Ukraine lost the town. Russia discussed its plans on Monday.",
			"CONSULT RUS>"},
		{"a later phrase names the other side (news)",
			"Ukraine lost the town. Russia discussed its plans with Belarus on Monday.",
			"CONSULT RUS>BLR"},
		{"an object pronoun stands for the actor before it (news)",
			"Ukraine asked for talks. Russia met them in Geneva on Monday.",
			"CONSULT UKR>; CONSULT RUS>UKR"},
	}, eventDyads)
}
