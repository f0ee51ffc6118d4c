package lexicon_test

import "testing"

// TestAdvisingAndImploring: advising another to act, imploring,
// exhorting or entreating it, calling upon it (triggers.tsv's REQUEST
// rows) is a request of the one asked; advice with no "to" ("advised
// caution"), a thing that calls upon ("the plan called upon two
// divisions") and a participle before a noun are none. Only REQUEST
// events are shown. Cases of our own, from histories and news. (The target
// of a request whose infinitive names another actor is that actor's, the
// event stage's choice: "exhorted Austria to attack Serbia" gives SRB, so
// such cases are left out here.)
func TestAdvisingAndImploring(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"advised a state to refuse (history)", "In 1953 Washington advised Seoul to accept the armistice.", "REQUEST USA>KOR"},
		{"advised a state to halt (history)", "In 1956 Eisenhower advised Britain to halt the invasion.", "REQUEST USA>GBR"},
		{"advised caution (news)", "In 1978 the report advised caution on the dam.", ""},
		{"advised against (news)", "In 1979 the army advised against the invasion.", ""},
		{"implored a state (history)", "In 1940 Churchill implored the United States to send destroyers.", "REQUEST GBR>USA"},
		{"implored a state (news)", "In 1999 Albania implored NATO to act.", "REQUEST ALB>NATO"},
		{"exhorted a state (history)", "In 1914 Germany exhorted Austria to act.", "REQUEST DEU>AUT"},
		{"exhorted a state (news)", "In 2003 Washington exhorted Turkey to open its bases.", "REQUEST USA>TUR"},
		{"entreated a state (history)", "In 1939 Poland entreated Britain to act.", "REQUEST POL>GBR"},
		{"entreated a state (news)", "In 2014 Ukraine entreated the European Union to help.", "REQUEST UKR>EU"},
		{"called upon a state (history)", "In 1950 the United States called upon the Soviet Union to act.", "REQUEST USA>SUN"},
		{"called upon a state (news)", "In 1990 the United Nations called upon Iraq to comply.", "REQUEST UN>IRQ"},
		{"a plan calls upon (history)", "In 1962 the plan called upon two divisions to cross the river.", ""},
		{"a participle before a noun (history)", "In 1940 the imploring letters of Churchill reached Roosevelt.", ""},
	})
}
