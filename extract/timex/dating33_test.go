package timex

import "testing"

// TestDaysAfterTheAct: a count of days or weeks after the act the sentence
// that set the time dated (setAct: a word sharing its stem) is counted from
// that day (Holds 3), from a paper on 1948 and a history of the Gulf; after
// another act it keeps the month (days) or the year (weeks), as before.
func TestDaysAfterTheAct(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ set, sent, want string }{
		{"On 14 May 1948 Israel declared its independence.", "A day after the declaration, Egypt attacked Israel.", "day after/3"},
		{"On 2 August 1990 Iraq invaded Kuwait.", "A week after the invasion, Britain sent troops to Saudi Arabia.", "week after/3"},
		// not: another act
		{"On 4 May 1936 the emperor sailed.", "Two days after his arrival in Jerusalem, Haile Selassie sent a telegram.", "days after/2"},
		{"On 2 August 1990 Iraq invaded Kuwait.", "A week after the election, Britain sent troops to Saudi Arabia.", "week after/1"},
	}
	for _, tt := range tests {
		if g := sequelsAfter(t, v, tt.set, tt.sent); g != tt.want {
			t.Errorf("%q: sequels %q, want %q", tt.sent, g, tt.want)
		}
	}
}
