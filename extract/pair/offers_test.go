package pair_test

import "testing"

// TestCoSourcesOfAnOffer: what two sides offer, pledge or promise goes to
// a third (review26 #12): its co-sources act together, as those of the
// aid itself do ("joint_" of the event), not as each other's
// counterparts. An agreement the two make between them ("agreed to a
// ceasefire", "signed a treaty", "agreed to hold talks") keeps the
// event's relation.
func TestCoSourcesOfAnOffer(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a pledge to fund (a paper on Korea)",
			"In 1994 Japan and South Korea pledged to fund the reactor project.",
			"JPN-KOR joint_aid pair:joint"},
		{"troops promised (a history of the Vietnam War)",
			"In 1965 Australia and New Zealand agreed to send troops.",
			"AUS-NZL joint_supply pair:joint"},
		{"an offer (a report on East Africa)",
			"In 1990 Kenya and Uganda offered loans to the new government.",
			"KEN-UGA joint_offer pair:joint"},
		{"a pledge of aid (a news report)",
			"Norway and Sweden pledged aid to the flood victims.",
			"NOR-SWE joint_pledge pair:joint"},
		// an agreement between the two
		{"a ceasefire agreed (a history of the Gulf)",
			"In 1988 Iran and Iraq agreed to a ceasefire.",
			"IRN-IRQ agree pair:event"},
		{"talks agreed (a report on East Africa)",
			"In 1990 Kenya and Uganda agreed to hold talks.",
			"KEN-UGA talks pair:event"},
		{"a treaty signed (a history of the Andes)",
			"Chile and Peru signed a treaty in 1929.",
			"CHL-PER sign_agreement pair:event"},
		{"an offer with its target named (a news report)",
			"Norway and Sweden offered Ethiopia loans.",
			"NOR-ETH offer pair:event; SWE-ETH offer pair:event; NOR-SWE joint_offer pair:joint"},
	})
}
