package pair_test

import "testing"

// TestQuotedNameIsItsHoldersTheme: the actors of a campaign's or an
// operation's name in quotes and title case relate to the one who
// launches or joins it, not to the sentence's other actors nor to each
// other. A quotation in lower case (speech, a description) and a name
// with no actor before it in its clause keep their pairs. Cases from a
// report on a NATO exercise and a history of Nordic volunteers, each
// with its twins.
func TestQuotedNameIsItsHoldersTheme(t *testing.T) {
	checkPairs(t, []pairCase{
		{"an operation's name (a NATO exercise report)",
			`Norwegian officers led "Operation Danish Shield" with Finnish support.`,
			"NOR-DNK mention pair:sentence; NOR-FIN mention pair:sentence"},
		{"not: a quotation in lower case (a NATO exercise report)",
			`Norwegian officers in the "shield of the Danish coast" drills got Finnish support.`,
			"NOR-DNK mention pair:sentence; NOR-FIN mention pair:sentence; DNK-FIN mention pair:sentence"},
		{"a campaign's name (Nordic volunteers)",
			`Swedish volunteers in the "Campaign for a Free Finland" got Norwegian money.`,
			"SWE-FIN mention pair:sentence; SWE-NOR mention pair:sentence"},
		{"not: the same words in lower case (Nordic volunteers)",
			`Swedish volunteers in the "campaign for a free Finland" got Norwegian money.`,
			"SWE-FIN mention pair:sentence; SWE-NOR mention pair:sentence; FIN-NOR mention pair:sentence"},
		{"not: a name with no actor before it (Nordic volunteers)",
			`The "Campaign for a Free Finland" got Norwegian money.`,
			"FIN-NOR mention pair:sentence"},
	})
}

// TestRoleAsIsTheSubjects: "as a Chilean ally" says what the clause's
// subject is to that actor; the actor pairs with the subject, not with
// the sentence's other actors. An "as" clause with no role noun keeps
// every pair. Cases from a history of the War of the Pacific and one of
// South Asia, each with its twin.
func TestRoleAsIsTheSubjects(t *testing.T) {
	checkPairs(t, []pairCase{
		{"as an ally named by a people's adjective (the War of the Pacific)",
			"Bolivia entered the war as a Peruvian ally, hoping to keep Antofagasta from the Chileans.",
			"BOL-PER mention pair:sentence; BOL-CHL mention pair:sentence"},
		{"not: an 'as' clause with no role noun (the War of the Pacific)",
			"Bolivia entered the war as a Peruvian general fled to the Chileans.",
			"BOL-PER mention pair:sentence; BOL-CHL mention pair:sentence; PER-CHL mention pair:sentence"},
		{"as a partner (South Asia)",
			"Nepal came to the talks as an Indian partner with the aim of checking Chinese influence.",
			"NPL-IND mention pair:sentence; NPL-CHN mention pair:sentence"},
		{"not: an 'as' clause with no role noun (South Asia)",
			"Nepal came to the talks as an Indian delegation left with the aim of checking Chinese influence.",
			"NPL-IND mention pair:sentence; NPL-CHN mention pair:sentence; IND-CHN mention pair:sentence"},
	})
}
