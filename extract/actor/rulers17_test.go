package actor

import (
	"slices"
	"sync"
	"testing"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

var (
	rulersOnce  sync.Once
	rulersVocab *Vocabulary
	rulersErr   error
)

// rulersTestVocab is the default vocabulary with rulers.tsv: the embedded
// one where Kinds reads the file, else the file added as a source of its
// own (the loader's line is a patch of its own, patches-s17/rulers17-*).
func rulersTestVocab(t *testing.T) *Vocabulary {
	t.Helper()
	const file = "data/actors/rulers.tsv"
	if slices.Contains(Kinds["actors"], file) {
		return testVocab(t)
	}
	rulersOnce.Do(func() {
		en, err := english.Default()
		if err != nil {
			rulersErr = err
			return
		}
		data, err := dataFS.ReadFile(file)
		if err != nil {
			rulersErr = err
			return
		}
		rulersVocab, rulersErr = New(en, vocab.Source{Kind: "actors", Origin: "rulers.tsv", Data: data})
	})
	if rulersErr != nil {
		t.Fatal(rulersErr)
	}
	return rulersVocab
}

// TestRulers17 checks rulers.tsv, the rulers and war commanders of
// 1600-1945: a ruler or a commander is his state's at a date in his term
// (GOV for a ruler, MIL for a commander), no one's at a date outside it
// and in a text with no date; a regnal number tells rulers of one name
// apart; a surname that is a common word or a place is left to the
// full name. Sentences of war narratives (the Thirty Years' War, the
// wars of Louis XIV, the Seven Years' War, the American Revolution and
// Civil War, the Napoleonic, Crimean and Franco-Prussian wars, the Boer
// war, the world wars) and of diplomatic histories (the Concert of
// Europe, the Eastern Question, the partitions of Poland).
func TestRulers17(t *testing.T) {
	v := rulersTestVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// war narratives, in term
		{"In 1631 Gustavus Adolphus routed the imperial army at Breitenfeld.", "Gustavus Adolphus/PERSON/SWE/GOV"},
		{"In 1632 Wallenstein dug in at Nuremberg.", "Wallenstein/PERSON/HOLY_ROMAN_EMPIRE/MIL"},
		{"In 1704 Marlborough and Prince Eugene destroyed the French army at Blenheim.", "Prince Eugene/PERSON/AUT/MIL"},
		{"In 1757 Frederick the Great defeated the Austrians at Leuthen.", "Frederick the Great/PERSON/DEU/GOV"},
		{"In 1759 Montcalm fell on the Plains of Abraham.", "Montcalm/PERSON/FRA/MIL"},
		{"In 1777 General Burgoyne surrendered at Saratoga.", "General Burgoyne/PERSON/GBR/MIL"},
		{"In 1781 Cornwallis surrendered to Washington at Yorktown.", "Cornwallis/PERSON/GBR/MIL"},
		{"In 1778 Lafayette joined Washington at Valley Forge.", "Lafayette/PERSON/USA/MIL"},
		{"In 1791 Lafayette ordered the National Guard to fire on the crowd.", "Lafayette/PERSON/FRA/MIL"},
		{"In 1805 Napoleon crushed the Austrians and Russians at Austerlitz.", "Napoleon/PERSON/FRA/GOV"},
		{"In 1797 Bonaparte forced Austria to sign the peace of Campo Formio.", "Bonaparte/PERSON/FRA/MIL"},
		{"In 1812 Kutuzov gave battle at Borodino.", "Kutuzov/PERSON/RUS/MIL"},
		{"In 1815 Blücher reached the field of Waterloo.", "Blücher/PERSON/DEU/MIL"},
		{"In 1854 Lord Raglan landed his army in the Crimea.", "Lord Raglan/PERSON/GBR/MIL"},
		{"In 1863 General Lee invaded Pennsylvania.", "General Lee/PERSON/CONFEDERATE_STATES/MIL"},
		{"In 1864 General Grant attacked at Cold Harbor.", "General Grant/PERSON/USA/MIL"},
		{"In 1862 Lincoln issued the preliminary Emancipation Proclamation.", "Lincoln/PERSON/USA/GOV"},
		{"In 1870 Moltke encircled the French army at Sedan.", "Moltke/PERSON/DEU/MIL"},
		{"In 1900 Kruger left the Transvaal for Europe.", "Kruger/PERSON/TRANSVAAL/GOV"},
		{"In 1916 Admiral Jellicoe met the German fleet at Jutland.", "Admiral Jellicoe/PERSON/GBR/MIL"},
		{"In 1920 Tukhachevsky advanced on Warsaw.", "Tukhachevsky/PERSON/SUN/MIL"},
		// diplomatic histories, in term
		{"In 1683 Sobieski relieved Vienna.", "Sobieski/PERSON/POL/GOV"},
		{"In 1772 Catherine the Great agreed to partition Poland with Prussia and Austria.", "Catherine the Great/PERSON/RUS/GOV"},
		{"In 1815 Tsar Alexander I proposed the Holy Alliance.", "Tsar Alexander I/PERSON/RUS/GOV"},
		{"In 1840 Palmerston forced Mehmet Ali out of Syria.", "Palmerston/PERSON/GBR/GOV"},
		{"In 1840 Palmerston forced Mehmet Ali out of Syria.", "Mehmet Ali/PERSON/EGY/GOV"},
		{"In 1878 Disraeli returned from Berlin with peace with honour.", "Disraeli/PERSON/GBR/GOV"},
		{"In 1866 Emperor Maximilian appealed to Napoleon III for troops.", "Napoleon III/PERSON/FRA/GOV"},
		// a regnal number tells two rulers of one name apart
		{"In 1929 King Alexander I proclaimed a royal dictatorship in Yugoslavia.", "King Alexander I/PERSON/YUG/GOV"},
		{"In 1807 Tsar Alexander I met Napoleon at Tilsit.", "Tsar Alexander I/PERSON/RUS/GOV"},
		// out of term: no one's (another person, or the name's later use)
		{"In 1944 Napoleon was the name of a French operation.", "Napoleon/PERSON//"},
		{"In 1956 Moltke was the name of a West German destroyer.", "Moltke/PERSON//"},
		{"In 1950 Kutuzov was the name of a Soviet cruiser.", "Kutuzov/PERSON//"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	// a bare regnal number that rulers of several states bore is no form
	// (Yugoslavia's Alexander I, Macedon's, France's Francis I)
	checkNoActor(t, v, "In 1929 Alexander I proclaimed a royal dictatorship in Yugoslavia.", "Alexander I", []string{"RUS"})
	checkNoActor(t, v, "In 1807 Alexander I met Napoleon at Tilsit.", "Alexander I", []string{"RUS"})
	checkNoActor(t, v, "In 1525 Francis I was taken prisoner at Pavia.", "Francis I", []string{"AUT"})
	// a common word, a place, a state's name: never the commander's
	for _, c := range []struct{ sentence, form string }{
		{"In 1864 the Grant program of the state funded no schools.", "Grant"},
		{"In 1863 Lee County raised a regiment.", "Lee"},
		{"In 1805 the Nelson estate was sold.", "Nelson"},
		{"In 1812 Wellington was a village of Somerset.", "Wellington"},
		{"In 1905 Togo was a German colony.", "Togo"},
	} {
		for _, e := range datedSentence(t, v, c.sentence) {
			if c.sentence[e.Start:e.End] == c.form && (e.Actor == "GBR" || e.Actor == "USA" || e.Actor == "CONFEDERATE_STATES" || e.Actor == "JPN") {
				t.Errorf("%q: %s is %s, want no commander's state", c.sentence, c.form, e.Actor)
			}
		}
	}
	// an undated history: a bounded row names no one before a date
	checkDocCases(t, v, []docCase{
		{[]string{"Gustavus Adolphus landed in Pomerania."}, 0, "Gustavus Adolphus", "/"},
		{[]string{"In 1630 Sweden entered the war.", "Gustavus Adolphus landed in Pomerania."}, 1, "Gustavus Adolphus", "SWE/GOV"},
		{[]string{"In 1812 the Grande Armée crossed the Niemen.", "Davout led the first corps."}, 1, "Davout", "FRA/MIL"},
		// a form inside a place's name: "Fort Bragg", "Ciudad Juárez"
		{[]string{"In 1863 Bragg held Chattanooga.", "In 1971 the unit returned to Fort Bragg."}, 1, "Bragg", "(none)"},
	})
}
