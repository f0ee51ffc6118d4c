package pair_test

import "testing"

// TestListAfterBetween: a list after a preposition the syntax marks
// "pair" (prepositions.txt: "between", "among", "amongst") names the parties of one relation: the
// relation noun before it ("talks amongst"), or "relations" with none
// (pair:between); and
// a list after another preposition ("from") is a set of items one act
// takes, paired only with the sentence's other actors. Cases from a
// history of the Great Lakes and a report on Gulf diplomacy, each with
// its twin.
func TestListAfterBetween(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a list after 'amongst' (the Great Lakes)",
			"Tensions grew amongst Rwanda, Uganda and Burundi in 1998.",
			"RWA-UGA relations pair:between; RWA-BDI relations pair:between; UGA-BDI relations pair:between"},
		{"a list after 'among' (Gulf diplomacy)",
			"Suspicion spread among Qatar, Oman and Kuwait in March.",
			"QAT-OMN relations pair:between; QAT-KWT relations pair:between; OMN-KWT relations pair:between"},
		{"a list after a relation noun's 'amongst' (Gulf diplomacy)",
			"Talks amongst Qatar, Oman and Kuwait resumed in March.",
			"QAT-OMN talks pair:between; QAT-KWT talks pair:between; OMN-KWT talks pair:between"},
		{"not: a list after 'from', items of what the act takes (the Great Lakes)",
			"Tanzanian camps took refugees from Rwanda and Burundi in 1998.",
			"TZA-RWA mention pair:sentence; TZA-BDI mention pair:sentence"},
		{"not: a list after 'from' (Gulf diplomacy)",
			"Kuwaiti banks drew deposits from Qatar and Oman in March.",
			"KWT-QAT mention pair:sentence; KWT-OMN mention pair:sentence"},
	})
}
