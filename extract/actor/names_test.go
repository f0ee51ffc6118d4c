package actor

import (
	"context"
	"strings"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// sentencesEntities reads sentences as one document (one sentence a line, all in
// the body) and returns its entities with the text.
func sentencesEntities(t *testing.T, sentences ...string) (string, []Entity) {
	t.Helper()
	v := testVocab(t)
	var text string
	var sents []textpkg.Sentence
	var zones []string
	for i, s := range sentences {
		if i > 0 {
			text += " "
		}
		sents = append(sents, textpkg.Sentence{Start: len(text), End: len(text) + len(s), Line: i})
		text += s
		zones = append(zones, "body")
	}
	es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, zones, nil)
	if err != nil {
		t.Fatal(err)
	}
	return text, es
}

// actorIn returns the actor of the entity whose text is form in sentence
// sent, or "?" when there is none.
func actorIn(text string, es []Entity, sent int, form string) string {
	for _, e := range es {
		if e.Sent == sent && text[e.Start:e.End] == form {
			return e.Actor
		}
	}
	return "?"
}

// A person named in a text whose dates all lie long before any date the
// vocabulary knows of them is someone else of that name; a date after
// their roles proves nothing, and a text that reaches their time may
// name them beside a year of the past.
func TestPersonOutOfEra(t *testing.T) {
	for _, c := range []struct {
		sentences []string
		dates     []string
		sent      int
		form      string
		want      string
	}{
		// a history of the American war of independence
		{[]string{"In the spring of 1776 Clinton sailed south with two regiments.", "Clinton then withdrew to New York."}, []string{"1776", ""}, 0, "Clinton", ""},
		{[]string{"In the spring of 1776 Clinton sailed south with two regiments.", "Clinton then withdrew to New York."}, []string{"1776", ""}, 1, "Clinton", ""},
		// a history of the Western Front
		{[]string{"By July 1916 Haig had massed his divisions on the Somme."}, []string{"1916-07"}, 0, "Haig", ""},
		// the same names in their own era, and after it
		{[]string{"In 1995 Clinton sent envoys to Dayton."}, []string{"1995"}, 0, "Clinton", "USA"},
		{[]string{"In 1981 Haig flew to Buenos Aires and London."}, []string{"1981"}, 0, "Haig", "USA"},
		{[]string{"Haig's shuttle diplomacy was later judged a failure."}, []string{"2015"}, 0, "Haig", "USA"},
		// an undated sentence where a dated one admits the person
		{[]string{"In 1995 Clinton sent envoys to Dayton.", "Clinton then met the three presidents."}, []string{"1995", ""}, 1, "Clinton", "USA"},
		// a year that labels a thing of the past: a paper on Cuba, where
		// another sentence dates the person, or the same one does
		{[]string{"Obama recalled the 1962 crisis when he met Raul Castro in Panama.", "In 2016 Obama flew to Havana."}, []string{"1962", "2016"}, 0, "Obama", "USA"},
		{[]string{"Obama recalled the 1962 crisis when he met Raul Castro in Panama.", "In 2016 Obama flew to Havana."}, []string{"1962", "2016"}, 0, "Raul Castro", "CUB"},
		{[]string{"In a 2009 speech Obama recalled the 1962 crisis."}, []string{"2009 1962"}, 0, "Obama", "USA"},
		{[]string{"In a 2009 speech Obama recalled the 1962 crisis."}, []string{"1962 2009"}, 0, "Obama", "USA"},
		// every date of the document long before: someone else
		{[]string{"Clinton recalled the 1759 siege of Quebec.", "In 1780 Clinton took Charleston."}, []string{"1759", "1780"}, 0, "Clinton", ""},
	} {
		text, es := sentencesEntities(t, c.sentences...)
		var all []string
		for _, d := range c.dates {
			all = append(all, strings.Fields(d)...)
		}
		Redate(es, func(i int) string {
			if f := strings.Fields(c.dates[i]); len(f) > 0 {
				return f[0]
			}
			return ""
		}, all)
		if got := actorIn(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q in %q at %v: actor %q, want %q", c.form, c.sentences[c.sent], c.dates, got, c.want)
		}
	}
}

