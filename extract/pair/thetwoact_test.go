package pair_test

import "testing"

// TestTheTwoOfAnAct: "the two" are the parties of the paragraph's last act
// or relation. A side of that act the sentence does not name (the event
// stage reads "seizing Puerto Bolivar" as an act on Ecuador) is not named
// in passing, so a body named after it (the United Nations, the OAS) is
// none of the two; a sentence that only names two actors together (a
// mention) states no pair for "the two"; and a paragraph that stated no
// pair gives none from the last two names (a state and the neighbour
// where its leaders met). Cases from a history of the Ecuadorian-Peruvian
// war, of the Football War, of the Ogaden, of East Africa, of the
// Nigerian crisis and of Ghana's 1966 coup.
func TestTheTwoOfAnAct(t *testing.T) {
	checkPairs(t, []pairCase{
		{"an unnamed side and a body named after it (Peru and Ecuador)",
			"Peru and Ecuador both claimed the upper Amazon. In July 1941 Ecuadorian soldiers attacked the Peruvian post at Huaquillas. Peru retaliated by seizing Puerto Bolivar, and the United Nations urged both governments to accept mediation. The two countries restored relations in 1942.",
			"ECU-PER attack pair:event; PER-UN mention pair:sentence; ECU-PER relations pair:coordination"}, // the event stage reads "the two countries" as the pair (events58),
		{"an unnamed side and a body named after it (the Football War)",
			"Honduras and El Salvador quarrelled over migrants in the 1960s. In July 1969 Salvadoran troops invaded Honduras. Honduras answered by bombing Ilopango, and the Organization of American States called on both governments to withdraw. The two states restored relations in 1980.",
			"SLV-HND invasion pair:event; HND-OAS mention pair:sentence; SLV-HND relations pair:coordination"}, // read by the event stage,
		{"a mention is no pair of the two (the Ogaden)",
			"Somalia and Ethiopia clashed over the Ogaden in 1964. Ethiopia bombed Hargeisa, and the United Nations urged both governments to negotiate. The two countries restored relations in 1988.",
			"SOM-ETH war pair:event; ETH-UN mention pair:sentence; SOM-ETH relations pair:coordination"}, // read by the event stage,
		{"a mention is no pair of the two (East Africa)",
			"Kenya and Uganda quarrelled over the railway in 1976. Uganda blocked the line, and the Organization of African Unity urged both governments to talk. The two governments restored relations in 1977.",
			"UGA-OAU mention pair:sentence; KEN-UGA relations pair:coordination"}, // the event stage reads "the two governments" as the pair the paragraph named first (events58): no pair of the pair stage's "the two"
		{"no pair stated, two names (the Nigerian crisis)",
			"Officers seized power in Nigeria in January 1966. Gowon and Ojukwu met at Aburi in Ghana in January 1967. The two leaders later disputed the terms of the Aburi Accord.",
			""},
		{"no pair stated, two names (Ghana, 1966)",
			"Soldiers seized power in Ghana in February 1966. Ankrah and Afrifa met at Lome in Togo in March 1966. The two leaders later disputed the terms of the Lome Accord.",
			""},
		// the pair of the act stays the two
		{"not: the act's two, both named (Peru and Ecuador)",
			"Peru attacked Ecuador in July 1941. The two countries restored relations in 1942.",
			"PER-ECU attack pair:event; PER-ECU relations pair:coordination"}, // the actor stage gives the noun the pair
		{"not: the act's two before a third's act (East Africa)",
			"Kenya and Tanzania signed a treaty in 1967. Nyerere and Kenyatta met at Arusha in 1968. The two leaders later disputed the terms of the treaty.",
			"KEN-TZA sign_agreement pair:event; TZA-KEN meet pair:event; TZA-KEN treaty pair:the-two"},
		{"not: a body named in a sentence of its own (Greece and Turkey)",
			"Greece attacked Turkey in 1921. The League of Nations, founded in 1920, watched. The two countries restored relations in 1930.",
			"GRC-TUR attack pair:event; GRC-TUR relations pair:coordination"}, // read by the event stage,
	})
}
