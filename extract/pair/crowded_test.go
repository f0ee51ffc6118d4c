package pair_test

import "testing"

// TestCrowdedSentenceBreaks: in a sentence that names three actors or
// more, the mention rule pairs no two actors on either side of a clause
// set apart from the other (clausebreaks.txt: "while", "whereas", a
// quotation) when that clause names an actor as its subject; a clause
// whose subject is a pronoun or no actor, a list a colon opens and a
// sentence of two actors keep their pairs.
func TestCrowdedSentenceBreaks(t *testing.T) {
	checkPairs(t, []pairCase{
		{"while: a clause with its own subject (a history of wartime trade)",
			"Turkey relied on Germany for tanks and guns, while Iraq relied on France for oil.",
			"TUR-DEU mention pair:sentence; IRQ-FRA mention pair:sentence"},
		{"while: a pronoun subject goes on about the actor before",
			"Turkey relied on Germany for tanks and guns, while it relied on Iraq for oil.",
			"TUR-DEU mention pair:sentence; TUR-IRQ mention pair:sentence"},
		{"whereas: a clause with its own subject (a report on East Africa)",
			"Kenya relied on Uganda for maize and milk, whereas Ethiopia relied on Sudan for wheat.",
			"KEN-UGA mention pair:sentence; ETH-SDN mention pair:sentence"},
		{"whereas: a subject that names no actor",
			"Kenya relied on Uganda for maize and milk, whereas its neighbours relied on Sudan for wheat.",
			"KEN-UGA mention pair:sentence; KEN-SDN mention pair:sentence"},
		{"a quotation a colon opens (a diplomatic history)",
			"In 1956 an Indian envoy gave a speech to a British audience: \"Burma, Thailand and Laos are threatened.\"",
			"IND-GBR mention pair:sentence"},
		{"a quotation a comma opens (a report on East Africa)",
			"In 2011 a Kenyan minister spoke to Ugandan officials, \"Somalia and Ethiopia are at risk.\"",
			"KEN-UGA mention pair:sentence"},
		{"the same as reported speech: no clause apart",
			"In 2011 a Kenyan minister told Ugandan officials that Somalia and Ethiopia were at risk.",
			"KEN-UGA mention pair:sentence; KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence; UGA-SOM mention pair:sentence; UGA-ETH mention pair:sentence"},
		{"a colon with no quotation: a list, no clause apart",
			"In 1956 an Indian envoy gave a speech to a British audience: Burma, Thailand and Laos were threatened.",
			"IND-GBR mention pair:sentence; IND-MMR mention pair:sentence; IND-THA mention pair:sentence; IND-LAO mention pair:sentence; GBR-MMR mention pair:sentence; GBR-THA mention pair:sentence; GBR-LAO mention pair:sentence"},
		{"a relative clause keeps its link (a history of the Triple Alliance)",
			"Austria stayed out of the war on German advice, which pleased Italy.",
			"AUT-DEU mention pair:sentence; AUT-ITA mention pair:sentence; DEU-ITA mention pair:sentence"},
		{"two actors only: no crowd to thin",
			"Italy rejoiced while Ethiopia mourned.",
			"ITA-ETH mention pair:sentence"},
	})
}

