package pair_test

import "testing"

// TestSharedBurdenIsNoRelation: two actors joined by a conjunction alone
// in a clause with a noun or verb of a cost (namings.txt, role burden:
// "price", "cost") are said to bear one cost, which states no relation
// between them: no mention pair. Actors the clause sets apart, an act
// between them and a cost they share but act on a third about keep their
// pairs. Cases from a history of the Low Countries in the Second World
// War and one of Scandinavia between the wars.
func TestSharedBurdenIsNoRelation(t *testing.T) {
	checkPairs(t, []pairCase{
		{"the subjects of a price paid (the Low Countries)",
			"Both the Dutch and the Belgians paid a high price for neutrality.",
			""},
		{"the objects of the verb cost (the Low Countries)",
			"The war cost both the Dutch and the Belgians dearly.",
			""},
		{"not: an act between the two (Scandinavia)",
			"Denmark and Norway signed a treaty in 1920 at great cost.",
			"DNK-NOR sign_agreement pair:event"},
		{"not: a cost borne, a third named (Scandinavia)",
			"Denmark and Norway bore the cost of the blockade against Germany.",
			"DNK-DEU mention pair:sentence; NOR-DEU mention pair:sentence"},
		{"not: an accusation over a cost (East Africa)",
			"Kenya blamed Uganda for the high cost of fuel.",
			"KEN-UGA accuse pair:event"},
	})
}
