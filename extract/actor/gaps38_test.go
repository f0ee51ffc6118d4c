package actor

import "testing"

// TestKosovo checks Kosovo's rows: XKX (ISO 3166's user-assigned code,
// the dictionaries' KSV) from the UN administration on, Yugoslavia's
// before it as the dictionaries read it, Serbia's from the First Balkan
// War to Yugoslavia. News of the Brussels agreement, a history of the
// 1990s, a paper on recognition, a history of the Balkan wars.
func TestKosovo(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		{"In 2013 Serbia and Kosovo signed the Brussels Agreement.", "Kosovo/GPE/XKX/"},
		{"Kosovo's independence is recognised by many states.", "Kosovo/GPE/XKX/"},
		{"In 2011 Kosovar police took the border posts.", "Kosovar police/ORG/XKX/COP"},
		{"In 2010 the government in Pristina protested.", "Pristina/GPE/XKX/"},
		// must not: Kosovo before 1999 is no state of its own
		{"In 1995 Serbian police patrolled Kosovo.", "Kosovo/GPE/YUG/"},
		{"In 1989 Milosevic revoked the autonomy of Kosovo.", "Kosovo/GPE/YUG/"},
		{"In 1913 Serbia held Kosovo.", "Kosovo/GPE/SRB/"},
		// the Kosovo Liberation Army is a group, not the state
		{"In 1998 the Kosovo Liberation Army attacked Serbian police.", "Kosovo Liberation Army/ORG/KLA/REB"},
	} {
		checkDated(t, v, c.sentence, c.want)
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
