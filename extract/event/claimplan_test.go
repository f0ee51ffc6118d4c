package event_test

import "testing"

// TestClaimOwnClause checks that a "claimed that" clause ends at an "and"
// or "but" that opens a main clause with an actor of its own: the act of
// that clause is told, the claimed one stays hypothetical; an "and"
// inside a coordinated subject does not end it. Then claim.txt's rows
// "contend" and "purport", both ways. Cases of our own, from histories
// and news.
func TestClaimOwnClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"claimed that ..., and X attacked: told (history)",
			"In 1965 Pakistan claimed that Indian troops had crossed the ceasefire line and India attacked Lahore.",
			"ACCUSE PAK>IND; RETREAT IND> hypothetical; ASSAULT IND>PAK"},
		{"contended that ..., and X attacked: told (history)",
			"In 1999 India contended that Pakistani troops had occupied Kargil and India attacked the heights.",
			"ACCUSE IND>PAK; ASSAULT IND>PAK"},
		{"claimed that X and Y bombers had attacked: one claim (history)",
			"In 1937 Japan claimed that American and British bombers had attacked China.",
			"ACCUSE JPN>USA,GBR; ASSAULT USA,GBR>CHN hypothetical"},
		{"claimed that X and Y had attacked: one claim (news)",
			// (the oil fields "its" names are Iraq's: possessedObject)
			"In 1990 Iraq claimed that Kuwait and Saudi Arabia had attacked its oil fields.",
			"ACCUSE IRQ>KWT,SAU; ASSAULT KWT,SAU>IRQ hypothetical"},
		{"purported to have attacked: claimed (news)",
			"In 2010 Seoul purported to have attacked North Korean ships.",
			"ASSAULT KOR>PRK hypothetical"},
		{"the act told (news)",
			"In 2010 Seoul attacked North Korean ships.",
			"ASSAULT KOR>PRK"},
		{"purported to have been attacked: claimed (history)",
			"In 1964 Washington purported to have been attacked by North Vietnam.",
			"ASSAULT VDR>USA hypothetical"},
		{"contended that X had attacked: claimed (history)",
			"In 1939 Germany contended that Poland had attacked Germany.",
			"ACCUSE DEU>POL; ASSAULT POL>DEU hypothetical"},
	}, modedDyads)
}

// TestPlanNounMends checks the plan nouns of modality.tsv (a row's forms
// are tested as one) both ways: an event noun in the "for" or "of"
// phrase of a plan noun is planned, hypothetical, also past a people's
// adjective ("plans for a German invasion"); a plan noun inside a name
// ("the Marshall Plan") is none, and an event noun not in the plan
// noun's phrase stays told. Cases of our own, from histories and news.
func TestPlanNounMends(t *testing.T) {
	checkCases(t, []roleCase{
		{"plans for a German invasion (history)",
			"In 1940 Germany bombed Britain. In October plans for a German invasion of Britain were shelved.",
			"ASSAULT DEU>GBR; ASSAULT DEU>GBR hypothetical"},
		{"plans for an American invasion (history)",
			"In 1961 plans for an American invasion of Cuba were approved.",
			"ASSAULT USA>CUB hypothetical; SUPPORT USA>CUB"},
		{"the Marshall Plan of aid: a name (history)",
			"In 1948 the United States began the Marshall Plan of aid to France.",
			"AID USA>FRA"},
		{"the Dawes Plan of aid: a name (history)",
			"In 1924 the United States began the Dawes Plan of aid to Germany.",
			"AID USA>DEU"},
		{"a blueprint for an invasion (history)",
			"In 1940 Germany attacked Britain from the air. In 1940 Germany bombed Britain. A blueprint for an invasion of England was drawn up in 1940.",
			"ASSAULT DEU>GBR; ASSAULT DEU>GBR; ASSAULT DEU>GBR hypothetical"},
		{"a blueprint after the invasion: told (history)",
			"In 1939 Germany attacked Poland from the air. In 1939 Germany bombed Poland. A blueprint was drawn up after the invasion of Poland.",
			"ASSAULT DEU>POL; ASSAULT DEU>POL; ASSAULT DEU>POL"},
		{"a plot for an invasion (news)",
			"In 1961 the United States attacked Cuba from the air. In 1961 the United States bombed Cuba. A plot for an invasion of Cuba was uncovered in 1962.",
			"ASSAULT USA>CUB; ASSAULT USA>CUB; ASSAULT USA>CUB hypothetical"},
		{"a plot after the invasion: told (news)",
			"In 1961 the United States attacked Cuba from the air. In 1961 the United States bombed Cuba. A plot was uncovered after the invasion of Cuba.",
			"ASSAULT USA>CUB; ASSAULT USA>CUB; ASSAULT USA>CUB"},
		{"a scheme for the bombing (history)",
			"In 1954 a scheme for the bombing of Vietnam by the United States was rejected.",
			"ASSAULT USA>VNM hypothetical; REJECT USA>VNM"},
		{"a scheme after the bombing: told (news)",
			"In 1999 NATO attacked Serbia from the air. A scheme was drawn up after the bombing of Serbia.",
			"ASSAULT NATO>SRB; ASSAULT NATO>SRB"},
		{"the proposal for a withdrawal (history)",
			"The proposal for a withdrawal of Soviet troops from Afghanistan came in 1988.",
			"RETREAT SUN>AFG hypothetical"},
		{"a proposal after the withdrawal: told (news)",
			"In 1979 the Soviet Union invaded Afghanistan. A proposal was made after the withdrawal of Soviet troops from Afghanistan.",
			"ASSAULT SUN>AFG; RETREAT SUN>AFG"},
	}, modedDyads)
}
