package event_test

import "testing"

// A participle of an act on another with no auxiliary, after a noun
// phrase opened by a number that a preposition governs or a verb takes as
// its object ("with 95 soldiers killed", "counted 450 civilians
// killed"), or right after a bare number ("US: 36,940 killed;"), counts
// those it befell: no act of theirs. A count that is the subject of an
// active verb with an object, or of a passive with its agent, acts or is
// acted on as before. Cases of our own, from histories and news.
func TestCountIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"with a count killed (history)",
			"The siege ended in 1855, with 10,000 Russian soldiers killed along with 4,000 British troops.",
			""},
		{"with a count killed (news)",
			"The raid ended with 12 Israeli soldiers killed near Gaza.",
			""},
		{"a count as a verb's object (news)",
			"The ministry counted 40 Syrian civilians killed in the raids.",
			""},
		{"a count that acts (history)",
			"In 1940, 300,000 German troops invaded Norway.",
			"ASSAULT DEU>NOR"},
		{"a count that acts with an object, after a preposition (news)",
			"The fighting began after 300 Indian troops attacked Pakistani posts in 1965.",
			"ASSAULT IND>PAK"},
		{"a count that acts on a named place, after a preposition (a report)",
			"A curfew was imposed after 10 Pakistani gunmen attacked Mumbai in 2008.",
			"ASSAULT PAK>IND"},
		{"a count killed on a named day (news)",
			"The ministry counted 40 Afghan police killed Sunday in a Taliban raid.",
			""},
		{"a count killed in a named month (a history)",
			"The garrison reported 300 Italian soldiers killed March 1941 near Keren.",
			""},
		{"a count acted on, with its agent (news)",
			"On Monday 12 Israeli soldiers were killed by Hamas fighters near Gaza.",
			"ASSAULT HAMAS>ISR"},
	}, eventDyads)
}
