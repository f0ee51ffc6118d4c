package lexicon_test

import "testing"

// TestThreatenedGroundWithMeans: the NONE row "threaten" with
// object=territory|...|supply routes holds only where no means follows the
// object: "with" and a word that names no actor, or "by" and a gerund,
// make the act a threat to the ground's owner; "communications with Egypt"
// names a partner and stays no threat. Only THREATEN events are shown.
// Cases of our own, from news and histories.
func TestThreatenedGroundWithMeans(t *testing.T) {
	checkSenses(t, []string{"THREATEN"}, []senseCase{
		{"territory threatened with tests (news)", "In 1996 China threatened Taiwan's territory with missile tests.", "THREATEN CHN>TWN"},
		{"routes threatened by closing (history)", "In 1967 Egypt threatened Israel's supply routes by closing the Straits of Tiran.", "THREATEN EGY>ISR"},
		{"territory threatened with missiles (history)", "In 1962 the Soviet Union threatened American territory with nuclear missiles.", "THREATEN SUN>USA"},
		{"communications with a state (history)", "In 1878 the Russian army threatened Turkey's Balkan provinces and Britain's communications with Egypt.", ""},
		{"lines threatened, no means (history)", "In 1941 German U-boats threatened Britain's supply lines.", ""},
		{"territory threatened, no means (news)", "In 1990 Iraq threatened Kuwait's territory.", ""},
	})
}
