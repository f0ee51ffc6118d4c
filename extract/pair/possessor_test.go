package pair_test

import "testing"

// TestPossessorOwnsThePlace: a place after "in" right after one noun that
// an actor's possessive "'s" modifies ("China's investment in Pakistan",
// "America's involvement in Vietnam") is that actor's party, as after a
// noun an adjective of the actor modifies ("Chinese investment in
// Pakistan"); a determiner between the possessive and the noun ("China's
// share of the investment in Pakistan") leaves the place a scene. A report
// on South Asian trade and a history of the Vietnam war.
func TestPossessorOwnsThePlace(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a possessive before one noun (a report on South Asian trade)",
			"China's investment in Pakistan was large, and Indian officials worried.",
			"CHN-PAK mention pair:sentence; CHN-IND mention pair:sentence"},
		{"a possessive before one noun (a history of the Vietnam war)",
			"Early opposition to America's involvement in Vietnam was centered in the colleges, and Britain stayed out.",
			"USA-VNM mention pair:sentence"},
		{"not: a determiner between (a report on South Asian trade)",
			"China's share of the investment in Pakistan was small, and Indian officials worried.",
			"CHN-IND mention pair:sentence"},
		{"not: a determiner between (a history of the Vietnam war)",
			"America's part of the war in Vietnam was small, and Britain stayed out.",
			"USA-GBR mention pair:sentence"},
	})
}
