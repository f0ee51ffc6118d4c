package actor

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

// TestHeldBodies checks a body by one capitalised word that only some
// states have (topical.tsv's body rows with codes: "Congress", "the
// Senate"): the one of those states its paragraph names, else the one its
// section names, with the row's sector (LEG; MIL for the Navy, any
// state's), where the tagger found no name there too
// ("Congress cut the funds"); no one's where they name two or none, in a
// longer name, before "of", or inside an address.
func TestHeldBodies(t *testing.T) {
	v := testVocab(t)
	type heldCase struct {
		lines [][]string
		heads []int
		sent  int
		form  string
		want  string
	}
	for _, c := range []heldCase{
		// a history of the Vietnam war and one of the peace of 1919
		{[][]string{{"In 1968 the United States sent more troops to Vietnam.", "In 1968 Congress debated the war."}}, nil, 1, "Congress", "USA/LEG"},
		{[][]string{{"In 1973 the United States left Vietnam.", "Congress cut the funds."}}, nil, 1, "Congress", "USA/LEG"},
		{[][]string{{"The war in Asia"}, {"In 1965 the United States bombed North Vietnam."}, {"In 1973 Congress cut the funds for the war in Cambodia."}}, []int{0}, 2, "Congress", "USA/LEG"},
		{[][]string{{"In 1919 France signed the treaty with Germany.", "In 1919 the Senate approved it."}}, nil, 1, "Senate", "FRA/LEG"},
		// the paragraph's holder before the section's
		{[][]string{{"In 1994 the United States signed the pact."}, {"In 1994 Mexico ratified it.", "In 1994 Congress approved it."}}, nil, 2, "Congress", "MEX/LEG"},
		// news from Manila; a paper on roll-call votes
		{[][]string{{"Manila, 3 March 2019. The Philippines closed two ports on Monday.", "The Senate opened an inquiry."}}, nil, 1, "Senate", "PHL/LEG"},
		{[][]string{{"We study roll-call votes in France between 1958 and 2010.", "The Senate rejected most amendments."}}, nil, 1, "Senate", "FRA/LEG"},
		// the Navy has no default row: the one state of an attack's paragraph is the attacker (review27 finding 6)
		{[][]string{{"In 1941 Japan attacked Pearl Harbor.", "In 1941 the Navy lost eight battleships."}}, nil, 1, "Navy", "(none)"},
		{[][]string{{"In 1914 Britain declared war.", "In 1914 the Navy blockaded the ports."}}, nil, 1, "Navy", "(none)"},
		// a state where the word names a party, named anywhere in the section, leaves it no one's
		// (review27 finding 3): a section on India's elections, one on South Africa's
		{[][]string{{"Elections in India"}, {"In 2014 India voted."}, {"In 2014 the United States watched.", "In 2014 Congress lost badly."}}, []int{0}, 3, "Congress", "(none)"},
		{[][]string{{"South Africa after 1994"}, {"In 1994 South Africa voted for the first time."}, {"In 1994 the United States lifted its sanctions.", "In 1994 Congress won a large majority."}}, []int{0}, 3, "Congress", "(none)"},
		// must not: two holders (two states' bodies of the name too), none (the party, Rome), a longer name,
		// "of" after, an address, two in the section
		{[][]string{{"In 1994 Mexico and the United States reopened the talks.", "In 1994 Congress approved the agreement."}}, nil, 1, "Congress", "(none)"},
		{[][]string{{"In 2018 the US Senate confirmed the judge, and the French Senate objected.", "In 2018 the Senate adjourned."}}, nil, 1, "Senate", "(none)"},
		{[][]string{{"In 1946 India prepared for independence.", "In 1946 Congress rejected the plan."}}, nil, 1, "Congress", "(none)"},
		{[][]string{{"In 44 BC Caesar crossed the Rubicon.", "In 44 BC the Senate met in the theatre."}}, nil, 1, "Senate", "(none)"},
		{[][]string{{"In 1950 the United States armed its allies.", "In 1950 the Texas Senate met."}}, nil, 1, "Senate", "(none)"},
		{[][]string{{"In 1815 Britain sent its envoys to Austria.", "In 1815 the Congress of Vienna redrew the map."}}, nil, 1, "Congress", "(none)"},
		{[][]string{{"In 1815 the United States made peace with Britain.", "In 1815 the Congress of Vienna opened.", "In 1815 the Congress closed."}}, nil, 2, "Congress", "(none)"},
		{[][]string{{"In 2022 the United States redrew its districts.", "The data are at https://example.org/state?level=Congress&year=2022 online."}}, nil, 1, "Congress", "(none)"},
		{[][]string{{"Elections"}, {"In 2019 Spain and Italy voted."}, {"In 2019 the Senate met."}}, []int{0}, 2, "Senate", "(none)"},
		{[][]string{{"In 1977 the United States praised India.", "In 1977 Congress lost the election."}}, nil, 1, "Congress", "(none)"},
		{[][]string{{"In 1994 the United States welcomed the vote in South Africa.", "In 1994 Congress won the election."}}, nil, 1, "Congress", "(none)"},
		{[][]string{{"In 1977 the United States watched the elections in India.", "In 1977 the Congress Party lost power."}}, nil, 1, "Congress", "(none)"},
	} {
		text, es := linedDoc(t, v, c.lines, c.heads...)
		got := sentActor(text, es, c.sent, c.form)
		if got == "/" {
			got = "(none)" // an uncoded name is no one's too
		}
		if got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}

// TestHeldBodiesAnyState checks a user's body row with "*" (any state's):
// the one state its paragraph or section names, no one's where they name
// two, and not in a longer name.
func TestHeldBodiesAnyState(t *testing.T) {
	en, err := english.Default()
	if err != nil {
		t.Fatal(err)
	}
	v, err := New(en, vocab.Source{Kind: "topical", Origin: "user.tsv", Data: []byte("Navy\tbody\tMIL\t*\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lines [][]string
		sent  int
		want  string
	}{
		// a history of the blockade of 1914, news from Tokyo
		{[][]string{{"In 1914 Britain declared war.", "In 1914 the Navy blockaded the ports."}}, 1, "GBR/MIL"},
		{[][]string{{"Tokyo, 3 June 2021. Japan raised its defence budget on Thursday.", "The Navy ordered two destroyers."}}, 1, "JPN/MIL"},
		{[][]string{{"In 1914 Britain declared war on Germany.", "In 1914 the Navy blockaded the ports."}}, 1, "(none)"},
		{[][]string{{"In 1941 the United States reorganised the Department of the Navy."}}, 0, "(none)"},
		{[][]string{{"In 1944 the United States awarded him the Navy Cross."}}, 0, "(none)"},
	} {
		text, es := linedDoc(t, v, c.lines)
		got := sentActor(text, es, c.sent, "Navy")
		if got == "/" {
			got = "(none)"
		}
		if got != c.want {
			t.Errorf("%q: Navy is %q, want %q", text, got, c.want)
		}
	}
}
