package lexicon_test

import "testing"

// TestSetUpABody: "set up" establishes a body (triggers.tsv, an object
// list of bodies: commission, council, mission, ...), COOPERATE; a
// blockade, checkpoints or depots set up are no body. Only COOPERATE events
// are shown. Cases of our own, from histories and news.
func TestSetUpABody(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"a commission (history)", "In 1947 the UN General Assembly set up a special commission on Palestine.", "COOPERATE UN>PSE"},
		{"a council (history)", "In 1949 Britain and France set up a council with Belgium.", "COOPERATE GBR,FRA>BEL"},
		{"a blockade (history)", "In 1962 the United States set up a naval blockade of Cuba.", ""},
		{"checkpoints (news)", "In 2001 Pakistan set up checkpoints near Peshawar.", ""},
		{"depots (history)", "In 1968 North Vietnam set up supply depots in Laos.", ""},
	})
}
