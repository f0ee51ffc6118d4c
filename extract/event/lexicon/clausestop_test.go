package lexicon_test

import "testing"

// TestRowObjectInItsClause: a triggers.tsv row's object words are looked
// for in the verb's clause (event/trigger.go slots): a word of the next
// clause, after ";" or a coordinator that opens a clause (after a comma
// or before a past verb of the list), fills no slot ("arrived ..., and on
// July 1 American forces seized"), but a clause word that is itself the
// row's object does ("warned that if"), and "and" before a participle
// that is no verb of the list opens none ("its unilateral and unannounced
// embargo"). Only MOBILIZE, THREATEN and CONCEDE events are shown. Cases of our own, from
// histories and news.
func TestRowObjectInItsClause(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "THREATEN", "CONCEDE"}, []senseCase{
		{"warned that if (history)", "In 1966 Hanoi warned that if American bombers struck the capital, it would fight on for decades.", "THREATEN VDR>USA"},
		{"warned that if (news)", "In 2017 Pyongyang warned that if Washington attacked, it would strike Guam.", "THREATEN PRK>USA"},
		{"arrived, the place in the next clause (history)", "In 1854 French troops arrived after a long march, and near the river Russian guns shelled them.", ""},
		{"and before an adjective in -ed (news)", "In 1994 Washington lifted its unilateral and unannounced embargo on Vietnam.", "CONCEDE USA>VNM"},
		{"and before an adjective in -ed (history)", "In 1979 Washington lifted its partial and unenforced embargo on Rhodesia.", "CONCEDE USA>ZWE"},
		{"arrived at a place (history)", "In 1775 British soldiers arrived in Boston.", "MOBILIZE GBR>USA"},
	})
}
