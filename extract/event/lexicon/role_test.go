package lexicon_test

import "testing"

// TestARoleIsNoOccupation: a role occupied or attacked (figurative.txt,
// "role") is no occupation and no attack; a country occupied stays an
// occupation. Only COERCE and ASSAULT events are shown. Cases of our own,
// from histories and news.
func TestARoleIsNoOccupation(t *testing.T) {
	checkSenses(t, []string{"COERCE", "ASSAULT"}, []senseCase{
		{"a prominent role (history)", "In 2003 Britain occupied a prominent role in the coalition against Iraq.", ""},
		{"a minor role (history)", "In 1991 Japan occupied a minor role in the war against Iraq.", ""},
		{"a role attacked (news)", "In 2005 the Lebanese opposition attacked the role of Syria.", ""},
		{"a country occupied (history)", "In 1940 Germany occupied Norway.", "COERCE DEU>NOR"},
	})
}
