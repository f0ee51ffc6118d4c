package lexicon_test

import "testing"

// TestJoiningUpWithUnitsIsNoAlliance: joining up with units (triggers.tsv's
// NONE row "join up") is a link-up of one side's forces, not the
// COOPERATE alliance of "join"; joining an alliance or talks stays.
// Only COOPERATE events are shown. Cases of our own, from histories.
func TestJoiningUpWithUnitsIsNoAlliance(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"pilots join up with units (Vietnam)", "Flown in from Okinawa in 1965, the American pilots went on to join up with the units already in Vietnam.", ""},
		{"a division joins up with units (WW1)", "In 1918 the American division joined up with French units near Reims.", ""},
		{"an alliance joined (WW1)", "In 1918 the United States joined the Allies.", "COOPERATE USA>ENTENTE"},
		{"talks joined (Camp David)", "In 1979 Egypt joined the talks with Israel.", "COOPERATE EGY>ISR"},
	})
}
