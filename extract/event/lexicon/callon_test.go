package lexicon_test

import "testing"

// TestCallOnNeedsAParty: "call on" (triggers.tsv) is an appeal (REQUEST)
// when a party follows it: an actor, an addressee of objects.tsv ("its
// citizens", "both sides"), or "for" after a day. A meeting "called on" a
// place is convened, no appeal, with or without an agent; the passive
// keeps the appeal ("was called on by Turkey", "was called on to close",
// whose closing is not told as done). Cases of our own, from histories and
// news. (Known gap: with "from" in the infinitive's clause, "Iraq was
// called on to withdraw its troops from Kuwait", the inverse row reads
// Kuwait as the one who called.)
func TestCallOnNeedsAParty(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"an actor called on (news)", "In 1999 Russia called on NATO to halt the bombing of Yugoslavia.", "REQUEST RUS>NATO"},
		{"an actor called on (history)", "In 2001 Britain called on the Taliban to hand over bin Laden.", "REQUEST GBR>TALIBAN"},
		{"its citizens called on (history)", "In 1956 Egypt called on its citizens to resist the invasion.", "REQUEST EGY>EGY"},
		{"both sides called on (news)", "In 2003 the Security Council called on both sides to cease fire.", "REQUEST UN>"},
		{"called on a day for (news)", "In 1991 the United States called on Monday for a ceasefire in Iraq.", "REQUEST USA>IRQ"},
		{"a passive with its agent (news)", "In 2011 Syria was called on by Turkey to end the crackdown.", "REQUEST TUR>SYR"},
		{"called on a day for (history)", "In 1938 Britain called on Friday for talks with Germany.", "REQUEST GBR>DEU"},
		{"a passive with its agent (history)", "In 1919 Hungary was called on by France to withdraw from Slovakia.", "REQUEST FRA>HUN"},
		{"a passive with no agent (history)", "In 1939 Poland was called on to hand over Danzig to Germany.", ""},
		{"a passive with no agent (news)", "In 2001 Pakistan was called on to close its border with Afghanistan.", ""},
		{"a conference called on an island (history)", "With the withdrawal of Soviet forces from Afghanistan, a conference was called on the island of Malta to settle the peace.", "RETREAT SUN>AFG"},
		{"a congress called on a river by its host (history)", "In 1815 a congress was called on the Danube by Austria to settle the peace.", ""},
	})
}
