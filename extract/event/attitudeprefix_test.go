package event_test

import "testing"

// An actor's name joined by a hyphen to a prefix of attitude
// (syntax attitudes.txt: "anti", "pro", "non") names an attitude towards
// that actor, not the actor: "anti-Soviet rebels" are no Soviet side, so
// the rebels act at home. The same name with no prefix is the actor.
// Sentences of our own, from a history of the Afghan war and news of the
// war in the Donbas.
func TestAttitudePrefixIsNoActor(t *testing.T) {
	checkCases(t, []roleCase{
		{"anti- before a state's adjective (history)",
			"In 1979 anti-Soviet rebels attacked Kabul.",
			"ASSAULT AFG>AFG"},
		{"pro- before a state's adjective (news)",
			"In 2014 pro-Russian separatists attacked Ukrainian forces.",
			"ASSAULT UKR>UKR"},
		{"not: no prefix, the actor itself (history)",
			"In 1979 Soviet troops attacked Kabul.",
			"ASSAULT SUN>AFG"},
		{"not: no prefix, the actor itself (news)",
			"In 2014 Russian troops attacked Ukrainian forces.",
			"ASSAULT RUS>UKR"},
	}, eventDyads)
}
