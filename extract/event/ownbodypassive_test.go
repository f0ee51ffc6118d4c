package event_test

import "testing"

// A move of a state's own body told in the passive with no agent ("its
// aircraft were deployed to Saudi Arabia") is that state's: the actor the
// possessive pronoun stands for, named earlier in the same sentence as no
// one's object and under no preposition. Not when the pronoun follows "and"
// right after an actor (whose it is is unclear), nor when the sentence
// names no one before it, nor with no other's place named; an act on one's
// own body ("its troops were attacked") is untouched. Cases of our own,
// from histories and news; both ways.
func TestOwnBodyPassiveAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"comma and (news)", "In August 1990 the United States protested, and its aircraft were deployed to Saudi Arabia.", "ACCUSE USA>; MOBILIZE USA>SAU"},
		{"comma and (history)", "In 1941 Britain mobilized, and its troops were dispatched to Greece.", "MOBILIZE GBR>; MOBILIZE GBR>GRC"},
		{"and after a state of mind (history)", "In 1956 the Soviet Union was alarmed and its troops were deployed to Hungary.", "MOBILIZE SUN>HUN"},
		{"and after an actor object (news)", "On Monday Britain warned Iraq and its troops were deployed to Kuwait.", "THREATEN GBR>IRQ"},
		{"governed antecedent (history)", "In 1941, according to Britain, its troops were deployed to Greece.", ""},
		{"no antecedent in the sentence (news)", "On Monday its aircraft were deployed to Saudi Arabia.", ""},
		{"no other's place (history)", "In 1990 Kuwait was invaded, and its army was deployed to the south.", ""},
		{"own body acted on (history)", "In 1939 Germany invaded Poland, and its troops were attacked by the French.", "ASSAULT DEU>POL; ASSAULT FRA>DEU"},
	}, modedDyads)
}
