package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestElisionAdverbs: "and" with an adverb of syntax's elision.txt
// ("later", "then", "also", "again") before "to" and an actor tells the
// act again without its verb, dated by its own date (elided); "and not to"
// names no act. Sentences of our own, a history of arms sales to South
// America, news of Russian and Turkish deployments and a paper on Chinese
// drone exports.
func TestElisionAdverbs(t *testing.T) {
	checkModes(t, nil, []stagetest.Case{
		{Name: "and later to (history)", Text: "France sold tanks to Peru in 1971 and later to Chile in 1979.", Want: "COOPERATE FRA>PER 1971; COOPERATE FRA>CHL 1979"},
		{Name: "and then to (news)", Text: "Russia sent troops to Syria in 2015 and then to Libya in 2019.", Want: "AID RUS>SYR 2015; AID RUS>LBY 2019"},
		{Name: "and also to (paper)", Text: "China sold drones to Egypt in 2018 and also to Iraq in 2019.", Want: "COOPERATE CHN>EGY 2018; COOPERATE CHN>IRQ 2019"},
		{Name: "and again to (news)", Text: "Turkey sent troops to Syria in 2016 and again to Iraq in 2018.", Want: "AID TUR>SYR 2016; AID TUR>IRQ 2018"},
		{Name: "not: and not to (history)", Text: "France sold tanks to Peru in 1971 and not to Chile.", Want: "COOPERATE FRA>PER 1971"},
	})
}
