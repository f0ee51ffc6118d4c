package event_test

import "testing"

// A phrase of purpose after the main clause ("in order to": a
// preposition, a purpose word of modality.tsv, "to") says what the main
// clause's act is for: its own act is not done. The main clause's act
// stays asserted, and so does the main clause after a fronted phrase of
// purpose (frontPurpose). Cases of our own, from histories and news.
func TestPurposeAfterMainClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"a move made in order to invade (history)",
			"Germany massed troops in order to invade Poland.",
			"MOBILIZE DEU>POL"},
		{"a purchase made in order to fight (news)",
			"Iran bought arms from Israel in order to fight Iraq.",
			"COOPERATE ISR>IRN"},
		{"a pact signed in order to threaten (history)",
			"Pakistan signed the pact with China in order to threaten India.",
			"SUPPORT PAK>CHN"},
		{"a strike made in order to prevent (news)",
			"Israel struck Iraq's reactor in order to prevent Iraq from building a bomb.",
			"ASSAULT ISR>IRQ"},
		{"the main clause after a fronted purpose is done (history)",
			"In order to stop the advance, Iran attacked Basra.",
			"ASSAULT IRN>IRQ"},
		{"a send for a purpose is done (history)",
			"Britain sent troops to Egypt in order to protect the canal.",
			"AID GBR>EGY"},
	}, eventDyads)
}
