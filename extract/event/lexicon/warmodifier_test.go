package lexicon_test

import "testing"

// TestWarAsModifier: "war" before a noun it describes (the NONE compounds
// of triggers.tsv: "war cabinet", "war criminals", "war refugees", "war
// supplies", as "war effort") names a body, a person or a thing of a war,
// no act of war; "declared war" stays one, and "war games" stay an
// exercise. Only ASSAULT and COOPERATE events are shown. Cases of our own,
// from histories and news.
func TestWarAsModifier(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "COOPERATE"}, []senseCase{
		{"a war cabinet (history)", "In 1940 the British war cabinet met in London.", ""},
		{"war criminals (history)", "In 1946 Japanese war criminals were tried in Tokyo.", ""},
		{"war refugees (news)", "In 1946 Soviet war refugees returned to Ukraine.", ""},
		{"war declared (history)", "In 1914 Germany declared war on Russia.", "ASSAULT DEU>RUS"},
		{"war games (news)", "In 1980 NATO held war games in Norway.", "COOPERATE NATO>"},
	})
}
