package lexicon_test

import "testing"

// TestRetakenPassive: "retaken" is a participle (syntax/data/
// participles.txt), "retook" a past tense (pastforms.txt): a place retaken
// by an actor is its recapture by that actor; a scene retaken names no
// place. Only COERCE events are shown. Cases of our own, from histories
// and news.
func TestRetakenPassive(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"a city retaken by an army (history)", "Kiev was retaken by the Red Army in 1943.", "COERCE SUN>UKR"},
		{"a city retaken by a state (history)", "In March 1943 Kharkov was retaken by the Germans.", "COERCE DEU>UKR"},
		{"its own city retaken is no act on another (news)", "In 2017 Mosul was retaken by Iraq.", ""},
		{"a scene retaken (prose)", "The scene was retaken by the director in 1950.", ""},
	})
}
