package actor

import "testing"

// TestBareRulers checks a ruler named by title alone (topical.tsv's ruler
// rows, rulerStates): the polity of the title named before it in its
// sentence, else the one with the title at the sentence's date that the
// document names most; a leader's row of other years gives way to it; no
// ruler's entity for a title before a name or before "of", for "a king",
// nor where no polity of the title is named.
func TestBareRulers(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the French revolution: France's, whoever the
		// sentence before named
		{[]string{"In 1789 France was bankrupt, and Paris rioted.", "In 1789 Britain watched.", "In 1789 the King summoned the Estates-General."}, 2, "King", "FRA/GOV"},
		// a history of Xerxes' invasion: Persia's, not Greece's (its kings
		// came in 1832) nor Sparta's, named less
		{[]string{"In 480 BC Persia invaded Greece, and the Persians crossed the Hellespont.", "In 480 BC Sparta sent Leonidas.", "In 480 BC the king watched the battle from a throne."}, 2, "king", "IRN/GOV"},
		// the nearest polity of the title in its sentence
		{[]string{"In 480 BC Persia invaded Greece, and the Persians crossed the Hellespont.", "In 481 BC Athens appealed to Sparta, and the king refused."}, 1, "king", "SPARTA/GOV"},
		// a history of the Russo-Persian wars: the leader rows of "the
		// Shah" and "the Tsar" hold in later years
		{[]string{"In 1828 Persia fought Russia, and the Shah sued for peace."}, 0, "Shah", "IRN/GOV"},
		{[]string{"In 1828 Russia took Erivan from Persia.", "In 1828 Russia signed the treaty, and the Tsar rewarded his general."}, 1, "Tsar", "RUS/GOV"},
		// a history of the Italo-Ethiopian war: Italy had a king, not an emperor
		{[]string{"In 1935 Italy invaded Ethiopia.", "In 1936 Italy took Addis Ababa, and the Emperor fled."}, 1, "Emperor", "ETH/GOV"},
		// not a ruler's bare title: a title before a name, before "of"; an
		// indefinite king; a republic's text; a date with no king
		{[]string{"In 1805 France crowned the Emperor Napoleon in Paris."}, 0, "Emperor", "(none)"},
		{[]string{"In 480 BC Persia fought Sparta.", "In 480 BC the king of Sparta marched north."}, 1, "king", "(none)"},
		{[]string{"In 1830 Persia fought Russia.", "In 1830 Persia wanted a king."}, 1, "king", "(none)"},
		{[]string{"In 1787 the United States wrote a constitution in Philadelphia.", "In 1787 the king was never named there."}, 1, "king", "(none)"},
		{[]string{"In 1950 France rebuilt Paris.", "In 1950 the king of nowhere visited, and the king smiled."}, 1, "king", "/"},
	})
}

// TestBareRulersScholarly checks a scholarly document (one with
// references): only a polity named in the title's sentence or the few
// before makes a bare title anyone's.
func TestBareRulersScholarly(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentences []string
		sent      int
		want      string
	}{
		{[]string{"In 1789 France was bankrupt, and Paris rioted.", "Historians disagree.", "Some say the King erred.", "Smith, A. 1990. Kings."}, 2, "FRA/GOV"},
		{[]string{"In 1789 France was bankrupt, and Paris rioted.", "Historians disagree.", "Theory says little.", "Models say less.", "Data say nothing.", "Tests fail.", "Some say the King erred.", "Smith, A. 1990. Kings."}, 6, "(none)"},
	} {
		text, es := referencedEntities(t, v, c.sentences, true)
		Redate(es, func(i int) string { return "" }, nil)
		if got := sentActor(text, es, c.sent, "King"); got != c.want {
			t.Errorf("%q: King is %q, want %q", text, got, c.want)
		}
	}
}

