package actor

import (
	"slices"
	"testing"
)

// TestPlaceAct checks that a capital's name before "Act" (venues.txt, a
// row written capitalized: so written only) names the act, not the state,
// as before "Treaty" or "Accord"; "act" the verb leaves the capital its
// state's. Papers on Latin American border disputes and on the Congo
// conference, and news.
func TestPlaceAct(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"Ecuador and Peru signed the Brasília Act in 1998.", "Brasília", ""},
		{"Ecuador and Peru signed the Brasília Act in 1998.", "Brasília Act", "Brasília Act/LAW/"},
		{"Argentina and Chile signed the Santiago Act in 1984.", "Santiago Act", "Santiago Act/LAW/"},
		{"The powers signed the General Act of Berlin in 1885.", "Berlin", ""},
		// must not
		{"The Soviet Union let Moscow act alone in 1956.", "Moscow", "Moscow/GPE/RUS"},
		{"Washington acted quickly in 1962.", "Washington", "Washington/GPE/USA"},
		{"Congress urged Washington to act in 1990.", "Washington", "Washington/GPE/USA"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// TestOperationOneName checks that "Operation" and one actor's name alone
// is the operation's code name, no territory's nor state's, while a
// longer code name keeps the actor it holds as its theme ("Operation
// Iraqi Freedom", history_test) and an actor after the name keeps its
// own. A paper on the 1965 war and a history of the Gulf.
func TestOperationOneName(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"Pakistan launched Operation Gibraltar in August 1965.", "Operation Gibraltar", "Operation Gibraltar/EVENT/"},
		{"Pakistan launched Operation Gibraltar in August 1965.", "Gibraltar", ""},
		{"Britain launched Operation Kuwait in 1961.", "Operation Kuwait", "Operation Kuwait/EVENT/"},
		{"Britain launched Operation Kuwait in 1961.", "Kuwait", ""},
		// must not
		{"After Operation Vantage, Kuwait joined the Arab League in 1961.", "Kuwait", "Kuwait/GPE/KWT"},
		{"In 2003 Operation Iraqi Freedom began.", "Iraqi", "Iraqi/NORP/IRQ"},
		{"Britain sent troops to Kuwait in 1961.", "Kuwait", "Kuwait/GPE/KWT"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// TestShipPrefixes checks that a navy's ship prefix (ships.tsv) before a
// ship's name makes the name that state's forces' ship, and no entity
// without a name after it. A paper on the Korean crises, a history of
// the Falklands war and of the 1971 war, news.
func TestShipPrefixes(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"Two days later, North Korea seized the USS Pueblo off Wonsan.", "USS Pueblo", "USS Pueblo/ORG/USA"},
		{"HMS Conqueror sank the ARA General Belgrano in May 1982.", "HMS Conqueror", "HMS Conqueror/ORG/GBR"},
		{"HMS Conqueror sank the ARA General Belgrano in May 1982.", "ARA General Belgrano", "ARA General Belgrano/ORG/ARG"},
		{"PNS Ghazi sank off Visakhapatnam in December 1971.", "PNS Ghazi", "PNS Ghazi/ORG/PAK"},
		{"In 2010 the ROKS Cheonan sank after an explosion.", "ROKS Cheonan", "ROKS Cheonan/ORG/KOR"},
		// must not
		{"The INS officials denied the report in 1999.", "INS", ""},
		{"The USS was commissioned in 1943.", "USS", ""},
		{"Turkey and Greece sent ships in 1996.", "Turkey", "Turkey/GPE/TUR"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// TestEthnicOf checks that a state's demonym or name before the name of a
// people that lives in several states ("Bosnian Serb", "Iraqi Kurdish") is
// one actor, the first state's, never the second's; a demonym of such a
// people alone, and two states' demonyms that name no such people, stay as
// they were. Histories of the Bosnian war and of Iraq, news.
func TestEthnicOf(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		{"NATO aircraft bombed Bosnian Serb positions in 1995.", "Bosnian Serb", "Bosnian Serb/NORP/BIH"},
		{"NATO aircraft bombed Bosnian Serb positions in 1995.", "Serb", ""},
		{"Bosnian Croat forces attacked Mostar in 1993.", "Bosnian Croat", ""},
		{"Iraqi Kurdish leaders met in Erbil in 2017.", "Iraqi Kurdish leaders", "Iraqi Kurdish leaders/ORG/IRQ"},
		// must not
		{"Serb forces attacked Vukovar in 1991.", "Serb", ""},
		{"Greek Cypriot leaders rejected the plan in 2004.", "Greek", "Greek/NORP/GRC"},
		{"The Soviet Afghan war ended in 1989.", "Afghan", "Afghan/NORP/AFG"},
		{"Serbian police arrested Albanian students in 1981.", "Albanian students", "Albanian students/ORG/ALB"},
		{"Four were non-American Asians in 1953.", "American Asians", ""},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
	for _, c := range []struct{ sentence, want string }{
		{"Bosnian Serb forces besieged Sarajevo in 1992.", "Bosnian Serb forces/ORG/BIH/MIL"},
		{"Bosnian Croat forces attacked Mostar in 1993.", "Bosnian Croat forces/ORG/BIH/MIL"},
		{"Serb forces attacked Vukovar in 1991.", "Serb forces/ORG/SRB/MIL"},
	} {
		if got := withSector(t, c.sentence); !slices.Contains(got, c.want) {
			t.Errorf("%q: %v, want %s", c.sentence, got, c.want)
		}
	}
}

// TestSharedStateNames checks "Congo" and "Congolese", which both Congos
// bear: the one the document names by another name, its capital or its
// people; else the field's dictionary's reading (Congo the Republic's,
// Congolese the Democratic Republic's). And a ship prefix two navies use.
// A paper on the Second Congo War, a history of Brazzaville's civil war,
// news of the Congo crisis, a paper on the Lebanon war of 2006.
func TestSharedStateNames(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want []string
	}{
		{"In 1998 Rwanda invaded the Democratic Republic of the Congo. The United States did not sanction Rwanda for its occupation of eastern Congo. Critics accused Rwanda of looting Congolese gold.",
			[]string{"Congo/COD", "Congolese/COD"}},
		{"Rwandan forces nearly took Kinshasa in 1998. Congolese troops retook the town.",
			[]string{"Kinshasa/COD", "Congolese troops/COD/MIL"}},
		{"In 1997 Angolan troops entered Brazzaville. Congo then signed a ceasefire. Congolese troops retook the Pool region.",
			[]string{"Congo/COG", "Congolese troops/COG/MIL"}},
		{"In 1961 Lumumba was killed. Congo appealed to the UN.", []string{"Congo/COD"}},
		{"In 1960 Belgium sent paratroopers to Congo.", []string{"Congo/COG"}},
		{"Congolese gold flowed to Kampala.", []string{"Congolese/COD"}},
		{"In 2006 Hezbollah hit the INS Hanit off Beirut. Israel blockaded Lebanon.", []string{"INS Hanit/ISR"}},
		{"In 1971 the INS Khukri sank off Diu.", []string{"INS Khukri/IND"}},
	} {
		got := docEntities(t, c.doc, 0)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %v, want %s", c.doc, got, w)
			}
		}
	}
}

