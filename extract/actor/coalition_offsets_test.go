package actor

import (
	"slices"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

// TestCoalitionAfterWideLetter checks that a coalition's noun after a
// letter whose lower case is shorter or longer than it ("İ" of Turkish
// names, the Kelvin sign) is found where it stands: the nouns are sought
// in a copy of the text whose offsets are the text's. A paper on the air
// war against the Islamic State and a history of the Gulf War, of my own
// writing.
func TestCoalitionAfterWideLetter(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		{[]string{"In 2014 the US-led coalition flew from İncirlik in Turkey.", "The coalition bombed Raqqa."}, 1, "coalition", "USA/"},
		{[]string{"In January 1991 the US-led coalition attacked Iraq.", "Iraqi troops left İzmir's consulate and a lab kept at 300 \u212a.", "Iraq fired missiles at the coalition."}, 2, "coalition", "USA/"},
		// must not: no introduction before it, whatever the letters
		{[]string{"In 2014 aircraft flew from İncirlik in Turkey.", "The coalition bombed Raqqa."}, 1, "coalition", "(none)"},
		{[]string{"The ruling coalition in Ankara met at İzmir in 2014.", "The coalition collapsed."}, 1, "coalition", "(none)"},
	})
}

// TestCoalitionNounOnce checks that a user's word list that repeats the
// coalition row (to add a force word, "bombers") adds each coalition's
// entity once, and that its new force word is read ("Coalition
// bombers"). A history of the Gulf War and a paper on the air war in
// Syria, of my own writing.
func TestCoalitionNounOnce(t *testing.T) {
	en, err := english.Default()
	if err != nil {
		t.Fatal(err)
	}
	v, err := New(en, vocab.Source{Kind: "topical", Origin: "user.tsv", Data: []byte("coalition\tcoalition\nbombers\tcoalitionforce\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sentences []string
		want      []string // the entities that name a coalition: text/actor/sector
	}{
		{[]string{"In January 1991 the US-led coalition attacked Iraq.", "The coalition bombed Baghdad."}, []string{"coalition/USA/"}}, // (the introduction is the leader's)
		{[]string{"In 2014 the US-led coalition struck Syria.", "Coalition bombers hit Raqqa."}, []string{"Coalition bombers/USA/MIL"}},
		// must not: no introduction, no entity
		{[]string{"In 2014 Russia struck Syria.", "Coalition bombers hit Raqqa."}, nil},
	} {
		text, es := datedDoc(t, v, c.sentences)
		var got []string
		for _, e := range es {
			if e.Rule == ruleCoalition || strings.Contains(strings.ToLower(text[e.Start:e.End]), "coalition") {
				got = append(got, text[e.Start:e.End]+"/"+e.Actor+"/"+e.Sector)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %v, want %v", text, got, c.want)
		}
	}
}
