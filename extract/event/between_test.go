package event_test

import "testing"

// A mutual act whose parties follow "between" has them all in source and
// the target empty, as the guideline codes a multilateral event: after
// the act's own word ("clashes between A and B"), or after the verb of
// which the event word is the subject ("war broke out between A and B",
// "talks were held between A and B"). A verb whose subject is an event
// word leaves the act to that word; a "between" phrase of an object
// names no parties of the subject's.
func TestPartiesAfterBetween(t *testing.T) {
	checkCases(t, []roleCase{
		// the event word is the subject of a verb of outbreak or a light verb
		{"war broke out (history)",
			"War broke out between Peru and Ecuador in 1941.",
			"ASSAULT PER,ECU>"},
		{"a border war broke out (news)",
			"A border war broke out between Ethiopia and Somalia in 1977.",
			"ASSAULT ETH,SOM>"},
		{"talks were held (news)",
			"Talks were held between Egypt and Israel in 1978.",
			"CONSULT EGY,ISR>"},
		{"peace talks began, an article after between (essay)",
			"In 1993, peace talks began between Israel and the PLO in Oslo.",
			"CONSULT ISR,PLO>"},
		{"the war went on somewhere (history)",
			"The war continued offshore between the Dutch and the French fleets.",
			"ASSAULT NLD,FRA>"},
		{"two phrases joined by and (news)",
			"The fighting continued offshore between the Greek and the Turkish navies in the Aegean.",
			"ASSAULT GRC,TUR>"},
		{"a verb and its noun (essay)",
			"The fighting took place between Iran and Iraq.",
			"ASSAULT IRN,IRQ>"},
		// the verb's subject is an event word: one record, the word's
		{"fighting erupted (history)",
			"In 1969 fighting erupted between Chinese and Soviet troops.",
			"ASSAULT CHN,SUN>"},
		{"heavy fighting had broken out again (news)",
			"Heavy fighting had broken out again between Armenia and Azerbaijan.",
			"ASSAULT ARM,AZE>"},
		// the act's own word, "between" right after it
		{"clashes between (news)",
			"Clashes between Indian and Pakistani forces continued through the summer.",
			"ASSAULT IND,PAK>"},
		{"fighting between, the verb after (history)",
			"Fighting between Armenia and Azerbaijan erupted in 1988.",
			"ASSAULT ARM,AZE>"},
		// no parties: none named, or the phrase is an object's
		{"no parties named (history)",
			"War broke out in 1941.",
			""},
		{"the phrase belongs to the object (essay)",
			"The war ended the talks between Egypt and Israel.",
			""},
		{"the phrase belongs to the object (news)",
			"The fighting interrupted the talks between Ethiopia and Eritrea.",
			""},
		{"a mediator acts on both parties (news)",
			"Algeria mediated between Iran and the United States.",
			"CONSULT DZA>IRN,USA"},
	}, eventDyads)
}
