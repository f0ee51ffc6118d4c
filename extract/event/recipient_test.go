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
		{"a participle after telegrams' recipient (history)",
			"In October, in Cairo, President Nasser added political weight to Amer's telegrams to Khrushchev, asking for arms and advisers.",
			"REQUEST EGY>SUN"},
		{"no recipient before it: the request names no one (news)",
			"On Monday Kenya closed the border, requesting the return of the herders.",
			"REQUEST KEN>"},
	}, eventDyads)
}
