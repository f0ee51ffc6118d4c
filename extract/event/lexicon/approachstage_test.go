package lexicon_test

import "testing"

// TestApproachingAStageIsNoMove: approaching a stage or a time (triggers.tsv's
// NONE rows "approach the end", "approach the transition", ...) is no
// armed move on a place (the "approach" by=MIL row, MOBILIZE); forces
// approaching a capital still move on it. Only MOBILIZE events are shown.
// Cases of our own, from histories and news.
func TestApproachingAStageIsNoMove(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"the end of a surge (news)", "In 2008 U.S. military officials approached the end of the surge.", ""},
		{"a transition (news)", "In 2008 American commanders were optimistic as they approached the transition to Iraqi control.", ""},
		{"a capital (Polish-Soviet War)", "In 1920 five Soviet armies approached Warsaw.", "MOBILIZE SUN>POL"},
		{"a capital (Vietnam)", "In 1975 North Vietnamese forces approached the capital of South Vietnam.", "MOBILIZE VDR>RVN"},
	})
}
