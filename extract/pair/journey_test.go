package pair_test

import "testing"

// TestJourneyEndIsNoParty: the place a person the actor stage does not
// code goes to ("moved to", "left for": journey.txt) is where that person
// went, no side of a mention pair; a side that goes there keeps the place
// as its party. Cases from a history of Latin American exiles and one of
// the Greek monarchy, each with its twin.
func TestJourneyEndIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a person's move (Latin American exiles)",
			"The exiled poet moved to France after Chilean censors banned his book.",
			""},
		{"not: a side's move (Latin American exiles)",
			"Bolivian miners moved to Chile after Peruvian mines closed.",
			"BOL-CHL mention pair:sentence; BOL-PER mention pair:sentence; CHL-PER mention pair:sentence"},
		{"a person's departure (the Greek monarchy)",
			"The old king left for Italy, and Greek officers took power in Athens.",
			""},
		{"not: a side's flight (the Greek monarchy)",
			"Greek royalists fled to Italy, and Albanian officers took power.",
			"GRC-ITA mention pair:sentence; GRC-ALB mention pair:sentence; ITA-ALB mention pair:sentence"},
	})
}
