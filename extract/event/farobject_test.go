package event_test

import "testing"

// TestFarObjectNounOfVerbsKind: an event noun of the verb trigger's own
// kind up to ten words after it, in one noun phrase with it (no joiner,
// pronoun, auxiliary or other verb between), completes the verb: no event
// of its own ("would send enormous amounts of old surplus military
// supplies"). A joiner or a pronoun between ends the phrase. Cases of our
// own, from a history and news.
func TestFarObjectNounOfVerbsKind(t *testing.T) {
	checkCases(t, []roleCase{
		{"a long noun phrase of the verb's kind (history)",
			"France backed Serbia in 1915. In March 1915, France announced it would send enormous amounts of old pre-war surplus military supplies to Serbia.",
			"SUPPORT FRA>SRB; AGREE FRA>SRB"},
		{"a long noun phrase of the verb's kind (news)",
			"The United States backed Kuwait in 1987. In 1987, Washington said it would send very large stocks of old surplus military supplies to Kuwait.",
			"SUPPORT USA>KWT; AGREE USA>KWT"},
		{"a joiner between ends the phrase (news)",
			"The United States backed Kuwait in 1987. In 1987, Washington said it would send large stocks of old and very costly surplus military supplies to Kuwait.",
			"SUPPORT USA>KWT; AGREE USA>KWT; AID USA>KWT"},
		{"a pronoun between ends the phrase (history)",
			"Moscow backed Hanoi in 1965. In 1965, Moscow announced it would send vast amounts of its old surplus military supplies to Hanoi.",
			"SUPPORT RUS>VDR; AGREE RUS>VDR; AID RUS>VDR"},
	}, eventDyads)
}
