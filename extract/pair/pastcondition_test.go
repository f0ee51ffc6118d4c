package pair_test

import "testing"

// TestPastConditionStatesTheOpposite: a past-perfect condition with a
// consequent of "would/might/could have" (review26 #3) states the
// opposite of what happened: its mention and relation pairs are asserted
// when it is negated ("If India had not secured Soviet backing": it had)
// and negated when it is not ("Had the European Union followed
// Washington": it did not); a pair with a side in the consequent says
// what might have been, hypothetical. A condition of the present or
// future, a past perfect with no such consequent and a plain negation
// keep the clause's mode.
func TestPastConditionStatesTheOpposite(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"if ... had not, its consequent (a paper on South Asia)",
			"If India had not secured Soviet backing, it would probably not have risked war with Pakistan in 1971.",
			"IND-SUN asserted; IND-PAK hypothetical; SUN-PAK hypothetical"},
		{"an inverted condition (a paper on sanctions)",
			"Had the European Union followed Washington in 2018, Iran might have abandoned the agreement earlier.",
			"EU-USA negated; EU-IRN hypothetical; USA-IRN hypothetical"},
		{"the condition after its consequent (a history of the Andes)",
			"Bolivia could have held the coast in 1879 if Peruvian troops had not stayed near the Chilean border.",
			"BOL-PER hypothetical; BOL-CHL hypothetical; PER-CHL asserted"},
		{"a relation in a negated condition (a history of East Africa)",
			"If Kenya had not kept its alliance with Uganda, the railway would have closed.",
			"KEN-UGA asserted"},
		{"a mention in a negated condition (a report on East Africa)",
			"If Kenyan officials had not trusted Ugandan traders, the railway would have closed.",
			"KEN-UGA asserted"},
		{"an inverted condition with 'had' after a comma (a news report)",
			"The talks might have failed, had Norwegian envoys ignored Colombian rebels.",
			"NOR-COL negated"},
		// not a past counterfactual
		{"a condition of the future (a news report)",
			"If Iranian engineers test a device, Israeli jets will strike.",
			"IRN-ISR asserted"},
		{"a past perfect with no consequent (a history of 1914)",
			"Russian troops had not reached Galicia, and Austrian units held the passes.",
			"RUS-AUT asserted"},
		{"a plain negation (a history of the Gulf)",
			"Omani officials never trusted Yemeni tribal leaders.",
			"OMN-YEM negated"},
		{"if with a past tense (a history of the Balkans)",
			"If Serbian envoys had good maps, they did not show them to Bulgarian officers.",
			"SRB-BGR negated"},
		{"a past perfect after 'if' in reported doubt (a history of Latin America)",
			"Chilean officers asked if Peruvian troops had crossed the river.",
			"CHL-PER asserted"},
	})
}

// TestAsideAfterPastCondition: an aside "as X V-ed" after a past
// condition's comma (review28 #16) states what X did: its actor is
// neither in the condition nor in the consequent, and its mention pairs
// keep the mode the aside gives them (asserted). "as had X" (the
// condition goes on), "as soon as X V-ed" (the condition's time) and an
// aside with "would have" stay in the consequent, hypothetical.
func TestAsideAfterPastCondition(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"as X demanded (a history of the Gulf War)",
			"If Iraq had withdrawn from Kuwait, as the United Nations demanded, there would have been no war.",
			"IRQ-KWT negated; IRQ-UN asserted; KWT-UN asserted"},
		{"as X advised (a history of East Africa)",
			"If Kenyan officials had trusted Ugandan traders, as Tanzania advised, the railway would have stayed open.",
			"KEN-UGA negated; KEN-TZA asserted; UGA-TZA asserted"},
		// no aside of its own
		{"as had X (a history of the Gulf War)",
			"If Iraq had withdrawn from Kuwait, as had Syria from Lebanon, there would have been no war.",
			"IRQ-KWT negated; IRQ-SYR hypothetical; IRQ-LBN hypothetical; KWT-SYR hypothetical; SYR-LBN hypothetical"},
		{"as X would have (a history of the Gulf War)",
			"If Iraq had withdrawn from Kuwait, as Egypt would have wanted, there would have been no war.",
			"IRQ-KWT negated; IRQ-EGY hypothetical; KWT-EGY hypothetical"},
		{"as soon as X V-ed (a history of East Africa)",
			"If Kenyan officials had trusted Ugandan traders, as soon as Tanzania advised, the railway would have stayed open.",
			"KEN-UGA negated; KEN-TZA hypothetical; UGA-TZA hypothetical"},
	})
}

// TestInvertedConditionWithoutCommaPairs: a "Had" that opens the sentence
// with no comma after its condition (event's PastCondition) gives the
// condition's pairs the opposite mode and the consequent's the
// hypothetical, as the comma form does. A "had" after the subject keeps
// them asserted. Cases from a history of the Ogaden war and one of the
// War of the Pacific.
func TestInvertedConditionWithoutCommaPairs(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"a mention in the condition, a side in the consequent (the Ogaden war)",
			"Had Kenya relied on Ethiopia in 1978 Somalia would have lost.",
			"KEN-ETH negated; KEN-SOM hypothetical; ETH-SOM hypothetical"},
		{"an act in the condition (the War of the Pacific)",
			"Had Chile traded with Peru in 1880 the war would have been avoided.",
			"CHL-PER negated"},
		{"not: a 'had' after the subject (the War of the Pacific)",
			"Chile had traded with Peru in 1870 and the war had been avoided.",
			"CHL-PER asserted"},
	})
}
