package actor

import "testing"

// TestAncientPeoples checks the peoples Rome fought and the peoples of
// the migrations (historic.tsv, plural demonyms): each its own actor in
// its years. A name with a later sense is no one's at a later date or at
// none (a German of 1915's propaganda, a subculture, hooligans); one with
// no later sense holds in an undated sentence too, as the date stage
// reads no year of the first millennium written without "BC".
func TestAncientPeoples(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// histories of Rome's wars and of the migrations
		{[]string{"In 107 BC the Helvetii defeated a Roman army at Burdigala."}, 0, "Helvetii", "HELVETII/"},
		{[]string{"In 102 BC Marius destroyed the Teutones at Aquae Sextiae."}, 0, "Teutones", "CIMBRI/"},
		{[]string{"The Visigoths sacked Rome, and the Vandals crossed to Africa."}, 0, "Visigoths", "VISIGOTHS/"},
		{[]string{"Theoderic led the Ostrogoths into Italy."}, 0, "Ostrogoths", "OSTROGOTHS/"},
		// a later date, or a name with a later sense and no date
		{[]string{"In 1990 Vandals sprayed the walls of the station."}, 0, "Vandals", "/"},
		{[]string{"The Visigoths sacked Rome, and the Vandals crossed to Africa."}, 0, "Vandals", "/"},
		{[]string{"In 1915 the Huns shelled Reims again."}, 0, "Huns", "/"},
		{[]string{"In 1995 Goths gathered in Whitby for a festival."}, 0, "Goths", "/"},
	})
}
