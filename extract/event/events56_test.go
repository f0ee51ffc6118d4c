package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestArmedPhraseModifiers: "with" + an actor + an armed noun reads as
// "by" + actor + armed noun does (syntax armedAfter): past up to two
// lower-case modifiers ("Turkish attack drones", "Soviet heavy tanks") and
// a dash compound ("Turkish-made drones"), the actor names the force an act
// is done with, not its target. A named target, a mutual act ("clashed
// with Armenian border troops") or a cooperation keeps the other side.
// Sentences of our own, from news of the Caucasus and histories of the
// Korean War and the Iran-Iraq War.
func TestArmedPhraseModifiers(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "COOPERATE"}, []stagetest.Case{
		{Name: "an offensive with attack drones (news)", Text: "In 2020 Azerbaijan launched an offensive with Turkish attack drones.", Want: ""},
		{Name: "attacked with Turkish-made drones (news)", Text: "In 2020 Azerbaijan attacked with Turkish-made drones.", Want: ""},
		{Name: "attacked with heavy tanks (history)", Text: "In 1950 North Korea attacked with Soviet heavy tanks.", Want: ""},
		{Name: "not: a named target (history)", Text: "In 1950 North Korea attacked South Korea with Soviet heavy tanks.", Want: "ASSAULT PRK>KOR"},
		{Name: "not: a named target, Soviet-made (history)", Text: "In 1980 Iraq invaded Iran with Soviet-made tanks.", Want: "ASSAULT IRQ>IRN"},
		{Name: "not: clashed with border troops (news)", Text: "In 2020 Azerbaijan clashed with Armenian border troops.", Want: "ASSAULT AZE>ARM"},
		{Name: "not: a war with ground forces (history)", Text: "In 1991 Iraq fought a war with Saudi ground forces.", Want: "ASSAULT IRQ>SAU"},
		{Name: "not: cooperated with special forces (news)", Text: "In 2003 Britain cooperated with American special forces in Iraq.", Want: "COOPERATE GBR>USA"},
	})
}
