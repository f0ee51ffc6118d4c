package pair_test

import "testing"

// TestLowerCaseWarIsNoParty: an actor after a determiner that modifies a
// lower-case noun of armed conflict ending its noun phrase ("the Vietnam
// war") names the war, a topic, not a party to the sentence's acts; a
// noun after it ("the British war effort") and a preposition naming the
// war's sides ("the Soviet war in Afghanistan": the scene rule still
// sets Afghanistan apart from a third actor) keep the pairs, and so
// does an actor with no determiner ("Japan's war"). Cases from a history
// of the peace movement and a history of South Asia, each with twins.
func TestLowerCaseWarIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a war's lower-case name as a topic (the peace movement)",
			"Opposition to the Vietnam war united Australian students.",
			""},
		{"a war's lower-case name, then a clause word (the peace movement)",
			"Veterans of the Korean war who settled in Canada formed a league.",
			""},
		{"a demonym's war, then a verb (South Asia)",
			"Memories of the Kashmir war shaped Indian planning for a decade.",
			""},
		{"not: a noun after the war (the peace movement)",
			"Australian wool clothed the British war effort in 1916.",
			"AUS-GBR mention pair:sentence"},
		{"not: the war's other side after 'in' (South Asia)",
			"Indian diplomats wrote about the Soviet war in Afghanistan.",
			"IND-SUN mention pair:sentence; SUN-AFG mention pair:sentence"},
		{"not: a noun after the war (South Asia)",
			"Indian taxes paid the British war debt until 1925.",
			"IND-GBR mention pair:sentence"},
		{"not: a capitalised word after the war (the peace movement)",
			"Australian officers read the Vietnam war Reader in class.",
			"AUS-VNM mention pair:sentence"},
		{"not: no determiner, an actor's war (South Asia)",
			"Pakistan's war cost India dearly.",
			"PAK-IND mention pair:sentence"},
	})
}
