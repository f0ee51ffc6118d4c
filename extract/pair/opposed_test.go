package pair_test

import "testing"

// TestOpponentsAreNoAllies: two sides the document has shown as opponents
// (an asserted attack, coercion, threat or sanction of one on the other,
// opposing.txt) in two sentences or more are not paired as allies when a
// later event with no target names both as its sources; they are the
// event's parties (sources that act on a named target stay one side).
// One such act before is not enough (it may be a misreading), and a joint
// word (jointwords.txt: "combined", "together") keeps them allies. Cases
// from a history of South Asia and one of the War of the Pacific, each
// with its twins.
func TestOpponentsAreNoAllies(t *testing.T) {
	checkPairs(t, []pairCase{
		{"opponents twice before: parties, no allies (a South Asian history)",
			"India attacked Pakistan in 1965. India attacked Pakistan again in 1971. In 1999 India and Pakistan attacked across the Line of Control.",
			"IND-PAK attack pair:event; IND-PAK attack pair:event; IND-PAK attack pair:event"},
		{"not: opponents once before",
			"India attacked Pakistan in 1965. In 1999 India and Pakistan attacked across the Line of Control.",
			"IND-PAK attack pair:event; IND-PAK joint_attack pair:joint"},
		{"not: a joint word",
			"India attacked Pakistan in 1965. India attacked Pakistan again in 1971. In 1999 India and Pakistan attacked together across the Line of Control.",
			"IND-PAK attack pair:event; IND-PAK attack pair:event; IND-PAK joint_attack pair:joint"},
		{"not: opponents twice before that act on one target are on one side (a history of the War of the Pacific)",
			"Chile invaded Peru in 1880. Chile attacked Peru again in 1881. In 1883 Chile and Peru attacked Bolivia.",
			"CHL-PER invasion pair:event; CHL-PER attack pair:event; CHL-BOL attack pair:event; PER-BOL attack pair:event; CHL-PER joint_attack pair:joint"},
		{"not: Cold War rivals condemning a third state's act are on one side (a Cold War history)",
			"The United States threatened the Soviet Union in 1962. The United States sanctioned the Soviet Union in 1980. In 1991 the United States and the Soviet Union condemned Iraq.",
			"USA-SUN threaten pair:event; USA-SUN sanction pair:event; USA-IRQ criticize pair:event; SUN-IRQ criticize pair:event; USA-SUN joint_criticize pair:joint"},
		{"not: side by side",
			"Chile invaded Peru in 1880. Chile attacked Peru again in 1881. In 1883 Chilean and Peruvian forces attacked Bolivia side by side.",
			"CHL-PER invasion pair:event; CHL-PER attack pair:event; CHL-BOL attack pair:event; PER-BOL attack pair:event; CHL-PER joint_attack pair:joint"},
		{"after both: opponents twice before are parties too",
			"India attacked Pakistan in 1965. Pakistan attacked India in 1971. Both India and Pakistan called for talks in 1999.",
			"IND-PAK attack pair:event; PAK-IND attack pair:event; IND-PAK demand pair:event"},
		{"not: after both with no opposition before",
			"India and Pakistan traded in 1965. Both India and Pakistan called for talks in 1999.",
			"IND-PAK trade pair:event; IND-PAK joint_demand pair:joint"},
		{"not: the attacks were threatened, not asserted",
			"Chile threatened to invade Peru in 1880. Chile might attack Peru in 1881. In 1883 Chile and Peru attacked Bolivia.",
			"CHL-PER invasion pair:event; CHL-PER attack pair:event; CHL-BOL attack pair:event; PER-BOL attack pair:event; CHL-PER joint_attack pair:joint"},
	})
}
