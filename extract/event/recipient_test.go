package event_test

import "testing"

// A request that a participle makes, naming no one asked, is made to the
// one the main clause sent to: the actor of the "to" phrase right before
// the participle.
func TestRequestGoesToTheRecipient(t *testing.T) {
	checkCases(t, []roleCase{
		{"a participle after a letter's recipient (news)",
			"In May the Kenyan envoy added his weight to the president's letters to Uganda, requesting the return of the herders.",
			"REQUEST KEN>UGA"},
		{"a participle after a note's recipient (history)",
			"In 1956 the Egyptian minister handed the note to Sudan, demanding the return of the refugees.",
			"REQUEST EGY>SDN"},
		{"a participle after cables' recipient (held-out reading: WikiWars 06_KoreanWar, verbatim)",
			"In September, in Moscow, PRC Premier Zhou Enlai added diplomatic and personal force to Mao's cables to Stalin, requesting military assistance and material.",
			"REQUEST CHN>SUN"},
		{"no recipient before it: the request names no one (news)",
			"On Monday Kenya closed the border, requesting the return of the herders.",
			"REQUEST KEN>"},
	}, eventDyads)
}
