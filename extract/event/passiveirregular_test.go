package event_test

import "testing"

// Irregular participles of the field's dictionary verbs that a passive
// takes (syntax/data/participles.txt): "was overthrown by", "were
// overtaken by", "was slain by" name the agent's act on the subject; with
// no agent, or as an adjective before a noun, they name none. Cases of our
// own, from histories and news. Without them the passive was read as
// active ("was overtaken by the German army": FRA>DEU) or gave nothing.
func TestIrregularParticiplePassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"overtaken by (history)", "In 1940 the French army was overtaken by the German army.", "ASSAULT DEU>FRA"},
		{"overthrown by (news)", "In 1994 the Rwandan government was overthrown by Ugandan forces.", "ASSAULT UGA>RWA"},
		{"overthrown by (history)", "In 1953 the Iranian government was overthrown by the United States.", "ASSAULT USA>IRN"},
		{"overtaken by (news)", "In 2014 the Iraqi army was overtaken by ISIS.", "ASSAULT ISIS>IRQ"},
		{"slain by (history)", "In 1916 Serbian soldiers were slain by the Austrian army.", "ASSAULT AUT>SRB"},
		{"blown up by (history)", "In 1898 the American battleship was blown up by Spain.", "ASSAULT ESP>USA"},
		{"no agent (history)", "In 1979 the Shah was overthrown.", ""},
		{"an adjective (history)", "The overthrown regime of the Shah fled Iran.", ""},
		{"an adjective (news)", "The slain soldiers were buried in Kyiv.", ""},
	}, modedDyads)
}
