package timex

import "testing"

// TestConjunctEnd: a date that ends a clause joined after a comma by
// "and" or "but", with its own subject and a past verb before the date, is
// that clause's (Context.Conjunct, from the comma), from a paper on the
// Middle East and a history of the Horn of Africa of my own writing; and
// the forms that make none.
func TestConjunctEnd(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"Moscow resupplied Cairo with aircraft within weeks, and the two states signed a new arms agreement in 1968.", ", and the two states signed a new arms agreement in 1968"},
		{"Eritrea occupied Badme in May 1998, and Ethiopia demanded its withdrawal in June 1998.", ", and Ethiopia demanded its withdrawal in June 1998"},
		{"Egypt expelled the advisers, but Syria kept them until 1976.", ", but Syria kept them until 1976"},
		// must not
		{"Japan attacked China, and occupied Nanjing in December 1937.", ""},       // no subject of its own
		{"Britain attacked Iraq, and Syria in June 1941.", ""},                     // no verb: a list of objects
		{"Japan attacked China and the Soviet Union signed a pact in 1937.", ""},   // no comma
		{"Egypt, Syria, and Jordan attacked Israel in 1948.", ""},                  // the verb's own subjects
		{"France signed the pact, and the (new) cabinet ratified it in 1925.", ""}, // another mark: not read across
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Conjunct })
		if got != tt.want {
			t.Errorf("%q: conjunct %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestUntil: a date after "until" (tense.tsv end) with no negation before
// it in its clause ends what the clause tells (Context.Until), from a paper
// on 1967 and a history of Finland of my own writing; "not ... until" and
// "by" make none.
func TestUntil(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"Egypt accepted the resolution in 1967, whereas Syria rejected it until 1972.", "1972"},
		{"The Soviet Union leased the Hanko peninsula until 1944.", "1944"},
		// must not
		{"Israel did not withdraw from Sinai until 1982.", ""},
		{"It was not until 1990 that China signed the agreement.", ""},
		{"Finland had to pay the reparations by 1952.", ""},
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Until })
		if got != tt.want {
			t.Errorf("%q: until %q, want %q", tt.sent, got, tt.want)
		}
	}
}
