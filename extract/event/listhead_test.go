package event_test

import "testing"

// TestListItemTakesHeadMode checks that a gerund later in a list of
// gerund phrases has the mode of the list's first gerund ("tasked with
// training ..., conducting ..., and providing ..."): hypothetical when
// the first is; asserted when the first is, and not when a comma opens
// an item with no gerund. Cases of our own, from histories and news.
func TestListItemTakesHeadMode(t *testing.T) {
	checkCases(t, []roleCase{
		{"a task's list (news)",
			"American troops were tasked with training Iraqi forces, guarding the borders, and providing aid to Iraq.",
			"COOPERATE USA>IRQ hypothetical; AID USA>IRQ hypothetical"},
		{"a task's list (history)",
			"British troops were tasked with guarding the ports, patrolling the coast and supplying arms to Greece.",
			"AID GBR>GRC hypothetical"},
		{"a list of done acts stays done (history)",
			"British troops spent 1944 guarding the ports, patrolling the coast and supplying arms to Greece.",
			"AID GBR>GRC"},
		{"a list of done acts stays done (news)",
			"American troops spent 2005 training Iraqi forces, guarding the borders, and providing aid to Iraq.",
			"COOPERATE USA>IRQ; AID USA>IRQ"},
		{"an item with no gerund ends the list (news)",
			"American troops were tasked with training Iraqi forces, the borders were closed, and providing aid to Iraq was left to Britain.",
			"COOPERATE USA>IRQ hypothetical; AID USA>IRQ"},
	}, modedDyads)
}
