package event_test

import "testing"

// An event noun that names a relation (flag mutual or thing), in a phrase
// set off by a dash or a comma right after a capitalised name and closed
// by the same mark, says what the named programme is, not that an act
// took place ("the Mais Medicos Program—a partnership between Brazil and
// Cuba—"). A name that is itself an event's ("the Geneva Summit, a
// meeting between ..."), a lower-case head before the mark ("the
// agreement, a partnership between ..., was signed") or no apposition
// keeps the act. Cases of our own, from a policy paper and histories.
func TestAppositionNounDescribesTheName(t *testing.T) {
	checkCases(t, []roleCase{
		{"a programme described by a dash (policy paper)",
			"In 2013 the Mais Medicos Program—a partnership between Brazil and Cuba—brought doctors to rural areas.",
			""},
		{"a project described by commas (Cold War history)",
			"In 1975 the Apollo-Soyuz Project, a cooperation between the United States and the Soviet Union, docked two spacecraft.",
			""},
		{"a named summit (Cold War history)",
			"In 1985 the Geneva Summit, a meeting between the United States and the Soviet Union, ended.",
			"CONSULT USA,SUN>"},
		{"a common noun before the comma (policy paper)",
			"In 2013 the agreement, a partnership between Brazil and Cuba, was renewed.",
			"COOPERATE BRA,CUB>"},
		{"no apposition (policy paper)",
			"In 2013 Brazil began a partnership with Cuba.",
			"COOPERATE BRA>CUB"},
	}, eventDyads)
}
