package actor

import "testing"

// whereOf returns "actor@where" of the entity of the one-sentence document
// (datedDoc) whose text is form, or "(none)".
func whereOf(t *testing.T, v *Vocabulary, sentences []string, sent int, form string) string {
	t.Helper()
	text, es := datedDoc(t, v, sentences)
	if e := entityAt(text, es, sent, form); e != nil {
		return e.Actor + "@" + e.Where
	}
	return "(none)"
}

// TestCityOfAUSState checks the capital's guards on a city row and on the
// row the date resolves to: a US town named for an Italian or Greek city
// ("Athens, Ohio", "Florence, Alabama", "Venice, Florida", US news) is
// the United States' place, no state's; the city state or capital at its
// own dates, or written alone, stays (a history of Greece, one of Italy,
// modern news of Greece and Italy).
func TestCityOfAUSState(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentences []string
		sent      int
		form      string
		want      string
	}{
		{[]string{"In 2018 students in Athens, Ohio, protested against Russian hackers."}, 0, "Athens", "@USA"},
		{[]string{"In 2018 students in Florence, Alabama, protested against Chinese tariffs."}, 0, "Florence", "@USA"},
		{[]string{"In 2017 residents of Venice, Florida, protested against Mexican cartels."}, 0, "Venice", "@USA"},
		{[]string{"In 2017 residents of Genoa, Ohio, protested against Mexican cartels."}, 0, "Genoa", "@USA"},
		{[]string{"In 2018 students in Rome, Georgia, protested against Chinese tariffs."}, 0, "Rome", "@USA"},
		// both ways: the polity at its dates, the capital alone, the city in its state
		{[]string{"In 404 BC Sparta defeated Athens and ended the war."}, 0, "Athens", "ATHENS@"},
		{[]string{"In 2015 Athens rejected the demands of the creditors."}, 0, "Athens", "GRC@"},
		{[]string{"In 2018 Rome protested against the French decision on migrants."}, 0, "Rome", "ITA@"},
		{[]string{"In 1570 the Ottomans attacked Venice, and Venice asked Spain for help."}, 0, "Venice", "VENICE@ITA"},
		{[]string{"In 2017 the mayor of Florence, Italy, criticized the Chinese investors."}, 0, "Florence", "@ITA"},
	} {
		if got := whereOf(t, v, c.sentences, c.sent, c.form); got != c.want {
			t.Errorf("%q %s: got %s, want %s", c.sentences, c.form, got, c.want)
		}
	}
}

// TestConfederacyLaterNames checks that "Six Nations" and "Haudenosaunee"
// are the Iroquois only in the confederacy's years: a rugby report of 2014,
// an undated one and news of the Six Nations of the Grand River (2019)
// name no code; the American Revolution's histories keep IROQUOIS.
func TestConfederacyLaterNames(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form, want string }{
		{"In 2014 the Six Nations championship saw England beat France.", "Six Nations", ""},
		{"England beat Wales in the Six Nations, and Ireland beat France.", "Six Nations", ""},
		{"In 2019 the Six Nations of the Grand River protested against the Canadian government.", "Six Nations", ""},
		{"In 2010 the Haudenosaunee team travelled on its own passports.", "Haudenosaunee", ""},
		{"In 1777 the Six Nations sided with Britain against the Americans.", "Six Nations", "IROQUOIS"},
		{"In 1779 Sullivan's army burned the towns of the Haudenosaunee.", "Haudenosaunee", "IROQUOIS"},
		{"In 1779 the Iroquois Confederacy split.", "Iroquois Confederacy", "IROQUOIS"},
	} {
		if got := datedActorOf(t, v, c.sentence, c.form); got != c.want {
			t.Errorf("%q %s: got %q, want %q", c.sentence, c.form, got, c.want)
		}
	}
}

