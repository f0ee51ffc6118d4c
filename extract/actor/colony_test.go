package actor

import (
	"fmt"
	"strings"
	"testing"
)

// TestColonyRows checks when a colony's rows (note "colony", colonies.tsv)
// hold: for the colony's troops and land they are the colonial power's; for
// its people and for the land an act of colonial rule takes they are the
// later state's. Sentences of histories of Italy's war in Libya (1911-1932)
// and of the Eritrean colony and the wars fought from it (Adwa 1896, the
// Abyssinian war 1935-36, the desert war 1940-43).
func TestColonyRows(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// the people, and the land taken: the later state
		{"In 1930 Libyan rebels led by Omar Mukhtar ambushed an Italian column.", "Libyan rebels/ORG/LBY/REB"},
		{"In 1931 Graziani crushed the Libyan resistance in Cyrenaica.", "Libyan/NORP/LBY/"},
		{"In 1923 Italian troops attacked Libyan tribes in the Jebel.", "Libyan/NORP/LBY/"},
		{"In 1912 Italy annexed Libya.", "Libya/GPE/LBY/"},
		{"In 1928 Rome ordered the pacification of Libya.", "Libya/GPE/LBY/"},
		{"In 1894 Eritrean rebels under Bahta Hagos besieged the Italian fort at Halai.", "Eritrean rebels/ORG/ERI/REB"},
		// the plural noun, people or troops: no actor in the colonial years
		{"In 1936 the Eritreans of the highlands paid the colony's taxes.", "Eritreans/NORP//"},
		{"In 1929 the Libyans fled to Egypt.", "Libyans/NORP//"},
		{"In 1998 the Eritreans dug in at Badme.", "Eritreans/NORP/ERI/"},
		// the troops and the land held: the colonial power
		{"In 1896 the Eritrean askaris held the left at Adwa.", "Eritrean/NORP/ITA/"},
		{"In 1936 the Ethiopians charged the Italian and Eritrean defenders.", "Eritrean/NORP/ITA/"},
		{"In 1935 a force of Eritrean Infantry held the pass.", "Eritrean Infantry/ORG/ITA/MIL"},
		{"In 1940 Libyan battalions advanced into Egypt.", "Libyan battalions/ORG/ITA/MIL"},
		{"In 1940 the Eritrean and Somali battalions crossed into Sudan.", "Eritrean/NORP/ITA/"},
		{"In 1940 Italian bombers flew from Libya against Malta.", "Libya/GPE/ITA/"},
		{"In 1935 De Bono advanced into Ethiopia from Eritrea.", "Eritrea/GPE/ITA/"},
		// after the colonial years, and with no date
		{"In 2011 Libyan rebels took the capital.", "Libyan rebels/ORG/LBY/REB"},
		{"Eritrean troops crossed the border.", "Eritrean troops/ORG/ERI/MIL"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// TestEastPakistan checks that East Pakistan is Pakistan's province until
// Bangladesh's independence: histories of the war of 1971 and of the
// partition, and later texts.
func TestEastPakistan(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		{"In 1971 Indian troops entered East Pakistan.", "East Pakistan/GPE/PAK/"},
		{"In 1970 a cyclone struck East Pakistan and Islamabad was slow to help.", "East Pakistan/GPE/PAK/"},
		{"The army cracked down in East Pakistan.", "East Pakistan/GPE/PAK/"},
		// the other way: after independence, and the state's own name
		{"In 1974 East Pakistan, now Bangladesh, joined the UN.", "East Pakistan/GPE/BGD/"},
		{"In 1971 Bangladesh declared its independence.", "Bangladesh/GPE/BGD/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// datedActorOf returns the actor of the entity that opens with form in the
// sentence text, dated by the sentence's year as checkDated does.
func datedActorOf(t *testing.T, v *Vocabulary, text, form string) string {
	t.Helper()
	for _, e := range datedSentence(t, v, text) {
		if strings.HasPrefix(text[e.Start:e.End], form) {
			return e.Actor
		}
	}
	return "-"
}

// Every row of colonies.tsv, in sentences of two histories: Eritrea's
// (Adwa 1896, the Abyssinian war 1935-36) and Libya's (the conquest of
// 1911-32, the desert war 1940-43). A troops word after a colony's
// demonym is the colonial power's in its years, the later state's after
// them; a taken word before a colony's name makes the name the later
// state's, the same sentence with another verb keeps the power's.
func TestColonyRowsEach(t *testing.T) {
	v := testVocab(t)
	n := 0
	for _, w := range []string{"corps", "askari", "askaris", "defenders", "levies", "irregulars", "auxiliaries", "cavalry", "brigade", "brigades", "division"} {
		n++
		for _, c := range []struct{ sentence, form, want string }{
			{"In 1896 the Eritrean " + w + " held the left at Adwa.", "Eritrean", "ITA"},
			{"In 1941 the Libyan " + w + " fell back on Tobruk.", "Libyan", "ITA"},
			{"In 1999 the Eritrean " + w + " held the line at Badme.", "Eritrean", "ERI"},
			{"In 2011 the Libyan " + w + " fell back on Sirte.", "Libyan", "LBY"},
		} {
			if got := datedActorOf(t, v, c.sentence, c.form); got != c.want {
				t.Errorf("troops %q: %q: %s, want %s", w, c.sentence, got, c.want)
			}
		}
	}
	for _, w := range []string{"annex", "annexed", "annexes", "annexing", "annexation", "colonise", "colonised", "colonises", "colonising", "colonisation", "colonize", "colonized", "colonizes", "colonizing", "colonization", "pacify", "pacified", "pacifying", "pacification", "subjugate", "subjugated", "subjugating", "subjugation", "reconquer", "reconquered", "reconquest"} {
		n++
		var frame string
		switch {
		case strings.HasSuffix(w, "ion") || w == "reconquest":
			frame = "In %s Rome ordered the %s of %s."
		case strings.HasSuffix(w, "ing"):
			frame = "In %s Italy was %s %s."
		case strings.HasSuffix(w, "ed"):
			frame = "In %s Italy %s %s."
		case strings.HasSuffix(w, "s"):
			frame = "In %s the decree %s %s to the crown."
		default:
			frame = "In %s Italy set out to %s %s."
		}
		for _, c := range []struct{ year, verb, place, want string }{
			{"1912", w, "Libya", "LBY"},
			{"1890", w, "Eritrea", "ERI"},
			// the other way: no act of colonial rule before the name
			{"1912", "garrisoned", "Libya", "ITA"},
			{"1890", "garrisoned", "Eritrea", "ITA"},
		} {
			f := frame
			if c.verb == "garrisoned" {
				f = "In %s Italy %s %s."
			}
			s := fmt.Sprintf(f, c.year, c.verb, c.place)
			if got := datedActorOf(t, v, s, c.place); got != c.want {
				t.Errorf("taken %q: %q: %s, want %s", w, s, got, c.want)
			}
		}
	}
	if n != len(v.colonyTroops)+len(v.colonyTaken) {
		t.Errorf("%d colony rows tested, the file has %d", n, len(v.colonyTroops)+len(v.colonyTaken))
	}
}
