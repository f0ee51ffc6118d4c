package lexicon_test

import "testing"

// TestJoinAnAttack: joining an attack, an offensive or an invasion
// (triggers.tsv, "join" with an object list of attacks) is attacking,
// ASSAULT, not the plain row's alliance; joining an alliance stays one.
// Only ASSAULT and COOPERATE events are shown. Cases of our own, from
// histories and news.
func TestJoinAnAttack(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "COOPERATE"}, []senseCase{
		{"an invasion joined (history)", "In 1941 Romania joined the invasion of the Soviet Union.", "ASSAULT ROU>SUN"},
		{"an invasion joined (news)", "In 2003 Poland joined the invasion of Iraq.", "ASSAULT POL>IRQ"},
		{"an alliance joined (history)", "In 1955 West Germany joined NATO.", "COOPERATE DEU>NATO"},
	})
}
