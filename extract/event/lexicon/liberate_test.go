package lexicon_test

import "testing"

// TestLiberationIsAssaultOnOccupier: liberating or freeing a place from an
// occupier (triggers.tsv, "liberate" and "free" with target=from) is an
// assault on the occupier, whose name follows "from"; a place liberated
// with no occupier named acts on no party, and prisoners or hostages freed
// stay a release (RETREAT, the project's "release" rows and the
// dictionary's RELEASE block). Only ASSAULT and RETREAT events are shown.
// Cases of our own, from histories and news.
func TestLiberationIsAssaultOnOccupier(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "RETREAT"}, []senseCase{
		{"a state liberated from an occupier (news)", "In February 1991 American forces liberated Kuwait from Iraq.", "ASSAULT USA>IRQ"},
		{"a region freed from an occupier (history)", "In 1945 Soviet troops freed Manchuria from Japan.", "ASSAULT SUN>JPN"},
		{"a state liberated from a regime (history)", "Vietnamese forces liberated Cambodia from the Khmer Rouge in January 1979.", "ASSAULT VNM>KHMER_ROUGE"},
		{"a city liberated, no occupier named (history)", "In 1944 Allied forces liberated Paris.", ""},
		{"freed from a dependence (history)", "The agreement freed Pakistan from its dependence on the United States in 1972.", ""},
		{"hostages freed (news)", "Iran freed the American hostages in January 1981.", "RETREAT IRN>USA"},
	})
}
