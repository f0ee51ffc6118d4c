package event_test

import "testing"

// TestPlannedActIsNoAct checks that an event noun that is what a plan is
// about ("planned their attacks") and a verb after "tasked with" are no
// asserted act (modality.tsv class plan: hypothetical), while the act
// itself is. Cases of our own, from histories and news.
func TestPlannedActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"planned their offensive (history)",
			"Ethiopian commanders planned their offensive against the Italians for weeks.", ""},
		{"planned their attacks, the source from the paragraph (history)",
			"Chinese forces crossed the Yalu in October 1950 and attacked the American positions. They planned their attacks to cut the Americans off from the coast.",
			"COERCE CHN>USA; ASSAULT CHN>USA"},
		{"tasked with attacking (news)", "Kenyan troops were tasked with attacking the Somali militants.", ""},
		{"tasked with attacking (history)", "In 1916 the Russian Seventh Army was tasked with attacking the Austrians in Galicia.", ""},
		{"the act itself (news)", "Kenyan troops attacked the Somali militants.", "ASSAULT KEN>SOM"},
		{"the act itself (history)", "Ethiopian commanders launched their offensive against the Italians in December.", "ASSAULT ETH>ITA"},
	}, eventDyads)
}

// TestRefusedActIsNoAct checks that the act after "a refusal to" is
// negated (modality.tsv class failure), that "refused to" stays one REJECT
// event, and that the act itself, stated, is asserted. Cases of our own,
// from histories and news.
func TestRefusedActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"refusal to sign (history)",
			"Britain's refusal to sign the treaty angered Austria.", ""},
		{"refusal to withdraw (news)",
			"Kenya's refusal to withdraw its troops from Somalia angered the militants.", ""},
		{"refused to withdraw: the refusal stays (news)",
			"Russia refused to withdraw its troops from Georgia.", "REJECT RUS>GEO"},
		{"signed (history)",
			"Britain signed the treaty with Austria.", "SUPPORT GBR>AUT"},
		{"withdrew (news)",
			"Kenya withdrew its troops from Somalia.", "RETREAT KEN>SOM"},
	}, eventDyads)
}
