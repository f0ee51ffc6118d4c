package pair_test

import "testing"

// TestSceneIsNoParty: a place right after a scene preposition of
// pairwords.tsv ("in", "at", "across", "near", "throughout") is where
// something happens; the mention rule pairs it with another actor only
// when the text has already related the two (the scene of a known side's
// acts), and pairs the sentence's other actors as before. "into" names
// where a side goes, and a state's name before a noun ("in U.S. tanks")
// or a people's ("in British ports") names a side, not a place. Each
// row from two texts of our own, with a twin whose earlier sentence
// relates the place.
func TestSceneIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"in: forces in a country are their state's party, a scene to the others (a history)",
			"Polish forces in Ukraine were short of shells, and the Soviet cavalry pressed on.",
			"POL-UKR mention pair:sentence; POL-SUN mention pair:sentence"},
		{"in: the same after the two are related",
			"Poland signed an alliance with Ukraine in April. Polish forces in Ukraine were short of shells.",
			"POL-UKR sign_agreement pair:event; POL-UKR mention pair:sentence"},
		{"in: peacekeepers in a country are their state's party, a scene to the others (a news report)",
			"Canadian peacekeepers in Cyprus were relieved by Austrian units.",
			"CAN-CYP mention pair:sentence; CAN-AUT mention pair:sentence"},
		{"in: the same after the two are related",
			"Canada sent peacekeepers to Cyprus in 1964. Canadian peacekeepers in Cyprus were relieved by Austrian units.",
			"CAN-CYP pledge_aid pair:event; CAN-CYP mention pair:sentence; CAN-AUT mention pair:sentence"},
		{"in: a dam built in a country (an aid report)",
			"Japanese engineers built a dam in Laos, and Thai banks paid for it.",
			"JPN-THA mention pair:sentence"},
		{"in: the same after the two are related",
			"Japan gave aid to Laos in 1990. Japanese engineers built a dam in Laos, and Thai banks paid for it.",
			"JPN-LAO aid pair:event; JPN-LAO mention pair:sentence; JPN-THA mention pair:sentence"},
		{"in: where an envoy is, a scene to all but the envoy's state (a diplomatic history)",
			"Spain began talks to win Dutch support, offering the Portuguese envoy in Angola a seat.",
			"ESP-NLD mention pair:sentence; ESP-PRT mention pair:sentence; NLD-PRT mention pair:sentence; PRT-AGO mention pair:sentence"},
		{"in: people of a home sector in a state are its own (the actor stage's agent:in), a party",
			"Farmers in Kenya had been losing their herds for years to cattle raiders who came over the border from Somalia.",
			"KEN-SOM mention pair:sentence"},
		{"in: a list of states after the preposition names whose the people are",
			"Farmers in Kenya, Uganda and probably Tanzania had been losing their herds for years to cattle raiders who came over the border from Somalia.",
			"KEN-SOM mention pair:sentence; UGA-SOM mention pair:sentence; TZA-SOM mention pair:sentence"},
		{"in: where a study was done (a paper)",
			"In Brazil, Indian scholars found that opinion on trade was stable.",
			""},
		{"at: officers at a capital (a history)",
			"British officers at Vienna reported that Serbian troops had crossed the river.",
			"GBR-SRB mention pair:sentence"},
		{"at: the same after the capital's state and the other side are related",
			"Austria declared war on Serbia in July. British officers at Vienna reported that Serbian troops had crossed the river.",
			"AUT-SRB war pair:event; GBR-SRB mention pair:sentence; AUT-SRB mention pair:sentence"},
		{"at: observers at a capital (a news report)",
			"Swedish observers at Cairo reported that Israeli jets had returned.",
			"SWE-ISR mention pair:sentence"},
		{"across: columns across a country (a history)",
			"The German columns moved across Belgium, and French reserves waited on the Marne.",
			"DEU-FRA mention pair:sentence"},
		{"across: the same after the two are related",
			"Germany invaded Belgium in August. The German columns moved across Belgium, and French reserves waited on the Marne.",
			"DEU-BEL invasion pair:event; DEU-BEL mention pair:sentence; DEU-FRA mention pair:sentence"},
		{"across: raids across a country (a chronicle)",
			"Mongol horsemen raided villages across China as Japanese traders watched.",
			"MNG-JPN mention pair:sentence"},
		{"near: camps near a country (a refugee report)",
			"Cambodian families waited in camps near Thailand for months.",
			""},
		{"near: the same after the two are related",
			"Thailand sheltered Cambodian refugees in 1979. Cambodian families waited in camps near Thailand for months.",
			"THA-KHM asylum pair:event; KHM-THA mention pair:sentence"},
		{"near: smugglers near a country (a news report)",
			"Iranian smugglers worked near Afghanistan for years, and Pakistani police watched.",
			"IRN-PAK mention pair:sentence"},
		{"throughout: strikes throughout a country (a history)",
			"Strikes throughout Poland worried Soviet leaders.",
			""},
		{"throughout: the same after the two are related",
			"The Soviet Union threatened Poland in 1980. Strikes throughout Poland worried Soviet leaders.",
			"SUN-POL threaten pair:event; POL-SUN mention pair:sentence"},
		{"throughout: an epidemic throughout a country (a health report)",
			"Cholera spread throughout Yemen for months, while Saudi hospitals were full.",
			""},
		{"into is no scene: where a side goes (a history)",
			"The exhausted Serbian columns stumbled into Albania in December.",
			"SRB-ALB mention pair:sentence"},
		{"into is no scene: where refugees go (a news report)",
			"Greek refugees streamed into Turkey, where Armenian traders sheltered them.",
			"GRC-TUR mention pair:sentence; GRC-ARM mention pair:sentence; TUR-ARM mention pair:sentence"},
		{"no place: a state's name before a noun (a report)",
			"Iraqi crews trained in U.S. tanks for a year.",
			"IRQ-USA mention pair:sentence"},
		{"no place: a people's name before a noun (a naval history)",
			"Dutch merchants waited for months in British ports during the winter of 1652.",
			"NLD-GBR mention pair:sentence"},
	})
}