// TestCrowdedSentenceComplements: in a sentence that names three actors
// or more, two actors that are both complements of the verb
// (complements.txt: "into", "against", "to", "between", past
// determiners, with a verb before them in their clause, not a participle
// in -ing) are no mention pair; an actor after "of", one in the subject's
// phrase ("merchants from Peru", "militants operating in Pakistan"), an
// object and the actor of a relative clause keep their pairs.
func TestCrowdedSentenceComplements(t *testing.T) {
	checkPairs(t, []pairCase{
		{"into and against (a history of the Greco-Italian war)",
			"In 1941 the Greek army retreated into Albania, short of boots, in a long stand against the Italians.",
			"GRC-ALB mention pair:sentence; GRC-ITA mention pair:sentence"},
		{"a relative clause's subject is no complement",
			"In 1941 the Greek army retreated into Albania, where Italian troops were waiting.",
			"GRC-ALB mention pair:sentence; GRC-ITA mention pair:sentence; ALB-ITA mention pair:sentence"},
		{"two goals of one verb (a trade report)",
			"Chilean merchants shipped copper to Japan and wheat to Korea.",
			"CHL-JPN mention pair:sentence; CHL-KOR mention pair:sentence"},
		{"a preposition inside the subject's phrase governs no complement",
			"Chilean merchants from Peru shipped copper to Japan.",
			"CHL-PER mention pair:sentence; CHL-JPN mention pair:sentence; PER-JPN mention pair:sentence"},
		{"between and from (a history of an insurgency)",
			"Clashes went on between Peruvian troops and the guerrillas along the roads from Bolivia to Brazil.",
			""},
		{"between and from (a history of East Africa)",
			"Fighting raged between Kenyan forces and the rebels, from the Ethiopian border to the Tanzanian coast.",
			""},
		{"an object and a complement keep their pair (an aid report)",
			"Swedish relief reached Ethiopia through Kenyan ports.",
			"SWE-ETH mention pair:sentence; SWE-KEN mention pair:sentence; ETH-KEN mention pair:sentence"},
		{"a participle in -ing may modify the subject: no complement after it (a report on South Asia)",
			"India accused Pakistan of harbouring militants. Afghan militants operating in Pakistan's tribal areas posed a threat to Indian security.",
			"IND-PAK accuse pair:event; AFG-IND mention pair:sentence; PAK-IND mention pair:sentence"},
		{"the same after a finite verb: two complements",
			"India accused Pakistan of harbouring militants. Afghan militants retreated into Pakistan's tribal areas and posed a threat to Indian security.",
			"IND-PAK accuse pair:event; AFG-PAK mention pair:sentence; AFG-IND mention pair:sentence"},
		{"a participle in -ing (a report on East Africa)",
			"Kenya accused Somalia of sheltering gunmen. Ethiopian rebels hiding in Somalia's southern towns posed a threat to Kenyan trade.",
			"KEN-SOM accuse pair:event; ETH-KEN mention pair:sentence; SOM-KEN mention pair:sentence"},
		{"the same after a finite verb",
			"Kenya accused Somalia of sheltering gunmen. Ethiopian rebels fled into Somalia's southern towns and posed a threat to Kenyan trade.",
			"KEN-SOM accuse pair:event; ETH-SOM mention pair:sentence; ETH-KEN mention pair:sentence"},
		{"of names the agent, no complement (a history of the Pacific war)",
			"The hopes of Peru and Bolivia to take Arica from the Chileans faded.",
			"PER-CHL mention pair:sentence; BOL-CHL mention pair:sentence"},
	})
}

// TestCrowdedSentenceContrast: across a clause break the subjects of the
// two clauses stay a pair when one of the clauses names no actor but its
// subject: they are the sides the break sets against each other. An
// actor that is not a subject, and the subjects of two clauses that each
// name an actor of their own, stay cut.
func TestCrowdedSentenceContrast(t *testing.T) {
	checkPairs(t, []pairCase{
		{"while: the subjects contrasted (a history of the 1973 war)",
			"In 1973 Egyptian and Syrian officers planned in secret, while Israel relied on American intelligence.",
			"EGY-ISR mention pair:sentence; SYR-ISR mention pair:sentence; ISR-USA mention pair:sentence"},
		{"whereas: the subjects contrasted (a history of the 1939 crisis)",
			"Belgian and Dutch envoys waited in vain, whereas Germany relied on Polish coal.",
			"BEL-DEU mention pair:sentence; NLD-DEU mention pair:sentence; DEU-POL mention pair:sentence"},
		{"an object across the break stays cut (a history of the 1973 war)",
			"In 1973 Egyptian officers planned in secret, while the Americans relied on Israeli pilots.",
			"EGY-USA mention pair:sentence; USA-ISR mention pair:sentence"},
		{"whereas: two clauses that each name an actor of their own stay cut (a history of the 1939 crisis)",
			"Belgian envoys waited for British replies, whereas Germany relied on Polish coal.",
			"BEL-GBR mention pair:sentence; DEU-POL mention pair:sentence"},
	})
}
