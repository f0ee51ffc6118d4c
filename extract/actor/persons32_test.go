package actor

import (
	"strings"
	"testing"
)

// TestNationalSurnames checks a person the document introduces by a
// demonym, a title and a surname alone ("the French general Joffre",
// "Prussian chancellor Bismarck", "the Confederate general Lee": a bounded
// demonym, by its dates) or by a title, a name and "of the" a demonym's
// force ("Admiral Yamamoto of the Japanese navy"): that state's, with the
// title's or the force's sector, and so are the later mentions of the
// surname and the force named after him ("Lee's army"). Not where the
// document names another person of the surname or gives it another side,
// not a body after a title ("the German General Staff"), not after a word
// of formerly.txt, not a ship ("the Admiral Scheer of the German navy").
func TestNationalSurnames(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Marne and one of the Gettysburg campaign
		{[]string{"In 1914 the French general Joffre gathered his reserves.", "In 1914 Joffre ordered a counterattack."}, 1, "Joffre", "FRA/MIL"}, // his row's sector (actors38)
		{[]string{"In 1914 the French general Joffre gathered his reserves.", "In 1914 Joffre's army crossed the Marne."}, 1, "army", "FRA/MIL"},
		{[]string{"In 1863 the Confederate general Lee marched north.", "In 1863 Lee attacked the Union lines."}, 1, "Lee", "CONFEDERATE_STATES/"},
		{[]string{"In 1863 the Confederate general Lee marched north.", "On 3 July 1863 Lee's army assaulted Cemetery Ridge."}, 1, "army", "CONFEDERATE_STATES/MIL"},
		// a state's name for the demonym; "the Union" only beside the Confederacy
		{[]string{"In 1863 the Confederate general Lee marched north.", "In 1863 the Union general Meade followed.", "In 1863 Meade held the ridge."}, 2, "Meade", "USA/"},
		{[]string{"In 1863 the Union general Meade followed.", "In 1863 Meade held the ridge."}, 1, "Meade", "(none)"},
		// a history of German unification: a state that ended (Prussia, to 1918)
		{[]string{"In 1866 the Prussian chancellor Bismarck provoked Austria.", "In 1870 Bismarck edited the telegram."}, 1, "Bismarck", "DEU/GOV"},
		// the Pacific war and the desert war
		{[]string{"In 1942 Admiral Yamamoto of the Japanese navy planned the attack.", "In 1942 Yamamoto attacked Midway."}, 1, "Yamamoto", "JPN/MIL"},
		{[]string{"In 1941 General Wavell of the British army held Egypt.", "In 1941 Wavell's forces took Syria."}, 1, "forces", "GBR/MIL"},
		// another person of the surname, or the surname on two sides
		{[]string{"In 1863 the Confederate general Lee marched north.", "In 1863 Fitzhugh Lee rode ahead.", "In 1863 Lee attacked the Union lines."}, 2, "Lee", "/"},
		{[]string{"In 1914 the French general Moltke waited.", "In 1914 the German general Moltke advanced.", "In 1914 Moltke ordered a retreat."}, 2, "Moltke", "/"},
		// a body after a title, a former officer, a ship
		{[]string{"In 1916 the German General Staff planned Verdun.", "In 1916 Staff officers met."}, 0, "Staff", "(none)"},
		{[]string{"In 1999 the former Soviet general Lebed ran for office.", "In 1999 Lebed won Krasnoyarsk."}, 1, "Lebed", "/"},
		{[]string{"In 1939 the Admiral Scheer of the German navy sailed.", "In 1939 Scheer returned."}, 1, "Scheer", "/"},
	})
}

// TestNationalSurnamesLinearInDocument: a long narrative (300 paragraphs)
// whose paragraphs each introduce persons by a demonym and a title or by
// "of the" a force, and name them again by surname, and name bodies by
// short names ("the Senate") and bare forces ("the army"), is resolved in
// time that grows with the document, not with its square: the surnames
// and bodies are indexed once (nationals, otherBearers, surnames,
// shortBodies, topicStates), never looked up in the whole document per
// mention. Two paragraph shapes of our own.
func TestNationalSurnamesLinearInDocument(t *testing.T) {
	paras := []string{
		"In 1914 the French general Joffre gathered his reserves, and General Foch of the French army waited. Joffre ordered an attack, and Joffre's army crossed the river while Foch held. The Convention met, and the army waited.",
		"In 1942 Admiral Yamamoto of the Japanese navy planned an attack, and the American admiral Nimitz waited. Yamamoto sailed east, and Nimitz's fleet met him. The US Senate met, and the Senate adjourned.",
	}
	var got []string
	linearIn(t, "paragraphs of persons", 75, func(n int) {
		got = docEntities(t, repeatParas(paras, n), 0)
	})
	n := 0
	for _, e := range got {
		for _, w := range []string{"Joffre/FRA", "Foch/FRA", "Yamamoto/JPN", "Nimitz/USA"} {
			if strings.HasPrefix(e, w) || strings.HasSuffix(e, " "+w) { // "General Foch/FRA": a row's form (actors38)
				n++
			}
		}
	}
	if n < 300*4 {
		t.Fatalf("got %d persons' mentions with their state in 300 paragraphs, want at least 1200", n)
	}
}
