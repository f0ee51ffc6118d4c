package pair_test

import "testing"

// TestActSides: in a sentence whose one pair is an act of one side on
// another, an actor after a preposition of sides.txt ("against", "with",
// "for") in the act's clause is a side of the act's source, a mention
// pair as in a sentence with no act: whether or not the event stage reads
// the act, the sentence keeps that pair. Not the act's target with a
// third actor, not an actor of another clause or a place named as a scene,
// not beside a negated act or a second act. Cases of our own from
// histories of the First World War, the Cold War in Afghanistan, the
// Russo-Japanese war, the Second World War, the Suez crisis, the Third Indochina
// War and the wars of South Asia.
func TestActSides(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a side the source faces (a history of the First World War)",
			"Faced with Russia, Austria attacked Serbia in 1914.",
			"AUT-SRB attack pair:event; RUS-AUT mention pair:sentence"},
		{"a side the source acts with (a history of the Cold War in Afghanistan)",
			"In 1980 the United States trained Afghan rebels with Saudi money.",
			"USA-AFG train pair:event; USA-SAU mention pair:sentence"},
		{"a side that helps, past a place (a history of the Russo-Japanese war)",
			"In 1904 Japan attacked Russia in Korea with British help.",
			"JPN-RUS attack pair:event; JPN-GBR mention pair:sentence"},
		{"not: a third actor of another clause (a history of the Second World War)",
			"In 1941 Britain bombarded Germany from bases in Iceland, and Soviet officers watched closely.",
			"GBR-DEU attack pair:event"},
		{"not: a relative clause's actor (a history of the First World War)",
			"In 1914 Germany attacked Belgium, which had been neutral for France and Britain.",
			"DEU-BEL attack pair:event"},
		{"not: a phrase set off on the target (a history of the Third Indochina War)",
			"In 1979 Vietnam invaded Cambodia, a country at peace with Thailand.",
			"VNM-KHM invasion pair:event"},
		{"a side the source acts for (a history of the First World War)",
			"In 1914 Germany declared war on Russia for Austria.",
			"DEU-RUS war pair:event; DEU-AUT mention pair:sentence"},
		{"not: beside a negated act (a history of the Suez crisis)",
			"In 1956 Britain did not attack Egypt with French support.",
			"GBR-EGY attack pair:event"},
		{"not: beside a second act (a history of the wars of South Asia)",
			"In 1965 India attacked Pakistan in Kashmir with Soviet tanks, and China threatened India.",
			"IND-PAK attack pair:event; CHN-IND threaten pair:event"},
	})
}
