package actor

import "testing"

// TestOwnBodies checks a state's body named by a bare common noun
// (topical.tsv's "own" rows: "the parliament", "the legislature"): the
// body of the one state its paragraph names; no one's where the paragraph
// names two states (not the document's topic, as "the government" falls
// back to), after a possessive or a noun that makes it another body ("the
// rump parliament"), or before "of" ("the parliament of birds").
func TestOwnBodies(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Directory and one of Hungary after the war
		{[]string{"In 1795 France adopted a new constitution.", "In 1795 the legislature met in two chambers."}, 1, "legislature", "FRA/LEG"},
		{[]string{"In 1919 Hungary lost Transylvania, and Hungary mourned.", "In 1919 the parliament dissolved."}, 1, "parliament", "HUN/LEG"},
		// two states in the paragraph
		{[]string{"In 1919 Hungary and Romania fought.", "In 1919 the parliament dissolved."}, 1, "parliament", "(none)"},
		{[]string{"In 1795 France and Spain made peace.", "In 1795 the legislature met in two chambers."}, 1, "legislature", "(none)"},
		// a possessive of an uncoded name, a noun before, "of" after
		{[]string{"In 1916 Russia lost Galicia.", "In 1916 Sturmer's parliament fell."}, 1, "parliament", "(none)"},
		{[]string{"In 1653 England was a republic, and England was poor.", "In 1653 the rump parliament was dissolved."}, 1, "parliament", "(none)"},
		{[]string{"In 1653 England was a republic, and England was poor.", "In 1653 the parliament was dissolved."}, 1, "parliament", "GBR/LEG"},
		{[]string{"In 1950 Sweden grew rich, and Sweden stayed neutral.", "In 1950 the parliament of birds was read aloud in Stockholm."}, 1, "parliament", "(none)"},
	})
}

// TestOwnBodyBesideParliaments checks "the parliament" in a paragraph that
// names an international body with a parliament of its own (an igo with a
// form naming its Parliament: the European Union's "European
// Parliament"): no state's there, the paragraph's one state's elsewhere.
func TestOwnBodyBesideParliaments(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a paper on the sanctions of 2014, one on Irish neutrality
		{[]string{"In 2014 the European Union imposed sanctions on Russia.", "In 2014 the parliament voted on the sanctions."}, 1, "parliament", "(none)"},
		{[]string{"In 2014 Russia annexed Crimea, and Russia defied the West.", "In 2014 the parliament voted on the sanctions."}, 1, "parliament", "RUS/LEG"},
		{[]string{"In 2008 Ireland rejected the treaty of the European Union.", "In 2008 the parliament debated neutrality."}, 1, "parliament", "(none)"},
		{[]string{"In 2008 Ireland rejected the treaty, and Ireland stayed neutral.", "In 2008 the parliament debated neutrality."}, 1, "parliament", "IRL/LEG"},
	})
}
