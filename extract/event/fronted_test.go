package event_test

import "testing"

// A sentence that opens with a phrase of time or cause and no verb ("After
// the war,", "Because of the strike,") is one clause: the verb after the
// main clause's comma keeps its subject. A fronted clause with a verb
// still ends at its comma.
func TestFrontedPhrase(t *testing.T) {
	checkCases(t, []roleCase{
		// a history
		{"fronted phrase of time (history)",
			"After the war, Germany attacked Poland, then invaded France.",
			"ASSAULT DEU>POL; ASSAULT DEU>FRA"},
		// news
		{"fronted phrase of cause (news)",
			"Because of the rocket fire, Israel attacked Syria on Monday, then invaded Lebanon.",
			"ASSAULT ISR>SYR; ASSAULT ISR>LBN"},
		{"fronted clause with its verb (history)",
			"When Germany invaded Belgium, Britain attacked the German fleet.",
			"ASSAULT DEU>BEL; ASSAULT GBR>DEU"},
	}, eventDyads)
}
