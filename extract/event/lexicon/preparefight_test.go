package lexicon_test

import "testing"

// TestPreparingToFightIsMobilizing: preparing to fight or for war
// (triggers.tsv's "prepare to fight", "prepare for war") is a military
// preparation, MOBILIZE, not the THREATEN or the war an intent to fight
// makes; a warning that a state would fight stays a threat. Only
// MOBILIZE, THREATEN and ASSAULT events are shown. Cases of our own, from
// histories.
func TestPreparingToFightIsMobilizing(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "THREATEN", "ASSAULT"}, []senseCase{
		{"prepared to fight (Falklands War)", "Expecting a British fleet in April 1982, the Argentine junta prepared to fight for the islands.", "MOBILIZE ARG>"},
		{"preparing to fight (WW2)", "In 1939 Poland was preparing to fight Germany.", "MOBILIZE POL>DEU"},
		{"began to prepare for war (WW2)", "In 1938 Britain began to prepare for war with Germany.", "MOBILIZE GBR>DEU"},
		{"a warning to fight (Korean War)", "In 1950 China warned that it would fight the United States.", "THREATEN CHN>USA"},
	})
}
