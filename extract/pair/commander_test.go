package pair_test

import "testing"

// TestCommanderAndHisForceAreOneSide: a commander and the force or command
// he leads are one side, no dyad of two (namings.txt, roles lead and
// commander): the subject of a verb of leading and its object, the force
// before "led by" and its leader, and a commander before "commander of"
// and the force after it. A verb of leading that makes a cause ("led
// Japan to abandon"), one whose object is no force of the subject's ("led
// the attack on France"), an act on a commander ("sacked the commander
// of") and an act of a commander on another ("praised the Belgian
// brigade") keep their pairs. Cases from a history of the Second World
// War in the West, one of the Korean war, one of the Arab world in the
// 1950s and one of West African peacekeeping.
func TestCommanderAndHisForceAreOneSide(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a verb of leading and its object (the war in the West)",
			"A Dutch general commanded the Belgian brigade in 1944.",
			""},
		{"a verb of leading, the object after a noun and 'of' (the Korean war)",
			"A Turkish colonel led a battalion of Greek volunteers across the river in 1951.",
			""},
		{"the force before 'led by' (West African peacekeeping)",
			"Nigerian troops, led by a Ghanaian officer, held the airport.",
			""},
		{"a commander before 'commander of' (the Korean war)",
			"General Ward, the American commander of the UN forces, crossed the river in 1951.",
			""},
		{"a commander in apposition before 'commander of' (the Arab world)",
			"The British general Hale, commander of the Jordanian army, resigned in 1956.",
			""},
		{"not: a verb of leading that makes a cause (the war in the Pacific)",
			"The Chinese offensive led Japan to abandon the port.",
			"CHN-JPN mention pair:sentence"},
		{"not: the object is no force of the subject's (the war in the West)",
			"Britain led the coalition against Iraq in 1991.",
			"GBR-IRQ mention pair:sentence"},
		{"not: an act on a commander (the Arab world)",
			"Britain sacked the commander of the Egyptian army in 1952.",
			"GBR-EGY mention pair:sentence"},
		{"not: an act of a commander on another force (the war in the West)",
			"The Dutch commander praised the Belgian brigade.",
			"NLD-BEL praise pair:event"},
		{"not: a force after 'of' before 'led by' (West African peacekeeping)",
			"The invasion of Liberia, led by a Nigerian general, began in 1990.",
			"LBR-NGA mention pair:sentence"},
	})
}
