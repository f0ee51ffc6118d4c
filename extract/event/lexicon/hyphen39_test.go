package lexicon_test

import "testing"

// TestNoneObjectPastHyphen: a NONE row's object is read past a hyphen
// inside a word, glued to both its neighbours (event/trigger.go noneObject): resistance to an
// "Austro-Hungarian ultimatum" is no attack, as resistance to an
// "Austrian ultimatum" is; resistance to a hyphenated side's army or
// invasion stays ASSAULT, as does one whose object a spaced dash ends. Only ASSAULT events are shown. Cases of our own,
// from histories and scholarly prose.
func TestNoneObjectPastHyphen(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a hyphenated ultimatum (history)", "Serbia's resistance to the Austro-Hungarian ultimatum lasted two days.", ""},
		{"a hyphenated proposal (scholarly)", "Britain's resistance to the Franco-German proposal was firm.", ""},
		{"a hyphenated side's army (history)", "Serbian resistance to the Austro-Hungarian army was fierce in 1914.", "ASSAULT SRB>AUT"},
		{"a spaced dash ends the object (history)", "Finnish resistance to the Soviet army - a treaty ended it in 1940.", "ASSAULT FIN>SUN"},
		{"a spaced dash ends the object (scholarly)", "The Dutch resistance against the German army - and its plans - grew in 1944.", "ASSAULT NLD>DEU"},
		{"a hyphenated invasion (history)", "Greek resistance to the Italo-German invasion lasted until 1941.", "ASSAULT GRC>ITA,DEU; ASSAULT ITA,DEU>"},
	})
}
