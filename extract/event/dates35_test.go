package event_test

import "testing"

// TestOwnStretchDate: a verb's first date after it, before any "and" or
// comma, is its own even where the next predicate's trigger stands right
// after that date ("attacked China in July 1937 and occupied Nanjing in
// December 1937": the attack July, review30 finding 5, dates35), and so
// where an object's event noun stands right before it ("signed a ceasefire
// in August 1988"). Must not: a date after "and" or a comma is the next
// verb's (the first verb takes the sentence's date as before), a date
// before the verb.
func TestOwnStretchDate(t *testing.T) {
	checkCases(t, []roleCase{
		{"the next predicate after the date (history, 1937)",
			"Japan attacked China in July 1937 and occupied Nanjing in December 1937.",
			"attack=1937-07 occupy=1937-12"},
		{"the next predicate after the date (history, 1939)",
			"Germany invaded Poland in September 1939 and attacked France in May 1940.",
			"invasion=1939-09 attack=1940-05"},
		{"an object's event noun before the date (paper, the Iran-Iraq war)",
			"Iraq attacked Iran in September 1980 and signed a ceasefire in August 1988.",
			"attack=1980-09 sign_agreement=1988-08"},
		// must not
		{"not: the date after and (history, 1937)",
			"Japan attacked China and in December 1937 occupied Nanjing.",
			"attack=1937-12 occupy=1937-12"},
		{"not: the date after a comma (history, 1937)",
			"Japan attacked China, and in December 1937 occupied Nanjing.",
			"attack=1937-12 occupy=1937-12"},
		{"not: the opening date is the first verb's (news, 2008)",
			"In August 2008 Russia attacked Georgia and Ukraine protested in September 2008.",
			"attack=2008-08 protest=2008-09"},
	}, eventDates)
}
