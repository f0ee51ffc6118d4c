package lexicon_test

import "testing"

// TestYieldingToAnother: a state or a government that surrenders,
// capitulates, succumbs, cedes or accedes to another concedes to it
// (triggers.tsv, target=to, by=STATE|GOV), CONCEDE; an armed force that
// surrenders retreats (the dictionary's "&MILITARY *"), a thing after
// "to" names no target, and with no actor after "to" the dictionary's row
// (a direct object) holds. Only CONCEDE and RETREAT events are shown.
// Cases of our own, from histories and news.
func TestYieldingToAnother(t *testing.T) {
	checkSenses(t, []string{"CONCEDE", "RETREAT"}, []senseCase{
		{"surrendered to (history)", "In 1943, Italy surrendered to Britain.", "CONCEDE ITA>GBR"},
		{"ceded a place to (history)", "In 1871, France ceded Alsace to Germany.", "CONCEDE FRA>DEU"},
		{"acceded to a body (news)", "In 1973, Britain acceded to the European Community.", "CONCEDE GBR>EU"},
		{"surrendered to a group (history)", "In 1945, Japan surrendered to the Allies.", "CONCEDE JPN>ALLIES"},
		{"an army surrendered to (history)", "In 1945, German troops surrendered to the Soviet army.", "RETREAT DEU>SUN"},
		{"acceded to a treaty (news)", "In 1973, Britain acceded to the treaty.", ""},
		// (the "to" of another clause names no one yielded to; the
		// surrender alone is the source's, triggers43)
		{"surrendered, then another clause (history)", "In 1943, Italy surrendered, and Germany moved troops to Rome.", "CONCEDE ITA>"},
		{"the dictionary's direct object (history)", "In 1940, France surrendered Germany.", "CONCEDE FRA>DEU"},
	})
}
