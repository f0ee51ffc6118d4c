package extract

import (
	"testing"
)

// TestNarratedDayIsMonth: in a paper, an act that goes on with the story
// of the sentence before (narrated) takes that sentence's month, not its
// day, which is the time of that sentence's own act (review32 finding 3);
// from a paper on the Gulf War and one on 1967. Must not: an act that
// shares two actors with the act before keeps its day (continued), a month
// or a year carried stays as it is.
func TestNarratedDayIsMonth(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper on the Gulf: another act's day", "On 2 August 1990 Iraq invaded Kuwait. The Soviet Union condemned the invasion and suspended arms deliveries to Iraq.", scholarly,
			[]string{"invaded=1990-08-02/sentence", "condemned=1990-08/context", "suspended=1990-08/context"}},
		{"a paper on 1967: another act's day", "On 30 May 1967 Jordan signed a defence pact with Egypt. The United States urged restraint.", scholarly,
			[]string{"signed=1967-05-30/sentence", "urged=1967-05/context"}},
		// must not
		{"a paper on 1967: the same two actors keep the day", "On 30 May 1967 Jordan signed a defence pact with Egypt. Egypt sent troops to Jordan.", scholarly,
			[]string{"signed=1967-05-30/sentence", "sent=1967-05-30/context"}},
		{"a paper on the Gulf: a month stays", "In August 1990 Iraq invaded Kuwait. The Soviet Union condemned the invasion.", scholarly,
			[]string{"invaded=1990-08/sentence", "condemned=1990-08/context"}},
		{"a paper on 1967: a year stays", "In 1967 Jordan signed a defence pact with Egypt. The United States urged restraint.", scholarly,
			[]string{"signed=1967/sentence", "urged=1967/context"}},
	}
	r.check(t, tests)
}
