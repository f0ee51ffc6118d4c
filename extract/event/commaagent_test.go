package event_test

import "testing"

// A participle after a comma with its own agent ("spearheaded by the
// Germans") describes the act; that agent is no object of the active
// verb before it. A passive verb before keeps its agent there, and an
// object named before the comma stays. Cases of our own, from histories
// and news.
func TestCommaParticipleAgentIsNoObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"the agent of a participle after a comma (history)",
			"In 1917 Austria-Hungary launched an offensive, spearheaded by the Germans.",
			""},
		{"the agent of a participle after a comma (news)",
			"Syria launched a new offensive on Sunday, spearheaded by Russian troops.",
			""},
		{"a passive before keeps the agent (history)",
			"The Polish army was defeated at Minsk, pursued by the Russian army.",
			"ASSAULT RUS>POL"},
		{"an object before the comma stays (news)",
			"Syria shelled a Turkish outpost on Sunday, guided by Russian drones.",
			"ASSAULT SYR>TUR"},
	}, eventDyads)
}
