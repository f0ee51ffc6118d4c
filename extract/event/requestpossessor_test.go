package event_test

import "testing"

// A request row right after a possessor ("Pakistan's demand", "its
// demand", "the UN's call for") is a noun whose possessor asks, not a
// verb of the clause's subject; the one who accepts or refuses it
// (CONCEDE, REJECT right before it) is the one asked, and a "that"
// clause after it names whom, as after the verb. One who backs or
// echoes the demand is not asked. Cases of our own, from histories and
// news.
func TestPossessorOfRequestAsks(t *testing.T) {
	checkCases(t, []roleCase{
		{"the one who accepts a demand was asked (history)",
			"India accepted Pakistan's demand for a plebiscite.",
			"CONCEDE IND>PAK; REQUEST PAK>IND"},
		{"the possessor calls, not the one who ignores it (news)",
			"Iran ignored the UN's call for a ceasefire.",
			"REQUEST UN>"},
		{"one who echoes a demand does not make it (history)",
			"Syria echoed Egypt's demand for an Israeli withdrawal.",
			"REQUEST EGY>ISR"},
		{"a that clause names whom (history)",
			"Britain repeated its demand that Germany withdraw from Belgium.",
			"REQUEST GBR>DEU"},
		{"a supporter of a demand is not asked (news)",
			"Italy supported Germany's demands.",
			"SUPPORT ITA>DEU; REQUEST DEU>"},
		{"a subject's demand keeps its target (news)",
			"Austria's demands on Serbia were rejected.",
			"REQUEST AUT>SRB"},
		{"a request that heads the clause (history)",
			"Kabul's request for troops reached Moscow in March.",
			"REQUEST AFG>RUS"},
	}, eventDyads)
}
