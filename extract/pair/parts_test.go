package pair_test

import "testing"

// TestPartsNoSides: a historic polity and the code it lies within (the
// actor stage's note "within:CODE": the poleis and leagues within GRC, the
// Italian republics within ITA) are a part and its whole, no two sides, by
// any rule; the sides the sentence names besides keep their pairs. A
// history of the Persian wars, one of Italy's wars; at a later date
// "Athens" is Greece's capital, one code, and other states keep theirs.
func TestPartsNoSides(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a polis and Greece (a history of the Persian wars)",
			"In 479 BC the Athenians sailed back to Greece.",
			""},
		{"a polis, the Greeks and the Persians (a history of the Persian wars)",
			"In 479 BC the Persian infantry proved no match for the Greek hoplites, and the Spartans broke through.",
			"IRN-GRC criticize pair:event"},
		{"the Greeks and the Persians (a history of the Persian wars)",
			"In 480 BC the Greeks defeated the Persians at Salamis.",
			"GRC-IRN war pair:event"},
		{"a republic and Italy (a history of the Italian wars)",
			"In 1500 the Venetians were the strongest state of Italy.",
			""},
		{"a republic, Italy and another state (a history of the Italian wars)",
			"In 1509 the Venetians were defeated by the French, and Italy was at war.",
			"FRA-VENICE war pair:event"},
		{"a republic and another state (a history of the Italian wars)",
			"In 1571 the Venetians fought the Ottomans at Lepanto.",
			"VENICE-TUR war pair:event"},
		{"a capital and its state at a later date (a news report)",
			"In 1990 Athens protested to Turkey.",
			"GRC-TUR protest pair:event"},
	})
}
