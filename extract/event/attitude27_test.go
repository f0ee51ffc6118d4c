package event_test

import "testing"

// TestAttitudeAgainstTheAct: the act after "reluctant", "unwilling",
// "hesitant" or "difficult" and "to" was not done (modality.tsv class
// failure): no asserted event; the act stated plainly is one. Cases of
// our own, from histories and news.
func TestAttitudeAgainstTheAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"reluctant to approve (history)", "In 1974 the North Vietnamese government was reluctant to approve the Chinese plan.", ""},
		{"unwilling to negotiate (history)", "In 1950 China was unwilling to negotiate with the United States.", ""},
		{"hesitant to attack (news)", "Iran was hesitant to attack Iraq on Monday.", ""},
		{"difficult to accept (news)", "Pakistan found it difficult to accept the Indian proposal on Monday.", ""},
		{"negotiated (history)", "In 1950 China negotiated with the United States.", "CONSULT CHN>USA"},
		{"attacked (news)", "Iran attacked Iraq on Monday.", "ASSAULT IRN>IRQ"},
	}, eventDyads)
}
