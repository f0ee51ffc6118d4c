package pair_test

import "testing"

// TestPairWords: the lexicon's pairwords around a list of actors. After a
// list, a mutual phrase makes its members a pair ("one another",
// "jointly"); right before a list, a members phrase makes its members one
// group, and "including" does so for a list that is not the sentence's
// first. Each has a twin without the phrase. (The forms rows, "forming one
// axis", are shadowed by the event "form" wherever the coder codes it.)
func TestPairWords(t *testing.T) {
	checkPairs(t, []pairCase{
		{"jointly (a news report)", "Ghana and Togo jointly patrolled the lagoon.", "GHA-TGO mutual pair:mutual"},
		{"the same without it", "Ghana and Togo patrolled the lagoon.", ""},
		{"one another (a history of South America)", "By 1900 Chile and Argentina distrusted one another.", "CHL-ARG mutual pair:mutual"},
		{"involving (a paper)", "The dispute involving Japan and Korea lasted a decade.", "JPN-KOR group pair:members"},
		{"the same without it", "The dispute over Japan and Korea lasted a decade.", ""},
		{"consisting of (a report)", "The region consisting of Brazil, Chile and Peru grew quickly.", "BRA-CHL group pair:members; BRA-PER group pair:members; CHL-PER group pair:members"},
		{"including, a later list (a history)", "Japan lost trade to five states in 1954, including Thailand and Pakistan.", "JPN-THA trade pair:event; JPN-PAK trade pair:event; THA-PAK group pair:members"},
		{"including, the first list (a history)", "Including Thailand and Pakistan, five states lost trade in 1954.", ""},
	})
}
