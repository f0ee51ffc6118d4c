package event_test

import "testing"

// TestObjectPastUncodedModifier: an actor phrase after a verb, past an
// uncoded people's name that modifies it ("shelling Kurdish villages in
// Iraq"), is the verb's object, not the subject of a verb coordinated
// after it; a phrase an uncoded name opens as the subject of its own
// clause still acts. Cases of our own, from a history and from news.
func TestObjectPastUncodedModifier(t *testing.T) {
	checkCases(t, []roleCase{
		{"the place of the first verb's object is no subject of the second (history)",
			"In 2015 the Iranian army kept shelling Yazidi villages in Iraq and attacking PKK camps.",
			"ASSAULT IRN>IRQ; ASSAULT IRN>PKK"},
		{"the place of the first verb's object is no subject of the second (news)",
			"In 2015 the Saudi air force bombed Shiite villages in Yemen and attacking Houthi bases.",
			"ASSAULT SAU>YEM; ASSAULT SAU>HOUTHI"},
		{"an uncoded name that opens a clause's subject still acts (history)",
			"In 2007 Turkey shelled villages, and Kurdish militias in Iraq attacked Turkish posts.",
			"ASSAULT TUR>IRQ; ASSAULT IRQ>TUR"},
		{"an uncoded name that opens the sentence's subject still acts (news)",
			"In 1993, Shiite militias in Lebanon began attacking Israeli posts.",
			"ASSAULT LBN>ISR"},
	}, eventDyads)
}
