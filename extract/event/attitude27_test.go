package event_test

import "testing"

// TestAttitudeAgainstTheAct: the act after "reluctant", "unwilling",
// "hesitant" or "difficult" and "to" is not asserted (modality.tsv class
// reluctance: hypothetical); the act stated plainly is one. Cases of
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

// TestReluctanceIsNoFailure: an attitude against the act (class
// reluctance) makes the act after its "to" hypothetical, not negated; the
// same act that the sentence then says was done is asserted, and kept over
// the loath mention of it (dedupe). Cases of our own, from histories.
func TestReluctanceIsNoFailure(t *testing.T) {
	checkCases(t, []roleCase{
		{"hesitant to recognise, but recognised (history)",
			"The United States was hesitant to recognise Israel in 1948, but Truman recognised it within minutes.",
			"SUPPORT USA>ISR"},
		{"unwilling to negotiate: hypothetical, not negated (history)",
			"France was unwilling to negotiate with Germany in 1936.",
			"CONSULT FRA>DEU hypothetical"},
		{"made it difficult to ratify: hypothetical (history)",
			"The Turkish invasion of Cyprus in 1974 made it difficult to ratify the treaty with Greece.",
			"ASSAULT TUR>CYP; SUPPORT TUR>GRC hypothetical"},
		{"did not attack in one year, attacked in the next: both kept (history)",
			"Egypt did not attack Israel in 1972, but attacked it in 1973.",
			"ASSAULT EGY>ISR negated; ASSAULT EGY>ISR"},
		{"did not sign, but another signed: both kept (news)",
			"The Soviet Union did not sign the treaty in 1963, but Britain signed it.",
			"SUPPORT SUN> negated; SUPPORT GBR>"},
	}, modedDyads)
}
