package event_test

import "testing"

// TestInsideWordsKeepThePassive: "almost", "soon", "already", "just" and
// "mostly" (auxiliaries.tsv's class inside) may stand between an
// auxiliary and its participle: "were almost surrounded", "were soon
// encircled by" are passives, whose subject is acted on. Before an active
// verb they change nothing. Cases of our own, from a history and news.
func TestInsideWordsKeepThePassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"a passive across 'almost' has no agent of its subject (history)",
			"In 1920 Polish forces were almost surrounded near Kiev.",
			""},
		{"a passive across 'soon' takes its agent after 'by' (news)",
			"In 2014 Ukrainian troops were soon encircled by Russian forces near Ilovaisk.",
			"MOBILIZE RUS>UKR"},
		{"'soon' before an active verb (history)",
			"In 1950 the North Korean army soon attacked Pusan.",
			"ASSAULT PRK>KOR"},
		{"'already' in an active verb group (news)",
			"In 1941 Britain was already bombing Germany.",
			"ASSAULT GBR>DEU"},
	}, eventDyads)
}
