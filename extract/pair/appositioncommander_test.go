package pair_test

import "testing"

// TestCommanderInApposition: a person and the command an apposition after
// him names with a commander's noun ("General Ridgway, the UN commander,")
// are one side, no mention pair; an apposition of another noun (an ally,
// an officer, a spokesman) and a list keep their pairs. Cases from a
// history of the Korean war and a history of NATO.
func TestCommanderInApposition(t *testing.T) {
	checkPairs(t, []pairCase{
		{"the UN commander (Korea)",
			"In 1951 General Matthew Ridgway, the UN commander, halted the Chinese offensive.",
			"USA-CHN mention pair:sentence; UN-CHN mention pair:sentence"},
		{"the NATO commander (NATO)",
			"In 1951 General Dwight Eisenhower, the NATO commander, spoke of Soviet divisions.",
			"USA-SUN mention pair:sentence; NATO-SUN mention pair:sentence"},
		{"not: an ally in apposition (Korea)",
			"In 1950 Truman, the UN ally, spoke of Chinese troops.",
			"USA-UN mention pair:sentence; USA-CHN mention pair:sentence; UN-CHN mention pair:sentence"},
		{"not: an officer in apposition (NATO)",
			"In 1951 General Dwight Eisenhower, a NATO officer, spoke of Soviet divisions.",
			"USA-NATO mention pair:sentence; USA-SUN mention pair:sentence; NATO-SUN mention pair:sentence"},
		{"not: a list (NATO)",
			"In 1951 Britain, France and the NATO commanders spoke of Soviet divisions.",
			"GBR-SUN mention pair:sentence; FRA-SUN mention pair:sentence; NATO-SUN mention pair:sentence"},
		{"not: the commanders as an object (NATO)",
			"In 1951 General Dwight Eisenhower met the NATO commanders and spoke of Soviet divisions.",
			"USA-NATO meet pair:event"},
	})
}
