package lexicon_test

import "testing"

// TestIssuingAStatementGivesNothing: issuing a declaration, a communique
// or a proclamation (triggers.tsv's NONE rows "issue a declaration", ...)
// is making a statement, not the dictionary's giving, whose patterns
// would read "troops" or "aid" after it as granted (AID); an ultimatum
// issued stays a threat, by the dictionary's patterns, and a statement
// issued demanding an act a request (the row "issue a statement
// demanding"). Only AID, COOPERATE, THREATEN and REQUEST
// events are shown. Cases of our own, from histories and news.
func TestIssuingAStatementGivesNothing(t *testing.T) {
	checkSenses(t, []string{"AID", "COOPERATE", "THREATEN", "REQUEST"}, []senseCase{
		{"a declaration on troops (history)", "In 1988 the mujahideen issued a declaration demanding a pullout of Soviet troops.", ""},
		{"a joint declaration on aid (history)", "In 1941 Britain and the United States issued a joint declaration on aid to the Soviet Union.", ""},
		{"a communique on arms (history)", "In 1956 Egypt issued a communique thanking the Soviet Union for its arms.", ""},
		{"a declaration on money (news)", "In 1999 the Taliban issued a declaration welcoming the money sent by Pakistan.", ""},
		{"an ultimatum (history)", "In 1914 Austria issued an ultimatum to Serbia.", "THREATEN AUT>SRB"},
		{"a statement for an act (news)", "In 1961 the Arab League issued a statement demanding that Britain leave Kuwait.", "REQUEST ARAB_LEAGUE>GBR"},
		{"a statement for an act (news, another)", "The Arab League issued a statement demanding that Israel withdraw from Gaza on Monday.", "REQUEST ARAB_LEAGUE>ISR"},
		{"a statement on a place (history)", "In 1961 Britain issued a statement on Kuwait.", ""},
	})
}
