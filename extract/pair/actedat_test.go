package pair_test

import "testing"

// TestPlaceOfAnActIsNoParty: a place after a scene preposition right
// after a lexical verb ("were wounded in Korea", "who died in Vietnam",
// a participle that opens the sentence: "Exiled in Lima") is
// where the subject acted or was acted on; it takes no mention pair with
// the sentence's other actors even when the document has related the
// two before (the exception for a known side's scene: "Turkish nurses in
// Korea were wounded"). A participle after a noun ("rifles captured in
// Korea") locates the thing, whose maker the place may be a party of,
// and keeps its pairs. Cases from a history of the Korean War and a
// history of Cuba, each with twins.
func TestPlaceOfAnActIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a passive verb before the place (the Korean War)",
			"China sent troops to Korea in 1950. Many Turkish nurses were wounded in Korea, and Chinese prisoners wrote to them.",
			"CHN-KOR supply pair:event; TUR-CHN mention pair:sentence"},
		{"not: the place after the agents, the verb after it (the Korean War)",
			"China sent troops to Korea in 1950. Many Turkish nurses in Korea were wounded, and Chinese prisoners wrote to them.",
			"CHN-KOR supply pair:event; TUR-CHN mention pair:sentence"},
		{"not: a participle after a noun (the Korean War)",
			"China sent troops to Korea in 1950. Chinese rifles captured in Korea were shown to Turkish officers.",
			"CHN-KOR supply pair:event; CHN-KOR mention pair:sentence; CHN-TUR mention pair:sentence"},
		{"a passive verb before the place (Cuba)",
			"Spain sent troops to Cuba in 1868. Many American volunteers were jailed in Cuba, and Spanish courts tried them.",
			"ESP-CUB supply pair:event; USA-ESP mention pair:sentence"},
		{"a participle that opens the sentence (Cuba)",
			"Spain sent troops to Cuba in 1868. Trading in Cuba, American merchants avoided Spanish courts.",
			"ESP-CUB supply pair:event; USA-ESP mention pair:sentence"},
		{"not: the place after the agents (Cuba)",
			"Spain sent troops to Cuba in 1868. Many American volunteers in Cuba were jailed, and Spanish courts tried them.",
			"ESP-CUB supply pair:event; USA-CUB mention pair:sentence; USA-ESP mention pair:sentence"},
		{"not: a participle after the sentence's first noun (Cuba)",
			"Spain sent troops to Cuba in 1868. Rifles smuggled in Cuba were of American make, Spanish officers said.",
			"ESP-CUB supply pair:event; CUB-ESP mention pair:sentence; USA-ESP mention pair:sentence"},
	})
}
