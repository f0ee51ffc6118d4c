package actor

import "testing"

// TestInvadersArmy checks a bare "the army" in a paragraph whose one state
// invades another as a verb's object (topical.tsv "invade": "Germany
// invaded Poland"): the invader's where the army opens its clause with a
// verb of advance ("advance": "The army reached Moscow"), else no one's
// as before (either side's: "The army resisted"); no one's where another
// side is named, another verb's object too, or the army comes before the
// invasion.
func TestInvadersArmy(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		lines [][]string
		sent  int
		want  string
	}{
		// histories of 1939, 1812, 1980 and 1950
		{[][]string{{"In 1939 Germany invaded Poland.", "In 1939 the army advanced quickly toward Warsaw."}}, 1, "DEU/MIL"},
		{[][]string{{"In 1812 France invaded Russia.", "In 1812 the army reached Moscow in September."}}, 1, "FRA/MIL"},
		{[][]string{{"In 1980 Iraq attacked Iran.", "In 1980 the army quickly crossed the river."}}, 1, "IRQ/MIL"},
		{[][]string{{"In 1950 North Korea invaded South Korea.", "In 1950 the army seized Seoul in three days."}}, 1, "PRK/MIL"},
		// news of an invasion
		{[][]string{{"Moscow, 3 March 2022 (news). Russia invaded Ukraine last week.", "The army reached the outskirts of Kyiv on Sunday."}}, 1, "RUS/MIL"},
		// must not: a verb that is not an advance, another verb's object,
		// a second side, the army before the invasion, a verb not of invasion
		{[][]string{{"In 1812 France invaded Russia.", "In 1812 the army retreated from Moscow."}}, 1, "(none)"},
		{[][]string{{"Moscow, 3 March 2022 (news). Russia invaded Ukraine last week.", "The army was repelled near Kyiv on Sunday."}}, 1, "(none)"},
		{[][]string{{"In 1939 Germany attacked Poland, and France supported Poland.", "In 1939 the army advanced to the Vistula."}}, 1, "(none)"},
		{[][]string{{"In 1914 Germany invaded Belgium.", "In 1914 Britain declared war.", "In 1914 the army crossed the Channel."}}, 2, "(none)"},
		{[][]string{{"In 1939 the army advanced to the border.", "In 1939 Germany invaded Poland."}}, 0, "(none)"},
		{[][]string{{"In 1939 the Soviet Union pressed Finland.", "In 1939 the army advanced to the Mannerheim Line."}}, 1, "(none)"},
		// "took" and "pushed" are no verbs of advance: either army takes losses or refuge,
		// and pushes the other back (review27 finding 1)
		{[][]string{{"In 1941 Germany invaded the Soviet Union.", "In 1941 the army took heavy losses but held Moscow."}}, 1, "(none)"},
		{[][]string{{"In 1940 Italy attacked Greece.", "In 1940 the army pushed the invaders back into Albania."}}, 1, "(none)"},
		{[][]string{{"Baghdad, 2 March 1991 (news). Iraq invaded Kuwait last year.", "The army took refuge in the north on Sunday."}}, 1, "(none)"},
	} {
		text, es := linedDoc(t, v, c.lines)
		if got := sentActor(text, es, c.sent, "army"); got != c.want {
			t.Errorf("%q: army is %q, want %q", text, got, c.want)
		}
	}
}
