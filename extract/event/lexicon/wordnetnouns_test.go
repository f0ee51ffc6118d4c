package lexicon_test

import "testing"

// TestWordnetNouns: the event nouns derived from the CAMEO verbs through
// WordNet (data/wordnet/nouns.tsv, cmd/vocabgen) name an act only with an
// actor in the noun's slots: a possessor, "of", "by", "to". Without one the
// noun is a topic and names no event ("the repression of dissent is a
// theme"). Only COERCE, CONCEDE and ASSAULT events are shown. Cases of our
// own, from histories and from scholarly prose.
func TestWordnetNouns(t *testing.T) {
	checkSenses(t, []string{"COERCE", "CONCEDE", "ASSAULT"}, []senseCase{
		{"possessor's destruction of (history)", "In 1991 Iraq's destruction of Kuwaiti oil wells shocked the world.", "ASSAULT IRQ>KWT"},
		{"the expulsion of X by Y (history)", "The expulsion of Soviet advisers by Egypt in 1972 surprised Moscow.", "COERCE EGY>SUN"},
		{"possessor's cession of a place to (history)", "In 1867, Russia's cession of Alaska to the United States ended its American venture.", "CONCEDE RUS>USA"},
		{"possessor's confiscation of (history)", "In 1956 Egypt's confiscation of British and French assets angered London.", "COERCE EGY>GBR,FRA"},
		{"the destruction of X by Y (history)", "The destruction of Carthage by Rome in 146 BC ended the Punic Wars.", "ASSAULT ROMAN_EMPIRE>CARTHAGE"},
		{"possessor's demolition of (news)", "Israel's demolition of Palestinian homes in 2016 drew protests.", "ASSAULT ISR>PSE"},
		{"a topic: the repression of a thing (scholarly)", "The repression of dissent is a theme of this chapter.", ""},
		{"a topic: the cession of territory (scholarly)", "The cession of territory is a classic problem of international law.", ""},
		{"a topic: no actor (scholarly)", "Secession is a recurrent theme of federal theory.", ""},
		{"a topic: the destruction of a thing (scholarly)", "The destruction of the archive is a loss for historians.", ""},
		{"no actor: a garrison (history)", "The capitulation of the garrison came after a long siege.", ""},
		{"a topic: detention (scholarly)", "Pretrial detention is the focus of this chapter.", ""},
	})
}