// TestFormerNationals checks nationals after a word of formerly.txt and
// for a state that had ended by the sentence's date: "the former Soviet
// general Alexander Lebed" (1999) and "the Soviet general" of 1999 give
// the person no state; the same person introduced in the state's years
// (Cuba 1962, El Alamein 1942) keeps it, and so do his later mentions.
func TestFormerNationals(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentences []string
		sent      int
		form      string
		want      string
	}{
		{[]string{"In 1999 the former Soviet general Alexander Lebed criticized NATO.", "Lebed warned the United States over Kosovo."}, 1, "Lebed", "/"},
		{[]string{"In 1999 the former Soviet general Alexander Lebed criticized NATO."}, 0, "Alexander Lebed", "/"},
		{[]string{"In 1999 the Soviet general Alexander Lebed criticized NATO."}, 0, "Alexander Lebed", "/"},
		{[]string{"In 1943 the former German general Walther Seydlitz urged Germany to surrender."}, 0, "Walther Seydlitz", "/"},
		{[]string{"In 1962 the Soviet general Issa Pliyev commanded forces in Cuba.", "Pliyev warned the Americans."}, 1, "Pliyev", "SUN/"},
		{[]string{"In 1942 the British general Bernard Montgomery took command in Egypt.", "Montgomery defeated the Germans at El Alamein."}, 1, "Montgomery", "GBR/MIL"}, // his row's sector (actors38)
	} {
		text, es := datedDoc(t, v, c.sentences)
		if got := sentActor(text, es, c.sent, c.form); got != c.want && !(c.want == "/" && got == "(none)") {
			t.Errorf("%q %s: got %s, want %s", c.sentences, c.form, got, c.want)
		}
	}
}

// TestPlacesOfANationsName checks a people's name that a place shares: a
// place's head after it ("Seminole County", "Cheyenne Creek") or a
// journey's verb before it ("reached Cheyenne", journeys.tsv) makes it the
// place, with no code at any date; the people in their years stay ("the
// Cheyenne attacked", "reached the Cheyenne camp", "reached Seminole
// villages").
func TestPlacesOfANationsName(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form, want string }{
		{"In 1864 the Seminole County militia fought Confederate troops.", "Seminole", ""},
		{"In 1868 the Union Pacific railroad reached Cheyenne, and American settlers moved west.", "Cheyenne", ""},
		{"In 1877 the troops arrived in Cheyenne by train.", "Cheyenne", ""},
		{"In 1870 the Cheyenne attacked American settlers in Kansas.", "Cheyenne", "CHEYENNE"},
		{"In 1864 American troops reached the Cheyenne camp at Sand Creek.", "Cheyenne", "CHEYENNE"},
		{"In 1836 the army reached Seminole villages and attacked them.", "Seminole", "SEMINOLE"},
		{"In 1836 the Seminoles attacked the American fort.", "Seminoles", "SEMINOLE"},
	} {
		got := datedActorOf(t, v, c.sentence, c.form)
		if got == "-" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q %s: got %q, want %q", c.sentence, c.form, got, c.want)
		}
	}
}

// TestMacedonApart checks that Macedon lies within no state: its wars
// with the Greek coalition are pairs ("Macedon defeated the Greeks at
// Chaeronea", 338 BC), while the poleis stay within GRC. Texts: a history
// of Philip's wars and an invented scholarly comparison.
func TestMacedonApart(t *testing.T) {
	v := testVocab(t)
	if v.Nested("MACEDON", "GRC") || v.Within("MACEDON") != "" {
		t.Errorf("MACEDON nested in GRC")
	}
	if !v.Nested("ATHENS", "GRC") {
		t.Errorf("ATHENS not nested in GRC")
	}
	text, es := datedDoc(t, v, []string{"In 338 BC Macedon defeated the Greeks at Chaeronea."})
	if a, b := sentActor(text, es, 0, "Macedon"), sentActor(text, es, 0, "Greeks"); a != "MACEDON/" || b != "GRC/" {
		t.Errorf("Chaeronea: %s %s", a, b)
	}
	// an invented line of a scholarly comparison: Macedon beside a polis,
	// each its own actor, and the polis within GRC, Macedon within none
	text, es = datedDoc(t, v, []string{"In 350 BC Macedon, unlike Athens, had no assembly, as Hammond argues."})
	if a, b := sentActor(text, es, 0, "Macedon"), sentActor(text, es, 0, "Athens"); a != "MACEDON/" || b != "ATHENS/" {
		t.Errorf("assembly: %s %s", a, b)
	}
	if w := v.Within("ATHENS"); w != "GRC" || v.Nested("MACEDON", w) {
		t.Errorf("Athens within %q; Macedon nested in it: %v", w, v.Nested("MACEDON", w))
	}
}
