package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestPairNounSides: a pair noun ("the two governments", "the two
// states") that the actor stage reads as the two states named before it
// (actor Entity.Pair) gives the sentence's actor group both codes. Not
// when the mentions before are persons, three states, or the noun takes
// "of". Sentences of our own, from histories of the Ogaden war, the Beagle
// Channel crisis, the Balkan wars and the Sino-Indian war.
func TestPairNounSides(t *testing.T) {
	checkDyads(t, []string{"SANCTION", "MOBILIZE", "ASSAULT"}, []stagetest.Case{
		{Name: "broke off relations (Ogaden)", Text: "In 1977 Somalia invaded Ethiopia. In 1978 the two governments broke off diplomatic relations.", Want: "ASSAULT SOM>ETH; SANCTION SOM,ETH>"},
		{Name: "mobilised (Beagle Channel)", Text: "In 1977 Argentina rejected the award to Chile. In 1978 the two governments mobilised their armies.", Want: "MOBILIZE ARG,CHL>"},
		{Name: "attacked (Balkan wars)", Text: "In 1912 Serbia and Bulgaria signed an alliance. The two states attacked the Ottoman Empire.", Want: "ASSAULT SRB,BGR>TUR"},
		{Name: "not: two persons before (Sino-Indian)", Text: "In 1962 Nehru wrote to Kennedy. The two countries broke off relations.", Want: ""},
		{Name: "not: three states before (Sino-Indian)", Text: "In 1950 India, China and Nepal met in Delhi. The two countries broke off relations in 1962.", Want: ""},
	})
}

// TestPairSideLendsNoSource: an act one of whose sides was read off a pair
// noun ("to cooperate ... between the two nations") lends no source to a
// later act with one of them that names no doer (docSource: "weapons were
// shipped to the rebels in cooperation with Syria", a section on). An act
// whose sides its sentence names lends it. Texts of our own, on the
// United Arab Republic and on India and Pakistan.
func TestPairSideLendsNoSource(t *testing.T) {
	checkDyads(t, []string{"COOPERATE"}, []stagetest.Case{
		{Name: "a union's cooperation (UAR)", Text: "Union\n\nIn 1958 Egypt reached the height of its influence in comparison to Syria, as the union was formed to cooperate in matters of defence between the two nations.\n\nLater\n\nIn 1961 weapons were shipped to the rebels in cooperation with Syria.", Want: "COOPERATE EGY>SYR; COOPERATE SYR>"},
		{Name: "a commission's cooperation (South Asia)", Text: "Talks\n\nIn 1971 India reached the height of its influence in comparison to Pakistan, as the commission was formed to cooperate in matters of trade between the two countries.\n\nWar\n\nIn 1972 India mobilised. Grain was shipped to the refugees in cooperation with Pakistan.", Want: "COOPERATE IND>; COOPERATE IND>PAK"},
		{Name: "not: a named dyad lends (UAR)", Text: "Union\n\nIn 1958 Egypt cooperated with Syria on defence.\n\nLater\n\nIn 1961 weapons were shipped to the rebels in cooperation with Syria.", Want: "COOPERATE EGY>SYR; COOPERATE EGY>SYR"},
	})
}
