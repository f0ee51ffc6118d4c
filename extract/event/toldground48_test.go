package event_test

import "testing"

// An act named after a preposition of ground or time that follows a
// demand's, refusal's or threat's own object is told, not asked for: an
// event of its own, known, dated by its own words only (toldAct). What is
// asked after the addressee, an indefinite or expected act, and a phrase
// of another preposition stay the demand's complement. Sentences of our
// own.
func TestToldActAfterDemandObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a threat's ground (news)",
			"In 1999 Russia threatened retaliation for the NATO bombing of Serbia.",
			"THREATEN RUS>; ASSAULT NATO>SRB"},
		{"a request's time (history)",
			"In 1990 Kuwait asked Saudi Arabia for shelter after the Iraqi invasion of Kuwait.",
			"REQUEST KWT>SAU; ASSAULT IRQ>KWT"},
		{"a refusal's ground (essay)",
			"In 1991 Iraq refused compensation for the Iraqi invasion of Kuwait.",
			"REJECT IRQ>; ASSAULT IRQ>KWT"},
		{"an infinitive's ground (history)",
			"Iran threatened to retaliate for the American attack on Iran in 1988.",
			"THREATEN IRN>USA; ASSAULT USA>IRN"},
		{"a request's time, during (essay)",
			"In 1941 Britain asked Washington for ships during the German blockade of Britain.",
			"REQUEST GBR>USA; COERCE DEU>GBR"},
		{"not: a phrase of what is guarded against (news)",
			"In 1962 Cuba demanded guarantees against the American invasion of Cuba.",
			"REQUEST CUB>USA"},
		{"not: what is asked after the addressee (news)",
			"In 1975 Kenya asked Uganda for talks.",
			"REQUEST KEN>UGA"},
		{"not: the verb's own preposition (history)",
			"The generals called for the Allied invasion of France in 1943.",
			""},
		{"not: an indefinite act (essay)",
			"In 1990 Israel threatened war after an Iraqi invasion of Jordan.",
			"THREATEN ISR>IRQ"},
		{"not: an expected act (essay)",
			"In 1980 Pakistan asked for aid after the expected Soviet invasion of Pakistan.",
			""},
		{"not: the topic of what is asked (news)",
			"In 1988 Iran demanded talks on the Soviet withdrawal from Afghanistan.",
			"REQUEST IRN>SUN"},
		{"not: the object's own phrase (history)",
			"In 1983 Syria demanded an end to the Israeli occupation of Lebanon.",
			"REQUEST SYR>ISR"},
	}, eventDyads)
}

// A told act after a demand's object takes no date before the demand's
// verb; one after it in its phrase is its own. Sentences of our own.
func TestToldActDate(t *testing.T) {
	checkCases(t, []roleCase{
		{"the threat's date before it (news)",
			"In 1999 Russia threatened retaliation for the NATO bombing of Serbia.",
			"threaten=1999 attack="},
		{"a date after the act (history)",
			"Iran threatened to retaliate for the American attack on Iran in 1988.",
			"threaten=1988 attack=1988"},
	}, eventDates)
}
