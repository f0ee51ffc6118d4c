package lexicon_test

import "testing"

// TestAmbushIsAnAttack: the noun "ambush" (triggers.tsv) staged or carried
// out against another is an attack (ASSAULT), as a raid is; a kind of
// tactics with no one attacked is no event. Cases of our own, from a
// history and news.
func TestAmbushIsAnAttack(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"an ambush on a convoy (history)", "In 1970 Palestinian guerrillas staged an ambush on an Israeli patrol.", "ASSAULT PSE>ISR"},
		{"an ambush against soldiers (news)", "In 2006 Hezbollah fighters carried out an ambush against Israeli soldiers.", "ASSAULT HEZBOLLAH>ISR"},
		{"ambush tactics (history)", "In 1965 the Viet Cong favoured ambush tactics.", ""},
	})
}
