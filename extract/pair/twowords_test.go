package pair_test

import "testing"

// TestBothOpensAList: a phrase of thetwo.txt of role list ("both") right
// before a list that is no object makes the list's actors act together on
// the sentence's first event, though the event stage reads them as its
// targets (buyers from a seller). Cases from a history of the Pacific and
// a news report; a list without the phrase, and one that is a verb's
// object, get no joint pair.
func TestBothOpensAList(t *testing.T) {
	checkPairs(t, []pairCase{
		{"both before the buyers (a history of the Pacific)",
			"In 1879 both Chile and Peru bought warships from Britain.",
			"GBR-CHL arms_sale pair:event; GBR-PER arms_sale pair:event; CHL-PER joint_arms_sale pair:joint"},
		{"both before the buyers (a news report)",
			"On Monday both Kenya and Uganda bought drones from Turkey.",
			"TUR-KEN arms_sale pair:event; TUR-UGA arms_sale pair:event; KEN-UGA joint_arms_sale pair:joint"},
		{"not: the same list without both (a news report)",
			"On Monday Kenya and Uganda bought drones from Turkey.",
			"TUR-KEN arms_sale pair:event; TUR-UGA arms_sale pair:event"},
		{"not: both before a verb's object (a history of the Pacific)",
			"Spain attacked both Chile and Peru in 1866.",
			"ESP-CHL attack pair:event; ESP-PER attack pair:event"},
	})
}

// TestTheTwoBeforeAVerb: "the two" (thetwo.txt, role alone) before a verb
// form of role verb (a finite be or have that agrees with a plural
// subject: "were", "are", "have", "had") stands for the pair the
// paragraph last stated, and takes the relation its sentence names. A
// noun after it that is no pair noun ("periods", "regions") makes it
// count other things. Cases from a history of the Pacific and news
// reports.
func TestTheTwoBeforeAVerb(t *testing.T) {
	checkPairs(t, []pairCase{
		{"were (a history of the Pacific)",
			"Chile attacked Peru in 1879. The two were old rivals.",
			"CHL-PER attack pair:event; CHL-PER rivalry pair:the-two"},
		{"had (a history of the Pacific)",
			"Chile attacked Peru in 1879. The two had long been rivals.",
			"CHL-PER attack pair:event; CHL-PER rivalry pair:the-two"},
		{"have (a news report)",
			"Kenya signed a trade pact with Uganda on Monday. The two have close trade ties.",
			"KEN-UGA sign_agreement pair:event; KEN-UGA trade pair:the-two"},
		{"are (a news report)",
			"Kenya signed a trade pact with Uganda on Monday. The two are now the region's largest partners.",
			"KEN-UGA sign_agreement pair:event; KEN-UGA partnership pair:the-two"},
		{"not: the two counts periods (a history of the Pacific)",
			"Chile attacked Peru in 1879. The two periods of war left both poorer.",
			"CHL-PER attack pair:event"},
		{"not: the two counts regions (a news report)",
			"Kenya signed a trade pact with Uganda on Monday. The two regions have close trade ties.",
			"KEN-UGA sign_agreement pair:event"},
	})
}

// TestDegreeAdverbMakesAnAdjective: a participle right after a degree
// adverb of degreeadverbs.txt ("most", "more", "very") is an adjective, so the
// actor before a relation noun is found past it and the possessor pairs
// with the clause's subject. Cases from histories of 1940 and of the
// Pacific and a news report.
func TestDegreeAdverbMakesAnAdjective(t *testing.T) {
	checkPairs(t, []pairCase{
		{"most (a history of 1940)",
			"Italy was Germany's most trusted ally in 1940.",
			"ITA-DEU ally pair:possessive"},
		{"most (a news report)",
			"Japan remains America's most valued partner in Asia, officials said.",
			"JPN-USA partnership pair:possessive"},
		{"more (a history of the Pacific)",
			"By 1890 Chile had become Britain's more trusted partner.",
			"CHL-GBR partnership pair:possessive"},
		{"very (a news report)",
			"Kenya is now Uganda's very valued partner, diplomats said.",
			"KEN-UGA partnership pair:possessive"},
	})
}

// TestNoNegatesANoun: a word of negationscope.txt of role noun ("no") negates
// the noun after it, not the clause, so a mention pair after it stays
// asserted; a negation of the clause ("did not") makes it negated. And a
// word of role additive ("only") after a negation makes it "not only ...
// but also", which asserts. Cases from histories of the Pacific and of
// 1904 and news reports.
func TestNoNegatesANoun(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"no before a port (a history of the Pacific)",
			"After 1884 Bolivia had no port on the coast held by Chile.", "BOL-CHL asserted"},
		{"no before an ally (a history of 1904)",
			"In 1904 Russia had no ally against Japan.", "RUS-JPN asserted"},
		{"no before a good (a news report)",
			"This year Ghana sold no cocoa to Togo, traders said.", "GHA-TGO asserted"},
		{"not: the clause negated (a history of the Pacific)",
			"After 1884 Bolivia did not hold a port on the coast held by Chile.", "BOL-CHL negated"},
		{"not: the clause negated (a news report)",
			"This year Ghana did not sell cocoa to Togo, traders said.", "GHA-TGO negated"},
		{"not only ... but also (a news report)",
			"Qatar courted not only Emirati but also Saudi investors.",
			"QAT-ARE asserted; QAT-SAU asserted; ARE-SAU asserted"},
		{"not: not ... but, with no only (a news report)",
			"Qatar courted not Emirati but Saudi investors.",
			"QAT-ARE negated; QAT-SAU asserted; ARE-SAU asserted"},
	})
}
