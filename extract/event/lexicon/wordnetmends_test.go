package lexicon_test

import "testing"

// TestWordnetSenseFilter: data/wordnet/nouns.tsv keeps a noun only where
// its act sense is one of its first two and carries the derivation
// pointer of the CAMEO verb's own sense (cmd/vocabgen wordnet.go), and
// leaves out the nouns of the reviewed dropped list. Left out so:
// repulsion (first a force and an aversion), piracy (reached through
// "pirate", to copy illegally), detention and imprisonment (domestic and
// legal, as confinement), capitulation, repression and suppression (their
// act sense is their third), encirclement (it needs the hand-written
// verb row's guards). Kept: destruction, demolition, expulsion. Before,
// "mutual repulsion between France and Britain" was an ASSAULT and
// "Japan's piracy of American films" a seizure (review22, finding 7).
// Only ASSAULT, COERCE and CONCEDE events are shown. Cases of our own,
// from histories, news and scholarly prose; both ways.
func TestWordnetSenseFilter(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "COERCE", "CONCEDE"}, []senseCase{
		{"repulsion: an aversion (history)", "Mutual repulsion between France and Britain marked the 1890s.", ""},
		{"piracy: plagiarism (news)", "Japan's piracy of American films was a trade issue in the 1990s.", ""},
		{"detention: domestic (news)", "Italy's detention of migrants in Libyan camps drew criticism in 2017.", ""},
		{"imprisonment: domestic (history)", "Mandela's imprisonment by South Africa lasted 27 years.", ""},
		{"encirclement: diplomatic (history)", "The encirclement of Germany by France and Russia was a theme of German diplomacy before 1914.", ""},
		{"capitulation: a third sense (history)", "In 1975 South Vietnam's capitulation to North Vietnam ended the war.", ""},
		{"kept: destruction (history)", "In 1991 Iraq's destruction of Kuwaiti oil wells shocked the world.", "ASSAULT IRQ>KWT"},
		{"kept: demolition (news)", "Israel's demolition of Palestinian homes in 2016 drew protests.", "ASSAULT ISR>PSE"},
		{"kept: expulsion (history)", "The expulsion of Soviet advisers by Egypt in 1972 surprised Moscow.", "COERCE EGY>SUN"},
	})
}

// TestWordnetNoneRows: the fixed terms of cmd/vocabgen's
// wordnet-nouns-none.tsv are NONE rows of data/wordnet/nouns.tsv:
// "mutually assured destruction" is a doctrine and "weapons of mass
// destruction" a class of arms, no act. Before, the first gave ASSAULT
// USA,SUN (review22, finding 4). Only ASSAULT events are shown. Cases of
// our own, from scholarly prose and news; both ways (the noun's act).
func TestWordnetNoneRows(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"assured destruction (scholarly)", "Mutually assured destruction between the United States and the Soviet Union kept the peace.", ""},
		{"mass destruction (news)", "In 2003 the United States accused Iraq of building weapons of mass destruction.", ""},
		{"an act of destruction (history)", "The destruction of Carthage by Rome in 146 BC ended the Punic Wars.", "ASSAULT ROMAN_EMPIRE>CARTHAGE"},
		{"an act of destruction (news)", "In 1991 Iraq's destruction of Kuwaiti oil wells shocked the world.", "ASSAULT IRQ>KWT"},
	})
}

// TestWordnetNounFlags: the flags cmd/vocabgen's wordnet-nouns-flags.tsv
// gives nouns of data/wordnet/nouns.tsv. "patient" (expulsion,
// subversion, abduction): a possessor with no "of" after the noun is the
// one acted on, named only with a "by" for the agent, and "to" is a
// destination; "oftheme" (cession): "of" names the place handed over, no
// party. Before, "Britain's expulsion by Egypt" gave EGY>EGY, "Chile's
// subversion by Cuba" CUB>CUB, "Yugoslavia's expulsion from the
// Cominform" YUG>YUG, "the expulsion of Chechens to Kazakhstan" a target
// KAZ and "the cession of Hong Kong to Britain" HKG>GBR (review22,
// findings 3 and 6). Only COERCE and CONCEDE events are shown. Cases of
// our own, from histories and news; both ways.
func TestWordnetNounFlags(t *testing.T) {
	checkSenses(t, []string{"COERCE", "CONCEDE"}, []senseCase{
		{"possessor expelled by (history)", "Britain's expulsion by Egypt in 1956 ended its role at Suez.", "COERCE EGY>GBR"},
		{"possessor subverted by (history)", "Chile's subversion by Cuba worried Washington in 1971.", "COERCE CUB>CHL"},
		{"possessor expelled from, no agent (history)", "Yugoslavia's expulsion from the Cominform in 1948 surprised the West.", ""},
		{"possessor expelled from, no agent (news)", "Russia's expulsion from the G8 in 2014 followed the annexation of Crimea.", ""},
		{"a destination (history)", "The expulsion of Chechens to Kazakhstan by the Soviet Union in 1944 killed thousands.", ""},
		{"possessor expels (history)", "Egypt's expulsion of Soviet advisers in 1972 surprised Moscow.", "COERCE EGY>SUN"},
		{"the place ceded, no ceder (history)", "The cession of Hong Kong to Britain in 1842 followed China's defeat.", ""},
		{"the place ceded, no ceder (history, 2)", "The cession of Taiwan to Japan in 1895 followed China's defeat.", ""},
		{"possessor cedes (history)", "In 1898 Spain's cession of the Philippines to the United States ended the war.", "CONCEDE ESP>USA"},
	})
}
