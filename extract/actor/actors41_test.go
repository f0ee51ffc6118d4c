package actor

import "testing"

// TestBelgradeByDate checks Belgrade as Yugoslavia's capital in its years
// before the Federal Republic of April 1992 (states.tsv, a dated row read
// before Serbia's undated one), and Serbia's after, before 1918 and with
// no date. Sentences of a Cold War history of the Tito-Stalin split, a
// paper on the Non-Aligned Movement, and news of the Kosovo war and of
// today, of my own writing.
func TestBelgradeByDate(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, want string }{
		// a Cold War history and a paper on non-alignment
		{"In 1948 Moscow expelled Belgrade from the Cominform.", "Belgrade/GPE/YUG/"},
		{"Belgrade hosted the first summit of the non-aligned states in 1961.", "Belgrade/GPE/YUG/"},
		{"In 1991 Belgrade sent the army into Slovenia.", "Belgrade/GPE/YUG/"},
		// must not: after April 1992, before 1918, or with no date
		{"In 1999 NATO bombed Belgrade.", "Belgrade/GPE/SRB/"},
		{"In 1914 Austria-Hungary shelled Belgrade.", "Belgrade/GPE/SRB/"},
		{"Belgrade recalled its ambassador.", "Belgrade/GPE/SRB/"},
		{"In 2008 Belgrade rejected Kosovo's declaration.", "Belgrade/GPE/SRB/"},
	} {
		checkDated(t, v, c.sentence, c.want)
	}
}
