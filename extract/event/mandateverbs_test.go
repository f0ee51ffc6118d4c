package event_test

import "testing"

// TestMandateVerbs checks each verb of mandate.txt (a row's forms are
// tested as one) both ways, from two texts: the base form of an act in
// its "that" clause after its past, or after a third-person singular
// subject, is a subjunctive, the act asked for (no event; the verb's own
// event stays where it is a trigger, "proposed": AGREE); an irregular
// past, an auxiliary, a modal, or a present indicative after a present
// verb and a plural or coordinated subject is told, or supposed, as the
// assertion rules decide. Cases of our own, from histories and news.
func TestMandateVerbs(t *testing.T) {
	checkCases(t, []roleCase{
		{"insisted that X attack (history)",
			"In 1914 Russia insisted that France attack Germany.",
			""},
		{"insist that X troops attack: a present indicative (news)",
			"Indian officials insist that Pakistani troops regularly attack Indian posts in Kashmir.",
			"REQUEST IND>PAK; ASSAULT PAK>IND"},
		{"proposed that X and Y withdraw (history)",
			"In 1954 France proposed that Vietnamese and Laotian forces withdraw from Cambodia.",
			"AGREE FRA>"},
		{"propose that X forces withdrew: an irregular past (scholarship)",
			"Historians propose that Vietnamese forces withdrew from Cambodia in 1989.",
			"RETREAT VNM>KHM"},
		{"recommended that X and Y bomb: after a past, any subject (history)",
			"In 1950 MacArthur recommended that American and British aircraft bomb China.",
			""},
		{"recommended that X should bomb: a modal (history)",
			"In 1950 the Joint Chiefs recommended that American aircraft should bomb China.",
			"ASSAULT USA>CHN hypothetical"},
		{"suggested that X withdraw (history)",
			"In 1956 Eisenhower suggested that Britain withdraw from Suez.",
			""},
		{"suggest that X and Y cooperate: a present indicative (news)",
			"These reports suggest that Russia and China cooperate closely on arms sales to Iran.",
			"COOPERATE RUS,CHN>IRN"},
		{"suggest that X and Y share: a present indicative (scholarship)",
			"Analysts suggest that the United States and India share intelligence on China.",
			"COOPERATE USA,IND>CHN"},
		{"required that X withdraw (treaty)",
			"In 1947 the treaty required that Italy withdraw from Albania.",
			""},
		{"required that X would attack: a modal (history)",
			"The Schlieffen plan required that German armies would attack France through Belgium.",
			"THREATEN DEU>FRA"},
		{"advised that X invade (history)",
			"In 1961 the Joint Chiefs advised that the United States invade Cuba.",
			""},
		{"advised that X had crossed: an auxiliary (news)",
			"In 1990 officials advised that Iraqi troops had crossed into Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"stipulated that X withdraw (treaty)",
			"The 1919 treaty stipulated that Germany withdraw from the Rhineland.",
			""},
		{"stipulated that X would withdraw: a modal (news)",
			"The 1992 accord stipulated that Russian forces would withdraw from Moldova.",
			"RETREAT RUS>MDA"},
		{"that as a determiner, then an infinitive (history)",
			"In December 1979 the Soviet army moved that night to attack Kabul.",
			"ASSAULT SUN>AFG"},
		{"that as a determiner, then an infinitive (news)",
			"In 2014 Russian troops moved that week to occupy Crimea.",
			"COERCE RUS>UKR"},
	}, modedDyads)
}

// TestMandatePastForm checks that a past the same as its base ("cut",
// "hit") after a verb of mandate.txt is taken as told, both ways.
func TestMandatePastForm(t *testing.T) {
	checkCases(t, []roleCase{
		{"suggest that X cut aid: a past (scholarship)",
			"The records suggest that Washington cut aid to Pakistan in 1990.",
			"SANCTION USA>PAK"},
		{"suggested that X hit: a past (news)",
			"Reports suggested that Israel hit Syrian positions in 2007.",
			"ASSAULT ISR>SYR"},
		{"suggested that X withdraw: a base form still asked for (history)",
			"In 1956 Eisenhower suggested that Britain withdraw from Suez.",
			""},
	}, modedDyads)
}
