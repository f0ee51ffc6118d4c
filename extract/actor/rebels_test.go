package actor

import (
	"strings"
	"testing"
)

// TestDomesticRebels checks rebels named only by a common noun (rule
// agent:rebels, groupAgents): with no armed group the document follows,
// the rebels of the state whose ground the story is on (groundState), once
// the text has named it; no one's in a scholarly document, before the
// state is named, where two states' places are named alike, or where the
// word modifies another noun ("guerrilla tactics").
func TestDomesticRebels(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // entities in order
	}{
		{"insurgent columns in a history of the Malayan emergency",
			"In 1951 the garrison of Kuala Lumpur was reinforced. Insurgent columns attacked the rubber estates.",
			[]string{"garrison/MYS/MIL", "Kuala Lumpur/MYS", "Insurgent columns/MYS/REB"}},
		{"rebel troops and partisan units in a history of the Greek civil war",
			"In 1946 Athens feared a rising. Rebel troops took the villages, and partisan units cut the railway.",
			[]string{"Athens/GRC", "Rebel troops/GRC/REB", "partisan units/GRC/REB"}},
		{"the guerrillas of a history of Colombia's violence, after its places",
			"In 1964 the army raided Marquetalia near Bogota. The guerrillas escaped to the mountains.",
			[]string{"Marquetalia/", "Bogota/COL", "guerrillas/COL/REB"}},
		{"a rebels' word that modifies another noun: no one's (a history of Algeria's war)",
			"In 1956 the army held Algiers. Guerrilla tactics spread, and insurgent attacks rose.",
			[]string{"Algiers/DZA"}},
		{"rebels before the text names their state: no one's",
			"Guerrillas ambushed the convoy. In 1951 the garrison of Kuala Lumpur was reinforced.",
			[]string{"garrison/MYS/MIL", "Kuala Lumpur/MYS"}},
		{"the places of two states named alike (a world war's theatres): no one's",
			"In 1915 Paris feared a rising and Lyon waited. Berlin watched, and Munich waited. Partisan units cut the railway.",
			[]string{"Paris/FRA", "Lyon/", "Berlin/DEU", "Munich/"}},
		{"partisan as an adjective of party politics is no agent",
			"In 2016 Washington was split. Partisan politics grew, and partisan voters stayed home.",
			[]string{"Washington/USA"}},
	}
	for _, tt := range tests {
		for _, window := range []int{0, 1} {
			got := docEntities(t, tt.doc, window)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("%s (window %d):\n got %q\nwant %q", tt.name, window, got, tt.want)
			}
		}
	}
}
