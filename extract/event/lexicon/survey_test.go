package lexicon_test

import "testing"

// TestSurveyWordingIsNoEvent: a survey item asks its respondent ("Do you
// oppose ...?") and its answers are opinions ("respondents condemned"):
// neither is an act of the field. research.tsv lists "you" (the
// respondent a paper's item asks, or its reader) and "respondents" as
// subjects of the paper's own work; the acts the item names keep their
// own subjects. Cases of our own, from a Japanese poll paper and a
// European survey paper.
func TestSurveyWordingIsNoEvent(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"an item's verb (Japanese poll)", "Japan sent troops to Iraq in 2004, and Q12 then asked: “Do you oppose the dispatch?”", "AID JPN>IRQ"},
		{"an item's infinitive (European survey)", "Chirac visited Berlin in 2003. “Do you support the government's decision to oppose the war in Iraq?” was asked in 2003.", "CONSULT FRA>DEU"},
		{"respondents' answers (Russian poll)", "Russian respondents condemned the United States in 2014.", ""},
		{"respondents' answers (European survey)", "In 2003 French respondents opposed the war in Iraq by a wide margin.", ""},
		{"the state's own act stays (European survey)", "In 2003 France opposed the war in Iraq.", "REJECT FRA>IRQ"},
		{"the state's own act stays (Japanese poll)", "In 2004 Japan sent troops to Iraq.", "AID JPN>IRQ"},
	})
}
