package actor

import (
	"context"
	"strings"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// docEntities returns "text/actor" ("text/actor/sector" for an agent) for every entity of a short
// document of the body: paragraphs split at blank lines, sentences at ". ".
// window, if above 0, runs SentenceEntities a window of that many
// sentences at a time and then DocumentContext over them all, as the
// extract stage does for a long document; else Entities over the whole.
func docEntities(t *testing.T, doc string, window int) []string {
	t.Helper()
	v := testVocab(t)
	var sents []textpkg.Sentence
	start := 0
	for line, para := range strings.Split(doc, "\n\n") {
		end := start + len(para)
		for s := start; s < end; {
			e := strings.Index(doc[s:end], ". ")
			if e < 0 {
				e = end
			} else {
				e = s + e + 1
			}
			sents = append(sents, textpkg.Sentence{Start: s, End: e, Line: line})
			s = e + 1
		}
		start = end + 2
	}
	zones := make([]string, len(sents))
	for i := range zones {
		zones[i] = "body"
	}
	var ents []Entity
	if window <= 0 {
		es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), doc, sents, zones, nil)
		if err != nil {
			t.Fatal(err)
		}
		ents = es
	} else {
		for base := 0; base < len(sents); base += window {
			ws := sents[base:min(base+window, len(sents))]
			es, err := v.SentenceEntities(context.Background(), NewTagger(), testLexer(v), doc, ws, zones[base:base+len(ws)], nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range es {
				e.Sent += base
				ents = append(ents, e)
			}
		}
		ents = v.DocumentContext(doc, sents, zones, ents)
	}
	var out []string
	for _, e := range ents {
		if e.Agent {
			out = append(out, doc[e.Start:e.End]+"/"+e.Actor+"/"+e.Sector)
		} else if len(e.Pair) > 0 {
			out = append(out, doc[e.Start:e.End]+"/"+strings.Join(e.Pair, "+")) // "governments/ARG+CHL"
		} else {
			out = append(out, doc[e.Start:e.End]+"/"+e.Actor)
		}
	}
	return out
}

