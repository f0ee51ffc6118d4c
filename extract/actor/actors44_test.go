package actor

import "testing"

// TestUnitNouns44 checks the formations of armies and navies as agent
// nouns (agents.tsv): a state's name or demonym before them is that
// state's military ("the Japanese fleet", "Polish cavalry"), as
// "divisions" is; a word between ("fishing fleet") makes no agent.
func TestUnitNouns44(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Russo-Japanese war and one of the Second World
		// War in the Mediterranean
		{[]string{"In 1905 the Japanese fleet destroyed the Russian fleet at Tsushima."}, 0, "Japanese fleet", "JPN/MIL"},
		{[]string{"In 1905 the Japanese fleet destroyed the Russian fleet at Tsushima."}, 0, "Russian fleet", "RUS/MIL"},
		{[]string{"In 1940 a British squadron bombarded the French ships at Mers-el-Kebir."}, 0, "British squadron", "GBR/MIL"},
		{[]string{"In 1914 a German flotilla raided the coast."}, 0, "German flotilla", "DEU/MIL"},
		{[]string{"In 1985 the Soviet fishing fleet left the Baltic."}, 0, "Soviet", "SUN/"},
		// a history of the invasion of Poland and one of the Somme
		{[]string{"In 1939 Polish cavalry charged German tanks."}, 0, "Polish cavalry", "POL/MIL"},
		{[]string{"In 1916 two British brigades attacked the German trenches."}, 0, "British brigades", "GBR/MIL"},
		{[]string{"In 1936 the Soviet fire brigade was founded."}, 0, "Soviet fire brigade", "SUN/GOV"},
	})
}

// TestOtherPeoplesByPlace44 checks "Indian(s)" before 1947 in a document
// whose most-named states are of no region (Britain and France): the
// document's places in the Americas make them the peoples of the
// Americas, no actor, in a dated sentence and in an undated one of a dated
// narrative; a place of India's keeps them India's.
func TestOtherPeoplesByPlace44(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Seven Years' War in North America
		{[]string{"In 1755 the French and their Indian allies ambushed the British column.", "In 1759 the British took Quebec.", "In 1760 Montreal surrendered to the British."}, 0, "Indian", "/"},
		{[]string{"In 1757 France took the fort, and the Indians killed the British prisoners.", "In 1760 Montreal and Quebec fell to Britain."}, 0, "Indians", "/"},
		// a history of Pontiac's war: an undated sentence of 1763
		{[]string{"In 1763 Pontiac rose against the British.", "The Indians besieged Detroit and took several British forts.", "In 1764 the British sent troops into Ohio."}, 1, "Indians", "/"},
		// a history of the Carnatic wars: a place of India's
		{[]string{"In 1746 the French took Madras from the British.", "In 1751 the Indians rallied to the British at Arcot.", "In 1760 Montreal fell to the British, and Quebec too."}, 1, "Indians", "IND/"},
		// one stray place of the Americas is no region
		{[]string{"In 1915 Britain and France fought Germany.", "In 1915 the Indians held the line, and a New York paper praised them."}, 1, "Indians", "IND/"},
	})
}
