package event_test

import "testing"

// An event noun in a phrase that hangs on a noun with a participle ("a
// key element linked to the war", "a turning point in the war")
// names the war as a thing, not an act of the clause's subject. A
// participle after an auxiliary ("was drawn into the war", "was involved
// in the war") keeps the subject's part in it. Cases of our own, from
// histories.
func TestWarAsAThingAfterAParticiple(t *testing.T) {
	checkCases(t, []roleCase{
		{"an element linked to the war (history)",
			"In 1915 Britain saw Greece as a key element linked to the war in the Balkans.",
			""},
		{"a turning point in the war (history)",
			"In 1968 the United States reached a turning point in the war.",
			""},
		{"drawn into the war (history)",
			"In 1941 the United States was drawn into the war.",
			"ASSAULT USA>"},
		{"involved in the war (history)",
			"In 1917 the United States was involved in the war.",
			"ASSAULT USA>"},
	}, eventDyads)
}