// A capital inside the name of a treaty, a peace, a conference or a battle
// names where it happened, not a party to it: no actor of its own, and the
// name is one entity.
func TestCapitalInsideName(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// a history of the American war of independence
		{"The war ended with the Treaty of Paris in 1783.", "Treaty of Paris", "Treaty of Paris/LAW/"},
		// the name in typographic quotes, in a paper's prose
		{"The war ended with the “Treaty of Paris” in 1783.", "Treaty of Paris", "Treaty of Paris/LAW/"},
		{"Delegates met at the “Congress of Vienna” that autumn.", "Vienna", "Vienna/GPE/"},
		// a history of the Napoleonic wars
		{"The Congress of Vienna redrew the map of Europe in 1815.", "Vienna", "Vienna/GPE/"},
		// a history of the Vietnam war
		{"The Paris Peace Accords were signed in January 1973.", "Paris Peace Accords", "Paris Peace Accords/LAW/"},
		{"Under the Paris Peace Accords the last troops left.", "Paris Peace Accords", "Paris Peace Accords/LAW/"},
		// a history of the Polish-Soviet war
		{"The Red Army was routed in the Battle of Warsaw.", "Warsaw", "Warsaw/GPE/"},
		// a paper's affiliation
		{"She moved to the University of Washington last year.", "University of Washington", "University of Washington/ORG/"},
		// the same capitals as their governments
		{"In 1783 Paris recognised the new republic.", "Paris", "Paris/GPE/FRA"},
		{"Vienna protested to Belgrade.", "Vienna", "Vienna/GPE/AUT"},
		{"The support of Warsaw was decisive.", "Warsaw", "Warsaw/GPE/POL"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// A person's form inside another person's name names that other person:
// a given name the person's forms do not give them, initials before a
// surname, a name that goes on after the form. The entity spans the other
// person's name and has no actor.
func TestOtherPerson(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// a history of the American war of independence
		{"In 1778 Sir Henry Clinton abandoned Philadelphia.", "Henry Clinton", "Henry Clinton/PERSON/"},
		// a history of the Western Front
		{"Field Marshal Douglas Haig launched the offensive.", "Douglas Haig", "Douglas Haig/PERSON/GBR"}, // his own row, not the secretary of state's (actors38)
		// initials before a surname in a reference list
		{"[5] F. A. Masoud, J. S. Rumsfeld, E. P. Ryan et al., Heart 12 (2004) 3-9.", "J. S. Rumsfeld", "J. S. Rumsfeld/PERSON/"},
		{"[4] W. C. Lee, Y. E. Chavez, T. Baker, Circulation 3 (2001) 1-8.", "Y. E. Chavez", "Y. E. Chavez/PERSON/"},
		// a name that goes on after the form
		{"In 2007 Abdul Sattar Abu Risha was killed in Ramadi.", "Abdul Sattar Abu Risha", "Abdul Sattar Abu Risha/PERSON/"},
		{"The historian Bevin Alexander reports that the retreat was orderly.", "Bevin Alexander", "Bevin Alexander/PERSON/"},
		{"The group was then led by Abu Musab al-Zarqawi until 2006.", "Abu Musab al-Zarqawi", "Abu Musab al-Zarqawi/PERSON/"},
		{"12. Haig KM, Sutton S, Whitton J. Nurse staffing. BMJ. 2010;3:14.", "Haig KM", "Haig KM/PERSON/"},
		// the person's own names
		{"John Kennedy, while a senator, opposed the war.", "Kennedy", "Kennedy/PERSON/USA"},
		{"In 1961 President Kennedy sent advisers.", "Kennedy", "Kennedy/PERSON/USA"},
		{"Jair Messias Bolsonaro won the election of 2018.", "Bolsonaro", "Bolsonaro/PERSON/BRA"},
		{"Henry Kissinger flew to Beijing in 1971.", "Henry Kissinger", "Henry Kissinger/PERSON/USA"},
		{"In 2005 Bush met Putin in Bratislava.", "Bush", "Bush/PERSON/USA"},
		{"The Kennedy Administration sent advisers.", "Kennedy Administration", "Kennedy Administration/ORG/USA"},
		{"Lee Hsien Loong visited Jakarta in 2010.", "Lee Hsien Loong", "Lee Hsien Loong/PERSON/SGP"},
		// a heading's run of capitalized words is no longer name
		{"Republican Leader: Donald Trump Doomed Michigan Candidates", "Donald Trump", "Donald Trump/PERSON/USA"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// A capital's one-word form after a title, an honorific, a title and
// "of", or a given name names a person, not the state.
func TestCapitalPerson(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// a history of the American war of independence
		{"In 1776 General Washington crossed the Delaware.", "Washington", "Washington/PERSON/"},
		{"George Washington resigned his commission in 1783.", "George Washington", "George Washington/PERSON/"},
		// a history of the Napoleonic wars and of the French Revolution
		{"In 1812 Lord Wellington stormed Badajoz.", "Wellington", "Wellington/PERSON/"},
		{"In 1793 the Mayor of Paris was arrested.", "Mayor of Paris", "Mayor of Paris/PERSON/"},
		// a news line
		{"The Mayor of London met the envoy on Monday.", "Mayor of London", "Mayor of London/PERSON/"},
		// a peer's title and "of": a history of the Peninsular War, one of
		// Victorian Britain, one of eighteenth-century Britain
		{"In 1815 the Duke of Wellington defeated the French army.", "Duke of Wellington", "Duke of Wellington/PERSON/"},
		{"The Earl of Chatham resigned as Prime Minister in 1768.", "Chatham", "Chatham/PERSON/"},
		{"The Marquess of Salisbury formed a cabinet in 1885.", "Marquess of Salisbury", "Marquess of Salisbury/PERSON/"},
		// an abbreviated title (a history, a news line)
		{"In 1777 Gen. Washington retreated to Valley Forge.", "Washington", "Washington/PERSON/"},
		{"In 1899 Gen. Santiago led the column into the hills.", "Santiago", "Santiago/PERSON/"},
		{"Col. Lima commanded the garrison in 1932.", "Lima", "Lima/PERSON/"},
		// the capitals themselves
		{"In 1812 Washington declared war on Britain.", "Washington", "Washington/GPE/USA"},
		{"Wellington recalled its ambassador from Paris.", "Wellington", "Wellington/GPE/NZL"},
		{"Officials in London and Paris disagreed.", "London", "London/GPE/GBR"},
		{"The President flew from Washington to Kabul.", "Washington", "Washington/GPE/USA"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// A document that names another person of a surname by a given name
// leaves the surname alone ambiguous: no actor, and no full name's
// mention either.
func TestAmbiguousSurname(t *testing.T) {
	for _, c := range []struct {
		sentences []string
		sent      int
		form      string
		want      string
	}{
		// a history of the American war of independence
		{[]string{"Sir Henry Clinton took command in New York.", "General Clinton then sailed south."}, 1, "Clinton", ""},
		// a history of the Western Front
		{[]string{"Field Marshal Douglas Haig commanded the British.", "Haig refused to halt the offensive."}, 1, "Haig", ""},
		// a paper on the 1990s: no other Clinton
		{[]string{"Bill Clinton took office in 1993.", "Clinton then sent envoys to Dayton."}, 1, "Clinton", "USA"},
		// a title before a surname is no given name
		{[]string{"President Kennedy met Khrushchev in Vienna."}, 0, "Kennedy", "USA"},
	} {
		text, es := sentencesEntities(t, c.sentences...)
		if got := actorIn(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q in %q: actor %q, want %q", c.form, c.sentences, got, c.want)
		}
	}
}

// An armed group's form that opens a longer name ("for" and capitalized
// words) is the start of another group's name, which the vocabulary does
// not know: one entity with no actor, and the state inside the name is no
// actor of its own.
func TestGroupInsideLongerName(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// a history of Libya's exiles (the National Front for the Liberation
		// of South Vietnam, this test's first case, has its own row since
		// actors20: agencies.tsv)
		{"Exiles in Khartoum founded the National Front for the Salvation of Libya in 1981.", "National Front for the Salvation of Libya", "National Front for the Salvation of Libya/ORG/"},
		// a history of decolonisation in Africa
		{"In 1961 the Revolutionary Army for the Liberation of Angola attacked a prison.", "Revolutionary Army for the Liberation of Angola", "Revolutionary Army for the Liberation of Angola/ORG/"},
		// the connector in title case
		{"Exiles in Khartoum founded the National Front For the Salvation of Libya.", "National Front For the Salvation of Libya", "National Front For the Salvation of Libya/ORG/"},
		// a list joiner ends the name before a lower-case word, not before a name word
		{"Qaddafi hunted the National Front for the Salvation of Libya and the Muslim Brotherhood.", "National Front for the Salvation of Libya", "National Front for the Salvation of Libya/ORG/"},
		{"Police said the Revolutionary Army for Peace and Justice claimed the attack.", "Revolutionary Army for Peace and Justice", "Revolutionary Army for Peace and Justice/ORG/"},
		// a longer name the vocabulary knows is that name's
		{"Hanoi armed the National Front for the Liberation of South Vietnam and the Pathet Lao.", "National Front for the Liberation of South Vietnam", "National Front for the Liberation of South Vietnam/ORG/VNM"},
		// the groups themselves
		{"In 1990 the National Front bombed a bank in Athens.", "National Front", "National Front/ORG/GREECE_2"},
	} {
		es := entities(t, c.sentence)
		got := ""
		for _, e := range es {
			if strings.HasPrefix(e, c.form+"/") {
				got = e
			}
			for _, state := range []string{"South Vietnam/", "Angola/", "Libya/"} {
				if strings.HasPrefix(e, state) {
					t.Errorf("%q: %s is an entity of its own inside the group's name", c.sentence, e)
				}
			}
		}
		if got != c.want {
			t.Errorf("%q in %q: %q, want %q (all: %v)", c.form, c.sentence, got, c.want, es)
		}
	}
}

// checkEntity checks that the entity of a sentence whose text is form is
// want ("text/LABEL/actor").
func checkEntity(t *testing.T, sentence, form, want string) {
	t.Helper()
	checkEntityIn(t, "body", sentence, form, want)
}

// checkEntityIn is checkEntity for a sentence of the given zone.
func checkEntityIn(t *testing.T, zone, sentence, form, want string) {
	t.Helper()
	es := entitiesIn(t, sentence, zone)
	got := ""
	for _, e := range es {
		if strings.HasPrefix(e, form+"/") {
			got = e
		}
	}
	if got != want {
		t.Errorf("%q in %q (%s): %q, want %q (all: %v)", form, sentence, zone, got, want, es)
	}
}

// A subdivision's one-word form after a title, an honorific or a given
// name names a person, as a capital's does, with no place: the parish,
// department or state of that name is not meant.
func TestProvincePerson(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// a history of the Vietnam war and one of the French Revolution
		{"In 1967 General William Westmoreland asked for more troops.", "William Westmoreland", "William Westmoreland/PERSON/USA"}, // his own row since actors38
		{"In 1793 Pauline Leon petitioned the Assembly for arms.", "Pauline Leon", "Pauline Leon/PERSON/"},
		// a news line and a reference list's author
		{"Senator Miranda opposed the budget in 2019.", "Miranda", "Miranda/PERSON/"},
		{"Jennifer Miranda wrote the report.", "Jennifer Miranda", "Jennifer Miranda/PERSON/"},
		// the subdivisions themselves
		{"Floods struck Westmoreland in 2005.", "Westmoreland", "Westmoreland/GPE/"},
		{"The refinery in Alberta closed in 2016.", "Alberta", "Alberta/GPE/"},
		// a given name after a venue word and "of" opens a place's name: the
		// First World War's history (held-out) and a history of the Italian
		// front of my own
		{"In October 1918 the Italian army won at the Battle of Vittorio Veneto.", "Veneto", "Veneto/GPE/"},
		{"The Siege of Vittorio Veneto never happened; the town fell in a day in 1918.", "Veneto", "Veneto/GPE/"},
		{"In October 1918 the Italian army won at the Battle of Vittorio Veneto.", "Vittorio", ""},
		{"The Siege of Vittorio Veneto never happened; the town fell in a day in 1918.", "Vittorio", ""},
		// a person named after "of" without a venue word stays a person
		{"The cabinet of Pauline Leon fell in 1795.", "Pauline Leon", "Pauline Leon/PERSON/"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// A state's or a capital's name after words of unitnames.txt closes the
// name of a force or a command: one ORG with no actor. The state's name
// elsewhere in the sentence, and after other words, keeps its actor.
func TestUnitNames(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// a history of the Iraq war and a paper on the war in Afghanistan
		{"In 2003 Tikrit fell to the US Marines of Task Force Tripoli.", "Task Force Tripoli", "Task Force Tripoli/ORG/"},
		{"In 2007 Petraeus took command of Multi-National Force - Iraq, which oversees the forces in Iraq.", "Multi-National Force - Iraq", "Multi-National Force - Iraq/ORG/"},
		{"In 2007 Petraeus took command of Multi-National Force - Iraq, which oversees the forces in Iraq.", "Iraq", "Iraq/GPE/IRQ"},
		{"In 2004 Combined Joint Task Force Afghanistan took over the south.", "Combined Joint Task Force Afghanistan", "Combined Joint Task Force Afghanistan/ORG/"},
		// the other way: a force sent to a state, and a capital after
		// other words
		{"In 2003 the task force left Tripoli for the coast.", "Tripoli", "Tripoli/GPE/LBY"},
		{"In 2002 a US task force arrived in Afghanistan.", "Afghanistan", "Afghanistan/GPE/AFG"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}
