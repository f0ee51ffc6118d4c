package event_test

import "testing"

// TestPronounAfterSaying: a subject pronoun right after a verb of saying,
// with no "that" ("France announced it would send"), stands for that
// verb's subject, not for the source of an event told before. A pronoun
// after no verb of saying keeps the last event's source. Cases of our own,
// from a history and news.
func TestPronounAfterSaying(t *testing.T) {
	checkCases(t, []roleCase{
		{"announced it would (history)",
			"Bulgaria attacked Serbia in 1915. In May 1916, France announced it would send military supplies to Greece.",
			"ASSAULT BGR>SRB; AGREE FRA>GRC"},
		{"declared it would (news)",
			"Iran attacked Iraq in 1980. In 1987, Washington declared it would send warships to Kuwait.",
			"ASSAULT IRN>IRQ; AGREE USA>KWT"},
		{"no verb of saying before it (history)",
			"In 1920, Poland attacked Kiev and then it occupied Vilnius.",
			"ASSAULT POL>UKR; COERCE POL>LTU"},
		{"no verb of saying before it (news)",
			"In 1987, Iraq attacked Iran and then it bombed Kuwait.",
			"ASSAULT IRQ>IRN; ASSAULT IRQ>KWT"},
	}, eventDyads)
}
