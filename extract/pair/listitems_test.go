package pair_test

import "testing"

// TestItemsOfOneGovernedList: two actors that each modify a name of their
// own ("German Silesia and Austrian Tyrol") are items of one list after a
// preposition, as the members of one coordination are: they pair with the
// sentence's other actors, not with each other. A list that is the
// subject, a list after "between" or after a relation noun ("the
// rivalry of"), and two items a comma and a clause keep apart, still
// pair.
// Cases from a history of refugee relief and an economic history of
// Argentina, each with its twins.
func TestItemsOfOneGovernedList(t *testing.T) {
	checkPairs(t, []pairCase{
		{"two places of one list after 'from' (refugee relief)",
			"Swedish doctors treated refugees from German Silesia and Austrian Tyrol.",
			"SWE-DEU mention pair:sentence; SWE-AUT mention pair:sentence"},
		{"not: the same list as the subject (refugee relief)",
			"German Silesia and Austrian Tyrol sent refugees to Swedish doctors.",
			"DEU-AUT mention pair:sentence; DEU-SWE mention pair:sentence; AUT-SWE mention pair:sentence"},
		{"not: a second actor in a clause of its own (refugee relief)",
			"Swedish doctors treated refugees from German Silesia, and Austrian officials paid them.",
			"SWE-DEU mention pair:sentence; SWE-AUT mention pair:sentence"},
		{"not: a list after a relation noun's 'of' (refugee relief)",
			"Polish politics turned on the rivalry of Austrian Galicia and German Silesia.",
			"POL-AUT mention pair:sentence; POL-DEU mention pair:sentence; AUT-DEU mention pair:sentence"},
		{"not: a list after 'between' (refugee relief)",
			"Polish smugglers crossed the border between Austrian Galicia and German Silesia.",
			"POL-AUT mention pair:sentence; POL-DEU mention pair:sentence; AUT-DEU mention pair:sentence"},
		{"two lenders of one list after 'from', an adjective on the second (Argentina)",
			"Argentine railways were built with loans from Great Britain and Tsarist Russia.",
			"ARG-GBR mention pair:sentence; ARG-RUS mention pair:sentence"},
		{"not: the second lender in a clause of its own (Argentina)",
			"Argentine railways were built with loans from Great Britain, and Tsarist Russia sent engineers.",
			"ARG-GBR mention pair:sentence; ARG-RUS mention pair:sentence; GBR-RUS mention pair:sentence"},
		{"not: a fronted place and a comma (Argentina)",
			"To Great Britain, Tsarist Russia was a rival for Argentine loans.",
			"GBR-RUS mention pair:sentence; GBR-ARG mention pair:sentence; RUS-ARG mention pair:sentence"},
	})
}
