package lexicon_test

import "testing"

// TestHypothesisIsNotAsserted: a paper's hypothesis ("H2 posits that",
// "we hypothesize that", "we expect that") states what its authors will
// test, not what happened; modality.tsv lists "posit" and "hypothesize"
// (both spellings, every form) and "expect", "expects" as hedges, which
// make the events of their clause hypothetical. Cases of our own, from an IR paper's hypotheses
// section and a political-science paper's theory section; the paper's
// report of what happened stays asserted.
func TestHypothesisIsNotAsserted(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a numbered hypothesis (IR paper)", "H1 posits that China will sanction Japan after each naval incident.", ""},
		{"a hypothesis of attack (IR paper)", "Our second hypothesis posits that Iran will attack Israel.", ""},
		{"the authors' hypothesis (political-science paper)", "We hypothesize that Iran will attack Israel.", ""},
		{"a hypothesis in British spelling (political-science paper)", "We hypothesise that Turkey will threaten Greece.", ""},
		{"the authors' expectation (IR paper)", "We expect that Iran will attack Israel.", ""},
		{"a theory's expectation (political-science paper)", "Our theory expects Turkey to threaten Greece before each election.", ""},
		{"a result as expected stays (IR paper)", "In 1981 Israel attacked Iraq's reactor, as expected.", "ASSAULT ISR>IRQ"},
		{"a hypothesis about the past (history)", "Historians have hypothesized that Stalin planned to attack Germany in 1941.", ""},
		{"what happened stays (IR paper)", "In 1981 Israel attacked Iraq's reactor.", "ASSAULT ISR>IRQ"},
		{"what happened stays (political-science paper)", "In 1974 Turkey invaded Cyprus.", "ASSAULT TUR>CYP"},
	})
}
