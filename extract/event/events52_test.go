package event_test

import "testing"

// A number inside a name ("Task Force 77", "Squadron 12", "Resolution
// 242") is a label, not a count: the verb after it still acts. A count
// before a participle and a demonym is an adjective ("1,000 captured
// Egyptian soldiers"). Sentences of our own.
func TestCountedParticipleLabel(t *testing.T) {
	checkCases(t, []roleCase{
		{"a numbered unit (history)",
			"The US Navy's Task Force 77 attacked bases in North Vietnam in 1965.",
			"ASSAULT USA>VDR"},
		{"a numbered squadron (news)",
			"Soviet bombers of Squadron 12 attacked positions near Herat in 1980.",
			"ASSAULT SUN>AFG"},
		{"a numbered unit opens the sentence (history)",
			"Kampfgeschwader 51 of Germany bombed airfields in Poland in September 1939.",
			"ASSAULT DEU>POL"},
		{"not: a count after an opening adverb (paper)",
			"Nearly 1,550 deployed warheads remained in Russia in 2011.",
			""},
		{"not: a count after a preposition (news)",
			"About 40,000 mobilised reservists stayed in Estonia.",
			""},
	}, eventDyads)
}

func TestCountedParticipleDemonym(t *testing.T) {
	checkCases(t, []roleCase{
		{"a count, a participle and a demonym (history)",
			"Israel released 1,000 captured Egyptian soldiers in 1974.",
			"RETREAT ISR>EGY"},
		{"a count, a participle and a demonym (paper)",
			"In 1968 the Soviet Union disarmed 500 armed Czech civilians.",
			"RETREAT SUN>CZE"},
		{"not: a demonym after a verb with no count (history)",
			"In 1974 Israel captured Egyptian soldiers.",
			"COERCE ISR>EGY"},
		{"not: a country's name after a counted verb (news)",
			"In 1973 Egypt and 2 allied states attacked Israel near Suez.",
			"ASSAULT EGY>ISR"},
	}, eventDyads)
}
