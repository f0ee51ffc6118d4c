package event_test

import "testing"

// A domestic noun inside an aside ("(reported by local journalists)")
// names no party: it does not make an act with no other side domestic
// (X>X). One outside the aside still does. Cases of our own, from news
// and histories.
func TestDomesticNounInAsideNamesNoParty(t *testing.T) {
	checkCases(t, []roleCase{
		{"a domestic noun in an aside (news)",
			"Iraqi attacks (reported by local journalists) continued in May.",
			""},
		{"a domestic noun in an aside (history)",
			"In 1878 Russian attacks (as the newspapers of Vienna told it) went on in the Balkans.",
			""},
		{"a domestic noun outside the aside (news)",
			"Iraqi attacks by insurgents continued in May.",
			"ASSAULT IRQ>IRQ"},
		{"a domestic noun outside the aside (history)",
			"Colombian rebel attacks (in the south) rose in 1998.",
			"ASSAULT COL>COL"},
	}, eventDyads)
}
