package pair_test

import "testing"

// TestLandmarkIsNoParty: a state right after a phrase of position.txt
// ("north of", "bordering") says where something lies, no side of a
// mention pair; after a determiner a compass word names part of the
// state's own ground ("the north of Italy"), a people's adjective names a
// side ("south of the Iranian lines"), a state before the phrase is no
// landmark, and "bordering on" is no place at all. Cases from a history
// of the Korean war, one of the Caucasus after 1917 and a report on the
// Horn of Africa, each way.
func TestLandmarkIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"north of a capital (a Korean war history)",
			"The Chinese offensive was halted at a ridge north of Seoul.",
			""},
		{"not: the capital before the phrase (a Korean war history)",
			"Seoul lay north of the river, where Chinese troops waited.",
			"KOR-CHN mention pair:sentence"},
		{"not: a side's lines after the phrase (a Gulf war history)",
			"Iraqi units dug in south of the Iranian lines.",
			"IRQ-IRN mention pair:sentence"},
		{"bordering a state (a Caucasus history)",
			"In 1918 Georgia and Azerbaijan, bordering the Ottoman Empire, declared independence.",
			""},
		{"bordering a state after a noun (a Caucasus history)",
			"Armenian refugees settled in a valley bordering Turkey.",
			""},
		{"not: bordering on, no place (a Cold War history)",
			"The Soviet tone was bordering on contempt for China.",
			"SUN-CHN mention pair:sentence"},
		{"not: the north of a state is its own ground (a history of Italy)",
			"Austrian troops held the north of Italy for a decade.",
			"AUT-ITA mention pair:sentence"},
		{"west of a state (a report on the Horn of Africa)",
			"Kenyan herders grazed their cattle on plains west of Somalia.",
			""},
	})
}
