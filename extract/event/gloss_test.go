package event_test

import "testing"

// A trigger that is all of a parenthesis right after a word of another
// language is that word's translation, no event: "reunião (meeting)".
func TestGlossIsNoEvent(t *testing.T) {
	checkCases(t, []roleCase{
		{"a word cloud's terms with their glosses (own writing, a paper's form)",
			"Brazil's speeches on Argentina used words such as reunião (meeting), visita (visit) and acordo (agreement) most often.",
			""},
		{"a history's foreign terms, ASCII letters only (own writing)",
			"In 1920 Polish diplomats in Riga used the words rozmowy (talks), spotkanie (meeting) and rozejm (armistice) with Russia.",
			""},
		{"one English noun no stage knows before a glossing parenthesis (own writing)",
			"In 1986 Brazil and Argentina renewed the peace process (talks) at Foz do Iguaçu.",
			"CONSULT BRA,ARG>"},
		{"one English noun before a glossing parenthesis (news)",
			"On Monday Kenya and Uganda resumed the border dialogue (negotiations) in Kampala.",
			"CONSULT KEN,UGA>"},
		{"an English word before the parenthesis is no foreign term (own writing)",
			"Brazil and Argentina held a summit (meeting) in 1986.",
			"CONSULT BRA,ARG>"},
	}, eventDyads)
}
