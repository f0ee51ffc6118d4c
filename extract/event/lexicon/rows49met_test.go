package lexicon_test

import "testing"

// TestResistanceMet: armed forces that meet resistance from a party are
// fought by it (the rows of meet and met beside encounter's, read through
// the event stage's thingRowFills); a plan's resistance, resistance with
// no party named, and envoys or states that meet are no attack. Cases of
// our own, from histories of other wars.
func TestResistanceMet(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "CONSULT"}, []senseCase{
		{"the Alma (Crimean war)", "In 1854 the British army met fierce resistance from the Russian army at the Alma.", "ASSAULT RUS>GBR"},
		{"the Isthmus (Winter war)", "In 1940 the Soviet army met stubborn resistance from Finland on the Karelian Isthmus.", "ASSAULT FIN>SUN"},
		{"a plan (Franco-Prussian war)", "In 1870 the French plan met resistance from Prussia.", ""},
		{"a request (Winter war)", "In 1940 Finland met resistance from Sweden to its request for troops.", ""},
		{"no party (Franco-Prussian war)", "In 1870 the French army met fierce resistance.", ""},
		{"envoys meet (Crimean war)", "In 1854 the British envoy met the Russian envoy.", "CONSULT GBR>RUS"},
		{"states meet (Crimean war)", "In 1854 Britain met Russia in Vienna.", "CONSULT GBR>RUS"},
	})
}
