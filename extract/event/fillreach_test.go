package event_test

import "testing"

// TestFillFromSameKindNearBy checks that a promise or a request whose
// target the sentence leaves out takes it only from an act of the same
// kind by the same source a few sentences back ("requested two divisions
// ... The following day, they requested an airborne division"): not from
// the paragraph's war, nor from one made many sentences before. An
// attack still takes the paragraph's enemy. Cases of our own, from
// histories and news.
func TestFillFromSameKindNearBy(t *testing.T) {
	checkCases(t, []roleCase{
		{"a request the sentence before names (history)",
			"In March, Greece requested arms from Britain. In April, Greece requested more ships.",
			"REQUEST GRC>GBR; REQUEST GRC>GBR"},
		{"a request the sentence before names (news)",
			"On Monday, Kenya asked Uganda for talks. On Tuesday, Kenya requested a meeting.",
			"REQUEST KEN>UGA; REQUEST KEN>UGA"},
		{"a promise after a war the paragraph follows (history)",
			"Germany attacked Serbia in 1914, and Germany invaded Serbia again in 1915, and later Germany promised to withdraw.",
			"ASSAULT DEU>SRB; ASSAULT DEU>SRB; AGREE DEU>"},
		{"a demand after attacks the paragraph follows (news)",
			"Iraq attacked Iran on Monday, and Iraq shelled Iran again on Tuesday, and on Wednesday Iraq requested a pause.",
			"ASSAULT IRQ>IRN; REQUEST IRQ>"},
		{"an attack after an attack takes the enemy (history)",
			"In 1915, Germany attacked Serbia. In 1916, Germany attacked again in the north.",
			"ASSAULT DEU>SRB; ASSAULT DEU>SRB"},
		{"a request many sentences after the last (history)",
			"In 1919, Poland requested arms from France. The army grew. The war went on. The winter was hard. The harvest failed. The cities starved. The front held. In 1920, Poland requested more tanks.",
			"REQUEST POL>FRA; REQUEST POL>"},
	}, modedDyads)
}
