package actor

import (
	"context"
	"slices"
	"strings"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// TestCenturyBodies checks the international bodies of the century before
// the United Nations and of the Cold War (orgs.tsv): each in a history and
// in a paper or a second history, and the names beside them that are not
// they (another league, another international, another Balkan pact).
func TestCenturyBodies(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// a history of the Manchurian crisis and a paper on collective security
		{"In 1933 the League of Nations condemned Japan's seizure of Manchuria.", "League of Nations/ORG/LEAGUE_OF_NATIONS/"},
		{"The failure of the League of Nations in Abyssinia haunted the planners of 1945.", "League of Nations/ORG/LEAGUE_OF_NATIONS/"},
		// histories of the communist movement and of the Yugoslav split
		{"In 1935 the Comintern called for popular fronts against fascism.", "Comintern/ORG/COMINTERN/"},
		{"Delegates of the Communist International met in Moscow in 1920.", "Communist International/ORG/COMINTERN/"},
		{"In 1948 the Cominform expelled Yugoslavia.", "Cominform/ORG/COMINFORM/"},
		// histories of interwar Central Europe and of the Balkans
		{"In 1936 the Little Entente met in Bratislava.", "Little Entente/ORG/LITTLE_ENTENTE/"},
		{"Greece and Turkey signed the Balkan Entente in 1934.", "Balkan Entente/ORG/BALKAN_ENTENTE/"},
		// a history of European integration and a paper on the Marshall Plan
		{"France and Germany pooled their coal in the ECSC in 1952.", "ECSC/ORG/ECSC/"},
		{"The OEEC divided the Marshall aid among its members in 1948.", "OEEC/ORG/OEEC/"},
		// the names beside them stay what they were
		{"The Arab League met in Cairo in 1945.", "Arab League/ORG/ARAB_LEAGUE/"},
		{"In 1917 the Entente promised Italy new lands.", "Entente/ORG/ENTENTE/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		{"The League of Women Voters met in 1925.", "League of Nations"},
		{"The Second International collapsed in 1914.", "Second International"},
		{"The Balkan Pact was signed in 1953.", "Balkan Pact"},
	} {
		checkNoActor(t, v, c.sentence, c.form, []string{"LEAGUE_OF_NATIONS", "COMINTERN", "BALKAN_ENTENTE"})
	}
}

// TestCenturyForces checks the armed forces of the century's wars named
// with no demonym (agencies.tsv): each its state with sector MIL, in two
// texts, and the names that share a word with them and are not they.
func TestCenturyForces(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the Polish-Soviet war and of the Second World War
		{"In 1920 the Red Army crossed the Bug.", "Red Army/ORG/SUN/MIL"},
		{"The Red Army took Budapest in February 1945.", "Red Army/ORG/SUN/MIL"},
		// a history of the Long March: China's Red Army is China's
		{"In 1934 the Chinese Red Army began the Long March.", "Chinese Red Army/ORG/CHN/MIL"},
		// a news line of the 1970s: the West German group is no army of a state
		{"In 1977 the Red Army Faction kidnapped an industrialist.", "Red Army Faction/ORG/BAADER_MEINHOF_GROUP/REB"},
		// histories of the Second World War and of Barbarossa
		{"In 1940 the Wehrmacht invaded France.", "Wehrmacht/ORG/DEU/MIL"},
		{"The Wehrmacht reached the outskirts of Moscow in 1941.", "Wehrmacht/ORG/DEU/MIL"},
		{"In 1940 the Luftwaffe bombed London.", "Luftwaffe/ORG/DEU/MIL"},
		{"In 1999 the Luftwaffe flew its first combat missions since the war.", "Luftwaffe/ORG/DEU/MIL"},
		{"In 1929 the Reichswehr trained secretly in the Soviet Union.", "Reichswehr/ORG/DEU/MIL"},
		{"The Gestapo arrested the conspirators in 1944.", "Gestapo/ORG/DEU/COP"},
		// histories of the Vietnam war and of the fall of Saigon
		{"In 1968 the ARVN held Hue's citadel.", "ARVN/ORG/RVN/MIL"},
		{"The ARVN abandoned the Central Highlands in 1975.", "ARVN/ORG/RVN/MIL"},
		{"In 1972 the PAVN crossed the DMZ.", "PAVN/ORG/VDR/MIL"},
		{"In 1979 the People's Army of Vietnam invaded Cambodia.", "People's Army of Vietnam/ORG/VNM/MIL"},
		// histories of the Chinese civil war and a paper on China's army
		{"In 1949 the People's Liberation Army took Beijing.", "People's Liberation Army/ORG/CHN/MIL"},
		{"The National Revolutionary Army reached Shanghai in 1927.", "National Revolutionary Army/ORG/CHN/MIL"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// TestCenturyParties checks the parties and movements of agencies.tsv,
// each its state with the sector of the period (OPP before power, GOV in
// it, REB in arms against it), and the forms that name no party.
func TestCenturyParties(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the Russian revolution and of the Polish-Soviet war
		{"In 1915 the Bolsheviks opposed the war.", "Bolsheviks/ORG/RUS/OPP"},
		{"In 1920 the Bolsheviks refused the British terms.", "Bolsheviks/ORG/SUN/GOV"},
		{"The Bolshevik government signed the treaty in 1918.", "Bolshevik government/ORG/SUN/GOV"},
		// histories of China and of Taiwan's democracy
		{"In 1925 the Kuomintang held Canton.", "Kuomintang/ORG/CHN/OPP"},
		{"In 1937 the Kuomintang fought Japan at Shanghai.", "Kuomintang/ORG/CHN/GOV"},
		{"In 1960 the KMT ruled Taiwan under martial law.", "KMT/ORG/TWN/GOV"},
		{"In 2004 the Kuomintang opposed the referendum.", "Kuomintang/ORG/TWN/OPP"},
		// histories of Weimar and of the Second World War
		{"In 1932 the Nazis won the election.", "Nazis/ORG/DEU/OPP"},
		{"In 1941 the Nazis invaded the Soviet Union.", "Nazis/ORG/DEU/GOV"},
		// histories of Indochina: the Viet Minh before and after the republic
		{"In 1943 the Viet Minh fought the Japanese.", "Viet Minh/ORG/VNM/REB"},
		{"In 1954 the Viet Minh took Dien Bien Phu.", "Viet Minh/ORG/VDR/GOV"},
		{"In 1968 the Viet Cong attacked the embassy.", "Viet Cong/ORG/VNM/REB"},
		{"The Vietcong mined the roads in 1965.", "Vietcong/ORG/VNM/REB"},
		{"In 1962 the Pathet Lao attacked government posts.", "Pathet Lao/ORG/LAO/REB"},
		// the Russian civil war and South Sudan's: one name, two militias
		{"In 1919 the White Army advanced on Moscow.", "White Army/ORG/RUS/REB"},
		{"In 2013 the White Army marched on Bor.", "White Army/ORG/SSD/REB"},
		// a history of the American Revolution
		{"In 1776 the Continental Congress declared independence.", "Continental Congress/ORG/USA/GOV"},
		{"In 1777 the Continental Army wintered at Valley Forge.", "Continental Army/ORG/USA/MIL"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		{"In 2005 neo-Nazis marched in Dresden.", "Nazis"},
		{"In 2005 neo-Nazis marched in Dresden.", "neo-Nazis"},
		{"In 1919 anti-Bolshevik forces held Omsk.", "Bolshevik"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// sentenceYear returns the last four-digit year (1000-2999) that a test
// sentence names, or "".
func sentenceYear(s string) string {
	date := ""
	for _, w := range strings.Fields(s) {
		if w = strings.Trim(w, ".,"); len(w) == 4 && w[0] >= '1' && w[0] <= '2' && digits(w) {
			date = w
		}
	}
	return date
}

// datedSentence finds the entities of a one-sentence text of the body and
// resolves them by the year it names (sentenceYear; none: no date).
func datedSentence(t *testing.T, v *Vocabulary, text string) []Entity {
	t.Helper()
	sents := []textpkg.Sentence{{Start: 0, End: len(text)}}
	es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, []string{"body"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	date := sentenceYear(text)
	Redate(es, func(int) string { return date }, []string{date})
	return es
}

// checkNoActor finds the entities of a one-sentence text dated by the year
// it names and checks that no entity whose text holds form has an actor
// and that none has one of the codes of never.
func checkNoActor(t *testing.T, v *Vocabulary, text, form string, never []string) {
	t.Helper()
	es := datedSentence(t, v, text)
	for _, e := range es {
		if strings.Contains(text[e.Start:e.End], form) && e.Actor != "" {
			t.Errorf("%q: %q is %s/%s, want no actor", text, text[e.Start:e.End], e.Actor, e.Sector)
		}
		for _, c := range never {
			if e.Actor == c {
				t.Errorf("%q: %q is %s, want no %s", text, text[e.Start:e.End], e.Actor, c)
			}
		}
	}
}

// TestBoundedCoalition checks the bounded rows of "the Allies" (orgs.tsv,
// note only:dated): the name is the Entente's in a sentence dated within
// the First World War and its peace, the Second World War's Allies' in one
// dated within that war, and no one's in a sentence of another war, of
// the years between, or of no date.
func TestBoundedCoalition(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the First World War and of the peace
		{"In 1916 the Allies attacked on the Somme.", "Allies/ORG/ENTENTE/"},
		{"The Allies occupied the Rhineland in 1919.", "Allies/ORG/ENTENTE/"},
		// histories of the Second World War in Europe and in Italy
		{"In 1944 the Allies landed in Normandy.", "Allies/ORG/ALLIES/"},
		{"Allied forces landed in Sicily in 1943.", "Allied forces/ORG/ALLIES/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		// the Greek allies of 480 BC (no date the resolver reads), the Gulf
		// war's coalition, the former Allies between the wars, and a
		// sentence with no date
		{"After Salamis the Allies sailed to Andros.", "Allies"},
		{"In 1991 the Allies bombed Baghdad.", "Allies"},
		{"In 1930 the former Allies met at The Hague.", "Allies"},
		{"The Allies made a counter-offer in which Italy would gain territory.", "Allies"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestRevolutionaryBodies checks the revolutionary bodies and movements of
// agencies.tsv, and that the bounded ones name no one at a later date when
// another body bears the name.
func TestRevolutionaryBodies(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the French Revolution and of the Terror
		{"In 1793 the National Convention declared war on Britain.", "National Convention/ORG/FRA/GOV"},
		{"The Committee of Public Safety sent Carnot to the front in 1793.", "Committee of Public Safety/ORG/FRA/GOV"},
		// histories of the Ottoman Empire's last years and of the Balkan wars
		{"In 1908 the Young Turks forced the Sultan to restore the constitution.", "Young Turks/ORG/TUR/OPP"},
		{"The Committee of Union and Progress took Edirne back in 1913.", "Committee of Union and Progress/ORG/TUR/GOV"},
		// the Mexican revolution and the Chiapas rising
		{"In 1914 the Zapatistas entered Mexico City.", "Zapatistas/ORG/MEX/REB"},
		{"The Zapatistas seized San Cristobal in 1994.", "Zapatistas/ORG/MEX/REB"},
		// a history of occupied Yugoslavia
		{"In 1943 the Chetniks fought the Partisans on the Neretva.", "Chetniks/ORG/YUG/REB"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		// an American party's convention, Algiers in 1958, an idiom, the
		// Bosnian war, and the Jacobins (no row)
		{"In 2016 the Republican National Convention nominated Trump.", "National Convention"},
		{"In 1958 a Committee of Public Safety seized power in Algiers.", "Committee of Public Safety"},
		{"In 2010 the Young Turks of the party demanded a new leader.", "Young Turks"},
		{"In 1992 Serb paramilitaries calling themselves Chetniks burned the village.", "Chetniks"},
		{"In 1793 the Jacobins purged the Girondins.", "Jacobins"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestEconomicOrder checks the bodies of the century's economic and
// defence order whose acronyms the dictionaries leave out (orgs.tsv), and
// that the bodies beside them keep their own codes.
func TestEconomicOrder(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// a history of aid to the developing world and a paper on tax policy
		{"In 1969 the OECD defined official development assistance.", "OECD/ORG/OECD/"},
		{"The Organisation for Economic Co-operation and Development cut its forecast in 2015.", "Organisation for Economic Co-operation and Development/ORG/OECD/"},
		// histories of trade: the Kennedy round and the Uruguay round
		{"In 1967 the General Agreement on Tariffs and Trade concluded the Kennedy Round.", "General Agreement on Tariffs and Trade/ORG/GATT/"},
		{"The General Agreement on Tariffs and Trade opened the Uruguay Round in 1986.", "General Agreement on Tariffs and Trade/ORG/GATT/"},
		// histories of European defence: the WEU is no EU
		{"In 1955 the Western European Union admitted West Germany.", "Western European Union/ORG/WEU/"},
		{"The WEU sent ships to the Gulf in 1987.", "WEU/ORG/WEU/"},
		{"In 1973 Britain left EFTA for the EEC.", "EFTA/ORG/EFTA/"},
		// the bodies beside them
		{"In 1995 the WTO replaced the old trade regime.", "WTO/ORG/WTO/"},
		{"In 1993 the European Union took its name.", "European Union/ORG/EU/"},
		{"In 1948 the OEEC shared out the Marshall aid.", "OEEC/ORG/OEEC/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// TestStateSystem checks the state system's states of 1816-1945 that
// states.tsv codes by period: a direct predecessor takes its successor's
// code (Prussia DEU, Sardinia-Piedmont ITA, Qing China CHN), a state
// absorbed with no successor its own (BAVARIA, TUSCANY, HAWAII, ...), and a
// bare name that is also a later place holds the state only at a date in
// its years (only:dated); at another date or at none it is no actor.
func TestStateSystem(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the wars of German and of Italian unification
		{"In 1866 Prussia declared war on Austria.", "Prussia/GPE/DEU/"},
		{"Bavaria sided with Austria in June 1866.", "Bavaria/GPE/BAVARIA/"},
		{"Saxony sided with Napoleon in 1813.", "Saxony/GPE/SAXONY/"},
		{"Sardinia declared war on Austria in April 1859.", "Sardinia/GPE/ITA/"},
		{"The Prussians occupied Dresden in 1866.", "Prussians/NORP/DEU/"},
		{"The Bavarian army was beaten at Kissingen in July 1866.", "Bavarian army/ORG/BAVARIA/MIL"},
		{"The Kingdom of Hanover surrendered at Langensalza in 1866.", "Kingdom of Hanover/GPE/HANOVER/"},
		{"In 1859 Sardinia and France fought Austria at Solferino.", "Sardinia/GPE/ITA/"},
		{"Piedmont annexed Tuscany in March 1860.", "Tuscany/GPE/TUSCANY/"},
		{"Garibaldi invaded the Kingdom of the Two Sicilies in 1860.", "Kingdom of the Two Sicilies/GPE/TWO_SICILIES/"},
		{"The Papal States lost Rome in 1870.", "Papal States/GPE/PAPAL_STATES/"},
		// histories of the Pacific, of the Boer War and of the Qing's wars
		{"American planters overthrew the Kingdom of Hawaii in 1893.", "Kingdom of Hawaii/GPE/HAWAII/"},
		{"In 1899 the Orange Free State declared war on Britain.", "Orange Free State/GPE/ORANGE_FREE_STATE/"},
		{"In 1899 the Transvaal declared war on Britain.", "Transvaal/GPE/TRANSVAAL/"},
		{"Qing China ceded Taiwan to Japan in 1895.", "Qing China/GPE/CHN/"},
		{"Japan made the Korean Empire its protectorate in 1905.", "Korean Empire/GPE/KOR/"},
		{"The Kingdom of Serbs, Croats and Slovenes signed the treaty in 1920.", "Kingdom of Serbs, Croats and Slovenes/GPE/YUG/"},
		// after unification a German state's demonym is Germany's
		{"Bavarian regiments attacked in August 1914.", "Bavarian regiments/ORG/DEU/MIL"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		// the same bare names as later places: in a later war, in a paper
		// with no date, and a surname in a reference
		{"In 1941 Japan attacked Hawaii.", "Hawaii"},
		{"Hawaii hosts the Pacific Command.", "Hawaii"},
		{"Bavaria is the richest region of Germany.", "Bavaria"},
		{"In 1943 the Allies bombed Sardinia.", "Sardinia"},
		{"In 1914 German troops held East Prussia.", "East Prussia"},
		{"In 1930 Saxony elected a new diet.", "Saxony"},
		{"Piedmont counties voted Republican in 2016.", "Piedmont"},
		{"Mecklenburg County voted in 2020.", "Mecklenburg"},
		{"Saxon, J. Reviving legislative avenues for gerrymandering reform.", "Saxon"},
		{"Anglo-Saxon states share intelligence.", "Saxon"},
		{"In 1850 the Anglo-Saxon powers opposed Russian expansion.", "Saxon"},
		{"In 1850 the essay by Walter Saxon criticized Russian policy.", "Saxon"},
		{"In 1781 Cornwallis marched through the Piedmont of North Carolina.", "Piedmont"},
		{"The province of Transvaal voted in 1960.", "Transvaal"},
		{"Hanover is a city in Lower Saxony.", "Hanover"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestStateSystemNames checks the state system's states named as they
// were in their years (states.tsv): the state's own code, and the place
// or word beside the name keeps its own.
func TestStateSystemNames(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the Italo-Ethiopian war and of the Second World War
		{"In 1935 Italy invaded Abyssinia.", "Abyssinia/GPE/ETH/"},
		{"Abyssinian troops were defeated at Maychew in 1936.", "Abyssinian troops/ORG/ETH/MIL"},
		{"In 1939 the Third Reich invaded Poland.", "Third Reich/GPE/DEU/"},
		{"In 1932 the Irish Free State stopped paying land annuities to Britain.", "Irish Free State/GPE/IRL/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		// Weimar the town (a "Weimar Republic" row made cmd/vocabgen turn
		// Phoenix's place "Weimar" into Germany's alias, so it has none), a German state's and a South African province's
		// names after their states' years
		{"In 1919 the assembly met at Weimar.", "Weimar"},
		{"The Free State of Bavaria held elections in 2018.", "Bavaria"},
		{"In 1950 the Orange Free State held provincial elections.", "Orange Free State"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestLeadersBefore1945 checks the heads of state and government of the
// state system of 1900-1945 (leaders.tsv, note only:dated): a surname or
// title names the leader's state, with the office's sector, in a sentence
// dated within a year of the term, and no one at another date or at none;
// a common surname is listed only with its first name or title.
func TestLeadersBefore1945(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of the First World War and of the peace
		{"In 1917 Lloyd George met Clemenceau in Paris.", "Lloyd George/PERSON/GBR/GOV"},
		{"In 1917 Lloyd George met Clemenceau in Paris.", "Clemenceau/PERSON/FRA/GOV"},
		{"In 1916 President Wilson asked both sides to state their aims.", "President Wilson/PERSON/USA/GOV"},
		{"In 1917 Emperor Charles sought a separate peace.", "Emperor Charles/PERSON/AUT/GOV"},
		{"The Tsar took command of the Russian army in 1915.", "Tsar/PERSON/RUS/GOV"},
		// a history of the Mexican revolution and one of interwar Europe
		{"In 1913 Huerta had Madero arrested.", "Huerta/PERSON/MEX/GOV"},
		{"In 1938 Chamberlain flew to Munich.", "Chamberlain/PERSON/GBR/GOV"},
		{"In 1920 Piłsudski marched on Kiev.", "Piłsudski/PERSON/POL/GOV"},
		{"In 1936 Mussolini proclaimed the empire.", "Mussolini/PERSON/ITA/GOV"},
		{"In 1941 Tojo became prime minister.", "Tojo/PERSON/JPN/GOV"},
		// a form the dictionaries give another leader keeps that leader
		// outside the term: King Faisal of Iraq, then of Saudi Arabia
		{"In 1925 King Faisal opened the Iraqi parliament.", "King Faisal/PERSON/IRQ/GOV"},
		{"In 1970 King Faisal met Nasser.", "King Faisal/PERSON/SAU/GOV"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		// the same names out of their dates or with none: a later
		// Roosevelt, a later Sikorski, Batista in exile, Mustafa Kemal
		// before his government, and a sentence with no date
		{"In 1920 Roosevelt ran for vice president.", "Roosevelt"},
		{"In 2012 Sikorski met Lavrov in Warsaw.", "Sikorski"},
		{"In 1962 Batista lived in exile in Spain.", "Batista"},
		{"In 1915 Mustafa Kemal held the heights at Gallipoli.", "Mustafa Kemal"},
		{"Hitler invaded Poland.", "Hitler"},
		// common surnames are no leader alone, at any date
		{"In 1917 Wilson sent troops to France.", "Wilson"},
		{"In 1922 Law became prime minister.", "Law"},
		{"In 1936 Blum formed a government.", "Blum"},
		{"In 1918 the Germans fell back to the Hindenburg line.", "Hindenburg"},
		{"In 1912 Díaz sailed for France.", "Díaz"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestOutOfTerm checks that a bounded row out of its term, nearer the
// date than a namesake's row of another time, leaves the name no one's
// (outOfTerm): Transjordan's Abdullah before his crown is not Saudi
// Arabia's king of 2005, Faisal before Iraq's throne not Saudi Arabia's
// king of 1964; in either king's term the name is his.
func TestOutOfTerm(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form string }{
		// a history of the Arab revolt and one of the mandates
		{"In 1936 King Abdullah protested to London.", "King Abdullah"},
		{"In 1910 King Faisal visited London.", "King Faisal"},
		{"In 1900 King Faisal negotiated with Britain.", "King Faisal"},
		{"In 1940 King Faisal met the British ambassador.", "King Faisal"},
	} {
		checkNoActor(t, v, c.sentence, c.form, []string{"SAU"})
	}
	for _, c := range []struct{ sentence, want string }{
		{"In 1948 King Abdullah annexed the West Bank.", "King Abdullah/PERSON/JOR/GOV"},
		{"In 2007 King Abdullah hosted an Arab summit in Riyadh.", "King Abdullah/PERSON/SAU/GOV"},
		{"In 1930 King Faisal signed a treaty with Britain.", "King Faisal/PERSON/IRQ/GOV"},
		{"In 1973 King Faisal cut oil supplies to the United States.", "King Faisal/PERSON/SAU/GOV"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// TestLeadersBeforePower checks the rows of a leader before his office
// (leaders.tsv): the party leader is his state's opposition, the leader of
// a rising its rebel, in a sentence of those years, and the office's GOV
// from its first day; long before either he is no one.
func TestLeadersBeforePower(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// histories of Weimar Germany and of the Russian revolution
		{"In 1923 Hitler led a putsch in Munich.", "Hitler/PERSON/DEU/OPP"},
		{"In 1939 Hitler invaded Poland.", "Hitler/PERSON/DEU/GOV"},
		{"In 1915 Lenin met other socialists at Zimmerwald.", "Lenin/PERSON/RUS/OPP"},
		{"In 1920 Lenin signed the decree.", "Lenin/PERSON/SUN/GOV"},
		// a history of the Mexican revolution
		{"In 1910 Madero called for revolt.", "Madero/PERSON/MEX/REB"},
		{"In 1912 Madero sent Huerta against Orozco.", "Madero/PERSON/MEX/GOV"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		{"In 1890 Lenin was a schoolboy in Simbirsk.", "Lenin"},
		{"In 1900 Madero studied in Paris.", "Madero"},
		{"In 1960 historians wrote about Hitler and Mussolini.", "Hitler"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestNamedAfterLeaders checks the agreements, doctrines and fortified
// lines named after a leader of 1900-1945 (orgs.tsv, places.tsv): the name
// is no actor, and the leader's surname inside it names no one, while the
// surname alone in the same years is the leader.
func TestNamedAfterLeaders(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form string }{
		{"In 1928 the Kellogg-Briand Pact outlawed war.", "Briand"},
		{"In December 1935 the Hoare-Laval Pact was proposed by Britain and France.", "Laval"},
		{"In 1935 Hoare-Laval talks collapsed.", "Laval"},
		{"In 1940 Finnish troops held the Mannerheim Line.", "Mannerheim"},
		{"In 1941 the Greeks manned the Metaxas Line.", "Metaxas"},
		{"In 1905 the Roosevelt Corollary justified intervention.", "Roosevelt"},
		{"In 1935 students of Laval University protested.", "Laval"},
		{"In 1914 an expedition reached Franz Josef Land.", "Franz Josef"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
	for _, c := range []struct{ sentence, want string }{
		{"In 1928 Briand signed the pact in Paris.", "Briand/PERSON/FRA/GOV"},
		{"In 1935 Laval met Mussolini in Rome.", "Laval/PERSON/FRA/GOV"},
		{"In 1940 Mannerheim asked for an armistice.", "Mannerheim/PERSON/FIN/MIL"},
		{"In 1940 Metaxas rejected the Italian ultimatum.", "Metaxas/PERSON/GRC/GOV"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// TestNazisBounded checks the Nazi party's rows (agencies.tsv, note
// only:dated): Germany's opposition before 1933 and its government to
// 1945 in sentences of those years; at a later date (the Nazis hunted
// after the war) or at none the name is no actor.
func TestNazisBounded(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		{"The Nazis invaded Poland in 1939.", "Nazis/ORG/DEU/GOV"},
		{"In 1930 the Nazis won 107 seats.", "Nazis/ORG/DEU/OPP"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	for _, c := range []struct{ sentence, form string }{
		{"In 1960 Israel hunted Nazis in Argentina.", "Nazis"},
		{"In 1992 neo-Nazis attacked a hostel.", "Nazis"},
		{"The Nazis burned books.", "Nazis"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
}

// TestNarrativeDate checks that a bounded leader's or body's name in an
// undated sentence (Redate, narrates) takes the date of the nearest dated
// sentence before it, as a history tells the next events of the years it
// has named: the leader or body of those years then, no one when those
// years lie outside its term or when no sentence before has a date. A
// coalition's bounded name is not carried: it is any war's, and prose
// that has named 1944 goes on to the allies of its own day.
func TestNarrativeDate(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		first, second, form, want string
	}{
		// histories of the Italo-Ethiopian war and of the First World War
		{"In May 1936 Italian troops entered Addis Ababa.", "Mussolini proclaimed the empire from his balcony.", "Mussolini", "ITA/GOV"},
		{"In 1793 the Vendée rose against the Republic.", "The Committee of Public Safety ordered its destruction.", "Committee of Public Safety", "FRA/GOV"},
		// a later war, a later commemoration, and no date before
		{"In 1991 the coalition bombed Baghdad.", "The Allies lost few aircraft.", "Allies", "/"},
		{"In 1960 Italy joined the European Economic Community.", "Mussolini was long dead.", "Mussolini", "/"},
		{"The Greeks withdrew from Artemisium.", "The Allies sailed to Salamis.", "Allies", "/"},
		{"Allied forces landed in Normandy in 1944.", "Allied forces in Afghanistan now face a similar problem.", "Allied forces", "/"},
		{"In 1930 Mussolini met Grandi.", "Mussolini then reshuffled the cabinet.", "Mussolini", "ITA/GOV"},
		{"In 1905 the Tsar granted a Duma.", "Mussolini was a socialist journalist.", "Mussolini", "/"},
	} {
		text := c.first + " " + c.second
		sents := []textpkg.Sentence{{Start: 0, End: len(c.first)}, {Start: len(c.first) + 1, End: len(text)}}
		es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, []string{"body", "body"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		date := sentenceYear(c.first)
		Redate(es, func(i int) string {
			if i == 0 {
				return date
			}
			return ""
		}, []string{date})
		got := "(none)"
		for _, e := range es {
			if e.Sent == 1 && text[e.Start:e.End] == c.form {
				got = e.Actor + "/" + e.Sector
			}
		}
		if got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}

// datedDoc finds the entities of a text of sentences, each dated by the
// year it names (a "BC" year as timex writes it, "BC0480"), and resolves
// them by those dates.
func datedDoc(t *testing.T, v *Vocabulary, sentences []string) (string, []Entity) {
	t.Helper()
	text := strings.Join(sentences, " ")
	var sents []textpkg.Sentence
	var zones, dates []string
	start := 0
	for _, s := range sentences {
		sents = append(sents, textpkg.Sentence{Start: start, End: start + len(s)})
		zones = append(zones, "body")
		d := ""
		ws := strings.Fields(s)
		for i, w := range ws {
			w = strings.Trim(w, ".,")
			if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && digits(w) {
				d = w
			}
			if len(w) == 3 && digits(w) && i+1 < len(ws) && strings.Trim(ws[i+1], ".,") == "BC" {
				d = "BC0" + w
			}
		}
		dates = append(dates, d)
		start += len(s) + 1
	}
	es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, zones, nil)
	if err != nil {
		t.Fatal(err)
	}
	Redate(es, func(i int) string { return dates[i] }, dates)
	return text, es
}

// entityAt returns the entity of sentence sent whose text is form, or nil.
func entityAt(text string, es []Entity, sent int, form string) *Entity {
	for i, e := range es {
		if e.Sent == sent && text[e.Start:e.End] == form {
			return &es[i]
		}
	}
	return nil
}

// sentActor returns "code/sector" of the entity of sentence sent whose text
// is form, or "(none)".
func sentActor(text string, es []Entity, sent int, form string) string {
	if e := entityAt(text, es, sent, form); e != nil {
		return e.Actor + "/" + e.Sector
	}
	return "(none)"
}

// docCase is a document of dated sentences (datedDoc) and the "code/sector"
// (sentActor) that form in sentence sent should have.
type docCase struct {
	sentences []string
	sent      int
	form      string
	want      string
}

// checkDocCases checks each case's entity against its want.
func checkDocCases(t *testing.T, v *Vocabulary, cases []docCase) {
	t.Helper()
	for _, c := range cases {
		text, es := datedDoc(t, v, c.sentences)
		if got := sentActor(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}

// TestSharedTitles checks a bare title that two states' rulers bore at
// the sentence's date: the state the document names most decides, and a
// document that names neither leaves it no one's; a namesake in the
// document leaves a surname no one's.
func TestSharedTitles(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Balkan wars and one of Britain's constitutional crisis
		{[]string{"In 1912 Greece and Serbia prepared for war.", "Greece mobilised its fleet.", "In 1912 King George reviewed the fleet at Athens."}, 2, "King George", "GRC/GOV"},
		{[]string{"In 1912 Britain faced a crisis.", "The British government debated Home Rule.", "In 1912 King George opened Parliament."}, 2, "King George", "GBR/GOV"},
		// in 1928 only Britain's George reigned; in 1777 George III
		{[]string{"In 1928 Greece was a republic.", "In 1928 King George opened Parliament."}, 1, "King George", "GBR/GOV"},
		{[]string{"In 1777 the colonists defied King George III."}, 0, "King George III", "GBR/GOV"},
		{[]string{"In 1912 the Balkan League formed.", "In 1912 King George spoke."}, 1, "King George", "/"},
		// the sentence's own state comes first
		{[]string{"In 1912 Greece and Serbia fought the Ottomans.", "Greece took Salonika.", "In 1912 Britain's King George sent a telegram to London."}, 2, "King George", "GBR/GOV"},
		// histories of the First World War in the Balkans and on the eastern front
		{[]string{"In 1915 Bulgaria joined the Central Powers.", "Bulgaria attacked Serbia.", "In 1915 the Tsar signed the treaty in Sofia."}, 2, "Tsar", "BGR/GOV"},
		{[]string{"In 1915 Russia lost Poland.", "Russian armies retreated.", "In 1915 the Tsar took command of the Russian army."}, 2, "Tsar", "RUS/GOV"},
		{[]string{"In 1905 Japan defeated Russia.", "In 1905 the Tsar granted a Duma."}, 1, "Tsar", "RUS/GOV"},
		{[]string{"In 1930 Bulgaria was poor.", "In 1930 the Tsar married an Italian princess."}, 1, "Tsar", "BGR/GOV"},
		// Greece's Alexander in 1920, Yugoslavia's after
		{[]string{"In 1920 Greece held Smyrna.", "Greek troops advanced.", "In 1920 King Alexander died of a monkey bite."}, 2, "King Alexander", "GRC/GOV"},
		{[]string{"In 1929 Yugoslavia became a dictatorship.", "In 1929 King Alexander dissolved parliament."}, 1, "King Alexander", "YUG/GOV"},
		// the mathematician and the statesman
		{[]string{"In 1912 the mathematician Henri Poincaré lectured in Paris.", "In 1912 Poincaré proved a theorem."}, 1, "Poincaré", "/"},
		{[]string{"In 1912 Raymond Poincaré became prime minister.", "In 1912 Poincaré visited Russia."}, 1, "Poincaré", "FRA/GOV"},
		{[]string{"In 1923 France occupied the Ruhr.", "In 1923 Poincaré refused to negotiate."}, 1, "Poincaré", "FRA/GOV"},
	})
}

// TestOtherPeoples checks "Indian(s)" before 1947 in a history of the
// Americas (the peoples of the Americas, no actor) against India's in a
// history of the First World War and after independence.
func TestOtherPeoples(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// histories of Mexico's revolution and of the American revolution
		{[]string{"In 1911 Mexico rose against Díaz.", "Mexican rebels and the United States watched the border.", "In 1911 the Indians of Morelos joined the rebels."}, 2, "Indians", "/"},
		{[]string{"In 1777 Britain sent Burgoyne south.", "American militia and British regulars fought.", "In 1777 his Indian allies deserted him."}, 2, "Indian", "/"},
		// a history of the First World War, a paper of 2008, and India after 1947
		{[]string{"In 1915 Germany attacked France.", "Germany and Britain fought in France.", "In 1915 the Indians held the line at Ypres."}, 2, "Indians", "IND/"},
		{[]string{"In 2008 the United States and India signed a deal.", "The United States praised India.", "In 2008 the Indians hailed the deal."}, 2, "Indians", "IND/"},
		{[]string{"In 1962 Mexico and the United States met.", "In 1962 the Indians fought China in the Himalaya."}, 1, "Indians", "IND/"},
		{[]string{"In 1778 Britain fought France in America and in India.", "American militia and British regulars fought.", "In 1778 the British took the Indian port of Pondicherry."}, 2, "Indian", "IND/"},
		{[]string{"The Indians tested a missile."}, 0, "Indians", "IND/"},
		// a nation's Indians and the Caribbean's at any date; India's migrants
		{[]string{"In 1876 the Sioux Indians defeated Custer at the Little Bighorn."}, 0, "Sioux Indians", "/"},
		{[]string{"In 1995 West Indian migrants settled in London."}, 0, "West Indian", "/"},
		{[]string{"In 1995 Indian migrants settled in London."}, 0, "Indian migrants", "IND/CVL"},
	})
}

// TestStatesBefore1945 checks the state system's members that no later
// state continues (states.tsv): their names at a date in their years, and
// the province, city or people at another date or at none; and ancient
// Persia's people, by a BC date.
func TestStatesBefore1945(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// histories of the Arab revolt and of Saudi Arabia
		{[]string{"In 1920 the Hejaz sent a delegation to Versailles."}, 0, "Hejaz", "HEJAZ/"},
		{[]string{"In 1917 Sharif Hussein proclaimed himself king."}, 0, "Sharif Hussein", "HEJAZ/GOV"},
		{[]string{"In 1990 pilgrims crowded the Hejaz."}, 0, "Hejaz", "/"},
		{[]string{"In 1930 the Kingdom of Hejaz and Nejd signed a treaty."}, 0, "Kingdom of Hejaz and Nejd", "SAU/"},
		// histories of the Manchurian crisis and of the Pacific war
		{[]string{"In 1933 Manchukuo annexed Jehol."}, 0, "Manchukuo", "MANCHUKUO/"},
		{[]string{"In 1934 Puyi became emperor."}, 0, "Puyi", "MANCHUKUO/GOV"},
		{[]string{"In 1910 Puyi reigned in Peking."}, 0, "Puyi", "CHN/GOV"},
		// histories of Tibet and of China
		{[]string{"In 1930 Tibet expelled Chinese officials."}, 0, "Tibet", "TIBET/"},
		{[]string{"In 1990 Tibet saw protests."}, 0, "Tibet", "/"},
		{[]string{"Tibet is a high plateau."}, 0, "Tibet", "/"},
		{[]string{"In 2008 Tibetans protested in Lhasa."}, 0, "Tibetans", "/"},
		// the Free City of Danzig and Gdansk
		{[]string{"In 1935 Danzig elected a Nazi senate."}, 0, "Danzig", "DANZIG/"},
		{[]string{"In 1980 Danzig shipyards struck."}, 0, "Danzig", "/"},
		// the Greek wars and a paper on Iran's election
		{[]string{"The Persians burned Athens in 480 BC."}, 0, "Persians", "IRN/"},
		{[]string{"In 490 BC the Persian army landed at Marathon."}, 0, "Persian", "IRN/"},
		{[]string{"In 1911 the Persians expelled Shuster."}, 0, "Persians", "IRN/"},
		{[]string{"In 2009 Persians in Tehran protested the election."}, 0, "Persians", "/"},
		{[]string{"Persian poetry flourished."}, 0, "Persian", "/"},
		{[]string{"In 480 BC Themistocles led Athens."}, 0, "Themistocles", "(none)"},
		// historic polities (historic.tsv): histories of the Greek wars,
		// of Rome and Carthage, of Lepanto, of Mughal India, of the Zulu
		// war, of the Dutch and of the Habsburgs' end; the same names at a
		// later date are today's city, people or none
		{[]string{"In 480 BC the Athenians manned the fleet."}, 0, "Athenians", "ATHENS/"},
		{[]string{"In 480 BC Athens evacuated its people."}, 0, "Athens", "ATHENS/"},
		{[]string{"In 480 BC Sparta sent three hundred men."}, 0, "Sparta", "SPARTA/"},
		{[]string{"In 335 BC the Macedonians razed Thebes."}, 0, "Macedonians", "MACEDON/"},
		{[]string{"In 335 BC the Macedonians razed Thebes."}, 0, "Thebes", "THEBES/"},
		{[]string{"In 1990 Athens hosted a summit."}, 0, "Athens", "GRC/"},
		{[]string{"In 1990 Athenians elected a mayor."}, 0, "Athenians", "/"},
		{[]string{"In 2018 Macedonians voted on the name."}, 0, "Macedonians", "MKD/"},
		{[]string{"In 216 BC the Carthaginians defeated the Romans at Cannae."}, 0, "Romans", "ROMAN_EMPIRE/"},
		{[]string{"In 216 BC the Carthaginians defeated the Romans at Cannae."}, 0, "Carthaginians", "CARTHAGE/"},
		{[]string{"In 1960 Roman Catholic bishops met in Rome."}, 0, "Rome", "ITA/"},
		{[]string{"In 1571 the Venetians fought the Ottomans at Lepanto."}, 0, "Venetians", "VENICE/"},
		{[]string{"In 1571 the Venetians fought the Ottomans at Lepanto."}, 0, "Ottomans", "TUR/"},
		{[]string{"In 1990 Venetians protested against cruise ships."}, 0, "Venetians", "/"},
		{[]string{"In 1739 Nader Shah sacked the Mughal capital."}, 0, "Mughal", "MUGHAL_EMPIRE/"},
		{[]string{"In 1879 the Zulus defeated the British at Isandlwana."}, 0, "Zulus", "ZULU_KINGDOM/"},
		{[]string{"In 1994 Zulus voted in large numbers."}, 0, "Zulus", "/"},
		{[]string{"In 1648 the Dutch Republic made peace with Spain."}, 0, "Dutch Republic", "NLD/"},
		{[]string{"In 1918 the Habsburg monarchy collapsed."}, 0, "Habsburg monarchy", "AUT/"},
		// a former state's people in an undated sentence take the
		// narrative's date (narrates): a history of the Greek wars, one of
		// the Neapolitan revolution; a later date and no date before, none
		{[]string{"In 490 BC Datis sailed to Eretria.", "The Persians then landed at Marathon."}, 1, "Persians", "IRN/"},
		{[]string{"In 490 BC Datis sailed to Eretria.", "The Persian army then landed at Marathon."}, 1, "Persian", "IRN/"},
		{[]string{"In 1820 the Carbonari rose in Naples.", "The Neapolitans demanded a constitution."}, 1, "Neapolitans", "TWO_SICILIES/"},
		{[]string{"In 2009 Mousavi lost the election.", "Persians in Tehran then protested."}, 1, "Persians", "/"},
		{[]string{"In 1990 Naples elected a mayor.", "The Neapolitans welcomed him."}, 1, "Neapolitans", "/"},
		{[]string{"Naples is a port.", "The Neapolitans welcomed him."}, 1, "Neapolitans", "/"},
		{[]string{"In 1942 the Allies landed in Africa.", "The Allies then took Tunis."}, 1, "Allies", "/"},
	})
}

// TestBoundedLeaderInOtherName checks that a bounded leader's form
// (leaders.tsv, only:dated) inside another name names no one at a date
// of the leader's term: a given name the row does not list before the
// surname, a word that makes it a place's or a body's name ("Camp",
// "Youth"), a regnal numeral after it the row lacks; a surname after "a"
// that ends the noun phrase is a common noun. The leader's own forms, a
// title and a surname used as a modifier keep the code.
func TestBoundedLeaderInOtherName(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form string }{
		// a history of the New Deal, one of interwar Britain, one of the
		// Habsburgs, one of the civil-rights movement, one of Canada's war
		{"In 1940 Eleanor Roosevelt criticized Japan for its war in China.", "Roosevelt"},
		{"In 1936 Austen Chamberlain warned Parliament against trusting Germany.", "Chamberlain"},
		{"In 1917 historians recalled how Emperor Charles V had fought France for Italy.", "Charles"},
		{"In 1955 civil rights leaders in Alabama invoked Harriet Tubman.", "Tubman"},
		{"In 1917 Canadian recruits trained at Camp Borden before sailing to France.", "Borden"},
		{"In 1938 the Hitler Youth clashed with Catholic students in Vienna.", "Hitler"},
		{"In 1939 Beck warned that Stalin was a Hitler.", "Hitler"},
		{"In 1940 the Yugoslav press called Stalin a Mussolini of the East.", "Mussolini"},
		// a row that keeps only the full name, and a city named after its leader
		{"In 1940 Japan installed a Quisling government in Nanjing.", "Quisling"},
		{"In 1945 the Red Army reached Choibalsan.", "Choibalsan"},
	} {
		checkNoActor(t, v, c.sentence, c.form, nil)
	}
	for _, c := range []struct{ sentence, want string }{
		{"In 1940 Franklin Roosevelt warned Japan.", "Franklin Roosevelt/PERSON/USA/GOV"},
		{"In 1940 President Roosevelt warned Japan.", "President Roosevelt/PERSON/USA/GOV"},
		{"In 1938 Neville Chamberlain flew to Munich.", "Neville Chamberlain/PERSON/GBR/GOV"},
		{"In 1917 Emperor Charles I sought a separate peace.", "Emperor Charles I/PERSON/AUT/GOV"},
		{"In 1916 Robert Borden sent more troops to France.", "Robert Borden/PERSON/CAN/GOV"},
		{"In 1942 Vidkun Quisling became minister president of Norway.", "Vidkun Quisling/PERSON/NOR/GOV"},
		{"In 1938 a Hitler ultimatum reached Prague.", "Hitler/PERSON/DEU/GOV"},
		{"In 1940 a Churchill speech rallied Britain.", "Churchill/PERSON/GBR/GOV"},
		{"In 1943 Stalin, Roosevelt and Churchill met at Tehran.", "Roosevelt/PERSON/USA/GOV"},
		{"In 1950 Tubman welcomed American investment.", "Tubman/PERSON/LBR/GOV"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
	// a relative's name leaves the leader's surname his in the document
	// (no ambiguousSurnames): a history of the Mexican revolution, one of
	// the New Deal
	checkDocCases(t, v, []docCase{
		{[]string{"In 1912 Raúl Madero led federal troops.", "In 1912 Madero faced a rising in the north."}, 0, "Raúl Madero", "/"},
		{[]string{"In 1912 Raúl Madero led federal troops.", "In 1912 Madero faced a rising in the north."}, 1, "Madero", "MEX/GOV"},
		{[]string{"In 1940 Eleanor Roosevelt toured the camps.", "In 1940 Roosevelt sent destroyers to Britain."}, 0, "Eleanor Roosevelt", "/"},
		{[]string{"In 1940 Eleanor Roosevelt toured the camps.", "In 1940 Roosevelt sent destroyers to Britain."}, 1, "Roosevelt", "USA/GOV"},
	})
}

// TestNarrativeCarryBounds checks where a narrative date does not reach:
// a sentence set in the writer's day (presentday.txt), a references zone,
// and a sentence more than maxCarry sentences past the last dated one.
// Nearer, in the body and in narrative time ("now" with a past verb),
// the carry holds.
func TestNarrativeCarryBounds(t *testing.T) {
	v := testVocab(t)
	filler := "The talks went on for weeks."
	for _, c := range []struct {
		sentences []string
		refs      int  // sentences from this index on are references (0: none)
		para      bool // every sentence has the first's date (its paragraph's)
		sent      int
		form      string
		want      string
	}{
		// a history of appeasement and one of Fascist Italy, in the
		// writer's day
		{[]string{"In 1938 Chamberlain flew to Munich to meet Hitler.", "Today Chamberlain is remembered as an appeaser."}, 0, false, 1, "Chamberlain", "/"},
		{[]string{"In 1936 Mussolini proclaimed the empire.", "Mussolini is now seen as a clown of the piazza."}, 0, false, 1, "Mussolini", "/"},
		{[]string{"In 1938 Chamberlain flew to Munich to meet Hitler.", "Chamberlain now pressed Prague to yield."}, 0, false, 1, "Chamberlain", "GBR/GOV"},
		{[]string{"In 1936 Mussolini proclaimed the empire.", "Mussolini then sent troops to Spain."}, 0, false, 1, "Mussolini", "ITA/GOV"},
		// a paper's references after a dated body
		{[]string{"In 1917 Lenin returned to Russia.", "Lenin collected works, volume 26."}, 1, false, 1, "Lenin", "/"},
		{[]string{"In 1917 Lenin returned to Russia.", "Lenin published the April Theses."}, 0, false, 1, "Lenin", "RUS/OPP"},
		// far past the last date, and near it
		{[]string{"In 1936 Mussolini proclaimed the empire.", "Mussolini sent troops to Spain."}, 0, false, 1, "Mussolini", "ITA/GOV"},
		{append(append([]string{"In 1936 Mussolini proclaimed the empire."}, slices.Repeat([]string{filler}, maxCarry)...), "Mussolini sent troops to Spain."), 0, false, maxCarry + 1, "Mussolini", "/"},
		// the paragraph's date does not reach the writer's day either
		{[]string{"In 1938 Chamberlain flew to Munich to meet Hitler.", "Today Chamberlain is remembered as an appeaser."}, 0, true, 1, "Chamberlain", "/"},
		{[]string{"In 1938 Chamberlain flew to Munich to meet Hitler.", "Chamberlain flew home with a paper."}, 0, true, 1, "Chamberlain", "GBR/GOV"},
	} {
		text := strings.Join(c.sentences, " ")
		var sents []textpkg.Sentence
		var zones []string
		start := 0
		for i, s := range c.sentences {
			sents = append(sents, textpkg.Sentence{Start: start, End: start + len(s)})
			start += len(s) + 1
			if c.refs > 0 && i >= c.refs {
				zones = append(zones, "references")
			} else {
				zones = append(zones, "body")
			}
		}
		es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, zones, nil)
		if err != nil {
			t.Fatal(err)
		}
		date := c.sentences[0][3:7]
		Redate(es, func(i int) string {
			if i == 0 || c.para {
				return date
			}
			return ""
		}, []string{date})
		if got := sentActor(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}

// TestHistoricKinds checks that historic.tsv, read after states.tsv,
// leaves each state's code a state's (Vocabulary.Kind reads a code's first
// row: Turkey's, not the Ottomans' demonym) and makes its own codes states
// or alliances.
func TestHistoricKinds(t *testing.T) {
	v := testVocab(t)
	for _, c := range []string{"TUR", "IRN", "GBR", "NLD", "AUT", "ESP", "RUS", "CHN", "ATHENS", "SPARTA", "MACEDON", "ROMAN_EMPIRE", "VENICE", "MUGHAL_EMPIRE", "DAHOMEY"} {
		if !v.IsState(c) {
			k, _ := v.Kind(c)
			t.Errorf("%s: kind %q, want state", c, k)
		}
	}
	if k, _ := v.Kind("DELIAN_LEAGUE"); k != "alliance" {
		t.Errorf("DELIAN_LEAGUE: kind %q, want alliance", k)
	}
}

// TestPartsAndWholes checks that the codes of a part and its whole
// (historic.tsv's note "within:CODE") are Nested, as two sentences of a
// history resolve them, and that two sides are not: a history of the
// Greek wars (the Athenians and Greece; the Greeks and the Persians), one
// of Italy's wars (the Venetians and Italy; the Venetians and the
// Ottomans), one of India's (the Marathas and India; the Marathas and the
// British); the same names at a later date are one code or none.
func TestPartsAndWholes(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentence string
		a, b     string // forms
		codes    string // "A B", as resolved
		nested   bool
	}{
		{"In 480 BC the Athenians sailed back to Greece.", "Athenians", "Greece", "ATHENS GRC", true},
		{"In 479 BC the Spartans led the Greek hoplites.", "Spartans", "Greek", "SPARTA GRC", true},
		{"In 478 BC the Delian League freed the Greeks of Ionia.", "Delian League", "Greeks", "DELIAN_LEAGUE GRC", true},
		{"In 335 BC the Macedonians razed Thebes.", "Macedonians", "Thebes", "MACEDON THEBES", false},
		{"In 480 BC the Greeks defeated the Persians at Salamis.", "Greeks", "Persians", "GRC IRN", false},
		{"In 480 BC Athens fought the Persians.", "Athens", "Persians", "ATHENS IRN", false},
		{"In 1494 the Venetians allied against France in Italy.", "Venetians", "Italy", "VENICE ITA", true},
		{"In 1571 the Venetians fought the Ottomans at Lepanto.", "Venetians", "Ottomans", "VENICE TUR", false},
		{"In 1761 the Marathas lost control of northern India.", "Marathas", "India", "MARATHA_EMPIRE IND", true},
		{"In 1803 the British defeated the Marathas at Assaye.", "British", "Marathas", "GBR MARATHA_EMPIRE", false},
		{"In 1990 the Greeks of Athens protested.", "Greeks", "Athens", "GRC GRC", false},
	} {
		text, es := datedDoc(t, v, []string{c.sentence})
		a, _, _ := strings.Cut(sentActor(text, es, 0, c.a), "/")
		b, _, _ := strings.Cut(sentActor(text, es, 0, c.b), "/")
		if a+" "+b != c.codes {
			t.Errorf("%q: codes %s %s, want %s", c.sentence, a, b, c.codes)
			continue
		}
		if got := v.Nested(a, b); got != c.nested || v.Nested(b, a) != c.nested {
			t.Errorf("%q: Nested(%s, %s) = %v, want %v", c.sentence, a, b, got, c.nested)
		}
	}
	for code, want := range map[string]string{"ATHENS": "GRC", "SPARTA": "GRC", "MACEDON": "", "HELLENIC_LEAGUE": "GRC", "VENICE": "ITA", "MUGHAL_EMPIRE": "IND", "GRC": "", "IRN": "", "CARTHAGE": "", "HOLY_ROMAN_EMPIRE": ""} {
		if got := v.Within(code); got != want {
			t.Errorf("Within(%s) = %q, want %q", code, got, want)
		}
	}
	if k, note := v.Kind("ATHENS"); k != "state" || note != "within:GRC" {
		t.Errorf("Kind(ATHENS) = %q %q, want state within:GRC", k, note)
	}
}

// TestOperationNames checks the code name an operation's word opens
// (named.tsv "Operation ... opens"): one entity of no actor, so its words
// name no person, unless an actor's name is one of them (the name's theme,
// which the pair stage reads: "Operation Iraqi Freedom"); a history of the Second World War, one of the
// Iraq war, one of the Soviet war in Afghanistan, one of Vietnam; the
// name ends before a demonym's phrase, a month after "in", and the word
// in other senses opens none.
func TestOperationNames(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentence, form, want string // want: "label/actor/rule", or "(none)"
	}{
		{"In 1941 Operation Barbarossa began.", "Operation Barbarossa", "EVENT//name:opened"},
		{"In 1941 Operation Barbarossa began.", "Barbarossa", "(none)"},
		{"In 2003 Operation Iraqi Freedom began.", "Operation Iraqi Freedom", "(none)"},
		{"In 2003 Operation Iraqi Freedom began.", "Iraqi", "NORP/IRQ/vocab:demonym"},
		{"In 1979 Operation Storm-333 killed Amin.", "Operation Storm-333", "EVENT//name:opened"},
		{"In 1982 Operation Peace for Galilee began in Lebanon.", "Operation Peace for Galilee", "EVENT//name:opened"},
		{"In 1982 Operation Peace for Galilee began in Lebanon.", "Lebanon", "GPE/LBN/vocab:state"},
		{"In 2007 after Operation Sinbad British troops left Basra.", "Operation Sinbad", "EVENT//name:opened"},
		{"In 2007 after Operation Sinbad British troops left Basra.", "British troops", "ORG/GBR/agent:modifier"},
		{"In 1971 the ARVN launched Operation Lam Son 719 in February.", "Operation Lam Son 719", "EVENT//name:opened"},
		{"In 1990 the Operations Research Society met.", "Operation", "(none)"},
		{"In 2003 the operation in Iraq began.", "Iraq", "GPE/IRQ/vocab:state"},
		{"In 1984 Operation of the mines stopped.", "Operation", "(none)"},
	} {
		text, es := datedDoc(t, v, []string{c.sentence})
		got := "(none)"
		for _, e := range es {
			if text[e.Start:e.End] == c.form {
				got = e.Label + "/" + e.Actor + "/" + e.Rule
			}
		}
		if got != c.want {
			t.Errorf("%q: %s is %q, want %q", c.sentence, c.form, got, c.want)
		}
	}
}

// TestIndigenousNations checks the indigenous nations of historic.tsv in
// their years: a history of the American revolution, one of the New
// Zealand wars, one of the Plains wars; the same names later are a people,
// a tribe's place in a name or a helicopter, and words a place shares
// are no nation's.
func TestIndigenousNations(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentence, form, want string
	}{
		{"In 1777 the Iroquois joined the British.", "Iroquois", "IROQUOIS/"},
		{"In 1778 the Iroquois Confederacy split.", "Iroquois Confederacy", "IROQUOIS/"},
		{"In 1777 the Mohawks raided the frontier.", "Mohawks", "MOHAWK/"},
		{"In 1864 the Maori fought the British in Waikato.", "Maori", "MAORI/"},
		{"In 1876 the Sioux defeated Custer.", "Sioux", "SIOUX/"},
		{"In 1813 the Creeks attacked Fort Mims.", "Creeks", "CREEK/"},
		{"In 2016 the Standing Rock Sioux protested.", "Sioux", "/"},
		{"In 2003 Apache helicopters attacked.", "Apache", "/"},
		{"In 1998 Maori leaders met the government.", "Maori", "/"},
		{"In 1776 the army crossed the Delaware.", "Delaware", "/"},
		{"In 1777 the Mohawks raided the Mohawk Valley.", "Mohawk Valley", "/"},
	} {
		text, es := datedDoc(t, v, []string{c.sentence})
		if got := sentActor(text, es, 0, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", c.sentence, c.form, got, c.want)
		}
	}
	if !v.Nested("MOHAWK", "IROQUOIS") || v.Nested("CHEROKEE", "IROQUOIS") {
		t.Errorf("Nested: the Mohawk lie within the Iroquois, the Cherokee do not")
	}
}

// TestContinentalForces checks the Continental Army and Navy (agencies.tsv)
// in their years, the United States' forces: a history of the American
// revolution, a naval history; the name later, in another body's name,
// or in an undated text names no one.
func TestContinentalForces(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentence, form, want string
	}{
		{"In 1776 the Continental Army retreated across New Jersey.", "Continental Army", "USA/MIL"},
		{"In 1779 the Continental Navy raided British shipping.", "Continental Navy", "USA/MIL"},
		{"In 1960 the Continental Army Command trained recruits.", "Continental Army", "/"},
		{"The Continental Army retreated.", "Continental Army", "/"},
	} {
		text, es := datedDoc(t, v, []string{c.sentence})
		if got := sentActor(text, es, 0, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", c.sentence, c.form, got, c.want)
		}
	}
}
