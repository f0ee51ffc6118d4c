package lexicon_test

import "testing"

// TestVictoryOver: a victory over another side is a battle or a war won
// (ASSAULT by the victor, the possessor or the adjective; the loser after
// "over"); an electoral victory, a victory for a cause or over inflation
// names no armed act. Only ASSAULT events are shown. Cases of our own,
// from histories and news.
func TestVictoryOver(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"possessor's victory over (history)", "Japan's victory over Russia in 1905 shocked Europe.", "ASSAULT JPN>RUS"},
		{"adjective's victory over (history)", "The British victory over the French at Trafalgar secured the seas.", "ASSAULT GBR>FRA"},
		{"victory over in a war (news)", "Britain's victory over Argentina in 1982 saved Thatcher's government.", "ASSAULT GBR>ARG"},
		{"an electoral victory (news)", "The Labour victory in 1945 surprised Churchill.", ""},
		{"a victory for a cause (scholarly)", "The treaty was a victory for democracy in Europe.", ""},
		{"a victory over inflation (scholarly)", "France's victory over inflation came in the 1980s.", ""},
		{"a candidate's victory over a rival (news)", "Truman's victory over Dewey in 1948 surprised the pollsters.", ""},
	})
}
