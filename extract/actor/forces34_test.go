package actor

import "testing"

// TestForceNamesOwnOwner checks a numbered force's mention that names its
// own owner: "of" and a state's name after it is an introduction with
// that state ("the Eighth Army of Britain", "the Ninth Army of the United
// States"), not a later mention of another state's force of the name; a
// possessor no stage coded ("Montgomery's Eighth Army") is an introduction
// with no state, which takes no one's and leaves the later bare mentions
// no one's. "of" and anything but a state ("of the UN", an
// organisation that commands others' forces) is no owner.
func TestForceNamesOwnOwner(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// histories of the desert war and of the crossing of the Rhine
		{[]string{"In 1942 the Italian Eighth Army reached the Don.", "In 1942 the Eighth Army of Britain attacked at El Alamein.", "In 1943 the Eighth Army took Tripoli."}, 1, "Eighth Army", "GBR/MIL"},
		{[]string{"In 1942 the Italian Eighth Army reached the Don.", "In 1942 the Eighth Army of Britain attacked at El Alamein.", "In 1943 the Eighth Army took Tripoli."}, 2, "Eighth Army", "/"},
		{[]string{"In 1943 the German Ninth Army held Orel.", "In 1945 the Ninth Army of the United States crossed the Rhine."}, 1, "Ninth Army", "USA/MIL"},
		{[]string{"In 1945 the Ninth Army of the United States crossed the Rhine.", "In 1945 the Ninth Army took Cologne."}, 1, "Ninth Army", "USA/MIL"},
		// must not: an uncoded possessor's, "of" and no state
		{[]string{"In 1942 the Italian Eighth Army reached the Don.", "In 1942 Montgomery's Eighth Army attacked at El Alamein.", "In 1943 the Eighth Army took Tripoli."}, 1, "Eighth Army", "/"},
		{[]string{"In 1942 the Italian Eighth Army reached the Don.", "In 1942 Montgomery's Eighth Army attacked at El Alamein.", "In 1943 the Eighth Army took Tripoli."}, 2, "Eighth Army", "/"},
		{[]string{"In 1950 the US Eighth Army retreated to Pusan.", "In 1951 the Eighth Army of the UN retook Seoul."}, 1, "Eighth Army", "USA/MIL"},
		{[]string{"In 1950 the US Eighth Army retreated to Pusan.", "In 1951 the Eighth Army of NATO retook Seoul."}, 1, "Eighth Army", "USA/MIL"},
	})
}

// TestHomeForcesTargetSide checks a bare "the army" in a paragraph whose
// one subject state acts on another state named as its verb's object
// ("Germany invaded Poland", "the Soviet Union pressed Finland"): the
// object is a second side, and the army either's, no one's; a state after
// a preposition ("declared war on Germany") or a capital ("occupied Kuwait
// City") is still a place, and the army the subject's, as a state's name
// inside a longer name ("passed the Irish Free State Act") is no object.
func TestHomeForcesTargetSide(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		lines [][]string
		sent  int
		want  string
	}{
		// histories of 1939, of the Iran-Iraq war and of the Winter War
		{[][]string{{"In 1939 Germany invaded Poland.", "In 1939 the army resisted for five weeks."}}, 1, "(none)"},
		{[][]string{{"In 1980 Iraq invaded Iran.", "In 1982 the army counterattacked."}}, 1, "(none)"},
		{[][]string{{"In 1939 the Soviet Union pressed Finland.", "In 1939 the army fought the Red Army."}}, 1, "(none)"},
		// must not change: a preposition's state, a capital, no state
		{[][]string{{"In 1939 Britain declared war on Germany.", "In 1940 the army landed in Norway."}}, 1, "GBR/MIL"},
		{[][]string{{"In 1990 Iraq occupied Kuwait City.", "In 1990 the army looted the banks."}}, 1, "IRQ/MIL"},
		{[][]string{{"In 1979 Egypt signed a treaty with Israel.", "In 1980 the army withdrew from the canal."}}, 1, "EGY/MIL"},
		// a history of Ireland: a state's name inside a longer name
		{[][]string{{"In 1922 Britain passed the Irish Free State Act.", "In 1922 the army left Dublin."}}, 1, "GBR/MIL"},
	} {
		text, es := linedDoc(t, v, c.lines)
		if got := sentActor(text, es, c.sent, "army"); got != c.want {
			t.Errorf("%q: army is %q, want %q", text, got, c.want)
		}
	}
}

// TestBareBodiesTargetSide: a state a verb's object names is no second
// side beside an organisation's ("the League of Nations ... The Assembly
// condemned Japan": the League's Assembly), but is beside a state's.
func TestBareBodiesTargetSide(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		lines [][]string
		want  string
	}{
		// histories of the League and of the Winter War
		{[][]string{{"In 1920 the League of Nations met in Geneva.", "In 1933 the Assembly condemned Japan."}}, "LEAGUE_OF_NATIONS/LEG"},
		{[][]string{{"In 1939 the Soviet Union pressed Finland.", "In 1939 the Assembly condemned the demands."}}, "/"},
	} {
		text, es := linedDoc(t, v, c.lines)
		if got := sentActor(text, es, 1, "Assembly"); got != c.want {
			t.Errorf("%q: Assembly is %q, want %q", text, got, c.want)
		}
	}
}
