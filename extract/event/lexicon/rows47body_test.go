package lexicon_test

import "testing"

// TestBodyEncouraged: an international body, an alliance or a seat of
// government that encourages or emboldens a state to act asks for the
// act, as a state does (by=BODY; review29 finding 1); a body's possession
// or a thing it names ("NATO's expansion", "the UN resolution") and a
// people's adjective before a thing ask no one (triggers47). Cases of our
// own.
func TestBodyEncouraged(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"an alliance (news)", "In 2022 NATO encouraged Ukraine to resist.", "REQUEST NATO>UKR"},
		{"an international body (history)", "In 1977 the United Nations encouraged Egypt to negotiate with Israel.", "REQUEST UN>EGY"},
		{"a league of states (history)", "In 1948 the Arab League encouraged Syria to attack Israel.", "REQUEST ARAB_LEAGUE>SYR"},
		{"a seat of government (history)", "In 1950 the Kremlin encouraged North Korea to invade the South.", "REQUEST RUS>PRK"},
		{"past an adverb (paper)", "In 2008 the European Union strongly encouraged Serbia to negotiate with Kosovo.", "REQUEST EU>SRB"},
		{"a body's possession (paper)", "In 1999 NATO's expansion emboldened Poland to seek membership.", ""},
		{"a body's document (news)", "In 1967 the UN resolution encouraged Israel to withdraw.", ""},
		{"a seat's silence (paper)", "In 1992 the Kremlin's silence encouraged Serbia to attack Bosnia.", ""},
		{"a report by a body (paper)", "In 2004 a report by the United Nations encouraged Egypt to reform.", ""},
		{"a people's adjective (paper)", "In 2014 American inaction encouraged Russia to invade Ukraine.", ""},
	})
}
