package event_test

import "testing"

// TestWishIsNoAct: a verb of wish before "to" (modality.tsv's class hope:
// "wanted", "wished") makes the act after it what was wished for, not done
// nor stated as an intent; so does one before an actor and "to" ("wanted
// Italy to attack"). The word elsewhere (after the act, as a modifier)
// leaves the act told. Cases of our own, from histories and news.
func TestWishIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"wanted to negotiate (history)",
			"Britain wanted to negotiate a trade agreement with the Soviet Union.",
			"CONSULT GBR>SUN hypothetical"},
		{"wished to attack (history)",
			"In 1792 Austria wished to attack France.",
			"ASSAULT AUT>FRA hypothetical"},
		{"wanted to invade (news)",
			"In 1990 Iraq wanted to invade Kuwait.",
			"ASSAULT IRQ>KWT hypothetical"},
		{"wanted another to attack (history)",
			"In 1940 Germany wanted Italy to attack Greece.",
			"ASSAULT ITA>GRC hypothetical"},
		{"the act told, the wish after it (history)",
			"In 1940 Italy attacked Greece, as Germany wanted.",
			"ASSAULT ITA>GRC"},
		{"the word as a modifier (news)",
			"The wanted men fled to Syria after Israel attacked Lebanon in 2006.",
			"ASSAULT ISR>LBN"},
	}, modedDyads)
}

// TestAnyActIsNoAct: "any" before an event noun, past a nationality,
// names any act of the kind, none done: hypothetical. The noun with a
// definite determiner is told. Cases of our own, from a history and from
// news.
func TestAnyActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"during any war (history)",
			"The treaty let Soviet forces move through Lithuania during any Soviet war with Poland.",
			"ASSAULT SUN>POL hypothetical"},
		{"did not launch any attack: denied (news)",
			"In 1960 Egypt did not launch any attack on Israel.",
			"ASSAULT EGY>ISR negated"},
		{"launched an attack, told (news)",
			"In 1960 Egypt launched an attack on Israel.",
			"ASSAULT EGY>ISR"},
		{"the war, told (history)",
			"During the Soviet war with Poland, Lithuania stayed neutral.",
			"ASSAULT SUN>POL"},
		{"condemned the attack, told (news)",
			"In 1982 Washington condemned the Iranian attack on Iraq.",
			"ACCUSE USA>IRN; ASSAULT IRN>IRQ"},
	}, modedDyads)
}

// TestCountryOfPlaceIsScene: a state named after "in" right after a place
// the text names in a scene phrase of its own ("at Hue in Vietnam",
// "near Fallujah in Iraq") is where the act took place, not the party it
// is on; a state after "in" alone, or a party named as the object, stays
// the target. Cases of our own, from histories and news.
func TestCountryOfPlaceIsScene(t *testing.T) {
	checkCases(t, []roleCase{
		{"fought at a town in a state (history)",
			"In 1968 American troops fought at Hue in Vietnam.",
			"ASSAULT USA>"},
		{"fought near a town in a state (news)",
			"In 2004 American marines fought near Fallujah in Iraq.",
			"ASSAULT USA>"},
		{"fought in a state (news)",
			"In 2004 American marines fought in Iraq.",
			"ASSAULT USA>IRQ"},
		{"fought a named party at a town (history)",
			"In 1968 American troops fought North Vietnamese forces at Hue.",
			"ASSAULT USA>VDR"},
		{"clashed with a party near a town in its state (news)",
			"In 2008 Russian troops clashed with Georgian forces near Gori in Georgia.",
			"ASSAULT RUS>GEO"},
	}, modedDyads)
}

// TestHopeNounIsNoAct: an event noun after a noun of hope and its "for"
// or "of" ("hopes for a withdrawal", "hopes of a Soviet withdrawal") is
// what is hoped for: hypothetical. The act told, and hopes raised after
// it, stay told. Cases of our own, from news and a history.
func TestHopeNounIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"hopes for a withdrawal (news)",
			"Hopes for a withdrawal of French troops were dashed in June 1960.",
			"RETREAT FRA> hypothetical"},
		{"hopes of a withdrawal (history)",
			"In 1991 hopes of a Soviet withdrawal from Afghanistan grew.",
			"RETREAT SUN>AFG hypothetical"},
		{"the withdrawal told, hopes after it (news)",
			"In 2004 the withdrawal of US troops from Iraq began, raising hopes.",
			"RETREAT USA>IRQ"},
	}, modedDyads)
}
