package event_test

import "testing"

// "too" and a word before an infinitive ("too proud to fight", "too weak
// to attack") deny the act; "too" meaning "also", after an actor or a
// comma, does not. Cases of our own, from histories and a speech.
func TestTooToDenies(t *testing.T) {
	checkCases(t, []roleCase{
		{"too proud to fight (speech)",
			"In 1915 Wilson said that America was too proud to fight.",
			""},
		{"too weak to attack (history)",
			"By 1917 the Russian army was too weak to attack Germany.",
			""},
		{"too meaning also, after an actor (history)",
			"In 1941 Germany too began to attack the Soviet Union.",
			"ASSAULT DEU>SUN"},
		{"too meaning also, between commas (history)",
			"In 1915 Italy, too, decided to attack Austria.",
			"ASSAULT ITA>AUT"},
	}, eventDyads)
}