// TestDocumentReadings checks the readings that depend on the whole
// document, each with texts of two kinds, whole and a sentence at a time:
// a surname stands for the one person of that name the document names in
// full, before or after; a government named with no state is the
// paragraph's state, else the document's; rebels are the armed group the
// document names in their state.
func TestDocumentReadings(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // entities in order
	}{
		{"a surname after the full name (a history)",
			"In 1977 Jimmy Carter took office. Carter signed the finding in July 1979.",
			[]string{"Jimmy Carter/USA", "Carter/USA"}},
		{"a surname after the full name, with a title (news)",
			"Robert Gates spoke on Monday. Later Mr Gates said that Secretary Gates would stay.",
			[]string{"Robert Gates/USA", "Gates/USA", "Gates/USA"}},
		{"a surname before the full name, in another paragraph",
			"The Soviets distrusted Amin.\n\nIn September 1979 Hafizullah Amin seized power.",
			[]string{"Soviets/SUN", "Amin/AFG", "Hafizullah Amin/AFG"}},
		{"two people of one surname: neither",
			"Idi Amin ruled Uganda. Hafizullah Amin ruled Afghanistan. In 1979 Amin fell.",
			[]string{"Idi Amin/UGA", "Uganda/UGA", "Hafizullah Amin/AFG", "Afghanistan/AFG", "Amin/"}},
		{"a surname inside another name is not the person",
			"Jimmy Carter left office in 1981. The Carter Library opened.",
			[]string{"Jimmy Carter/USA", "Carter Library/"}},
		{"the government of the one state the paragraph names (news)",
			"Protesters marched in Baghdad on Friday. The government imposed a curfew.",
			[]string{"Baghdad/IRQ", "government/IRQ/GOV"}},
		{"government forces of the one state the paragraph names (a history)",
			"In 1948 fighting spread across Burma. Government forces retook the towns.",
			[]string{"Burma/MMR", "Government forces/MMR/MIL"}},
		{"a paragraph of two states: the state the document names most",
			"Kabul fell in 1979. Afghanistan was occupied.\n\nThe United States armed the rebels in Afghanistan. The CIA ran operations against the communist regime.",
			[]string{"Kabul/AFG", "Afghanistan/AFG", "United States/USA", "rebels/AFG/REB", "Afghanistan/AFG", "CIA/USA", "regime/AFG/GOV"}},
		{"a paragraph of two states: the state the document names most (news)",
			"Troops patrolled Baghdad. Iraq closed its border.\n\nIran and Iraq traded fire. The government in Baghdad protested.",
			[]string{"Baghdad/IRQ", "Iraq/IRQ", "Iran/IRN", "Iraq/IRQ", "government/IRQ/GOV", "Baghdad/IRQ"}},
		{"rebels in the state of the group the document names (a history)",
			"The mujahideen fought on in Afghanistan. In 1983 the mujahideen besieged Khost, as the mujahideen did in 1985.\n\nThe United States armed the rebels in Afghanistan. Insurgents shot down a plane. The Afghan resistance movement grew.",
			[]string{"mujahideen/MUJAHIDEEN", "Afghanistan/AFG", "mujahideen/MUJAHIDEEN", "Khost/", "mujahideen/MUJAHIDEEN", "United States/USA", "rebels/MUJAHIDEEN/REB", "Afghanistan/AFG", "Insurgents/MUJAHIDEEN/REB", "Afghan resistance movement/MUJAHIDEEN/OPP"}},
		{"rebels in the state of the group the document names (news)",
			"The LTTE attacked a base near Jaffna in 2006. Sri Lanka said rebels in Sri Lanka had fired first. The guerrillas denied it. The LTTE said the LTTE had only replied.",
			[]string{"LTTE/LTTE", "Jaffna/", "Sri Lanka/LKA", "rebels/LTTE/REB", "Sri Lanka/LKA", "guerrillas/LTTE/REB", "LTTE/LTTE", "LTTE/LTTE"}},
		{"a group named in passing is no one's rebels",
			"The LTTE attacked a base near Jaffna in 2006. Sri Lanka said rebels in Sri Lanka had fired first. The guerrillas denied it.",
			[]string{"LTTE/LTTE", "Jaffna/", "Sri Lanka/LKA", "rebels/LKA/REB", "Sri Lanka/LKA"}},
		{"rebels of a state no group of the document is of",
			"Rebels in Mali seized the town. The Taliban held Kabul.",
			[]string{"Rebels/MLI/REB", "Mali/MLI", "Taliban/TALIBAN", "Kabul/AFG"}},
		{"rebels where the group of their state is one of several armed groups the document follows (a history)",
			"The Mahdi Army rose in Iraq in 2004. The Mahdi Army held the shrine, and the Mahdi Army withdrew in August. Al-Qaeda bombed a market. Al-Qaeda struck again, and al-Qaeda claimed both. Insurgents ambushed a convoy.",
			[]string{"Mahdi Army/MAHDI_ARMY", "Iraq/IRQ", "Mahdi Army/MAHDI_ARMY", "Mahdi Army/MAHDI_ARMY", "Al-Qaeda/ALQAEDA", "Al-Qaeda/ALQAEDA", "al-Qaeda/ALQAEDA"}},
		{"rebels where two groups of their state are followed alike (news)",
			"The TTP attacked a checkpoint in Pakistan on Monday. The TTP said the TTP would strike again. Lashkar-e-Taiba denied a role; Lashkar-e-Taiba said Lashkar-e-Taiba had no men there. Rebels in Pakistan fired first.",
			[]string{"TTP/TTP", "Pakistan/PAK", "TTP/TTP", "TTP/TTP", "Lashkar-e-Taiba/LET", "Lashkar-e-Taiba/LET", "Lashkar-e-Taiba/LET", "Rebels/PAK/REB", "Pakistan/PAK"}},
		{"rebels in a document that names no group: no one's",
			"The rebels attacked the town. Chile protested.",
			[]string{"Chile/CHL"}},
		{"a person introduced by nationality and title, then by surname (a history of the desert war)",
			"In 1941 the British general Archibald Wavell attacked. Wavell then withdrew to Egypt.",
			[]string{"British/GBR", "Archibald Wavell/GBR", "Wavell/GBR", "Egypt/EGY"}},
		{"a person, then the nationality's title in apposition (a history of Trafalgar)",
			"In 1805 Pierre Villeneuve, the French admiral, sailed from Cadiz. Villeneuve lost the fleet.",
			[]string{"Pierre Villeneuve/FRA", "French admiral/FRA/MIL", "Cadiz/", "Villeneuve/FRA"}},
		{"a nationality before a word that is no title: no one's (a history of Ethiopia's war)",
			"In 1936 the Italian journalist Indro Montanelli wrote home. Montanelli was young.",
			[]string{"Italian/ITA", "Indro Montanelli/"}},
		{"a nationality's title, then the name in apposition (a history of the Normandy landings)",
			"In 1944 a German general, Hans Speidel, met the plotters. Speidel was arrested.",
			[]string{"German/DEU", "Hans Speidel/DEU", "Speidel/DEU"}},
		{"a nationality's title, then the name in apposition (a history of the Polish-Soviet war)",
			"In 1919 the army was led by the Polish general, Jozef Haller. Haller reached Warsaw.",
			[]string{"army/POL/MIL", "Polish/POL", "Jozef Haller/POL", "Haller/POL", "Warsaw/POL"}}, // the paragraph's one side (actors33)
		{"an apposition that is no name of the title's holder, or not closed: no one's",
			"In 1944 a German general, a friend of Hans Speidel, met Kluge. In 1944 the German general, Hans Speidel and Kluge met.",
			[]string{"German/DEU", "Hans Speidel/", "Kluge/", "German/DEU", "Hans Speidel/", "Kluge/"}}, // (Rommel has a row since actors38)
		{"a ruler by the state's name (a history of the Armada)",
			"In 1588 Philip II of Spain sent the Armada. In 1415 Henry V of England had invaded France.",
			[]string{"Philip II/ESP", "Spain/ESP", "Armada/", "Henry/GBR", "England/GBR", "France/FRA"}},
		{"a ruler by the state's name (a history of the French revolution)",
			"In 1791 Frederick William II of Prussia met Leopold.",
			[]string{"Frederick William II/DEU", "Prussia/DEU", "Leopold/"}},
		{"a name of no person, a place, a possessive: no ruler's",
			"In 1918 the Democratic Republic of Armenia was founded. In 1600 John Smith of Virginia sailed. In 1990 Maria Lopez of Spain's navy spoke.",
			[]string{"Democratic/", "Republic/", "Armenia/ARM", "John Smith/", "Virginia/", "Maria Lopez/", "Spain/ESP", "navy/ESP/MIL"}},
		{"the new government a revolution set up, not the enemy the paragraph names (a history of the French revolution)",
			"In 1789 the French Revolution began. Austria and Prussia invaded France. The new government declared war on Austria.",
			[]string{"French/FRA", "Revolution/", "Austria/AUT", "Prussia/DEU", "France/FRA", "government/FRA/GOV", "Austria/AUT"}},
		{"the new regime a revolution set up (a history of Iran's revolution)",
			"In 1979 the revolution in Iran toppled the Shah. The United States froze assets, and the new regime denounced the United States.",
			[]string{"Iran/IRN", "Shah/IRN", "United States/USA", "regime/IRN/GOV", "United States/USA"}},
		{"a new government any state elects, or one with a place of its own: the paragraph's (a history of the Mexican revolution)",
			"In 1910 the revolution in Mexico began. The United States elected a new government. The new government in Washington protested.",
			[]string{"Mexico/MEX", "United States/USA", "government/USA/GOV", "government/USA/GOV", "Washington/USA"}},
		{"a revolution named long before: the paragraph's (a history of Germany)",
			"In 1918 the revolution in Germany began. Britain watched. France watched. Italy watched. Spain watched. Japan watched. China watched. Peru watched. Chile watched.\n\nIn 1990 Russia grew weak, and the new government sold gas.",
			[]string{"Germany/DEU", "Britain/GBR", "France/FRA", "Italy/ITA", "Spain/ESP", "Japan/JPN", "China/CHN", "Peru/PER", "Chile/CHL", "Russia/RUS", "government/RUS/GOV"}},
		{"a surname two persons of the document bear stays theirs (a history of the Pacific war)",
			"In 1942 the American general Douglas MacArthur left. Arthur MacArthur had served there. MacArthur returned.",
			[]string{"American/USA", "Douglas MacArthur/USA", "Arthur MacArthur/", "MacArthur/"}}, // (the surname alone is his row's form since actors38, and no one's here)
		{"an indefinite or possessive government is some other",
			"Exiles in Paris formed a provisional government. Chile and Peru quarrelled while its government fell.",
			[]string{"Exiles/FRA/OPP", "Paris/FRA", "Chile/CHL", "Peru/PER"}},
	}
	for _, tt := range tests {
		for _, window := range []int{0, 1} {
			got := docEntities(t, tt.doc, window)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("%s (window %d):\n got %q\nwant %q", tt.name, window, got, tt.want)
			}
		}
	}
}

