package pair_test

import "testing"

// TestTransitPlaceIsNoParty: a state named right after a preposition of
// transit.txt ("via", "by way of") is a place a journey passes through:
// no channel of the act (pair:via) and no side of a mention; goods given
// via a state (an AID act) keep it as their channel. A
// channel named by its agents ("via Iranian intermediaries", "through the
// Pakistani intelligence services") keeps its pairs. Cases from a history
// of the Vietnam war, a history of the Italo-Ethiopian war and a report
// on the Angolan war.
func TestTransitPlaceIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"via a state: a journey's transit place is no channel (a Vietnam history)",
			"Soviet advisers travelled to North Vietnam via China in 1965.",
			"SUN-VDR visit pair:event"},
		{"not: goods given via a state keep it as the channel (an Afghan war history)",
			"In 1986 the United States shipped Stinger missiles to the mujahideen via Pakistan.",
			"USA-MUJAHIDEEN military_aid pair:event; USA-PAK military_aid pair:via; PAK-MUJAHIDEEN military_aid pair:via"},
		{"via a state: a journey (a history of the Second World War)",
			"British troops reached Greece via Egypt in 1941.",
			"GBR-GRC deploy_troops pair:event"},
		{"by way of a state (an Angolan report)",
			"Cuban arms reached Angola by way of the Congo in 1975.",
			"CUB-AGO military_aid pair:event"},
		{"not: a channel named by its agents keeps its pairs",
			"The CIA provided assistance to the rebels through the Pakistani intelligence services.",
			"USA-PAK aid pair:via"},
		{"not: the states after another preposition stay sides",
			"Soviet supplies flowed via the Black Sea to North Vietnam and China.",
			"SUN-VDR mention pair:sentence; SUN-CHN mention pair:sentence"},
		{"not: the state before the preposition stays a side",
			"British troops reached Egypt via the Suez Canal in 1941.",
			"GBR-EGY deploy_troops pair:event"},
	})
}

// TestTransitAddress: a state named as a town's address after a
// preposition of transit ("via Cairo, Egypt") is a transit place as the
// state alone is ("via Egypt"): no channel of a troop movement and no
// side of a mention pair. An act of aid keeps it as its channel, and a
// state after "and" starts no address. Cases from a history of the Greek
// campaign and one of the Chaco War, each with its twin.
func TestTransitAddress(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a town and its state after 'via' (the Greek campaign)",
			"In 1940 British troops reached Greece via Cairo, Egypt.",
			"GBR-GRC deploy_troops pair:event"},
		{"not: aid keeps the channel (the Greek campaign)",
			"In 1941 British ships sent arms to the Greek army via Alexandria, Egypt.",
			"GBR-GRC supply pair:event; GBR-EGY supply pair:via; EGY-GRC supply pair:via"},
		{"a town and its state after 'via' (the Chaco War)",
			"In 1932 Argentine volunteers reached Paraguay via Corumba, Brazil.",
			"ARG-PRY mention pair:sentence"},
		{"not: a state after 'and' (the Chaco War)",
			"In 1932 Argentine volunteers reached Paraguay via Corumba, and Brazil closed the border.",
			"ARG-PRY mention pair:sentence; ARG-BRA mention pair:sentence"},
	})
}
