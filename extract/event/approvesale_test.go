package event_test

import "testing"

// Approving a sale to another party is the sale (COOPERATE arms_sale, as
// gold-dev codes arms sales); approving a plan or a policy stays SUPPORT.
func TestApprovingASaleIsTheSale(t *testing.T) {
	checkCases(t, []roleCase{
		{"a government approves fighters for an ally (news)",
			"In 2019 the United States approved the sale of F-16 fighters to Taiwan.",
			"COOPERATE USA>TWN"},
		{"a sale approved for a neighbour (a history)",
			"In 1975 France approved the sales of Mirage jets to Egypt.",
			"COOPERATE FRA>EGY"},
		{"a plan approved, no sale (a history)",
			"In 1975 France approved the plan of Egypt.",
			"SUPPORT FRA>EGY"},
	}, eventDyads)
}
