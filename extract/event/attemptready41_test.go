package event_test

import "testing"

// TestFailedAttemptIsNoAct: an act after the "to" of an attempt
// (modality.tsv's attempt) that a word of failure or of a thwarted act
// later in the sentence says failed was not done (negated, as "failed to
// seize"); an attempt said to succeed, or not said to fail, keeps its act,
// and another actor's failure after a clause's preposition is not the
// attempt's. Cases of our own, from histories and news.
func TestFailedAttemptIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"an attempt by X to V failed (history)", "An attempt by Britain to seize Quebec failed in 1711.", "COERCE GBR>FRA negated"},
		{"X's attempt to V failed (news)", "Germany's attempt to invade Britain in 1940 failed.", "ASSAULT DEU>GBR negated"},
		{"tried to V but failed (history)", "Britain tried to seize Quebec in 1711 but failed.", "COERCE GBR>FRA negated"},
		{"a bid abandoned (news)", "Germany's bid to invade Britain in 1940 was abandoned.", "ASSAULT DEU>GBR negated"},
		{"an attempt that succeeded (history)", "An attempt by Britain to seize Quebec succeeded in 1711.", "COERCE GBR>FRA"},
		{"an attempt not said to fail (history)", "Britain attempted to seize Quebec in 1711.", "COERCE GBR>FRA"},
		{"another's failure after a clause preposition (history)", "Britain tried to seize Quebec in 1711 after France had failed.", "COERCE GBR>FRA"},
		{"another word of failure is no failed attempt (history)", "Britain tried to seize Quebec in 1711 but later abstained.", "COERCE GBR>FRA"},
		{"an attempt that avoided a long war (news)", "Germany's attempt to invade Britain in 1940 avoided a long war.", "ASSAULT DEU>GBR; ASSAULT DEU>"},
		{"another act's failure after a comma and (news)", "Britain tried to seize Quebec in 1711, and France failed to defend it.", "COERCE GBR>FRA; SUPPORT FRA>GBR negated"},
	}, modedDyads)
}

// TestStatedReadinessIsNoIntent: an adjective of readiness after a form
// of "be" (modality.tsv's readiness: "was ready to agree") states what the
// text says of the actor, not an intent the actor stated: the act after it
// is hypothetical. Said by the actor ("said it was ready to sign") it stays
// a stated intent, coded as PLOVER does (AGREE). Cases of our own, from
// histories and news.
func TestStatedReadinessIsNoIntent(t *testing.T) {
	checkCases(t, []roleCase{
		{"was ready to agree, but delayed (history)", "Spain was ready to agree to the alliance in 1940, but it delayed.", "AGREE ESP> hypothetical"},
		{"was prepared to send troops (news)", "China was prepared to send troops to Korea in 1950.", "AID CHN>KOR hypothetical"},
		{"said it was willing to sign (news)", "Italy said it was willing to sign the treaty with France in 1939.", "AGREE ITA>FRA"},
		{"agreed to send troops (history)", "Britain agreed to send troops to Greece in 1941.", "AGREE GBR>GRC"},
	}, modedDyads)
}
