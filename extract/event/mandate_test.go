package event_test

import "testing"

// TestMandatedActIsNoAct checks that a verb trigger in its base form in
// the "that" clause of a verb of mandate.txt (the subjunctive: "insisted
// that Saigon fight", "recommended that Russia attack") is asked for, not
// done: no event. The past or present tense after the same verbs, an
// irregular past ("withdrew"), and a modal ("should attack": supposed)
// are no mandate. Cases of our own, from histories and news.
func TestMandatedActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"insisted that X fight (history)",
			"In 1962 Washington insisted that Saigon fight the war alone.",
			""},
		{"recommended that X attack (history)",
			"In 1914 France recommended that Russia attack Germany.",
			""},
		{"proposed that X withdraw (news)",
			"Britain proposed that Iraq withdraw from Kuwait.",
			"AGREE GBR>"},
		{"an irregular past is told (news)",
			"Iran suggested that Iraq withdrew from Kuwait.",
			"RETREAT IRQ>KWT"},
		{"a present tense is told (news)",
			"Britain insisted that France attacks Germany every year.",
			"ASSAULT FRA>DEU"},
		{"a past tense is told (history)",
			"In 1914 France insisted that Russia attacked Germany.",
			"ASSAULT RUS>DEU"},
		{"a modal supposes (history)",
			"In 1914 France recommended that Russia should attack Germany.",
			"ASSAULT RUS>DEU hypothetical"},
	}, modedDyads)
}
