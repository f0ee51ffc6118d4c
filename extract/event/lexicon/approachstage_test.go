package lexicon_test

import "testing"

// TestApproachingAStageIsNoMove: approaching a stage or a time (triggers.tsv's
// NONE rows "approach the end", "approach the transition", "approach the
// deadline") is no armed move on a place (the "approach" by=MIL row,
// MOBILIZE); each row fires in two texts. Forces approaching a capital
// still move on it. Only MOBILIZE events are shown. Cases of our own, from
// histories and news.
func TestApproachingAStageIsNoMove(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"the end of a surge (Iraq news)", "In 2008 U.S. military officials approached the end of the surge.", ""},
		{"the end of a withdrawal (Iraq history)", "In 2011 American commanders in Iraq approached the end of the withdrawal.", ""},
		{"a transition (Iraq news)", "In 2008 American commanders were optimistic as they approached the transition to Iraqi control.", ""},
		{"a transition (Afghanistan news)", "In 2013 NATO commanders approached the transition to Afghan security control.", ""},
		{"a deadline (Gulf War)", "In 1991 American forces in the Gulf approached the deadline for the Iraqi withdrawal from Kuwait.", ""},
		{"a deadline (Iraq withdrawal)", "In 2011 American troops approached the deadline for their withdrawal from Iraq.", ""},
		{"a capital (Polish-Soviet War)", "In 1920 Soviet armies, marching west, approached Warsaw.", "MOBILIZE SUN>POL"},
		{"a capital (Vietnam)", "In 1975 North Vietnamese forces approached the capital of South Vietnam.", "MOBILIZE VDR>RVN"},
	})
}
