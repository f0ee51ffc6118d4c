package lexicon_test

import "testing"

// TestConvenerHosts: "convene" (triggers.tsv, with an object list of
// meetings) makes the convener the source and the parties after "between"
// the targets (the dictionary's row made the parties the source); a body
// that convenes, or a convened assembly, is no act between actors. Only
// CONSULT events are shown. Cases of our own, from news and histories.
func TestConvenerHosts(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"secret talks (history)", "In 1993 Norway convened secret talks between Israel and the PLO.", "CONSULT NOR>ISR,PLO"},
		{"a meeting in a capital (news)", "In 2007 China convened a meeting between North Korea and the United States in Beijing.", "CONSULT CHN>PRK,USA"},
		{"a council meets (news)", "In 1945 the Security Council convened in London.", ""},
		{"an assembly summoned (history)", "In 1789 Louis XVI convened the Estates-General.", ""},
	})
}
