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
