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
			"GRC-ITA mention pair:sentence; GRC-ALB mention pair:sentence"},
	})
}

// TestLeaderRefugeIsNoParty: a leader the actor stage codes for a side
// who flees or moves abroad ("fled to", "escaped to": journey.txt) goes
// to a refuge, no side of a mention pair with the leader's state; so
// does one a subject pronoun stands for when its antecedent in the
// sentence is that leader. A side's body that goes there (soldiers,
// monarchists, an army the pronoun stands for) keeps its pairs. Cases
// from a history of the Spanish monarchy and one of the Netherlands in
// 1940, each with its twin.
func TestLeaderRefugeIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a king's flight (the Spanish monarchy)",
			"In April 1931 King Alfonso XIII fled to France.",
			""},
		{"not: a side's flight (the Spanish monarchy)",
			"In April 1931 Spanish monarchists fled to France.",
			"ESP-FRA mention pair:sentence"},
		{"a king the pronoun stands for (the Spanish monarchy)",
			"In April 1931, after King Alfonso XIII lost the elections, he fled to France.",
			""},
		{"not: an army the pronoun stands for (the Spanish monarchy)",
			"In April 1931, after the Spanish army lost the elections, it fled to France.",
			"ESP-FRA mention pair:sentence"},
		{"a queen's escape (the Netherlands in 1940)",
			"In May 1940 Queen Wilhelmina escaped to Britain.",
			""},
		{"not: soldiers' escape (the Netherlands in 1940)",
			"In May 1940 Dutch soldiers escaped to Britain.",
			"NLD-GBR mention pair:sentence"},
	})
}

// TestRefugeAddressAndGap: the state named after a town as its address
// ("fled to Marseille, France") is where the refuge lies, as the town is;
// a prepositional phrase between the verb of journey and its "to" ("fled
// with his family to", "escaped by destroyer to") leaves the journey a
// journey. A side's body that goes there keeps its pairs, and an object
// between the verb and "to" ("moved his family to", "moved her gold to")
// makes no journey of the phrase. Cases from a history of the Spanish
// monarchy and one of the Netherlands in 1940, each with its twin.
func TestRefugeAddressAndGap(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a town and its state (the Spanish monarchy)",
			"In April 1931 King Alfonso XIII fled to Marseille, France.",
			""},
		{"not: a side goes to the town (the Spanish monarchy)",
			"In April 1931 Spanish monarchists fled to Marseille, France.",
			"ESP-FRA mention pair:sentence"},
		{"a phrase between 'fled' and 'to' (the Spanish monarchy)",
			"In April 1931 King Alfonso XIII fled with his family to France.",
			""},
		{"not: an object between 'moved' and 'to' (the Spanish monarchy)",
			"In April 1931 King Alfonso XIII moved his family to France.",
			"ESP-FRA mention pair:sentence"},
		{"a phrase and an address (the Netherlands in 1940)",
			"In May 1940 Queen Wilhelmina escaped by destroyer to Harwich, England.",
			""},
		{"not: ministers go there (the Netherlands in 1940)",
			"In May 1940 Dutch ministers escaped by destroyer to Harwich, England.",
			"NLD-GBR mention pair:sentence"},
		{"not: an object between 'moved' and 'to' (the Netherlands in 1940)",
			"In May 1940 Queen Wilhelmina moved her gold to Britain.",
			"NLD-GBR mention pair:sentence"},
	})
}

// TestRefugeByReferenceIsNoParty: an agent noun in lower case that the
// actor stage codes by reference with a refuge's code ("fled to Libya,
// and Tanzania installed a new government in Uganda") is the refuge
// again, no side; a phrase that names the state ("the Libyan
// government") keeps its pairs. Cases from histories of Uganda, of the
// Iranian revolution and of Yugoslavia, each way.
func TestRefugeByReferenceIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a new government after a refuge (a history of Uganda)",
			"In 1979 Idi Amin fled to Libya, and Tanzania installed a new government in Uganda.",
			"UGA-TZA mention pair:sentence"},
		{"a new government after a refuge (a history of the Iranian revolution)",
			"In 1979 the Shah fled to Egypt, and Khomeini formed a new government in Iran.",
			""},
		{"a new government after a king's refuge (a history of Yugoslavia)",
			"In 1944 King Peter fled to Britain, and Tito formed a new government in Yugoslavia.",
			""},
		{"not: the refuge's government by its name (a history of Uganda)",
			"In 1979 Idi Amin fled to Libya, and the Libyan government in Tripoli stayed silent about Uganda.",
			"UGA-LBY mention pair:sentence"},
		{"not: a new government of a state named after it (a history of Yugoslavia)",
			"In 1944 King Peter fled to Britain, and the British government of Churchill stayed silent about Tito.",
			"YUG-GBR mention pair:sentence"},
	})
}
