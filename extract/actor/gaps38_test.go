package actor

import "testing"

// TestKosovo checks Kosovo's rows: XKX (ISO 3166's user-assigned code,
// the dictionaries' KSV) from its independence, bounded (only:dated);
// before it, and with no date, a place of no state's, as it was (the
// dictionaries' YUGKSV and FRYKSV name a region of Yugoslavia). News of
// the Brussels agreement, a paper on recognition, histories of the 1990s.
func TestKosovo(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		{"In 2013 Serbia and Kosovo signed the Brussels Agreement.", "Kosovo/GPE/XKX/"},
		{"By 2015 Kosovo's independence was recognised by many states.", "Kosovo/GPE/XKX/"},
		{"In 2011 the Kosovars voted for a new parliament.", "Kosovars/NORP/XKX/"},
		{"In 2010 the government in Pristina protested.", "Pristina/GPE/XKX/"},
		// the Kosovo Liberation Army is a group, not the state
		{"In 1998 the Kosovo Liberation Army attacked Serbian police.", "Kosovo Liberation Army/ORG/KLA/REB"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	// must not: Kosovo before its independence, or with no date
	for _, s := range []string{
		"In 1995 Serbian police patrolled Kosovo.",
		"In 1999 Serbian forces withdrew from Kosovo.",
		"In 1989 Milosevic revoked the autonomy of Kosovo.",
		"Serbia and Kosovo signed the deal in Brussels.",
	} {
		checkNoActor(t, v, s, "Kosovo", []string{"XKX", "YUG"})
	}
}

// TestShipPrefixOffice checks that a ship prefix before an office noun
// names no ship: "the INS Commissioner" is the head of the US
// Immigration and Naturalization Service, not an Indian ship, and "the
// Indian commissioner" is India's official; a ship's name after the
// prefix still makes the ship. News of 1994 and 2001, a history of the
// 1971 war, a paper on the Raj's end.
func TestShipPrefixOffice(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form string }{
		{"In 2001 the INS Commissioner testified before Congress.", "INS"},
		{"In 1994 INS Commissioner Doris Meissner visited Texas.", "INS"},
	} {
		checkNoActor(t, v, c.sentence, c.form, []string{"IND", "ISR"})
	}
	for _, c := range []struct{ sentence, want string }{
		{"In 1971 INS Khukri sank.", "INS Khukri/ORG/IND/MIL"},
		{"In 1961 INS Vikrant joined the fleet.", "INS Vikrant/ORG/IND/MIL"},
		{"In 1950 the Indian commissioner in Nairobi protested.", "Indian commissioner/ORG/IND/GOV"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}
