package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestMonthIsNoModal: a word of the modality list inside one of the
// sentence's time expressions is part of the date, not a modal of the
// verb: "In May it invaded Belgium" is asserted (the month), "It may
// invade Belgium" supposed. Sentences of our own, from a history of the
// 1940 campaign and news of the war in Ukraine.
func TestMonthIsNoModal(t *testing.T) {
	checkModes(t, []string{"ASSAULT"}, []stagetest.Case{
		{Name: "the month May before a pronoun (history)", Text: "Germany prepared its armies in 1940. In May it invaded Belgium.", Want: "ASSAULT DEU>BEL 1940-05"},
		{Name: "the month May before a pronoun (news)", Text: "Russia massed troops on the border in 2022. In May they shelled Ukraine.", Want: "ASSAULT RUS>UKR 2022-05"},
		{Name: "not: the modal may (history)", Text: "Germany prepared its armies in 1940. It may invade Belgium.", Want: "ASSAULT DEU>BEL  hypothetical"},
		{Name: "not: the modal may (news)", Text: "Russia massed troops on the border in 2022. They may shell Ukraine.", Want: "ASSAULT RUS>UKR  hypothetical"},
	})
}
