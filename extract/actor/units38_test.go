package actor

import "testing"

// TestUnitCommander checks that a numbered force that no word before it
// gives a state is its coded commander's state where "under", "led by"
// or "commanded by" joins his name to it, and its later mentions too;
// not where the person is the enemy's ("under Rommel's attack") or
// another word comes between ("under pressure from Rommel"), nor by the
// state its sentence names otherwise (the enemy's as often as its own:
// "the 101st Airborne Division held Bastogne against German attacks").
// A person-tagged numbered name after an ordinal is a force's ("the 1st
// Cavalry Division"). Histories of the Korean war and the desert war, a
// paper on Stalingrad.
func TestUnitCommander(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"In 1951 the Eighth Army under General Ridgway advanced. The Eighth Army took Seoul.",
			[]string{"Eighth Army/USA/MIL", "General Ridgway/USA"}, []string{"Eighth Army/"}},
		{"In 1950 X Corps, commanded by General MacArthur, landed at Inchon.", []string{"X Corps/USA/MIL"}, nil},
		{"In 1942 the Sixth Army led by Friedrich Paulus reached Stalingrad.", []string{"Sixth Army/DEU/MIL"}, nil},
		{"In 1950 the US 1st Cavalry Division captured Pyongyang.", []string{"US 1st Cavalry Division/USA/MIL"}, nil},
		// must not: the enemy's commander, another word between, the
		// sentence's other state
		{"In 1942 the Eighth Army under Rommel's attack fell back.", []string{"Eighth Army/"}, []string{"Eighth Army/DEU/MIL"}},
		{"In 1942 the Eighth Army under Rommel’s attack fell back.", []string{"Eighth Army/"}, []string{"Eighth Army/DEU/MIL"}},
		{"In 1942 the Eighth Army under pressure from Rommel fell back.", []string{"Eighth Army/"}, []string{"Eighth Army/DEU/MIL"}},
		{"In 1944 the 101st Airborne Division held Bastogne against German attacks.", nil, []string{"Airborne Division/DEU/MIL", "101st Airborne Division/DEU/MIL"}},
		{"In 1950 the 1st Cavalry Division captured Pyongyang.", nil, []string{"Cavalry Division/PRK/MIL"}},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}
