package lexicon_test

import "testing"

// TestSigningAPetition: signing a petition (triggers.tsv, "sign" with the
// object petition) is a request, not the signing of an agreement, which a
// treaty signed stays. Cases of our own, from a history and news.
func TestSigningAPetition(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"lawmakers signed a petition (history)", "In 2011 87 Yemeni lawmakers signed a petition urging Saudi Arabia to lift the blockade.", "REQUEST YEM>SAU"},
		{"MPs signed a petition (news)", "In 2019 more than 200 British MPs signed a petition urging India to release the prisoners.", "REQUEST GBR>IND"},
		{"a treaty signed (history)", "In 1994 Israel signed a treaty with Jordan.", "SUPPORT ISR>JOR"},
		{"the present tense (news)", "In 2021 Kenyan senators sign a petition asking Uganda to free the activists.", "REQUEST KEN>UGA"},
		{"the present tense (history)", "In 1988 Estonian students sign petitions asking Moscow to publish the secret protocols.", "REQUEST EST>RUS"},
		{"petitions in the plural (history)", "In 1962 French deputies signed petitions urging Algeria to release the hostages.", "REQUEST FRA>DZA"},
	})
}
