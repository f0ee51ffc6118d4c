package pair_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestHiddenAskedFor: an act the event stage hid as asked for (Span.Hid:
// demanded, appealed, mandated) is hypothetical where pair's own walk
// finds no demand: past the preposition of the demand's own object
// ("requested permission from Washington to attack Japan") or after a
// verb of obligation ("obliged the United States to defend Taiwan"). It
// is not where the stage's demand stands past a comma ("refused the
// terms, invading Afghanistan"), where the act has
// a named doer (told: "to resist the Indian invasion"), or where the act
// stands in a clause of its own after the demand. Cases from a paper on
// the Taiwan Strait, a history of the Pacific war and one of the Second
// Italo-Ethiopian War.
func TestHiddenAskedFor(t *testing.T) {
	cases := []stagetest.Case{
		{Name: "an obligation (Taiwan Strait)",
			Text: "The 1954 treaty obliged the United States to defend Taiwan against China.",
			Want: "USA-TWN defend pair:event hypothetical"},
		{Name: "an obligation denied (Taiwan Strait)",
			Text: "In 1979 the Taiwan Relations Act did not oblige the United States to defend Taiwan.",
			Want: "USA-TWN defend pair:event hypothetical"},
		{Name: "permission asked from a side (Ethiopia)",
			Text: "In 1936 Graziani asked leave from Rome to bomb the Ethiopian railway.",
			Want: "ITA-ETH attack pair:event hypothetical"},
		{Name: "permission asked from a side (Pacific)",
			Text: "In 1941 Churchill requested permission from Washington to attack Japan.",
			Want: "GBR-USA demand pair:event asserted; USA-JPN attack pair:event hypothetical"},
		// not asked for
		{Name: "not: a named doer, told (South Asia)",
			Text: "Pakistan asked for arms from China to resist the Indian invasion of Bangladesh.",
			Want: "IND-BGD invasion pair:event asserted"},
		{Name: "not: past a comma (Cuba, 1962)",
			Text: "In 1962 Washington demanded the removal of the missiles, blockading Cuba with its navy.",
			Want: "USA-CUB blockade pair:event asserted"},
		{Name: "not: past a comma (Afghanistan)",
			Text: "Moscow refused the terms, invading Afghanistan in 1979.",
			Want: "RUS-AFG invasion pair:event asserted"},
		{Name: "not: a clause of its own (1914)",
			Text: "In 1914 Austria demanded that Serbia allow an inquiry, and Russia mobilised against Austria.",
			Want: "AUT-SRB demand pair:event asserted; RUS-AUT mobilize pair:event asserted"},
		{Name: "not: a ground after the demand's object (1938)",
			Text: "In 1938 Britain asked France for help after the German annexation of Austria.",
			Want: "GBR-FRA demand pair:event asserted; DEU-AUT seize pair:event asserted"},
	}
	stagetest.Check(t, cases, pairFull)
}
