package event_test

import "testing"

// TestApprovedIsRelationParticiple: "approved", "endorsed", "authorized"
// and "sanctioned" set off by a comma right after an agent are relation
// participles (syntax/data/relverbs.txt), as "backed" and "condemned" are:
// they act on that agent, not on the act's patient. Before, "The bombing of
// Serbia by NATO, approved by Britain" gave GBR>SRB (review23, finding 6).
// A participle that is no relation still acts on the subject. Cases of our
// own, from histories and news; both ways.
func TestApprovedIsRelationParticiple(t *testing.T) {
	checkCases(t, []roleCase{
		{"approved, on a noun's agent (history)", "The bombing of Serbia by NATO, approved by Britain, began in 1999.", "ASSAULT NATO>SRB; SUPPORT GBR>NATO"},
		{"endorsed, on a noun's agent (news)", "The invasion of Iraq by the United States, endorsed by Britain, began in 2003.", "ASSAULT USA>IRQ; SUPPORT GBR>USA"},
		{"defended, on the subject (history)", "In 1914 Belgium was invaded by Germany, defended by France and Britain.", "ASSAULT DEU>BEL; SUPPORT FRA,GBR>BEL"},
	}, categoryDyads("ASSAULT", "SUPPORT"))
}

// TestPreparationsIsCompoundHead: an event noun right before
// "preparations" or "preparation" names a plan, no act
// (syntax/data/compounds.txt), as before "plans": "Germany's invasion
// preparations against Britain" gave an asserted DEU>GBR invasion
// (review23, finding 6). The invasion itself stays. Cases of our own, from
// histories; both ways. (An attack's or a blockade's plans still give the
// act: the compound rule reads only some nouns, roles.go nounCompound.)
func TestPreparationsIsCompoundHead(t *testing.T) {
	checkCases(t, []roleCase{
		{"invasion preparations (history)", "Germany's invasion preparations against Britain were halted in 1940.", ""},
		{"invasion preparation (history, 2)", "Britain's invasion preparation against Norway was ready in April 1940.", ""},
		{"invasion plans (history)", "Iraq's invasion plans against Kuwait were drawn up in 1990.", ""},
		{"the invasion itself (history)", "Germany's invasion of Norway in 1940 surprised Britain.", "ASSAULT DEU>NOR"},
	}, categoryDyads("ASSAULT"))
}

// TestNounRowNeedsItsPreposition: a noun row with both an object and a
// target preposition ("resistance", object=@assailed|@troops, target=to /
// against) needs its preposition too: "German resistance stiffened as the
// British army advanced" names no one resisted, while "Finnish resistance to
// the Soviet invasion" does. Cases of our own, from histories; both ways.
func TestNounRowNeedsItsPreposition(t *testing.T) {
	checkCases(t, []roleCase{
		{"no preposition (history, a front)", "In 1918 German resistance on the British army's front stiffened.", ""},
		{"no preposition (history, an occupation)", "In 1943 Polish resistance in the German occupation zone grew.", ""},
		{"to the invasion (history)", "In 1939 Finnish resistance to the Soviet invasion surprised the world.", "ASSAULT FIN>SUN"},
	}, categoryDyads("ASSAULT"))
}
