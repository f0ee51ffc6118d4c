package lexicon_test

import "testing"

// TestCeaseFireIsNoAttack: parties that cease fire (triggers.tsv, "cease
// fire") stop fighting, RETREAT as their ceasefire is, not the "fire ... on"
// of an attack ("ceased fire on a Sunday"); the dictionary's "cease" alone
// names no event. Only RETREAT and ASSAULT events are shown. Cases of our
// own, from histories.
func TestCeaseFireIsNoAttack(t *testing.T) {
	checkSenses(t, []string{"RETREAT", "ASSAULT"}, []senseCase{
		{"a ceasefire on a date (history)", "India and Pakistan ceased fire on 1 January 1949.", "RETREAT IND,PAK>"},
		{"a ceasefire of three (history)", "After three years of war, the United Nations, China and North Korea ceased fire in July 1953.", "RETREAT UN,CHN,PRK>"},
		{"fire opened on a date (history)", "Indian troops opened fire on Pakistani positions on 1 September 1965.", "ASSAULT IND>PAK"},
		{"hostilities ceased (history)", "Hostilities between Iran and Iraq ceased in 1988.", ""},
		{"calls to cease fire (news)", "Calls to cease fire went unheeded in 1982.", ""},
	})
}
