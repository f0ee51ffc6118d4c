package actor

import "testing"

// TestCapeTownByDate checks Cape Town by date (states.tsv): a colony's
// capital before the Union (1910-05-31), the Cape Colony's or the Dutch
// East India Company's, no state's; South Africa's after it.
func TestCapeTownByDate(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Boer War and one of apartheid
		{[]string{"In October 1899 General Buller arrived at Cape Town."}, 0, "Cape Town", "/"},
		{[]string{"In 1901 Milner governed the colony from Cape Town."}, 0, "Cape Town", "/"},
		// a history of the Dutch East India Company
		{[]string{"In 1750 Dutch ships anchored at Cape Town."}, 0, "Cape Town", "/"},
		{[]string{"In 1985 Cape Town protested to London."}, 0, "Cape Town", "ZAF/"},
		{[]string{"In 1960 Cape Town banned the ANC."}, 0, "Cape Town", "ZAF/"},
	})
}
