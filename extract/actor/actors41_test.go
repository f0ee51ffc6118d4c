package actor

import (
	"strings"
	"testing"
)

// TestBelgradeByDate checks Belgrade as Yugoslavia's capital in its years
// before the Federal Republic of April 1992 (states.tsv, a dated row read
// before Serbia's undated one), and Serbia's after, before 1918 and with
// no date. Sentences of a Cold War history of the Tito-Stalin split, a
// paper on the Non-Aligned Movement, and news of the Kosovo war and of
// today, of my own writing.
func TestBelgradeByDate(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// a Cold War history and a paper on non-alignment
		{"In 1948 Moscow expelled Belgrade from the Cominform.", "Belgrade/GPE/YUG/"},
		{"Belgrade hosted the first summit of the non-aligned states in 1961.", "Belgrade/GPE/YUG/"},
		{"In 1991 Belgrade sent the army into Slovenia.", "Belgrade/GPE/YUG/"},
		// must not: after April 1992, before 1918, or with no date
		{"In 1999 NATO bombed Belgrade.", "Belgrade/GPE/SRB/"},
		{"In 1914 Austria-Hungary shelled Belgrade.", "Belgrade/GPE/SRB/"},
		{"Belgrade recalled its ambassador.", "Belgrade/GPE/SRB/"},
		{"In 2008 Belgrade rejected Kosovo's declaration.", "Belgrade/GPE/SRB/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}

// TestCoalitionLeader checks a coalition named by its common noun ("the
// coalition", "Coalition aircraft", "coalition forces") as the state its
// section introduced it as led by ("the US-led coalition", "a coalition
// led by Saudi Arabia"); no one's with no introduction before it, after
// another coalition's ("its own coalition"), after two leaders', and
// where the noun names a party coalition or modifies another noun. A
// history of the Gulf War and a paper on the war in Yemen and Syria, of
// my own writing.
func TestCoalitionLeader(t *testing.T) {
	v := testVocab(t)
	gulf := []string{"In January 1991 the US-led coalition attacked Iraq.", "Coalition aircraft bombed Baghdad.", "The coalition liberated Kuwait in February 1991.", "Iraq fired missiles at the coalition."}
	yemen := []string{"In March 2015 a coalition led by Saudi Arabia intervened in Yemen.", "The Houthis attacked the coalition.", "Coalition warplanes struck Hodeidah."}
	checkDocCases(t, v, []docCase{
		{gulf, 1, "Coalition aircraft", "USA/MIL"},
		{gulf, 2, "coalition", "USA/"},
		{gulf, 3, "coalition", "USA/"},
		{yemen, 0, "coalition", "SAU/"},
		{yemen, 1, "coalition", "SAU/"},
		{yemen, 2, "Coalition warplanes", "SAU/MIL"},
		// must not: no introduction, or one after it
		{[]string{"In 2003 the United States invaded Iraq.", "Coalition forces entered Baghdad."}, 1, "Coalition forces", "(none)"},
		{[]string{"Coalition forces entered Kuwait.", "Later the US-led coalition bombed Iraq."}, 0, "Coalition forces", "(none)"},
		// another coalition, or two leaders
		{[]string{"In 2014 the US-led coalition struck Syria.", "In 2015 Russia formed its own coalition with Iran.", "The coalition bombed Aleppo."}, 2, "coalition", "(none)"},
		{[]string{"The US-led coalition struck Syria in 2014.", "The Saudi-led coalition attacked Yemen in 2015.", "The coalition blockaded Hodeidah."}, 2, "coalition", "(none)"},
		// a party coalition, a modifier, the members named
		{[]string{"The US-led coalition invaded Iraq in 2003.", "The coalition government in Baghdad fell."}, 1, "coalition", "(none)"},
		{[]string{"The US-led coalition invaded Iraq in 2003.", "The ruling coalition collapsed in Lebanon."}, 1, "coalition", "(none)"},
		{[]string{"The US-led coalition invaded Iraq in 2003.", "The coalition of the willing sent troops."}, 1, "coalition", "(none)"},
		{[]string{"The US-led coalition invaded Iraq in 2003.", "The Coalition Provisional Authority governed Iraq."}, 1, "Coalition", "(none)"},
	})
}

// TestNumberedUnitNoPerson checks that a force's numbered name the
// tagger reads as a person ("the 3rd Army", "Sikorski's 5th Army") is an
// organisation with no actor where no word gives it a state, and that a
// ruler's regnal numeral ("Napoleon III", "George III") keeps its person.
// A history of the Russo-Japanese war and one of the Polish-Soviet war,
// of my own writing.
func TestNumberedUnitNoPerson(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentences []string
		sent      int
		form      string
		want      string // label/actor
	}{
		{[]string{"In 1904 Japan besieged Port Arthur.", "Later the 3rd Army retreated."}, 1, "Army", "ORG/"},
		{[]string{"In August 1920 the Red Army reached the Vistula.", "Then Sikorski's 5th Army pushed the Soviet formations away from Warsaw."}, 1, "Army", "ORG/"},
		// must not: a ruler's numeral
		{[]string{"In 1870 the French army surrendered at Sedan.", "Napoleon III fled to England."}, 1, "Napoleon III", "PERSON/FRA"}, // France's emperor to 1870 (rulers.tsv)
		{[]string{"In 1775 the colonists rebelled.", "George III opposed the rebels."}, 1, "George III", "PERSON/GBR"},
	} {
		text, es := datedDoc(t, v, c.sentences)
		got := "(none)"
		if e := entityAt(text, es, c.sent, c.form); e != nil {
			got = e.Label + "/" + e.Actor
		}
		if got != c.want {
			t.Errorf("%q: %s is %s, want %s", text, c.form, got, c.want)
		}
	}
}

// TestGovernmentPlacedBefore checks that a bare "the government" in a
// paragraph that names several states is the state its paragraph named
// the same noun with before, by "in" or "of" and a state or capital ("the
// government in Dushanbe" ... "the government"), before the document's
// topic; not from another paragraph, and not where the paragraph placed
// the noun in two states. A paper on the Tajik civil war and news of
// Somalia, of my own writing.
func TestGovernmentPlacedBefore(t *testing.T) {
	for _, c := range []struct {
		doc, want string // the last "government"'s text/code/sector
	}{
		{"Russia armed Uzbekistan in 1991.\n\nThe opposition fought the government in Dushanbe in 1992. Russia backed Rahmon's forces. Uzbekistan sent aircraft to the government in 1993. Iran mediated in 1997.",
			"government/TJK/GOV"},
		{"Kenya fought al-Shabaab in 2011.\n\nAl-Shabaab attacked the government in Mogadishu in 2010. Kenya and Ethiopia sent troops to defend the government.",
			"government/SOM/GOV"},
		// must not: another paragraph's, or two places in the paragraph
		// (the document's topic, as before)
		{"Russia armed Uzbekistan in 1991. Russia armed Uzbekistan again.\n\nThe opposition fought the government in Dushanbe in 1992.\n\nRussia and Uzbekistan armed the government in 1993.",
			"government/RUS/GOV"},
		{"Russia armed Uzbekistan in 1991. Russia armed Uzbekistan again.\n\nThe government in Dushanbe and the government in Tashkent met in 1992. Russia and Iran armed the government.",
			"government/RUS/GOV"},
	} {
		got := docEntities(t, c.doc, 0)
		last := ""
		for _, g := range got {
			if strings.HasPrefix(g, "government/") {
				last = g
			}
		}
		if last != c.want {
			t.Errorf("%q: %v, want the last government %s", c.doc, got, c.want)
		}
	}
}