// TestFamilyFirst checks that a surname alone takes the actor of the
// person the document named in full when the full name is written family
// name first with a hyphenated given name ("Park Chung-hee" ... "Park"),
// and not for names that are not so written or that two people share. A
// paper on the Korean crises and news of the Korean summits.
func TestFamilyFirst(t *testing.T) {
	for _, c := range []struct {
		doc, want string
		yes       bool
	}{
		{"In 1968 commandos tried to kill Park Chung-hee. Park accused Washington of weakness.", "Park/KOR", true},
		{"In 1998 Kim Dae-jung took office. Kim visited Pyongyang in 2000.", "Kim/KOR", true},
		// must not: two Kims; a name not written family name first
		{"In 1994 Kim Il-sung died and Kim Jong-il took power. Kim met Carter.", "Kim/PRK", false},
		{"In 1968 Park Chung-hee ruled Korea. The park was closed.", "park/KOR", false},
	} {
		got := docEntities(t, c.doc, 0)
		if slices.Contains(got, c.want) != c.yes {
			t.Errorf("%q: %v, want %s: %v", c.doc, got, c.want, c.yes)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"Chung-hee", true}, {"Il-sung", true}, {"Kai-shek", true}, {"Lloyd-George", false}, {"al-Assad", false}, {"Smith", false}} {
		if familyFirst(c.w) != c.want {
			t.Errorf("familyFirst(%q) = %v, want %v", c.w, !c.want, c.want)
		}
	}
}
