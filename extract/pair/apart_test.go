package pair_test

import "testing"

// TestEachOnItsOwn: sources of an event with no target that a word of
// jointwords.txt's role apart says did it each on its own ("each" between
// them and the trigger, "separately" after it) are a plain mention, not
// allies acting together (review26's "Burundi, Angola and Zimbabwe each
// justified their intervention": two of them fought on opposite sides).
// "each other", "each" in the object and sources with a target keep
// their pairs.
func TestEachOnItsOwn(t *testing.T) {
	checkPairs(t, []pairCase{
		{"each before the trigger (a paper on the Great Lakes)",
			"Burundi, Angola and Zimbabwe each justified their intervention as a response to insurgency.",
			"BDI-AGO mention pair:sentence; BDI-ZWE mention pair:sentence; AGO-ZWE mention pair:sentence"},
		{"each before the verb (a history of the Andes)",
			"Chile and Peru each sent troops in 1880.",
			"CHL-PER mention pair:sentence"},
		{"separately after the verb (a report on East Africa)",
			"Kenya and Uganda sent troops separately in 1990.",
			"KEN-UGA mention pair:sentence"},
		// not apart
		{"each in the object (a report on East Africa)",
			"Kenya and Uganda sent troops to each border post.",
			"KEN-UGA joint_supply pair:joint"},
		{"each other (a history of the Andes)",
			"Chile and Peru attacked each other in 1880.",
			"CHL-PER attack pair:reciprocal"},
		{"each with a target (a history of 1914)",
			"France and Britain each declared war on Germany.",
			"FRA-DEU war pair:event; GBR-DEU war pair:event; FRA-GBR joint_war pair:joint"},
		{"each before the list (a report on East Africa)",
			"Each year Kenya and Uganda sent troops.",
			"KEN-UGA joint_supply pair:joint"},
	})
}
