package lexicon_test

import "testing"

// TestTakePartInAnAttack: taking part in an attack, an offensive, an
// invasion or a bombing is attacking, as joining one is (triggers.tsv rows
// "take part in"/"took part in"/"participate in" with the act nouns as
// objects; the dictionary read "took part in" as cooperation intended,
// AGREE); joining the fight or the resistance against a side is fighting it
// (a "join" row with object=fight against|resistance against|resistance
// to; it was an alliance joined, COOPERATE). Talks, a summit, a liberation
// or an exercise taken part in, the fight against a thing, and the
// resistance with no side name no attack. Only ASSAULT and COOPERATE events
// told as done are shown. Cases of our own, from histories and news.
func TestTakePartInAnAttack(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "COOPERATE"}, []senseCase{
		{"took part in an invasion (news)", "In 2003 Poland took part in the invasion of Iraq.", "ASSAULT POL>IRQ"},
		{"took part in air strikes (news)", "In 2011 France took part in the air strikes against Libya.", "ASSAULT FRA>LBY"},
		{"participated in a bombing (history)", "In 1999 Germany participated in the bombing of Serbia.", "ASSAULT DEU>SRB"},
		{"joined the fight against a side (history)", "In 1939 Britain joined the fight against Germany.", "ASSAULT GBR>DEU"},
		{"joined the resistance against a side (history)", "In 1943 Yugoslav partisans joined the resistance against Germany.", "ASSAULT YUG>DEU"},
		{"talks taken part in (news)", "In 1993 India took part in the talks with Pakistan.", ""},
		{"a liberation taken part in (history)", "In 1945 the Soviet Union took part in the liberation of Europe.", ""},
		{"an exercise (news)", "In 1999 Japan participated in the exercise with the United States.", ""},
		{"the fight against a thing (news)", "In 1980 Britain joined the fight against inflation.", ""},
		{"not taken part in (news)", "In 2003 Germany did not take part in the invasion of Iraq.", ""},
	})
}
