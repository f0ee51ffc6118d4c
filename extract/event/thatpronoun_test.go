package event_test

import "testing"

// A subject pronoun right after "that" stands for the subject of the verb
// the clause completes ("X reported to Y that he"), not for the
// paragraph's last subject.
func TestPronounAfterThatIsTheSpeaker(t *testing.T) {
	checkCases(t, []roleCase{
		{"a leader reports his intent (history)",
			"In June 1970 President Nixon dispatched the Sixth Fleet to the eastern Mediterranean. In August Nasser told the cabinet that he would deploy troops to Yemen.",
			"MOBILIZE USA>; MOBILIZE EGY>YEM"},
		{"past an object (news)",
			"In 1982 Israel invaded Lebanon. Paris notified the Assembly that it had approved a sale of missiles to Iraq.",
			"ASSAULT ISR>LBN; COOPERATE FRA>IRQ"},
		{"an essay's statement",
			"In 1956 Britain threatened Egypt. Later the Soviet premier declared that he would send volunteers to Egypt.",
			"THREATEN GBR>EGY; AGREE SUN>EGY"},
	}, eventDyads)
}

// A plural pronoun right after a verb of saying does not stand for a
// single state that says it (pronouns.tsv's "plural"): "Czechoslovakia
// announced they had invaded" speaks of others; a list that speaks keeps
// its "they", and a state its "it".
func TestPluralPronounIsNoSingleSpeaker(t *testing.T) {
	checkCases(t, []roleCase{
		{"a state reports others' invasion (a Cold War history)",
			// (the territory "its" names is Czechoslovakia's, CSK in 1968;
			// so is Prague, its capital in 1968: possessedObject)
			"After Soviet tanks entered Prague in 1968, Czechoslovakia announced they had invaded its territory.",
			"COERCE SUN>CSK; ASSAULT SUN>CSK"},
		{"a state reports others' attack (news)",
			"In 1999 NATO bombed Serbian bridges. Later that year Serbia said they had attacked its civilians.",
			"ASSAULT NATO>SRB; ASSAULT NATO>SRB"},
		{"not: a list's own they (a history of the 1973 war)",
			"In 1973 Egypt and Syria announced they would attack Israel.",
			"THREATEN EGY,SYR>ISR"},
		{"not: a state's own it (news)",
			"In 1990 Iraq announced it would withdraw from Kuwait.",
			"AGREE IRQ>KWT"},
	}, eventDyads)
}
