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
		{"in: forces in a country (a history)",
			"Polish forces in Ukraine were short of shells, and the Soviet cavalry pressed on.",
			"POL-SUN mention pair:sentence"},
		{"in: the same after the two are related",
			"Poland signed an alliance with Ukraine in April. Polish forces in Ukraine were short of shells.",
			"POL-UKR sign_agreement pair:event; POL-UKR mention pair:sentence"},
		{"in: peacekeepers in a country (a news report)",
			"Canadian peacekeepers in Cyprus were relieved by Austrian units.",
			"CAN-AUT mention pair:sentence"},
		{"in: the same after the two are related",
			"Canada sent peacekeepers to Cyprus in 1964. Canadian peacekeepers in Cyprus were relieved by Austrian units.",
			"CAN-CYP pledge_aid pair:event; CAN-CYP mention pair:sentence; CAN-AUT mention pair:sentence"},
		{"in: a dam built in a country (an aid report)",
			"Japanese engineers built a dam in Laos, and Thai banks paid for it.",
			"JPN-THA mention pair:sentence"},
		{"in: the same after the two are related",
			"Japan gave aid to Laos in 1990. Japanese engineers built a dam in Laos, and Thai banks paid for it.",
			"JPN-LAO aid pair:event; JPN-LAO mention pair:sentence; JPN-THA mention pair:sentence"},
		{"in: where an envoy is (a diplomatic history)",
			"Spain began talks to win Dutch support, offering the Portuguese envoy in Angola a seat.",
			"ESP-NLD mention pair:sentence; ESP-PRT mention pair:sentence; NLD-PRT mention pair:sentence"},
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
			"Mongol horsemen raided villages across China while Japanese traders watched.",
			"MNG-JPN mention pair:sentence"},
		{"near: camps near a country (a refugee report)",
			"Cambodian families waited in camps near Thailand for months.",
			""},
		{"near: the same after the two are related",
			"Thailand sheltered Cambodian refugees in 1979. Cambodian families waited in camps near Thailand for months.",
			"THA-KHM asylum pair:event; KHM-THA mention pair:sentence"},
		{"near: smugglers near a country (a news report)",
			"Iranian smugglers worked near Afghanistan for years, while Pakistani police watched.",
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
	})
}
