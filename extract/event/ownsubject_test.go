package event_test

import "testing"

// A subject pronoun in a later clause of a sentence whose own subject is
// an actor stands for that subject, not for the paragraph's last subject
// (the sentence before): "A Hungarian officer is regarded as ...: he was
// seized". Sentences of our own, from histories and the news.
func TestPronounTakesItsSentenceSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"an officer after a ruler's flight (history)",
			"In 1919 the Kaiser fled to the Netherlands. A Hungarian officer is regarded as the last soldier captured: he was seized by Romanian troops.",
			"COERCE ROU>HUN"},
		{"a general after a ruler's abdication (history)",
			"The Kaiser abdicated. A Polish general is said to be the last to surrender: he was arrested by Soviet troops.",
			"COERCE SUN>POL"},
		{"a medic after a protest (news)",
			"Moscow protested to Kyiv. A Ukrainian medic is regarded as the last soldier killed there: he was shot by a Russian sniper.",
			"ACCUSE RUS>UKR; ASSAULT RUS>UKR"},
	}, eventDyads)
}
