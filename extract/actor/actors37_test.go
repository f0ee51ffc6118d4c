package actor

import (
	"slices"
	"testing"
)

// TestShipPrefixAgents checks that a ship prefix two navies use ("INS")
// takes the state whose agents the document names ("the Israeli navy",
// "Israeli forces"), and keeps the field's reading where the agents are
// another state's. A history of the war of attrition, a paper on the
// 1971 war at sea.
func TestShipPrefixAgents(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want []string
	}{
		{"The Israeli navy lost INS Eilat in 1967.", []string{"INS Eilat/ISR"}},
		{"In 1968 the INS Dakar vanished. Israeli forces searched the sea for weeks.", []string{"INS Dakar/ISR"}},
		// must not: the agents are another state's
		{"In 1971 the Pakistani navy sank INS Khukri.", []string{"INS Khukri/IND"}},
		{"Egyptian missiles hit the INS Vikrant in 1971.", []string{"INS Vikrant/IND"}},
	} {
		got := docEntities(t, c.doc, 0)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %v, want %s", c.doc, got, w)
			}
		}
	}
}