// TestAgentPlaceIsParty: a place after "in" (pairwords.tsv role party)
// that follows an actor's phrase ("Chinese investment", "Indian
// diplomats": no list of nouns is checked, see doc.go) is that actor's
// party, whatever word follows the
// place; a verb of stances.tsv whose subject acts in the other's affairs
// ("intervened in") makes a stance pair. A place after "in" with no
// actor's noun before it, after "at", or after a verb of motion stays a
// scene. Each from two texts of our own.
func TestAgentPlaceIsParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"an act noun a demonym modifies (an economics paper)",
			"Chinese investment in Pakistan has grown rapidly since 2015.",
			"CHN-PAK mention pair:sentence"},
		{"the same with a possessive (a trade report)",
			"Japan's investment in Vietnam rose sharply after 1990.",
			"JPN-VNM mention pair:sentence"},
		{"no actor before the noun: a scene (an economics paper)",
			"Investment in Pakistan has worried Chinese banks since 2015.",
			""},
		{"an agent noun in the actor's phrase, a verb after the place (a security report)",
			"Indian diplomats in Afghanistan have been the target of repeated attacks.",
			"IND-AFG mention pair:sentence"},
		{"troops in a country, a word after the place the parser reads as a noun (a news report)",
			"Russian troops in Syria number about 4,000.",
			"RUS-SYR mention pair:sentence"},
		{"the same with an auxiliary after the place",
			"Russian troops in Syria were about 4,000 that year.",
			"RUS-SYR mention pair:sentence"},
		{"intervene in (a history)",
			"The United States intervened in Vietnam in 1965.",
			"USA-VNM intervention pair:event"},
		{"interfere in (a regional history)",
			"Syria interfered in Lebanon throughout the 1980s.",
			"SYR-LBN interference pair:stance"},
		{"a verb of motion before the place: a scene (a history)",
			"German columns marched across Ukraine as Austrian units waited.",
			"DEU-AUT mention pair:sentence"},
		{"fighting in a place: a scene (a chronicle)",
			"Fighting in Moldova worried Romanian leaders.",
			""},
	})
}

// TestTallyIsNoPair: two sides each counted by a number of their own and
// joined as parallel counts, with one predicate said once, left out or
// repeated, are no pair: the counts say what each had or lost. Twins: the
// same sentences without the numbers, a second count with a predicate of
// its own, a verb that links the two counts, a single count.
func TestTallyIsNoPair(t *testing.T) {
	checkPairs(t, []pairCase{
		{"losses of each side, the verb repeated (a history)",
			"In that year Chile lost 900 men while Peru lost 2,000.",
			""},
		{"the same without numbers",
			"Chile lost many men while Peru lost most of its ships in that year.",
			"CHL-PER mention pair:sentence"},
		{"losses of each side, one verb for both (a news report)",
			"Some 400 Kenyan police and 90 Ugandan soldiers died in the floods.",
			""},
		{"losses of each side, the second's verb left out (a war report)",
			"Over 1,200 Indian civilians died that winter, as well as 300 Pakistani soldiers.",
			""},
		{"fleets of each side, the verb repeated (a fisheries report)",
			"By 1995 Norway had 60 trawlers in the area, and Iceland had 45.",
			""},
		{"the same without numbers",
			"By 1995 Norway had many trawlers in the area, and Iceland had few.",
			"NOR-ISL mention pair:sentence"},
		{"the second count has a predicate of its own (a news report)",
			"Some 400 Kenyan police died in the floods, and 90 Ugandan soldiers came to help.",
			"KEN-UGA mention pair:sentence"},
		{"a verb links the two counts (a history)",
			"300 Greek prisoners were exchanged for 500 Turkish prisoners in 1923.",
			"GRC-TUR mention pair:sentence"},
		{"a second count with more after it (a history)",
			"Chile lost 900 men while Peru lost 2,000 in the fighting at the river.",
			"CHL-PER mention pair:sentence"},
		{"one count only (a history)",
			"Chile lost 900 men to Peruvian raids in 1880.",
			"CHL-PER mention pair:sentence"},
		{"losses of each side after whereas (a history)",
			"In that war Ghana lost 300 men whereas Togo lost 120.",
			""},
		{"rival deployments: an act verb governs each count (a news report)",
			"In 2002 India deployed 500,000 troops along the border, and Pakistan deployed 300,000.",
			"IND-PAK mention pair:sentence"},
		{"rival mobilisations (a history)",
			"In 1914 Russia mobilised 1,200,000 men on the frontier while Germany mobilised 900,000.",
			"RUS-DEU mention pair:sentence"},
		{"rival forces massed, the second's verb left out (a crisis report; the event stage codes no event here)",
			"During the crisis India massed 10 divisions and Pakistan 6 divisions.",
			"IND-PAK mention pair:sentence"},
	})
}
