package actor

import "testing"

// TestUnitNouns44 checks the formations and weapons of armies and navies
// as agent nouns (agents.tsv): a state's name or demonym before them is
// that state's military ("the Japanese fleet", "Polish cavalry", "Israeli
// tanks"), as "divisions" and the dictionary's "warships" are; a word
// between ("fishing fleet") or a research institute ("think tank") is no
// agent.
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
		{[]string{"In 1939 Polish cavalry charged German tanks."}, 0, "German tanks", "DEU/MIL"},
		{[]string{"In 1916 two British brigades attacked the German trenches."}, 0, "British brigades", "GBR/MIL"},
		{[]string{"In 1936 the Soviet fire brigade was founded."}, 0, "Soviet fire brigade", "SUN/GOV"},
		// a news report on the intifada and a history of the war in China
		{[]string{"In 2002 Israeli tanks shelled Ramallah."}, 0, "Israeli tanks", "ISR/MIL"},
		{[]string{"In 1937 Japanese gunboats shelled Nanking."}, 0, "Japanese gunboats", "JPN/MIL"},
		{[]string{"In 1917 German submarines sank American ships."}, 0, "German submarines", "DEU/MIL"},
		{[]string{"In 2019 a German think tank criticised the plan."}, 0, "German", "DEU/"},
	})
}
