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
