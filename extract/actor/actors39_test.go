package actor

import (
	"context"
	"slices"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// checkDoc fails unless every want is among the entities of doc (read
// whole) and no unwanted one is.
func checkDoc(t *testing.T, doc string, want, not []string) {
	t.Helper()
	got := docEntities(t, doc, 0)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: %v, want %s", doc, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%q: %v, want no %s", doc, got, w)
		}
	}
}

// TestGovernmentInPlace checks that a government, a regime or the
// authorities named with no actor and followed by "in" or "of" and a
// state's name or capital are that state's, whatever state the paragraph
// or the document names most; a place that is no state's name or
// capital, or a word between, leaves the paragraph's reading. A paper on
// the Caucasus and Central Asia, a history of the Iraq war, a history of
// the Vietnam war.
func TestGovernmentInPlace(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"Russia armed Uzbekistan. Uzbekistan sent aircraft to the government in Dushanbe in 1992.",
			[]string{"government/TJK/GOV"}, nil},
		{"The US military armed Iraqi forces. Their weapons are being recovered by authorities in Turkey.",
			[]string{"authorities/TUR/GOV"}, nil},
		{"Russia armed Kennedy's allies. In 1962 Russia backed a deal between the pro-Western government of Laos and the Pathet Lao.",
			[]string{"government/LAO/GOV"}, nil},
		// must not: a word between, a region, no place
		{"Russia armed Uzbekistan. Uzbekistan sent aircraft to the government that sat in Dushanbe.",
			nil, []string{"government/TJK/GOV"}},
		{"Russia armed Uzbekistan. Uzbekistan sent aircraft to the government in 1992.",
			nil, []string{"government/TJK/GOV"}},
		{"Iraq armed its militias. In 2005 the government in Kurdistan objected.",
			[]string{"government/IRQ/GOV"}, nil},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}

// TestPossessedForce checks that a bare force whose paragraph names no
// force of its noun is the state an earlier paragraph named it for with a
// possessive ("Sudan's army" ... "the army"), before a side its
// paragraph names after it; with two states named so, or none, or a state
// its paragraph names before it, the reading is as before. A wire story on Sudan, a news story on Mali.
func TestPossessedForce(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"Sudan's army rejected a truce on Saturday.\n\nThe army accused the RSF on Thursday. Saudi Arabia hosted talks in Jeddah.",
			[]string{"army/SDN/MIL"}, []string{"army/SAU/MIL"}},
		{"Mali's army seized power in 2021.\n\nIn 2022 the army expelled French troops. France protested.",
			[]string{"army/MLI/MIL"}, nil},
		// must not: two states named their armies so; a force of another noun
		{"Sudan's army and Chad's army met on Saturday.\n\nThe army accused the rebels. Saudi Arabia hosted talks.",
			[]string{"army/SAU/MIL"}, nil},
		{"Sudan's army rejected the truce in May 2023.\n\nChad closed its border in April 2023. The army deployed along the frontier.",
			[]string{"army/TCD/MIL"}, nil},
		{"Sudan's navy rejected a truce on Saturday.\n\nThe army accused the RSF. Saudi Arabia hosted talks in Jeddah.",
			nil, []string{"army/SDN/MIL"}},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}

// TestRebelGovernment checks that a word of rebellion before a
// government, a regime or the authorities (topical.tsv's block rows)
// names the rebels' own, no state's; without it the paragraph's state
// stays. A paper on Nagorno-Karabakh, a history of the Russian civil war.
func TestRebelGovernment(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"Russia brokered a truce. In 2023 Baku attacked, and the separatist authorities agreed to disband.",
			nil, []string{"authorities/RUS/GOV", "authorities/AZE/GOV"}},
		{"In 1918 Russia fought on. The rebel government in Omsk was weak.",
			nil, []string{"government/RUS/GOV"}},
		// must not: no word of rebellion
		{"In 1918 Russia fought on. The government was weak.",
			[]string{"government/RUS/GOV"}, nil},
		{"Russia brokered a truce in 2023, and the authorities agreed to disband the militia.",
			[]string{"authorities/RUS/GOV"}, nil},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}

// TestJunta checks that "the junta" is the military government of the
// state its paragraph names, and no one's in a paragraph that names none
// or before "a". News of Mali, a history of Argentina.
func TestJunta(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"Mali's army seized power in 2021. The junta invited the Wagner Group in late 2021.", []string{"junta/MLI/GOV"}, nil},
		{"In 1976 Argentina's generals took power. In 1982 the junta invaded the islands.", []string{"junta/ARG/GOV"}, nil},
		// must not: another junta
		{"In 1976 Argentina's generals took power. In 1982 a junta elsewhere fell.", nil, []string{"junta/ARG/GOV"}},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}

