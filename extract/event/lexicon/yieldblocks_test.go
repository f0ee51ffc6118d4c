package lexicon_test

import "testing"

// TestYieldingBlocks: the rest of the dictionary's yield and submit verbs
// (triggers.tsv, target=to, by=STATE|GOV) read the actor after "to" as the
// one yielded to, CONCEDE; a document submitted to a body (the NONE row's
// objects), a thing after "to", a person's bow and a withdrawal's
// destination do not. Only CONCEDE and RETREAT events are shown. Cases of
// our own, from histories and news.
func TestYieldingBlocks(t *testing.T) {
	checkSenses(t, []string{"CONCEDE", "RETREAT"}, []senseCase{
		{"submitted to (history)", "In 1938, Czechoslovakia submitted to Germany.", "CONCEDE CSK>DEU"},
		{"yielded to (history)", "In 1940, Romania yielded to the Soviet Union.", "CONCEDE ROU>SUN"},
		{"conceded to (history)", "In 1905, Russia conceded to Japan.", "CONCEDE RUS>JPN"},
		{"relinquished a place to (news)", "In 1997, Britain relinquished Hong Kong to China.", "CONCEDE GBR>CHN"},
		{"bowed to a state's pressure (news)", "In 1935, Britain bowed to Italian pressure.", "CONCEDE GBR>ITA"},
		{"yielded to (news)", "In 1956, Britain yielded to the United States over Suez.", "CONCEDE GBR>USA"},
		{"submitted a document to a body (news)", "In 1990, France submitted its report to the European Commission.", ""},
		{"yielded to a thing (history)", "In 1990, the offensive yielded to a long stalemate.", ""},
		{"submitted to a procedure (news)", "In 1990, France submitted to arbitration.", ""},
		{"a person bowed (news)", "In 1990, the British Prime Minister bowed to the Queen.", ""},
		{"withdrew to: a destination, not yielding (history)", "In 1990, France withdrew to the Rhine.", "RETREAT FRA>"},
	})
}
