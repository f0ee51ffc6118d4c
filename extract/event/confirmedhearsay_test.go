package event_test

import "testing"

// TestConfirmedHearsay: an event noun after a story noun and its "of" is
// told, not asserted (hearsay), unless a verb of its clause says the
// story was found true (modality.tsv's class confirmation); a negation
// before that verb keeps it told. Cases of our own, from a history and
// from news.
func TestConfirmedHearsay(t *testing.T) {
	checkCases(t, []roleCase{
		{"claims later confirmed: asserted (news)",
			"Claims of an Iraqi attack on Iran in 1980 were later confirmed.",
			"ASSAULT IRQ>IRN"},
		{"allegations verified by observers: asserted (history)",
			"Allegations of a Chinese attack on India were verified by observers in 1962.",
			"ASSAULT CHN>IND"},
		{"claims never confirmed: told (news)",
			"Claims of an Iraqi attack on Iran in 1980 were never confirmed by the United Nations.",
			"ASSAULT IRQ>IRN hypothetical"},
		{"reports that confirmed fears, active: told (history)",
			"Reports of a Soviet attack on Pakistan confirmed American fears in 1987.",
			"ASSAULT SUN>PAK hypothetical"},
		{"allegations that spread: told (history)",
			"Allegations of a Chinese attack on India spread in 1962.",
			"ASSAULT CHN>IND hypothetical"},
	}, modedDyads)
}

// TestNegatedBeliefInReport: a negation before a story noun and its "of"
// ("did not believe reports of an attack") denies the belief or the
// telling, not the act told: the act is told (hypothetical), not negated.
// A negation right before the event noun still negates it. Cases of our
// own, from a history and from news.
func TestNegatedBeliefInReport(t *testing.T) {
	checkCases(t, []roleCase{
		{"did not believe reports of an attack: told (history)",
			"In 1941 Stalin did not believe reports of a German attack on the Soviet Union.",
			"ASSAULT DEU>SUN hypothetical"},
		{"never accepted claims of an invasion: told (news)",
			"Moscow never accepted claims of a Russian invasion of Ukraine.",
			"ASSAULT RUS>UKR hypothetical"},
		{"no reports of an attack: negated (history)",
			"There were no reports of a Soviet attack on Pakistan in 1987.",
			"ASSAULT SUN>PAK negated"},
		{"no attack on the Soviet Union: negated (history)",
			"In 1941 there was no German attack on the Soviet Union before June.",
			"ASSAULT DEU>SUN negated"},
	}, modedDyads)
}

// TestConfirmedAsSomethingElse: the confirmation word must say the story
// was found true, as the verb of the story noun's own clause: not found
// false or something else (modality.tsv's class refuted right after it),
// not still to be confirmed (class pending), nor the verb of another
// clause ("after the talks were confirmed"). Cases of our own, from a
// history and from news.
func TestConfirmedAsSomethingElse(t *testing.T) {
	checkCases(t, []roleCase{
		{"confirmed false: told (history)",
			"Reports of a Japanese attack on Mongolia were confirmed false by Tokyo in 1938.",
			"ASSAULT JPN>MNG hypothetical"},
		{"verified to be fabricated: told (news)",
			"Claims of a Serbian attack on Albania were later verified to be fabricated in 1999.",
			"ASSAULT SRB>ALB hypothetical"},
		{"confirmed as propaganda: told (news)",
			"Allegations of an Israeli attack on Lebanon were confirmed as propaganda by observers in 2006.",
			"ASSAULT ISR>LBN hypothetical"},
		{"yet to be confirmed: told (news)",
			"Reports of a Syrian attack on Turkey have yet to be confirmed by NATO in 2012.",
			"ASSAULT SYR>TUR hypothetical"},
		{"another clause's confirmation: told (history)",
			"Rumours of a Greek attack on Turkey spread in 1921 after the armistice was confirmed.",
			"ASSAULT GRC>TUR hypothetical"},
		{"confirmed by a state: asserted (history)",
			"Reports of a Japanese attack on Mongolia were confirmed by Tokyo in 1938.",
			"ASSAULT JPN>MNG"},
		{"confirmed to be true: asserted (news)",
			"Claims of an Iraqi attack on Kuwait were confirmed to be true by the UN in 1990.",
			"ASSAULT IRQ>KWT"},
		{"confirmed to a cabinet: asserted (history)",
			"Reports of a German attack on Poland were confirmed to the cabinet in 1939.",
			"ASSAULT DEU>POL"},
		{"quickly verified: asserted (news)",
			"Claims of a Serbian attack on Albania were quickly verified in 1999.",
			"ASSAULT SRB>ALB"},
	}, modedDyads)
}
