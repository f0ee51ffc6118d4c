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
		{"a participle clause's object is not the occupation's target (history)",
			"In April 1914, U.S. opposition to Huerta had reached its peak when American forces seized and occupied the port of Veracruz, cutting off arms and money supplies from Germany.",
			"COERCE USA>MEX; COERCE USA>MEX; SANCTION USA>DEU"},
		{"a finite verb after a comma is no participle's object (history)",
			"The Serbian army, fighting on two fronts and facing certain defeat, retreated into Albania, halting only once to make a stand against the Bulgarians.",
			"ASSAULT SRB>; RETREAT SRB>"},
		{"a finite verb after a comma is no participle's object (news)",
			"Sudanese troops, attacking for a week, retreated into Chad on Sunday.",
			"RETREAT SDN>"},
		{"where a retreat goes is no party to it (news)",
			"Libyan forces retreated into Chad on Sunday.",
			"RETREAT LBY>"},
		{"what a retreat is from is a party to it (news)",
			"Libyan forces withdrew from Chad on Sunday.",
			"RETREAT LBY>TCD"},
		{"a passive's agent after a participle is still its agent (history)",
			"The Polish army was defeated and forced to retreat, pursued by the Russian army.",
			"ASSAULT RUS>POL; RETREAT POL>RUS"},
	}, eventDyads)
}
