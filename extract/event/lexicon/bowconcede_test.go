package lexicon_test

import "testing"

// TestBowConcedeCourtesy: "bow to" a person of rank or a delegation is a
// courtesy and "concede to X that" a point granted in argument
// (triggers.tsv's NONE rows after the yield rows), no yielding; bowing
// to pressure and conceding to a state stay CONCEDE. Before, the first
// three gave CONCEDE CHN>JPN, JPN>CHN and GBR>USA (review22, finding 8).
// Only CONCEDE events are shown. Cases of our own, from news and
// histories; both ways.
func TestBowConcedeCourtesy(t *testing.T) {
	checkSenses(t, []string{"CONCEDE"}, []senseCase{
		{"bowed to an emperor (news)", "The Chinese ambassador bowed to the Japanese emperor in 1992.", ""},
		{"bowed to a delegation (history)", "The Japanese delegation bowed to the Chinese delegation at the start of the talks in 1972.", ""},
		{"conceded to X that (news)", "Britain conceded to the United States that the loan terms were harsh.", ""},
		{"conceded to X that (history)", "France conceded to Germany that the treaty had lapsed.", ""},
		{"bowed to pressure (history)", "Britain bowed to Italian pressure.", "CONCEDE GBR>ITA"},
		{"conceded to a state (history)", "Russia conceded to Japan.", "CONCEDE RUS>JPN"},
	})
}
