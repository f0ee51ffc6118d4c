package pair_test

import "testing"

// TestHiddenActTakesItsMode: an act the event stage reads inside another
// act's phrase and does not report (a hidden event) pairs its actors with
// the mode of what the text says of it: hypothetical when it is warned
// of, demanded or proposed; asserted when a verb of giving governs it,
// when it is a participle told of a noun, when it is a threat itself, and
// in reported speech.
func TestHiddenActTakesItsMode(t *testing.T) {
	cases := []pairCase{
		{"an attack warned of (a history of the Cold War)",
			"In 1962 the Soviet Union warned the United States that it would attack Turkey.", "SUN-USA asserted; SUN-TUR hypothetical"},
		{"a withdrawal demanded (a history of Africa)",
			"In 1956 Britain demanded that Egypt withdraw from Sudan.", "GBR-EGY asserted; EGY-SDN hypothetical"},
		{"a withdrawal proposed, a subjunctive after a verb of mandate (a history of the Gulf War)",
			"In 1990 the United States proposed that Iraq withdraw from Kuwait.", "IRQ-KWT hypothetical"},
		{"aid received (a history of the Spanish Civil War)",
			"In 1936 Italy received military aid from Germany.", "DEU-ITA asserted"},
		{"a participle told of a noun in what is called for (a history of the First World War)",
			"In 1917 the United States called for the arming of American merchant ships delivering munitions to Britain.", "USA-GBR asserted"},
		{"a threat after a demand (a history of the Persian Wars)",
			"In 480 BC Athens sent envoys to Sparta demanding help, and threatening to accept the Persian terms.", "ATHENS-SPARTA asserted; ATHENS-IRN asserted"}, // the demand is Athens' REQUEST to Sparta since events46 (the sender of envoys demanding)
		{"aid that a denied stop leaves going on (a history of East Asia)",
			"In 1903 Japan did not stop its aid to Korea.", "JPN-KOR asserted"},
		{"an attack in reported speech (a history of South Asia)",
			"In 1965 India said that Pakistan had attacked India.", "PAK-IND asserted"},
	}
	checkPairModes(t, cases)
}
