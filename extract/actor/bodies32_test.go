package actor

import "testing"

// TestShortBodies checks a capitalised word alone ("the Convention",
// "Congress") that ends the longer name of a body the vocabulary codes,
// named before it in the document ("the National Convention", "the
// Continental Congress"): that body's state and sector; no one's before
// any such name, where the names of two states' bodies end in it, for a
// force ("the Continental Army" ... "the Army"), or inside a longer name
// ("the Maine House of Representatives"). A legislature named by a
// demonym ("the Iraqi Parliament") gives its state and sector likewise.
func TestShortBodies(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Terror and one of the American revolution
		{[]string{"In 1793 the National Convention met in Paris.", "In 1793 the Convention voted for conscription."}, 1, "Convention", "FRA/GOV"},
		{[]string{"In 1776 the Continental Congress declared independence.", "In 1777 Congress fled to York."}, 1, "Congress", "USA/GOV"},
		// a paper on American elections
		{[]string{"In 2018 the US Senate confirmed the judge.", "In 2018 the Senate adjourned."}, 1, "Senate", "USA/GOV"},
		// a legislature by a demonym and its name: a history of the Iraq war, one of the Parliament Act
		{[]string{"In 2007 the Iraqi Parliament voted on the budget.", "In 2007 the cabinet consulted Parliament."}, 1, "Parliament", "IRQ/LEG"},
		{[]string{"In 1911 the British Parliament passed the act.", "In 1911 the Lords defied Parliament."}, 1, "Parliament", "GBR/LEG"},
		{[]string{"In 1911 the British Parliament passed the act, and the Canadian Parliament followed.", "In 1911 the Lords defied Parliament."}, 1, "Parliament", "/"},
		// before the longer name; two states' bodies; a force; a longer name
		{[]string{"In 1793 the Convention voted for conscription.", "In 1793 the National Convention met in Paris."}, 0, "Convention", "/"},
		{[]string{"In 2019 the United States Congress passed a bill.", "In 2019 the National People's Congress met in Beijing.", "In 2019 Congress protested."}, 2, "Congress", "/"},
		{[]string{"In 2018 the US Senate confirmed the judge, and the French Senate objected.", "In 2018 the Senate adjourned."}, 1, "Senate", "/"},
		{[]string{"In 1776 the Continental Army retreated.", "In 1776 the Army crossed the Delaware."}, 1, "Army", "/"},
		{[]string{"In 2018 the US Senate confirmed the judge.", "In 2018 the Maine House of Representatives adjourned."}, 1, "Representatives", "/"},
	})
}

// TestOwnLegislatures checks a legislature by a name of its own
// (agencies.tsv: "the Storting", "the Dáil", "the National Diet"): its
// state, sector LEG; "the Imperial Diet" Japan's only in its years (the
// Holy Roman Empire's of 1521 is no one's); and "the Diet" after it
// (shortBodies) Japan's, no one's before it.
func TestOwnLegislatures(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of Norwegian independence and one of the Irish treaty
		{[]string{"In 1905 the Storting dissolved the union with Sweden."}, 0, "Storting", "NOR/LEG"},
		{[]string{"In 1922 the Dáil approved the treaty by seven votes."}, 0, "Dáil", "IRL/LEG"},
		// Japan's diets and the Diet of Worms
		{[]string{"In 1890 the Imperial Diet met for the first time.", "In 1891 the Diet cut the army's budget."}, 1, "Diet", "JPN/LEG"},
		{[]string{"In 1960 the National Diet ratified the treaty."}, 0, "National Diet", "JPN/LEG"},
		{[]string{"In 1521 the Imperial Diet met at Worms.", "In 1521 the Diet heard Luther."}, 0, "Imperial Diet", "/"},
		{[]string{"In 1521 the Imperial Diet met at Worms.", "In 1521 the Diet heard Luther."}, 1, "Diet", "/"},
		{[]string{"In 1891 the Diet cut the army's budget.", "In 1891 the Imperial Diet met again."}, 0, "Diet", "/"},
	})
}

// TestBareForces checks "the army", "the navy" named bare (topical.tsv's
// force rows): the state of the force of that noun the paragraph named
// before; no one's where it named forces of that noun of two states.
// Where it named none, the paragraph's one side (actors33, sectionSides;
// TestHomeForces): never the document's state, nor a place's (an army is
// often in another state's land: "the army seized Kabul" is no one's by
// Kabul).
func TestBareForces(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Soviet intervention and one of the Russo-Japanese war
		{[]string{"In 1979 the Soviet army entered Afghanistan.", "In 1979 the army seized Kabul."}, 1, "army", "SUN/MIL"},
		{[]string{"In 1905 the Russian navy sailed to Tsushima.", "In 1905 the navy was destroyed there."}, 1, "navy", "RUS/MIL"},
		{[]string{"In 1979 Afghanistan rebelled, and Afghanistan burned.", "In 1979 the army seized Kabul."}, 1, "army", "AFG/MIL"},
		{[]string{"In 1979 Kabul burned.", "In 1979 the army seized Kabul."}, 1, "army", "(none)"},
		{[]string{"In 1979 the Soviet army and the Afghan army fought.", "In 1979 the army seized Kabul."}, 1, "army", "(none)"},
		{[]string{"In 1905 the Russian navy sailed to Tsushima.", "In 1905 the army of Japan waited.", "In 1905 the army of Kuropatkin retreated."}, 2, "army", "(none)"},
		{[]string{"In 1905 the Russian navy sailed to Tsushima.", "In 1905 the army retreated."}, 1, "army", "RUS/MIL"},
		{[]string{"In 1905 the Russian navy sailed to Tsushima.", "In 1905 the Japanese waited.", "In 1905 the army retreated."}, 2, "army", "(none)"},
	})
}