// labelIn returns the label and place (Where) of the entity whose text is
// form in sentence sent, or "?".
func labelIn(text string, es []Entity, sent int, form string) string {
	for _, e := range es {
		if e.Sent == sent && text[e.Start:e.End] == form {
			return e.Label + "/" + e.Where
		}
	}
	return "?"
}

// A subdivision's form the document gives a person is that person where
// it stands alone too; and a place of one word lies in no state when the
// document names three states or more but neither its state nor another
// of its places.
func TestPlaceReadings(t *testing.T) {
	for _, c := range []struct {
		sentences []string
		sent      int
		form      string
		want      string
	}{
		// a history of the Vietnam war: the general's surname, not the Jamaican parish
		{[]string{"General William Westmoreland took command in 1964.", "Westmoreland asked for more troops."}, 1, "Westmoreland", "PERSON/"},
		// a history of the French Revolution: the activist, not the Nicaraguan department
		{[]string{"Pauline Leon founded a club in 1793.", "Leon demanded arms for women."}, 1, "Leon", "PERSON/"},
		// no person of that name: the parish, in the state the text names
		{[]string{"Floods struck Westmoreland in 2005.", "Jamaica asked for aid."}, 0, "Westmoreland", "GPE/JAM"},
		// a history of the Polish-Soviet war and a paper's reference list,
		// each naming three states but not Spain
		{[]string{"Poland fought Russia and Ukraine in 1920.", "Polish forces in Galicia counterattacked."}, 1, "Galicia", "GPE/"},
		{[]string{"We sampled maize in Mexico, Kenya and India.", "Witt S, Galicia L, Lisec J. Maize hybrids under drought."}, 1, "Galicia", "GPE/"},
		// a news line naming one or two states: a place needs no state named
		{[]string{"Polish forces in Galicia counterattacked in 1920."}, 0, "Galicia", "GPE/ESP"},
		// the state named, by its name or a demonym: the province
		{[]string{"Spain granted Galicia a statute in 1981."}, 0, "Galicia", "GPE/ESP"},
		{[]string{"France, Portugal and Morocco sent police.", "Spanish police patrolled Galicia in 2019."}, 1, "Galicia", "GPE/ESP"},
		// another place of the state named: the province
		{[]string{"France, Portugal and Morocco watched.", "Farmers from Galicia and Cantabria marched in 2024."}, 1, "Galicia", "GPE/ESP"},
		// a place of the dictionaries: a rebel league's Spanish name in a
		// history of Mexico, a reference list's author; a news line naming
		// the state
		{[]string{"Mexico bought arms from Germany and the United States.", "Rebels of the Liga Agraria del Sur burned haciendas in Morelos in 1927."}, 1, "Sur", "GPE/"},
		{[]string{"Patients came from France, Italy and Austria.", "Darcy MD, Lund G, Amplatz K: Stent grafts in the aorta."}, 1, "Lund", "GPE/"},
		{[]string{"Israel, Syria and Iran fought in Lebanon.", "Israeli troops entered Sur in 1982."}, 1, "Sur", "GPE/LBN"},
		// a name of several words keeps its state
		{[]string{"France, Portugal and Morocco watched.", "Farmers in Castilla y León protested in 2024."}, 1, "Castilla y León", "GPE/ESP"},
	} {
		text, es := sentencesEntities(t, c.sentences...)
		if got := labelIn(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.form, c.sentences, got, c.want)
		}
	}
}

