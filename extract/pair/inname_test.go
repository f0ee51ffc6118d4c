package pair_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
)

// TestRelationInsideNameIsNoRelation: a relation noun inside an
// organisation's name ("the American Friends of Vietnam", "the Canadian
// Friends of Peru") relates none of the actors after it; the same noun
// outside a name ("the friendship of India and Russia") still does. The
// organisation heads come from a user vocabulary here ("Friends" as a
// demonym head), as -vocab demonymheads=FILE would give them.
func TestRelationInsideNameIsNoRelation(t *testing.T) {
	v, err := extract.NewVocabulary(extract.Source{Kind: "demonymheads", Origin: "test", Data: []byte("Friends\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []pairCase{
		{"a lobby's name before a list (a history of Vietnam)",
			"In 1956 Kennedy told the American Friends of Vietnam that Burma, Thailand and India were threatened.",
			"USA-MMR mention pair:sentence; USA-THA mention pair:sentence; USA-IND mention pair:sentence"},
		{"a society's name before a list (a history of the Andes)",
			"A letter to the Canadian Friends of Peru: Bolivia and Chile were poor, and Argentina was rich.",
			"BOL-ARG mention pair:sentence; CHL-ARG mention pair:sentence"},
		{"the noun outside a name (a history of the Cold War)",
			"The friendship of India and Russia outlasted the Cold War.",
			"IND-RUS friendship pair:between"},
		{"the noun outside a name, after a list (a history of the Andes)",
			"Bolivia and Chile share a long friendship, the report said.",
			"BOL-CHL friendship pair:coordination"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := pairsOf(t, v, c.text); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// TestRelationAfterNameSkipsIt: a relation noun inside a name right after
// a list ("Norway and Sweden's Atlantic Treaty allies") is passed over for
// the relation noun after the name; outside a name the first one counts.
func TestRelationAfterNameSkipsIt(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a treaty's name before allies (a Nordic history)",
			"Norway and Sweden's Atlantic Treaty allies were there.",
			"NOR-SWE ally pair:coordination"},
		{"a council's name before ties (a report on the Arctic)",
			"Norway and Sweden's Arctic Cooperation Council ties grew.",
			"NOR-SWE ties pair:coordination"},
		{"no name (a Nordic history)",
			"Norway and Sweden's old rivalry grew.",
			"NOR-SWE rivalry pair:coordination"},
		{"no name (a report on East Africa)",
			"Kenya and Uganda's border disputes lingered.",
			"KEN-UGA border pair:coordination"},
	})
}
