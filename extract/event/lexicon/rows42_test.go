package lexicon_test

import "testing"

// TestPushedBackActIsPutOff: driving, throwing or pushing back is an
// assault only on a force, its attack or an actor (objects.tsv's
// repelled; triggers42, review25 finding 5); talks, a visit, a withdrawal,
// a test or a deployment pushed back are put off: no assault on the state
// named with them, nor an endorsement ("back"), talks held or talks
// demanded; a crowd or refugees driven back by the police are no
// endorsement either. Cases of our own, from histories and news.
func TestPushedBackActIsPutOff(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "SUPPORT", "AGREE", "REQUEST", "CONSULT"}, []senseCase{
		{"an army driven back (history)", "In 1940 Britain drove back the Italian army in Libya.", "ASSAULT GBR>ITA"},
		{"an offensive driven back (history)", "In 1965 Pakistan drove back the Indian offensive in Punjab.", "ASSAULT PAK>IND"},
		{"attacks thrown back, passive (history)", "In 1916 the Russian assaults were thrown back by the Germans at Lake Naroch.", "ASSAULT DEU>RUS"},
		{"forces pushed back (news)", "In 2022 Ukrainian forces pushed back the Russian troops near Kharkiv.", "ASSAULT UKR>RUS"},
		{"talks with a state (news)", "In 2019 North Korea pushed back the talks with the United States.", ""},
		{"talks with a named state (news)", "In 2010 Iran pushed back the nuclear talks with Russia until March.", ""},
		{"its summit (news)", "In 2019 North Korea pushed back its summit with the United States.", ""},
		{"negotiations (news)", "In 2012 Britain pushed back the negotiations with the European Union.", ""},
		{"a visit (news)", "In 2001 Japan pushed back the visit of the Chinese premier.", ""},
		{"a withdrawal (history)", "In 1987 the Soviet Union pushed back the withdrawal from Afghanistan by a year.", ""},
		{"a withdrawal of troops (history)", "In 1987 the Soviet Union pushed back the withdrawal of its troops from Afghanistan.", ""},
		{"a deployment of troops (news)", "In 2003 France pushed back the deployment of troops to Chad.", ""},
		{"a test against another's wishes (news)", "In 1998 Pakistan pushed back the test against India's wishes.", ""},
		{"a crowd driven back (history)", "In 1968 the police drove back the crowd from the American embassy.", ""},
		{"refugees pushed back (news)", "In 2015 Hungarian police pushed back the refugees at the Serbian border.", ""},
		{"talks demanded stay (history)", "In 1950 China pushed for talks with the United States.", "AGREE CHN>USA"},
	})
}