// TestRulerTitleNotAPerson checks the uses of a ruler's title that name
// no ruler: a title modifying the common noun after it (a kind of thing,
// read from the part-of-speech tagger: "the king cobra", "the emperor
// penguin"), a title whose sentence names none of its polities where the
// document names the title's polity only in passing, not among the two it
// names most ("the king's gambit" in a chess report), and a title whose
// holder no longer governed at the date ("the Queen" of Britain in 1990).
// Each beside the same title naming the ruler.
func TestRulerTitleNotAPerson(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a travel account of Siam: a snake, then the king
		{[]string{"In 1850 Thailand traded rice with Britain, and Thailand grew rich.", "In 1850 the king cobra bit a British sailor near Bangkok."}, 1, "king", "(none)"},
		{[]string{"In 1850 Thailand traded rice with Britain, and Thailand grew rich.", "Thailand kept its independence.", "In 1850 the king received a British sailor near Bangkok."}, 2, "king", "THA/GOV"},
		// a naturalist's Japan, then the Meiji court
		{[]string{"In 1900 Japan sent a ship south, and Japan mapped the ice.", "In 1900 the emperor penguin was first drawn by Japanese sailors."}, 1, "emperor", "(none)"},
		{[]string{"In 1900 Japan sent a ship south, and Japan mapped the ice.", "In 1900 the emperor ordered Japanese sailors home."}, 1, "emperor", "JPN/GOV"},
		// a chess report from Paris that names Thailand in passing; a
		// history of Thailand's 1992 crisis
		{[]string{"In 1990 France hosted a chess tournament in Paris.", "In 1990 France invited Russia, and Russia sent two masters.", "Russia and France drew, and Thailand and Thailand's champion lost.", "In 1990 the king's gambit won in France."}, 3, "king", "/"},
		{[]string{"In 1992 Thailand's army fired on protesters in Bangkok.", "In 1992 Thailand's generals met, and Burma watched.", "In 1992 the king's envoy summoned the generals."}, 2, "king", "THA/GOV"},
		// Britain's monarch of 1990 and of 1840
		{[]string{"In 1990 Britain hosted the summit in London.", "In 1990 the Queen opened Parliament."}, 1, "Queen", "/"},
		{[]string{"In 1840 Britain fought China, and British ships took Canton.", "In 1840 the Queen opened Parliament."}, 1, "Queen", "GBR/GOV"},
	})
}

// TestRulersTwoKingdoms checks review23's cases of a bare title in a text
// about two polities with that title: a polity in the title's own clause
// is the verb's other party, not the title's (a clause before it is);
// two sides of the title named about as often leave it no one's; a
// polity of the title named after it by name is its other party when
// another polity of the title is named; Persia's kings are the ancient
// ones (its Shah is "the Shah").
func TestRulersTwoKingdoms(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// Spain and Portugal, named as often: "Spain protested to the King"
		{[]string{"In 1494 Spain and Portugal divided the world.", "In 1495 Portugal sent ships to Brazil.", "In 1496 Spain protested to the King."}, 2, "King", "/"},
		// Morocco's king, whom Spain invited: Morocco's, named most
		{[]string{"Morocco and Algeria closed their border in 1994.", "The King of Morocco visited Rabat in 2004.", "Morocco hosted a summit in 2005.", "Spain invited the King to Madrid in 2005."}, 3, "King", "MAR/GOV"},
		// Sweden's king attacks Denmark, named most
		{[]string{"In 1658 Sweden and Denmark fought.", "The King of Denmark ceded Scania.", "In 1659 the King then attacked Denmark again."}, 2, "King", "/"},
		// Burma's king attacks Siam, named most (Burma's kings to 1885)
		{[]string{"In 1767 Thailand and Burma fought.", "The King of Burma sacked Ayutthaya.", "In 1775 the King then attacked Siam again."}, 2, "King", "/"},
		// Iran and Saudi Arabia in 1976: Iran's ruler is the Shah
		{[]string{"In 1975 Iran and Saudi Arabia held talks.", "Saudi Arabia wanted calm.", "In 1976 the King criticised Iran."}, 2, "King", "SAU/GOV"},
		// a clause before the title still sets it
		{[]string{"In 1700 Spain and France were allies.", "In 1701 France sent troops, and the King rejoiced."}, 1, "King", "FRA/GOV"},
		// Ethiopia's emperor named after it: no other emperor in 1941
		{[]string{"In 1936 Italy took Ethiopia.", "In 1941 Ethiopia was freed, and Italy lost.", "In 1941 the Emperor returned to Ethiopia."}, 2, "Emperor", "ETH/GOV"},
	})
}
