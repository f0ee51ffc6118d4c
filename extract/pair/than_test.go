package pair_test

import "testing"

// TestComparedCaseAfterThan: the actor phrase right after "than"
// (comparedcases.txt, kind case), past determiners, is the case the
// subject is measured against, no side of a mention pair, also after an
// object when a verb follows it ("relied on Germany more than Britain
// did"); an object right before the comparative ("feared Germany more
// than Russia"), a determiner before "than" ("other than Germany"), a
// figure or a preposition after it keep every pair. Cases from a
// history of the First World War and reports on East Africa.
func TestComparedCaseAfterThan(t *testing.T) {
	checkPairs(t, []pairCase{
		{"co-subjects measured against a third (a history of 1916)",
			"In 1916 France and Britain suffered more casualties than Germany.",
			""},
		{"a predicate comparison (East Africa)",
			"In 1990 Kenya was poorer than Ethiopia.",
			""},
		{"the case compared with its own verb (East Africa)",
			"In 2011 Uganda bought more maize from Kenya than Tanzania did.",
			"UGA-KEN mention pair:sentence"},
		{"a determiner before the case (a history of 1905)",
			"By 1905 Japan had built more warships than the Russian Empire.",
			""},
		{"not: an object right before the comparative (a history of 1907)",
			"In 1907 Britain feared Germany more than Russia.",
			"GBR-DEU mention pair:sentence; GBR-RUS mention pair:sentence; DEU-RUS mention pair:sentence"},
		{"not: a figure after than (East Africa)",
			"In 2011 Kenya sent more than 4,000 troops to Somalia and Ethiopia.",
			"KEN-SOM supply pair:event; KEN-ETH supply pair:event"},
		{"not: a preposition after than (East Africa)",
			"In 2011 Uganda relied more on Kenya than on Tanzania.",
			"UGA-KEN mention pair:sentence; UGA-TZA mention pair:sentence"},
		{"not: other than, an exception (a history of 1914)",
			"In 1914 no state other than Germany backed Austria.",
			"DEU-AUT mention pair:sentence"},
		{"a subject compared after an object (a history of 1936)",
			"In 1936 Italy relied on Germany more than Britain did.",
			"ITA-DEU mention pair:sentence"},
		{"not: rather than after an object, but the two choices are no pair (alternatives.txt; East Africa)",
			"In 2011 Uganda bought oil from Russia rather than China.",
			"UGA-RUS mention pair:sentence; UGA-CHN mention pair:sentence"},
	})
}
