package event_test

import "testing"

// TestProspectNounActIsNoAct checks that an event noun after a noun of a
// risk or a prospect (modality.tsv's class prospect) or of a belief and
// its "of" ("little risk of Soviet intervention", "fear of a Soviet
// invasion") is what may happen: hypothetical. The same noun after such a
// word with no "of", or told as done, stays asserted. Cases of our own,
// from a history and news.
func TestProspectNounActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"little risk of an intervention (history)",
			"Truman's advisers saw little risk of Soviet intervention in Korea.",
			"ASSAULT SUN>KOR hypothetical"},
		{"the threat of sanctions (news)",
			"The threat of American sanctions against Iran remained.",
			"SANCTION USA>IRN hypothetical"},
		{"a belief noun before of (history)",
			"The fear of a Soviet invasion of Poland grew in 1981.",
			"ASSAULT SUN>POL hypothetical"},
		{"the fear after the invasion (history)",
			"The fear grew after the Soviet invasion of Afghanistan.",
			"ASSAULT SUN>AFG"},
		{"the threat from a done intervention (news)",
			"The threat came from the Chinese intervention in Korea.",
			"ASSAULT CHN>KOR"},
		{"the risk after the act (news)",
			"Soviet intervention in Hungary ended the risk.",
			"ASSAULT SUN>HUN"},
	}, modedDyads)
}
