package lexicon_test

import "testing"

// TestTransferringMateriel: transferring arms, materiel or funds to
// another (triggers.tsv, "transfer" with an object list) is giving them
// (AID); a mandate transferred is none. Only AID events are shown. Cases of
// our own, from a history and news.
func TestTransferringMateriel(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"materiel transferred on an order (history)", "In 1974 President Nixon ordered General Goodpaster to transfer surplus materiel to the Cypriot National Guard.", "AID USA>CYP"},
		{"tanks transferred (news)", "In 2022 Poland transferred tanks to Ukraine.", "AID POL>UKR"},
		{"a mandate transferred (history)", "In 1947 Britain transferred the mandate to the United Nations.", ""},
	})
}
