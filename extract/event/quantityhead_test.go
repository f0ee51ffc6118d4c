package event_test

import "testing"

// A noun of quantity at the head of a subject ("large numbers of",
// "thousands of", "a column of") counts the body of its "of" phrase: that
// body acts, and its sector is the subject's, so a verb that only an
// armed body's move makes an event ("landed", "arrived", by=MIL) codes
// it. A body after a head of another kind ("the commander of", "the
// families of"), after a verb or a preposition, or acted on in a passive
// is no such subject. Cases of our own, from histories and news.
func TestQuantityHeadActs(t *testing.T) {
	checkCases(t, []roleCase{
		{"large numbers of, after a fronted phrase (history)",
			"With the capital in turmoil, large numbers of Soviet troops began to land in Kabul.",
			"MOBILIZE SUN>AFG"},
		{"thousands of, arriving (news)",
			"Thousands of Turkish troops arrived in northern Iraq on Sunday.",
			"MOBILIZE TUR>IRQ"},
		{"a column of, at the sentence's start (history)",
			"A column of Soviet troops arrived in Budapest in 1956.",
			"MOBILIZE SUN>HUN"},
		{"another head: the commander (history)",
			"The commander of the Soviet forces arrived in Kabul.",
			""},
		{"another head: the families (news)",
			"The families of thousands of Soviet troops arrived in Kabul.",
			""},
		{"a count after a preposition (news)",
			"A report on thousands of Turkish troops arrived in Ankara.",
			""},
		{"a count acted on takes no topic's source; agentless, it is nobody's act (history)",
			"Hundreds of Afghan soldiers and police were killed in ambushes in 2010.",
			""},
	}, eventDyads)
}

// A form in -ed right after a past verb in -ed and before a lower-case
// word modifies the noun that verb takes ("greeted stationed ground
// troops"): it is no verb of its own. An adverb or an auxiliary before it
// keeps the verb. Cases of our own, from histories and news.
func TestParticipleAfterVerbModifies(t *testing.T) {
	checkCases(t, []roleCase{
		{"after a verb, before a noun (history)",
			"In 1979, Soviet troops greeted stationed ground troops near Kabul.",
			""},
		{"after a verb, before a noun (news)",
			"The new Indian battalions relieved deployed units near Kargil.",
			""},
		{"after a verb, a modifier of the object (news)",
			"Israeli commandos attacked fortified Hezbollah positions.",
			"ASSAULT ISR>HEZBOLLAH"},
		{"an adverb before it keeps the verb (history)",
			"The Soviets reportedly stationed troops in Cuba.",
			"MOBILIZE SUN>CUB"},
		{"an auxiliary before it keeps the verb (news)",
			"Moscow had secretly stationed missiles in Cuba.",
			"MOBILIZE RUS>CUB"},
		{"two verbs joined by and (news)",
			"Iraqi forces invaded and occupied Kuwait.",
			"ASSAULT IRQ>KWT; COERCE IRQ>KWT"},
		{"a relative clause without that: its subject after a noun keeps the main verb (history)",
			"The troops Iraq massed invaded southern Iran.",
			"ASSAULT IRQ>IRN"},
		{"a relative clause without that keeps the main verb (news)",
			"The units Ethiopia massed attacked border towns in Somalia.",
			"ASSAULT ETH>SOM"},
		{"a subject at the clause's start is no relative clause's (history)",
			"In 1979, Soviet troops greeted stationed ground troops near Kabul.",
			""},
	}, eventDyads)
}
