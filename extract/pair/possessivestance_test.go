package pair_test

import "testing"

// TestPossessivePronounHoldsTheStance: with no actor before a stance noun
// ("interest in"), a possessive pronoun of pronouns.tsv that names no
// person ("its", "their") just before it gives the stance's holder, the
// actor it stands for. Cases from a history of Morocco and a news report.
func TestPossessivePronounHoldsTheStance(t *testing.T) {
	checkPairs(t, []pairCase{
		{"its (a history of Morocco)",
			"In 1905 Spain revived its interest in Morocco.",
			"ESP-MAR interest pair:stance"},
		{"their (a news report)",
			"In 2019 Qatar and Turkey renewed their interest in Somalia.",
			"QAT-SOM interest pair:stance; TUR-SOM interest pair:stance"},
	})
}
