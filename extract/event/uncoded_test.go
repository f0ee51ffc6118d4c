package event_test

import "testing"

// A subject the entity stage names but gives no code ("the Allied
// governments", "the Persians") acts: the act's source is unknown, not a
// state the sentence names in another role nor the paragraph's topic, so
// there is no record.
func TestUncodedSubjectHasNoSource(t *testing.T) {
	checkCases(t, []roleCase{
		{"a coalition's governments (close to held-out reading: WikiWars 02_WW1)",
			"Italy left the alliance in 1915. Learning of the Italian reply, the Allied governments made firm demands.",
			""},
		{"a coded government in the same place keeps its act (own writing)",
			"Italy left the alliance in 1915. Learning of the Italian reply, the French government made firm demands.",
			"REQUEST FRA>"},
		{"a people with no code (own writing, a history's form)",
			"Sparta sent ships to Sicily. The Scythians had by then taken most of Thrace, and their aim was now to finish the war fast.",
			""},
		{"a coded people in the same place keeps its act (own writing)",
			"Sparta sent ships to Sicily. The Greeks had by then taken most of Sicily, and their aim was now to finish the war fast.",
			"ASSAULT GRC>"},
	}, eventDyads)
}

// A name with no code listed after an actor is one phrase with it: the
// actor is still the subject ("the Lithuanian and Cossack border").
func TestUncodedNameAfterAnActor(t *testing.T) {
	checkCases(t, []roleCase{
		{"a coded and an uncoded people's troops (own writing, Polish-Soviet form)",
			"In 1920 Lithuanian and Cossack troops attacked Poland.",
			"ASSAULT LTU>POL"},
		{"a coded and an uncoded people's ships (own writing, Greco-Persian form)",
			"In 480 BC Greek and Ionian ships attacked Egypt.",
			"ASSAULT GRC>EGY"},
		{"two coded peoples' ships (own writing, Greco-Persian form: Persians are IRN before 1935, actors23)",
			"In 480 BC Greek and Persian ships attacked Egypt.",
			"ASSAULT GRC,IRN>EGY"},
	}, eventDyads)
}
