package extract

import (
	"strings"
	"testing"
)

// TestDayAfterTheAct: "A day after the declaration" after a sentence that
// dated the declaration dates the act a day after it (timex's Sequel
// Holds 3, setAct), from a paper on 1948 and a history of the Gulf; after
// another act the month stays (days) or the year (weeks).
func TestDayAfterTheAct(t *testing.T) {
	r := newDatingRig(t)
	tests := []struct{ name, text, want string }{
		{"a paper on 1948", "On 14 May 1948 Israel declared its independence. A day after the declaration, Egypt attacked Israel.", "attacked=1948-05-15/context"},
		{"a history of the Gulf", "On 2 August 1990 Iraq invaded Kuwait. A week after the invasion, Britain sent troops to Saudi Arabia.", "invaded=1990-08-02/sentence sent=1990-08-09/context"},
		// must not: another act
		{"a history: another act, days", "On 2 August 1990 Iraq invaded Kuwait. Two days after the vote, Britain sent troops to Saudi Arabia.", "invaded=1990-08-02/sentence sent=1990-08/context"},
		{"a paper: another act, weeks", "On 2 August 1990 Iraq invaded Kuwait. A week after the election, Britain sent troops to Saudi Arabia.", "invaded=1990-08-02/sentence sent=1990/context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.dates(t, tt.text, narrative); strings.Join(got, " ") != tt.want {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}
