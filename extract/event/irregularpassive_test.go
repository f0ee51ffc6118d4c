package event_test

import "testing"

// A passive whose participle does not end in -ed ("was overthrown by",
// "were overrun by", "was overcome by") takes its agent after "by" as the
// source and its subject as the target, as "was defeated by" does
// (syntax participles.txt); the same forms after "have" are the active
// perfect, and one that opens a fronted phrase is no passive of the main
// verb. Cases of our own, from histories and news.
func TestIrregularPassiveParticiple(t *testing.T) {
	checkCases(t, []roleCase{
		{"overthrown by: the agent overthrew the subject (history)",
			"Britain invaded Iran in 1941. The Shah was overthrown by Britain.",
			"ASSAULT GBR>IRN; ASSAULT GBR>IRN"},
		{"overthrown by a state (news)",
			"The Iranian government was overthrown by Iraq.",
			"ASSAULT IRQ>IRN"},
		{"overcome by (history)",
			"The French garrison was overcome by Vietnamese forces.",
			"ASSAULT VNM>FRA"},
		{"frozen by (news)",
			"Iraqi assets were frozen by the United States.",
			"COERCE USA>IRQ"},
		{"after have it is the active perfect (history)",
			"Britain had overthrown the king of Egypt.",
			"ASSAULT GBR>EGY"},
		{"a fronted participle is no passive of the main verb (history)",
			"Hidden by the fog, the Japanese fleet attacked Pearl Harbor.",
			"ASSAULT JPN>USA"},
	}, eventDyads)
}
