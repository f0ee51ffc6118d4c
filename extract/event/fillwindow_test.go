package event_test

import "testing"

// An event noun that a verb acts on ("The aid was cut off") takes the
// sides of the document's latest event of its kind only when the section
// named them within the last few sentences (fillWindow); sides last named
// further back are most often another pair's. Cases of our own, from a
// history and the news.
func TestEarlierEventSidesNamedLately(t *testing.T) {
	checkCases(t, []roleCase{
		{"the sides named in the sentence before (history)",
			"In 1958 the Soviet Union gave economic aid to China. The aid was cut off in 1960.",
			"AID SUN>CHN; SANCTION SUN,CHN>"},
		{"the sides last named six sentences back (history)",
			"In 1958 the Soviet Union gave economic aid to China. Mao launched a campaign. The harvest failed. Famine spread. Prices rose. Floods came. The aid was cut off in 1960.",
			"AID SUN>CHN"},
		{"the sides named in the sentence before (news)",
			"In 2003 the United States imposed sanctions on Syria. The sanctions were lifted in 2005.",
			"SANCTION USA>SYR; CONCEDE USA,SYR>"},
		{"the sides last named six sentences back (news)",
			"In 2003 the United States imposed sanctions on Syria. Oil prices rose. Markets fell. The harvest failed. Floods came. Strikes spread. The sanctions were lifted in 2005.",
			"SANCTION USA>SYR"},
	}, eventDyads)
}
