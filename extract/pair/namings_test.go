package pair_test

import "testing"

// TestEraOrMakerIsNoParty: a state's word glued by a hyphen to a word of
// an era names when a thing comes from ("Soviet-era bases"), and to a
// word of a maker, when another actor, the clause's subject, holds the
// thing ("Ethiopia fielded Soviet-made tanks"), who made it: neither is
// a side of a mention pair (namings.txt, roles era and maker). A word of
// a relation ("US-backed"), a maker with no holder ("the delivery of
// Soviet-made rifles"), a maker's thing after "of" and one the subject
// buys (role acquire: "India bought Russian-built submarines", most
// often from the maker) keep their pairs.
// Cases from a history of the Horn of Africa, a paper on Southeast Asian
// ports, an Arctic brief and a history of the Falklands war.
func TestEraOrMakerIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a maker, the subject holds the thing (the Horn of Africa)",
			"Ethiopia fielded Soviet-made tanks against Somalia in 1977.",
			"ETH-SOM mention pair:sentence"},
		{"a maker, the subject holds the thing (Southeast Asian ports)",
			"Vietnam modernised its French-built ports with Japanese loans in 2010.",
			"VNM-JPN mention pair:sentence"},
		{"a maker after a preposition, the subject holds the thing (the Falklands war)",
			"Argentina refused British-made parts for its Israeli-built fighters in 1983.",
			"ARG-GBR reject pair:event"},
		{"an era (an Arctic brief)",
			"Soviet-era debts burdened Ukraine and Belarus after 1991.",
			""},
		{"not: a word of a relation (the Horn of Africa)",
			"Ethiopia fielded US-backed units against Somalia in 1977.",
			"ETH-USA mention pair:sentence; ETH-SOM mention pair:sentence; USA-SOM mention pair:sentence"},
		{"not: a word of a relation (Southern Africa)",
			"Angola relied on Soviet-supplied tanks and Cuban troops against South Africa.",
			"AGO-SUN mention pair:sentence; AGO-CUB mention pair:sentence; AGO-ZAF mention pair:sentence; SUN-CUB mention pair:sentence; CUB-ZAF mention pair:sentence"},
		{"not: a verb of purchase, the maker the likely seller (South Asia)",
			"India bought Russian-built submarines in 2012 and angered China.",
			"IND-RUS mention pair:sentence; IND-CHN mention pair:sentence; RUS-CHN mention pair:sentence"},
		{"not: a verb of purchase, the maker the likely seller (the Middle East)",
			"Egypt bought Soviet-designed missiles in 1970.",
			"EGY-SUN mention pair:sentence"},
		{"not: a maker with no holder, after 'of' (the Horn of Africa)",
			"The delivery of Soviet-made rifles to Ethiopia alarmed Somalia.",
			"SUN-ETH mention pair:sentence; SUN-SOM mention pair:sentence; ETH-SOM mention pair:sentence"},
	})
}

// TestEpisodeNameIsNoParty: a state's word after "the" that names a
// crisis or an affair (namings.txt, role episode: "the Cuban missile
// crisis") names what the sentence is about, no party to its acts. A
// preposition of complements.txt after the noun ("the Iranian crisis in
// 1946", "crisis with Greece") and an act's noun ("the Iraqi invasion")
// keep the pairs. Cases from a history of the Caribbean, one of Cold War
// Europe and one of the Aegean.
func TestEpisodeNameIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a crisis named by a people's adjective (the Caribbean)",
			"The Cuban missile crisis brought Washington and Moscow to the brink in 1962.",
			""},
		{"a crisis named by a city, 'of' and its year after the noun (Cold War Europe)",
			"The Berlin crisis of 1961 worried Britain and France.",
			""},
		{"a crisis named by a people's adjective, after a comma (the Caribbean)",
			"During the Cuban missile crisis, Turkey worried about Jupiter missiles.",
			""},
		{"not: a complement after the noun (Cold War Europe)",
			"The Iranian crisis in 1946 set Moscow against Washington.",
			"IRN-RUS mention pair:sentence; IRN-USA mention pair:sentence; RUS-USA mention pair:sentence"},
		{"not: a crisis with a side (the Aegean)",
			"Turkey's crisis with Greece worried Britain.",
			"TUR-GRC mention pair:sentence; TUR-GBR mention pair:sentence; GRC-GBR mention pair:sentence"},
	})
}

// TestRouteIsNoParty: a state after "through" or "across" (transit.txt,
// role route) that follows the act's destination ("to Sudan") is a
// place the act passes through: no channel of the act and no side of a
// mention pair. Without a destination the state is a channel that acts
// ("pressured Israel through Egypt") or a party. Cases from a wire story
// on Sudan, a paper on aid to Ukraine, a history of the 1973 war and a
// history of the Iranian hostage crisis.
func TestRouteIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a route after the destination (a wire story on Sudan)",
			"The UAE flew weapons to Sudan through Libya in 2023.",
			"ARE-SDN visit pair:event"},
		{"a route after the destination, a possessive (a wire story on Sudan)",
			"Analysts said the UAE had flown weapons to Dagalo's forces through Libya.",
			""},
		{"a route after the destination (aid to Ukraine)",
			"Germany shipped tanks to Ukraine through Poland in 2023.",
			"DEU-UKR mention pair:sentence"},
		{"not: a channel, no destination (the 1973 war)",
			"The United States pressured Israel through Egypt in 1973.",
			"USA-ISR coerce pair:event; USA-EGY coerce pair:via; EGY-ISR coerce pair:via"},
		{"not: a channel, no destination (the hostage crisis)",
			"Britain negotiated with Iran through Switzerland in 1980.",
			"GBR-IRN negotiate pair:event; GBR-CHE negotiate pair:via; CHE-IRN negotiate pair:via"},
		{"not: a march, no destination (the Second World War)",
			"The Soviets reached Berlin through Poland in 1945.",
			"SUN-DEU mention pair:sentence; SUN-POL mention pair:sentence; DEU-POL mention pair:sentence"},
	})
}

// TestPerceiverIsNoSideOfBetween: a verb between an actor and a relation
// noun ends the search for the noun's third party ("France saw the pact
// between Germany and Italy as a threat"): the one who sees or regards it
// is no side of the relation, which relates the two it names. A third
// party with no verb between ("Soviet neutrality between India and
// Pakistan") keeps its pairs. Cases from a history of the 1930s and a
// history of South Asia.
func TestPerceiverIsNoSideOfBetween(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a perceiver, a past form of no -ed (the 1930s)",
			"France saw the pact between Germany and Italy as a threat and signed a treaty with Britain.",
			"FRA-GBR sign_agreement pair:event; DEU-ITA pact pair:between"},
		{"a perceiver, a past form of no -ed (South Asia)",
			"Pakistan saw the treaty between India and the Soviet Union as a danger in 1971.",
			"IND-SUN treaty pair:between"},
		{"not: a third party with no verb (South Asia)",
			"Soviet neutrality between India and Pakistan angered China.",
			"SUN-IND neutrality pair:between; SUN-PAK neutrality pair:between"},
		{"not: a third party with no verb (the 1930s)",
			"British neutrality between France and Italy annoyed Germany.",
			"GBR-FRA neutrality pair:between; GBR-ITA neutrality pair:between"},
	})
}