// TestStatesmen checks the hand rows of the nineteenth century's
// statesmen, and that a form near theirs is none of them. A chapter on the
// Congress of Vienna, a history of Italy's unification, a paper on
// Germany's alliances.
func TestStatesmen(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"At the Congress of Vienna, Castlereagh and Metternich opposed Russian demands.", "Castlereagh", "Castlereagh/PERSON/GBR"},
		{"At the Congress of Vienna, Castlereagh and Metternich opposed Russian demands.", "Metternich", "Metternich/PERSON/AUT"},
		{"In 1858 Cavour met Napoleon III at Plombières.", "Cavour", "Cavour/PERSON/ITA"},
		{"In 1870 Prince Gorchakov denounced the Black Sea clauses.", "Prince Gorchakov", "Prince Gorchakov/PERSON/RUS"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
	// "Bismarck" alone is his only in a sentence dated in his years, not
	// the battleship's
	v := testVocab(t)
	checkDated(t, v, "Bismarck concluded the Dual Alliance with Austria-Hungary in 1879.", "Bismarck/PERSON/DEU/GOV")
	checkDated(t, v, "In 1866 Otto von Bismarck provoked Austria.", "Otto von Bismarck/PERSON/DEU/GOV")
	checkNoActor(t, v, "In 1941 the Royal Navy sank the battleship Bismarck.", "Bismarck", nil)
	checkNoActor(t, v, "In 1941 the Bismarck sank HMS Hood.", "Bismarck", nil)
	// "Talleyrand" alone likewise: the minister of 1797-1815, not the
	// bishop of 1790 (a history of the French Revolution, a chapter on
	// Vienna)
	checkDated(t, v, "In 1815 Talleyrand signed the treaty for France.", "Talleyrand/PERSON/FRA/GOV")
	checkNoActor(t, v, "On 14 July 1790 Talleyrand performed a mass.", "Talleyrand", nil)
}

// TestShortLeague checks that "the League" is the League of Nations only
// in a document that names it in full, and no one's before "of" or in a
// longer name. A chapter on the interwar years, a history of the American
// Revolution, a history of the Greco-Persian wars.
func TestShortLeague(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"Germany joined the League of Nations in 1926. In 1935 the League imposed sanctions on Italy.",
			[]string{"League/LEAGUE_OF_NATIONS"}, nil},
		{"Japan left the League of Nations in 1933. The League had condemned its invasion.",
			[]string{"League/LEAGUE_OF_NATIONS"}, nil},
		// must not: no League of Nations named; another league
		{"The Dutch joined the League of Armed Neutrality in 1780.", nil, []string{"League/LEAGUE_OF_NATIONS"}},
		{"The official aim of the League was to avenge the wrongs.", nil, []string{"League/LEAGUE_OF_NATIONS"}},
		{"Germany joined the League of Nations in 1926. The Arab League met in 1945.", nil, []string{"League/LEAGUE_OF_NATIONS"}},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}

// TestOrgRows checks ECOWAS (an intergovernmental body, no firm) and the
// Rapid Support Forces, whose short form is theirs only where the
// document names them in full. A paper on the Sahel, a wire story on
// Sudan, a press-freedom report.
func TestOrgRows(t *testing.T) {
	v := testVocab(t)
	for _, doc := range []string{"ECOWAS threatened Niger in 2023.", "Ecowas leaders met in Abuja in 2023."} {
		sents := []textpkg.Sentence{{Start: 0, End: len(doc)}}
		es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), doc, sents, []string{"body"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.IndexFunc(es, func(e Entity) bool { return e.Actor == "ECOWAS" }); i < 0 || es[i].Sector == "BUS" {
			t.Errorf("%q: %+v, want ECOWAS with no BUS sector", doc, es)
		}
	}
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"The Rapid Support Forces shelled the airport. The RSF captured a factory.", []string{"Rapid Support Forces/RSF", "RSF/RSF"}, nil},
		// must not: RSF alone is Reporters sans frontières too
		{"The RSF ranked Sudan low on press freedom in 2023.", nil, []string{"RSF/RSF"}},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}

// TestTruceVenue checks that a capital before a word for an agreement to
// stop fighting names where it was signed, not the capital's government.
// A paper on Nagorno-Karabakh, a history of the Balkan wars, the
// Budapest Memorandum.
func TestTruceVenue(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		rest string
		want bool
	}{
		{" ceasefire in May 1994", true},
		{" truce held", true},
		{" Memorandum of 1994", true},
		{" armistice ended", true},
		// must not: the government proposes, warns or agrees
		{" proposed a ceasefire", false},
		{" rejected the truce", false},
	} {
		if got := v.venueAfter(c.rest); got != c.want {
			t.Errorf("venueAfter(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
	checkEntity(t, "Russia brokered the Bishkek ceasefire in May 1994.", "Bishkek", "Bishkek/GPE/")
	checkEntity(t, "In 1994 Bishkek proposed a ceasefire.", "Bishkek", "Bishkek/GPE/KGZ")
}

// TestPragueByDate checks that Prague is Czechoslovakia's capital in a
// sentence dated in its years and the Czech Republic's after them and in
// undated text. A history of Munich and the occupation, one of the Prague
// Spring, news of the EU's enlargement.
func TestPragueByDate(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		{"Germany occupied Prague in March 1939.", "Prague/GPE/CSK/"},
		{"Soviet troops entered Prague in August 1968.", "Prague/GPE/CSK/"},
		// must not: after 1992, or with no date
		{"Prague joined the European Union in 2004.", "Prague/GPE/CZE/"},
		{"In 1995 Prague signed a treaty with Germany.", "Prague/GPE/CZE/"},
		{"Prague protested the decision.", "Prague/GPE/CZE/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}
