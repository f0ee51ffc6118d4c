package lexicon_test

import "testing"

// TestPeaceOfferNoun: a peace offer made to another is an offer; a peace
// offer to workers, or one with no one offered to, names none.
func TestPeaceOfferNoun(t *testing.T) {
	checkSenses(t, []string{"AGREE"}, []senseCase{
		{"Iran-Iraq war", "In 1982 Iraq made a peace offer to Iran.", "AGREE IRQ>IRN"},
		{"Crimean war", "In 1855 Russia made a peace offer to Turkey.", "AGREE RUS>TUR"},
		{"workers (other sense)", "In 1988 the company made a peace offer to its workers.", ""},
		{"no one offered to (passive)", "The peace offer was rejected in 1988.", ""},
	})
}
