package pair_test

import "testing"

// TestObserversAreNoSide: an actor phrase that names only agents who
// study or report what the sides do (the actor stage's EDU and MED
// sectors: historians, scholars, newspapers, journalists) is no side of
// a mention pair (review26 #12): their forecast or leak is no act of
// their state's. Agents that act for a side, or a state itself, stay
// sides, and an act of the observers' own stays an event.
func TestObserversAreNoSide(t *testing.T) {
	checkPairs(t, []pairCase{
		{"historians' forecast (a paper on the Balkans)",
			"The campaign cost NATO members about $3 billion, far below what some British historians predicted.",
			""},
		{"a newspaper's story (a history of Ethiopia)",
			"In December the details of the Ethiopian plan were printed by a French newspaper.",
			""},
		{"journalists abroad (a news report)",
			"Italian journalists described the talks in Geneva as a success for Turkey.",
			""},
		// sides
		{"troops for their state (a history of 1914)",
			"In 1914 British troops waited near Ypres while German units held the ridge.",
			"GBR-DEU mention pair:sentence"},
		{"a state beside historians (a paper on the Balkans)",
			"The campaign cost NATO members about $3 billion, far below what Britain predicted.",
			"NATO-GBR mention pair:sentence"},
		{"scholars' own act (a history of East Africa)",
			"British scholars visited Kenya in 1962.",
			"GBR-KEN visit pair:event"},
	})
}
