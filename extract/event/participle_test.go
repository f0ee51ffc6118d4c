package event_test

import "testing"

// A verb's object is not found past a verb of another predicate: a verb
// trigger in -ing or -ed after a comma (", attacking", ", and later
// retreated") heads a predicate of its own, and the actors after it are
// its objects. And a RETREAT names no target by where the one withdrawing
// goes ("into").
func TestObjectStopsAtAnotherPredicate(t *testing.T) {
	checkCases(t, []roleCase{
		{"a participle clause's object is not the seizure's target (news)",
			"Ethiopian troops seized the border posts, attacking Eritrean units nearby.",
			"ASSAULT ETH>ERI"},
		{"a participle clause's object is not the occupation's target (own writing, a history's form)",
			"In 1980, Iranian pressure on Baghdad grew when Iranian forces captured and occupied the port of Basra, cutting off fuel and food supplies from Kuwait.",
			"COERCE IRN>IRQ; COERCE IRN>IRQ; COERCE IRN>KWT"},
		{"a finite verb after a comma is no participle's object (history)",
			"The Romanian army, fighting on both flanks and near collapse, retreated into Moldavia, pausing just once to fight the Germans.",
			"ASSAULT ROU>; RETREAT ROU>; ASSAULT ROU>DEU"},
		{"a finite verb after a comma is no participle's object (news)",
			"Sudanese troops, attacking for a week, retreated into Chad on Sunday.",
			"RETREAT SDN>"},
		{"where a retreat goes is no party to it (news)",
			"Libyan forces retreated into Chad on Sunday.",
			"RETREAT LBY>"},
		{"what a retreat is from is a party to it (news)",
			"Libyan forces withdrew from Chad on Sunday.",
			"RETREAT LBY>TCD"},
		{"a passive's agent after a participle is still its agent (own writing, a history's form)",
			"The Hungarian army was defeated and forced to withdraw, pursued by the Romanian army.",
			"ASSAULT ROU>HUN; RETREAT HUN>ROU"},
	}, eventDyads)
}
