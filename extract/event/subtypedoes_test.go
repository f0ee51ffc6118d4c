package event_test

import "testing"

// TestSubtypeBehaviours: three behaviours of lexicon/data/subtypes.tsv
// that no other test pins down. taking: a verb of invading in a finite
// passive with no "by" takes the attacker just told as its source
// (nearTaker). needstarget: an arms sale with no target named takes the
// state of its place (needsTarget). possessorlost: with a possessor and no
// "by", a defeat's possessor is the one who lost ("Pakistan's defeat"),
// not a victory's. Sentences of our own, from histories and news.
func TestSubtypeBehaviours(t *testing.T) {
	checkCases(t, []roleCase{
		{"taking: a capital invaded (history)",
			"In 1830 France attacked Algeria. Algiers was invaded in July.",
			"ASSAULT FRA>DZA; ASSAULT FRA>DZA"},
		{"taking: a capital invaded (news)",
			"Ethiopia attacked Eritrea on Monday. Asmara was invaded on Tuesday, officials said.",
			"ASSAULT ETH>ERI; ASSAULT ETH>ERI"},
		{"needstarget: weapons sold in a capital (history)",
			"In 1985 Israel secretly sold weapons in Tehran.",
			"COOPERATE ISR>IRN"},
		{"needstarget: arms sold in a capital (news)",
			"In 2019 France sold arms in Cairo.",
			"COOPERATE FRA>EGY"},
		{"possessorlost: a defeat (history)",
			"In 1971 India fought Pakistan. Pakistan's defeat ended the war.",
			"ASSAULT IND>PAK; ASSAULT IND>PAK"},
		{"possessorlost: a defeat (news)",
			"On Sunday Azerbaijan fought Armenia. Armenia's defeat ended the war, officials said.",
			"ASSAULT AZE>ARM; ASSAULT AZE>ARM"},
		{"not possessorlost: a victory (history)",
			"In 1971 India fought Pakistan. India's victory ended the war.",
			"ASSAULT IND>PAK; ASSAULT IND>"},
	}, eventDyads)
}