// The document-wide readings make a sentence's words only where one of
// them can fire: a run of word runes that opens a surname (anyRun), a word
// a company's cue reads (mayNameFirm). A sentence they pass over has no
// such word.
func TestSentenceFilters(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		s    string
		runs []string
		want bool
	}{
		{"Later Carter's visit ended.", []string{"Carter"}, true},
		{"Then O'Neill left.", []string{wordRun("O'Neill")}, true},
		{"He drove to Cartersville.", []string{"Carter"}, false},
		{"The carter drove on.", []string{"Carter"}, false},
		{"Dũng left for the South.", []string{"Dũng"}, true},
	} {
		runs := map[string]bool{}
		for _, r := range c.runs {
			runs[r] = true
		}
		if got := anyRun(c.s, runs); got != c.want {
			t.Errorf("anyRun(%q, %v) = %v, want %v", c.s, c.runs, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Swedish truck manufacturer, Norrvag, has won an order.", true},
		{"Chrysler LLC closed two plants in 2008.", true},
		{"Rain fell on Apple Valley in 2019.", false},
	} {
		if got := v.mayNameFirm(c.s); got != c.want {
			t.Errorf("mayNameFirm(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestPassagesCount checks that the passage counts (passages.nearCounts)
// equal a recount of every entity within k sentences of a sentence as
// the entities stand, while Redate changes actors as it goes: a history
// of Bulgaria's war (Ferdinand, Petrograd) and one of Russia's (the Tsar).
func TestPassagesCount(t *testing.T) {
	ents := []Entity{
		{Sent: 0, Actor: "BGR"}, {Sent: 0, Where: "RUS", Label: "GPE"}, {Sent: 1, Actor: "RUS"},
		{Sent: 2, Actor: "BGR", Label: "PERSON"}, {Sent: 2, Where: "BGR", Label: "PERSON"},
		{Sent: 5, Actor: "RUS"}, {Sent: 6, Actor: "SUN"}, {Sent: 9, Actor: "BGR"},
	}
	brute := func(sent, k int) map[string]int {
		n := map[string]int{}
		for i := range ents {
			if ents[i].Sent >= sent-k && ents[i].Sent <= sent+k {
				if c := nearKey(&ents[i]); c != "" {
					n[c]++
				}
			}
		}
		return n
	}
	p := newPassages(ents)
	for i := range ents {
		ents[i].Actor = "" // Redate clears a title's actor before it asks
		for _, k := range []int{0, 3} {
			got, want := p.nearCounts(i, ents[i].Sent, k), brute(ents[i].Sent, k)
			for c := range want {
				if got[c] != want[c] {
					t.Errorf("entity %d, k %d: %s counted %d, want %d", i, k, c, got[c], want[c])
				}
			}
			for c := range got {
				if got[c] != want[c] {
					t.Errorf("entity %d, k %d: %s counted %d, want %d", i, k, c, got[c], want[c])
				}
			}
		}
		if i%2 == 0 {
			ents[i].Actor = "SRB" // and then gives it another
		}
	}
	if got := p.nearCounts(len(ents)-1, 1, 0); got["RUS"] != 0 || got["SRB"] != 1 {
		t.Errorf("sentence 1 after Redate: %v, want RUS uncounted, SRB once", got)
	}
}
