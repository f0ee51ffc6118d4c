package event_test

import "testing"

// TestPredictionIsNoIntent checks that a "will" after a belief or
// prediction word of modality.tsv ("H1 predicts that", "we believe that",
// "analysts fear that") supposes the act: the text predicts it, no actor
// announces it, so it is neither asserted nor coded as a threat or an
// agreement. A "will" with no belief word before it stays a stated intent,
// and an act the same paper reports as done stays asserted. Cases of our
// own, from an IR paper's hypotheses and a political-science paper's
// theory section.
func TestPredictionIsNoIntent(t *testing.T) {
	checkCases(t, []roleCase{
		{"a numbered hypothesis predicts (IR paper)",
			"H1 predicts that China will sanction Japan after each naval incident.", ""},
		{"the authors believe (IR paper)",
			"We believe that Russia will invade Georgia again if NATO expands.", ""},
		{"a theory's prediction (political-science paper)",
			"Diversionary theory predicts that Argentina will attack Britain when unemployment rises.", ""},
		{"the authors suspect (political-science paper)",
			"We suspect that Turkey will threaten Greece before each election.", ""},
		{"a stated intent stays (IR paper)",
			"In 2014 China announced that it will sanction Japan.", "THREATEN CHN>JPN"},
		{"a reported past act stays (IR paper)",
			"In 2008 Russia invaded Georgia.", "ASSAULT RUS>GEO"},
		{"a reported past act stays (political-science paper)",
			"In 1982 Argentina attacked Britain in the Falklands.", "ASSAULT ARG>GBR"},
	}, eventDyads)
}
