package pair_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
)

// TestDemonymWarNamesASide: a people's adjective before a war's
// lower-case noun names a side of the war ("the Somali war"), and keeps
// its pairs, unless a noun of a topic and its preposition come before
// it (wartopics.txt: "Memories of the Chilean war"); a place's name
// names the war ("The Somalia war") as before. Cases from a history
// of the Horn of Africa and a history of the Andes, each with twins.
func TestDemonymWarNamesASide(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a people's adjective before 'war', the sentence's end (the Horn of Africa)",
			"Ethiopia lost thousands of men in the Somali war.",
			"ETH-SOM mention pair:sentence"},
		{"a people's adjective before 'war', the sentence's end (the Andes)",
			"Bolivia lost its coast in the Chilean war.",
			"BOL-CHL mention pair:sentence"},
		{"a people's adjective before 'war', then a verb (the Andes)",
			"The Chilean war ended badly for Bolivia and Peru in 1884.",
			"CHL-BOL mention pair:sentence; CHL-PER mention pair:sentence"},
		{"not: a topic's noun before it (the Andes)",
			"Memories of the Chilean war shaped Bolivian policy for a century.",
			""},
		{"not: a place's name before 'war' (the Horn of Africa)",
			"The Somalia war drained Ethiopian reserves in 1978.",
			""},
		{"not: a topic's noun before a people's adjective (the Horn of Africa)",
			"Veterans of the Somali war settled in Kenya.",
			""},
	})
}

// TestUserWarTopic: a user's topic noun (-vocab wartopics=FILE) makes a
// people's adjective after it name the war as a topic; without it the
// adjective names a side.
func TestUserWarTopic(t *testing.T) {
	v, err := extract.NewVocabulary(extract.Source{Kind: "wartopics", Origin: "test", Data: []byte("grief over\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []pairCase{
		{"a user's topic noun (the Andes)",
			"Grief over the Chilean war united Bolivia.",
			""},
		{"not: no topic noun (the Horn of Africa)",
			"Kenya stayed out of the Somali war.",
			"KEN-SOM mention pair:sentence"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := pairsOf(t, v, c.text); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}
