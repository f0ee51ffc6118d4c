package pair_test

import "testing"

// TestPlaceAfterAPastTense: a past tense that is no participle
// (pastforms.txt: "grew", "went", and "died", a form in -ed too short
// for the test of one) is a finite verb: a place after it and a scene
// preposition is where its subject acted ("nurses died in Korea"), no
// party of the sentence's other actors, and never a reduced relative's
// participle (which keeps the place: "rifles captured in Korea"); a war
// named before it is a topic ("opposition to the Vietnam war grew").
// The place after the agents ("nurses in Korea died") keeps its pairs.
// Cases from a history of the Korean War, a history of Cuba and a
// history of the Algerian war.
func TestPlaceAfterAPastTense(t *testing.T) {
	checkPairs(t, []pairCase{
		{"died before the place (the Korean War)",
			"China sent troops to Korea in 1950. Many Turkish nurses died in Korea, and Chinese prisoners wrote to them.",
			"CHN-KOR supply pair:event; TUR-CHN mention pair:sentence"},
		{"died before the place (Cuba)",
			"Spain sent troops to Cuba in 1868. Many American volunteers died in Cuba, and Spanish courts tried others.",
			"ESP-CUB supply pair:event; USA-ESP mention pair:sentence"},
		{"grew before the place (the Korean War)",
			"China sent troops to Korea in 1950. Turkish fears grew in Korea, and Chinese prisoners wrote to them.",
			"CHN-KOR supply pair:event; TUR-CHN mention pair:sentence"},
		{"not: the place after the agents (the Korean War)",
			"China sent troops to Korea in 1950. Many Turkish nurses in Korea died, and Chinese prisoners wrote to them.",
			"CHN-KOR supply pair:event; TUR-CHN mention pair:sentence"},
		{"not: a participle after a noun (Cuba)",
			"Spain sent troops to Cuba in 1868. Rifles smuggled in Cuba were of American make, Spanish officers said.",
			"ESP-CUB supply pair:event; CUB-ESP mention pair:sentence; USA-ESP mention pair:sentence"},
		{"a war as a topic before grew (Vietnam)",
			"The United States sent troops to Vietnam in 1965. Opposition to the Vietnam war grew in Britain.",
			"USA-VNM supply pair:event"},
		{"a war as a topic before grew (Algeria)",
			"France sent troops to Algeria in 1954. Opposition to the Algerian war grew in Belgium.",
			"FRA-DZA supply pair:event"},
		{"not: the war's sides after it (Algeria)",
			"France sent troops to Algeria in 1954. The French war in Algeria grew bloodier, and Belgium protested.",
			"FRA-DZA supply pair:event; FRA-DZA mention pair:sentence; FRA-BEL mention pair:sentence"},
	})
}
