package event_test

import "testing"

// A bare definite event noun in a verb's object or passive subject names
// again the act of its kind that this sentence or the one before told as
// done: the verb acts on that act's agent ("North Korea invaded South
// Korea. The invasion was condemned by the United States": ACCUSE
// USA>PRK; before, USA>; "The attack was repulsed by the Greek army":
// ASSAULT GRC>ITA, a dictionary verb of force only, before nothing). A noun with an actor, a target or a noun of its
// own names its own act; a mutual noun ("the war") no one side; an act
// told as planned, one of another kind or one two sentences back is no
// antecedent; the verb's own agent is no target; a verb whose row names
// the act as its object ("joined the invasion") may join or fight it. Cases of our own, from
// histories and news.
func TestAnaphoricActNoun(t *testing.T) {
	checkCases(t, []roleCase{
		{"passive subject (history)", "In 1950 North Korea invaded South Korea. The invasion was condemned by the United States.", "ASSAULT PRK>KOR; ACCUSE USA>PRK"},
		{"passive subject (news)", "In 1990 Iraq invaded Kuwait. The invasion was condemned by the United Nations.", "ASSAULT IRQ>KWT; ACCUSE UN>IRQ"},
		{"active object (history)", "In 1979 Vietnam invaded Cambodia. China condemned the invasion.", "ASSAULT VNM>KHM; ACCUSE CHN>VNM"},
		{"active object (news)", "In 2003 the United States invaded Iraq. France criticized the invasion.", "ASSAULT USA>IRQ; ACCUSE FRA>USA"},
		{"a dictionary verb of force, passive (history)", "In 1940 Italy attacked Greece. The attack was repulsed by the Greek army.", "ASSAULT ITA>GRC; ASSAULT GRC>ITA"},
		{"a dictionary verb of force, active (history)", "In 1940 Italy attacked Greece. The Greek army repulsed the attack.", "ASSAULT ITA>GRC; ASSAULT GRC>ITA"},
		{"negated (news)", "In 1990 Iraq invaded Kuwait. The invasion was not condemned by Jordan.", "ASSAULT IRQ>KWT; ACCUSE JOR>IRQ negated"},
		{"another dictionary verb (history)", "In 1940 Italy attacked Greece. The attack was halted by the Greek army.", "ASSAULT ITA>GRC"},
		{"an act joined (history)", "In 1939 Germany invaded Poland. Slovakia joined the invasion.", "ASSAULT DEU>POL"},
		{"a noun with its own target (news)", "In 1990 Iraq invaded Kuwait. France condemned the invasion of Lebanon.", "ASSAULT IRQ>KWT; ACCUSE FRA>LBN"},
		{"a noun of another kind (history)", "In 1990 Iraq invaded Kuwait. The attack was condemned by the United Nations.", "ASSAULT IRQ>KWT; ACCUSE UN>"},
		{"a mutual noun (history)", "In 1980 Iraq invaded Iran. The war was condemned by the United Nations.", "ASSAULT IRQ>IRN; ACCUSE UN>"},
		{"a compound noun (news)", "In 1990 Iraq invaded Kuwait. France condemned the invasion plan.", "ASSAULT IRQ>KWT; ACCUSE FRA>"},
		{"an act planned (news)", "In 1990 Iraq planned to invade Kuwait. The invasion was condemned by France.", "THREATEN IRQ>KWT; ACCUSE FRA>"},
		{"the agent again (history)", "In 1939 Germany invaded Poland. The invasion was praised by Germany.", "ASSAULT DEU>POL; SUPPORT DEU>"},
		{"two sentences back (history)", "In 1990 Iraq invaded Kuwait. Oil prices rose sharply. The invasion was condemned by France.", "ASSAULT IRQ>KWT; ACCUSE FRA>"},
	}, modedDyads)
}
