package event_test

import "testing"

// A place taken in a finite passive with no agent ("was captured",
// "was besieged", "was occupied", "was conquered") is taken by the one an
// attack on its state, told as done in this sentence or the one before,
// names: a place is taken only by its holder's enemy (roles.go nearTaker;
// before, the taker came only from the document's counted dyads, and a
// dictionary verb's passive needed its "by"). A place burned may be so by
// its own side ("Moscow was burned"); an agent after "by", an attack two
// sentences back or only planned, a subject that names no actor, a
// negated taking and a relative clause give no taker. Cases of our own,
// from histories and news.
func TestTakenNearAttacker(t *testing.T) {
	checkCases(t, []roleCase{
		{"captured (history)", "In 1812 France invaded Russia. Moscow was captured in September.", "ASSAULT FRA>RUS; COERCE FRA>RUS"},
		{"taken (history)", "In 1914 Germany invaded Belgium. Brussels was taken in August.", "ASSAULT DEU>BEL; COERCE DEU>BEL"},
		{"besieged (history)", "In 1939 Germany attacked Poland. Warsaw was besieged in September.", "ASSAULT DEU>POL; COERCE DEU>POL"},
		{"captured (news)", "In 1990 Iraq invaded Kuwait. Kuwait City was captured within hours.", "ASSAULT IRQ>KWT; COERCE IRQ>KWT"},
		{"burned (history)", "In 1812 France invaded Russia. Moscow was burned in September.", "ASSAULT FRA>RUS"},
		{"taken by surprise (news)", "In 1973 Egypt attacked Israel. Israel was taken by surprise.", "ASSAULT EGY>ISR"},
		{"an agent of its own (history)", "In 1914 Germany invaded Belgium. Brussels was taken by the French army in August.", "ASSAULT DEU>BEL; COERCE FRA>BEL"},
		{"two sentences back (news)", "In 1990 Iraq invaded Kuwait. Oil prices rose. Kuwait City was captured in August.", "ASSAULT IRQ>KWT"},
		{"an attack planned (news)", "In 1990 Iraq planned to invade Kuwait. Kuwait City was captured in August.", "THREATEN IRQ>KWT"},
		{"no actor taken (news)", "In 1990 Iraq invaded Kuwait. The decision was taken in Baghdad.", "ASSAULT IRQ>KWT"},
		{"negated (history)", "In 1941 Germany invaded the Soviet Union. Moscow was never captured.", "ASSAULT DEU>SUN"},
		{"a relative clause (history)", "In 1941 Germany invaded the Soviet Union. Moscow, which was captured in 1812, held out.", "ASSAULT DEU>SUN"},
	}, modedDyads)
}
