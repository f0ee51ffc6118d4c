package event_test

import "testing"

// TestVictorySportAndDenial: a victory over a side in a sporting scene (an
// "in" or "at" phrase after the loser with a figurative.txt word, names
// too: "in the World Cup final") names no armed act; one the predicate
// denies ("never came", "did not materialise": modality.tsv's occurrence
// after a negation, ending the predicate) is negated, as any event noun
// so denied is. A victory in war, an event noun that came, one that "did
// not happen overnight" or "until 2003" keep their act. Cases of our own,
// from histories, news and sports reports.
func TestVictorySportAndDenial(t *testing.T) {
	checkCases(t, []roleCase{
		{"a World Cup final (sports)", "Germany's victory over Hungary in the World Cup final stunned Budapest in 1954.", ""},
		{"an Olympic final (sports)", "The Soviet team's victory over the United States in the Olympic basketball final of 1972 was disputed.", ""},
		{"a quarter-final (sports)", "Argentina's victory over England in the 1986 World Cup quarter-final was sweet.", ""},
		{"a verb in a final (sports)", "Germany defeated Hungary in the World Cup final of 1954.", ""},
		{"a battle's place (history)", "The British victory over the French at Trafalgar in 1805 secured the seas.", "ASSAULT GBR>FRA"},
		{"a battle named after the scene (history)", "Germany defeated France in the Battle of Sedan in 1870.", "ASSAULT DEU>FRA"},
		{"a victory that never came (history)", "France's victory over Prussia never came.", "ASSAULT FRA>DEU negated"},
		{"an invasion that did not materialise (history)", "The German invasion of Britain did not materialise in the summer of 1940.", "ASSAULT DEU>GBR negated"},
		{"aid that never came (news)", "The promised Soviet aid to Egypt never came, and Egypt turned to the West in 1972.", "AID SUN>EGY negated"},
		{"an invasion that came (history)", "The German invasion of Britain came in 1940.", "ASSAULT DEU>GBR"},
		{"not overnight (news)", "The Soviet invasion of Afghanistan in 1979 did not happen overnight.", "ASSAULT SUN>AFG"},
		{"not as a surprise (history)", "Japan's attack on Pearl Harbor in 1941 did not come as a surprise to everyone.", "ASSAULT JPN>USA"},
	}, modedDyads)
}
