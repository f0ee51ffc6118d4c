package event_test

import "testing"

// Aid whose first actor of the source's state after the verb is that
// state's own army moves its own forces: no aid, and no act at home
// (X>X). Aid to another group of the state stays domestic. Cases of our
// own, from histories and the news.
func TestOwnForcesSentAreNoAid(t *testing.T) {
	checkCases(t, []roleCase{
		{"sent its own troops on a campaign (history)",
			"In 1994 Moscow sent 40,000 Russian troops on a campaign against the rebels.",
			""},
		{"an army supplying its own troops (news)",
			"In 2005 the Pakistani army sent supplies to Pakistani troops in Kashmir.",
			""},
		{"aid to the state's police (news)",
			"In 2011 the Egyptian government sent aid to Egyptian police in Sinai.",
			"AID EGY>EGY"},
		{"arms to the state's police (history)",
			"In 1957 the French government sent arms to the French police in Algiers.",
			"AID FRA>FRA"},
	}, eventDyads)
}
