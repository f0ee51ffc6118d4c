package event_test

import "testing"

// "The goal was to seize ...": an act after "to" and a form of "be" whose
// subject is a noun of intent or of a plan is the plan, not the act:
// hypothetical. Another clause's act, or a goal noun that is no subject
// of "be to", stays asserted. Cases of our own, from histories.
func TestGoalCopulaActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"the goal was to (history)",
			"In 1777 the British goal was to seize the Hudson River corridor from the Americans.",
			"COERCE GBR>USA hypothetical"},
		{"a possessor's plan was to (history)",
			"In 1936 Italy's plan was to invade Ethiopia from Eritrea.",
			"ASSAULT ITA>ETH hypothetical"},
		{"the act of another clause (history)",
			"In 2003 the aim was to topple the Iraqi government, and American forces invaded Iraq in March.",
			"ASSAULT USA>IRQ"},
		{"a goal achieved (history)",
			"In 1941 Germany's goal was achieved when German forces invaded Greece.",
			"ASSAULT DEU>GRC"},
		{"the aim remained to (history)",
			"In 1915 Germany's aim remained to invade France.",
			"ASSAULT DEU>FRA hypothetical"},
		{"remained with no noun of intent before it (news)",
			"In May 1940 the British army remained to defend Dunkirk while French troops attacked Germany.",
			"SUPPORT GBR>; ASSAULT FRA>DEU"},
		{"a goal noun that is no subject of 'be to' (news)",
			"Britain's aim in 1914 was clear: Germany had invaded Belgium.",
			"ASSAULT DEU>BEL"},
	}, modedDyads)
}
