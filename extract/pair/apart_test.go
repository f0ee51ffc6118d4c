package pair_test

import "testing"

// TestEachOnItsOwn: sources of an event with no target that a word of
// jointwords.txt's role apart says did it each on its own ("each" between
// them and the trigger, "separately" after it) are a plain mention, not
// allies acting together (review26's "Burundi, Angola and Zimbabwe each
// justified their intervention": two of them fought on opposite sides).
// "each other", "each" in the object or before the list keep their
// pairs. Sources with a target: see TestEachOnItsOwnWithTarget.
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
		{"each before the list (a report on East Africa)",
			"Each year Kenya and Uganda sent troops.",
			"KEN-UGA joint_supply pair:joint"},
	})
}

// TestEachOnItsOwnWithTarget: the same for an act with a target (review28
// #7): the sources a word of the role apart says did it each on its own
// ("each" or "separately" before the trigger) are named together, no
// allies, whatever the act; each still pairs with the target. Without
// the word, or with "jointly", or with "each" outside the sources' clause
// part, they are allies acting together.
func TestEachOnItsOwnWithTarget(t *testing.T) {
	checkPairs(t, []pairCase{
		{"each before a noun with a place (a paper on the Great Lakes)",
			"Burundi, Angola and Zimbabwe each justified their intervention in Congo.",
			"BDI-COG intervention pair:event; AGO-COG intervention pair:event; ZWE-COG intervention pair:event; " +
				"BDI-AGO mention pair:sentence; BDI-ZWE mention pair:sentence; AGO-ZWE mention pair:sentence"},
		{"each before the verb (a history of the Middle East)",
			"The United States and the Soviet Union each offered aid to Egypt.",
			"USA-EGY offer pair:event; SUN-EGY offer pair:event; USA-SUN mention pair:sentence"},
		{"separately before the verb (a history of 1914)",
			"Britain and France separately protested to Germany.",
			"GBR-DEU protest pair:event; FRA-DEU protest pair:event; GBR-FRA mention pair:sentence"},
		{"each before a war declared (a history of 1914)",
			"France and Britain each declared war on Germany.",
			"FRA-DEU war pair:event; GBR-DEU war pair:event; FRA-GBR mention pair:sentence"},
		// not apart
		{"no apart word (a history of the Middle East)",
			"The United States and the Soviet Union offered aid to Egypt.",
			"USA-EGY offer pair:event; SUN-EGY offer pair:event; USA-SUN joint_offer pair:joint"},
		{"jointly (a history of 1914)",
			"Britain and France jointly protested to Germany.",
			"GBR-DEU protest pair:event; FRA-DEU protest pair:event; GBR-FRA joint_protest pair:joint"},
		{"each before the list (a history of 1914)",
			"After each crisis Britain and France protested to Germany.",
			"GBR-DEU protest pair:event; FRA-DEU protest pair:event; GBR-FRA joint_protest pair:joint"},
		{"each in the object (a history of the Andes)",
			"Chile and Peru recognized each government of Bolivia.",
			"CHL-BOL recognise pair:event; PER-BOL recognise pair:event; CHL-PER joint_recognise pair:joint"},
	})
}
