package event_test

import "testing"

// ", and" after a single actor, before an actor with a finite verb right
// after it (past one lower-case word), joins two clauses: the second
// actor is the subject of its own verb, no member of the first one's
// list. A list with two members before ", and", a pair after "between",
// no verb after the last member, none before the first, or "and" right
// before the first stays one coordination. Cases of our own, from
// histories, news and papers.
func TestCommaAndOpensClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"a new clause after the object (history)",
			"In 1914, Germany invaded Belgium, and Britain declared war on Germany.",
			"ASSAULT DEU>BEL; ASSAULT GBR>DEU"},
		{"a new clause with an adverb before its verb (news)",
			"Iraq invaded Kuwait, and the United States later sent troops to Saudi Arabia.",
			"ASSAULT IRQ>KWT; AID USA>SAU"},
		{"a new clause after a demand (news)",
			"Washington demanded that Iraq leave Kuwait, and American forces hit Baghdad.",
			"REQUEST USA>IRQ; ASSAULT USA>IRQ"},
		{"a serial list keeps its members (history)",
			"France, Britain, and Russia declared war on Germany.",
			"ASSAULT FRA,GBR,RUS>DEU"},
		{"a pair after between (news)",
			"Talks between Israel, and Syria resumed.",
			"CONSULT ISR,SYR>"},
		{"no verb before the first member: one subject (history)",
			"Israel, and Egypt signed the treaty in 1979.",
			"SUPPORT ISR,EGY>"},
		{"and right before the first member: one subject (a paper)",
			"In 1996 the talks failed and Ankara, and Athens signed an agreement.",
			"SUPPORT TUR,GRC>"},
		{"or right before the first member: one subject (news)",
			"In 1991 the talks stalled or Moscow, and Kiev signed an agreement.",
			"SUPPORT RUS,UKR>"},
		{"a new clause after a single member (news)",
			"In 1991 Moscow warned Kiev, and Ukrainian troops attacked Moscow.",
			"THREATEN RUS>UKR; ASSAULT UKR>RUS"},
		{"no verb after the last member (history)",
			"Israel signed a treaty with Egypt, and Jordan.",
			"SUPPORT ISR>EGY,JOR"},
	}, eventDyads)
}
