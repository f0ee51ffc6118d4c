package event_test

import "testing"

// A place's name counts for its state in an actor-less subject after a
// preposition inside the phrase ("protesters in Sindh") or as the head
// right before the verb ("Utah rejected"); not after a capitalized word of
// a name (a person's homonym: a parish, a region of another state), nor
// under the phrase's opening preposition (the scene). Cases of our own,
// from histories and news.
func TestPlaceAsSubjectHead(t *testing.T) {
	checkCases(t, []roleCase{
		{"a general's surname that is a region of another state (history)",
			"In 1935 De Bono notified Rome of the surrender.",
			""},
		{"a general's name that is a parish of another state (history)",
			"In 1967 General William Westmoreland informed Washington of the attack.",
			""},
		{"the scene under the phrase's opening preposition (history)",
			"In Galicia, the cavalry advanced against Poland in 1920.",
			""},
		// a bare name that is a province ("In 1792 Leon requested arms from
		// Paris": NIC) cannot be told from a province acting; a known miss
		{"a state's province as the head acts for it (news)",
			"In 2015 Quebec sent aid to Haiti.",
			"AID CAN>HTI"},
		{"a state's province as the head, a fronted year (news)",
			"In 2017 Texas sent aid to Mexico after the earthquake.",
			"AID USA>MEX"},
		{"a sentence-opening adverb is no word of a name (news)",
			"Later Quebec rejected independence in 1995.",
			"REJECT CAN>"},
		{"a sentence-opening connective before a province (news, another)",
			"Afterwards Ontario sent aid to Haiti in 2010.",
			"AID CAN>HTI"},
		{"a starter before a place that modifies the head noun (history)",
			"The Incheon landing allowed the division to advance in 1950.",
			""},
		{"a general's surname that opens the sentence stays a name (history)",
			"De Bono notified Rome of the surrender in 1935.",
			""},
		{"a province's state after a preposition still stands for the actor (news)",
			"Protesters in Sindh attacked a police station in 2019.",
			"ASSAULT PAK>PAK"},
		{"a province after 'in', a fronted year before (news)",
			"In 2019 protesters in Sindh attacked a police station.",
			"ASSAULT PAK>PAK"},
	}, eventDyads)
}
