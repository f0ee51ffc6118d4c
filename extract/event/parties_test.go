package event_test

import "testing"

// The paragraph's topic supplies a missing side only when the document's
// explicit dyads of the act's kind make it the known side's dominant
// counterpart (at least two of them and a third of its dyads), or when
// the same sentence pairs the two in an explicit event.
func TestTopicNeedsDominantCounterpart(t *testing.T) {
	checkCases(t, []roleCase{
		// many parties: the last one named is no better than the others
		{"a target from the topic among many enemies (history)",
			"In 1914 Germany attacked Belgium. In 1914 Germany attacked France. In 1915 Germany fought Russia. In 1916 Germany fought Britain at Jutland. In 1917 Germany threatened reprisals.",
			"ASSAULT DEU>BEL; ASSAULT DEU>FRA; ASSAULT DEU>RUS; ASSAULT DEU>GBR; THREATEN DEU>"},
		{"a source from the topic among many attackers (news)",
			"In 1990 Iraq invaded Kuwait. In 1991 the United States attacked Iraq. In 1991 Britain bombed Iraq. In 1991 France attacked Iraq. In 1992 an embargo on Iraq followed.",
			"ASSAULT IRQ>KWT; ASSAULT USA>IRQ; ASSAULT GBR>IRQ; ASSAULT FRA>IRQ"},
		// one dyad: the topic is the counterpart
		{"a target from the topic in a war of two (history)",
			"In 1937 Japan invaded China. In 1938 Japan bombed China. In 1939 Japan threatened reprisals.",
			"ASSAULT JPN>CHN; ASSAULT JPN>CHN; THREATEN JPN>CHN"},
		{"a source from the topic in a war of two (essay)",
			"In 1937 Japan invaded China. In 1938 Japan bombed China. In 1939 Japanese forces attacked China. In 1940 the bombing of China went on.",
			"ASSAULT JPN>CHN; ASSAULT JPN>CHN; ASSAULT JPN>CHN; ASSAULT JPN>CHN"},
		// the same sentence names the pair
		{"the sentence pairs them (news)",
			"In 2019 Egypt signed a trade deal with Sudan, and in May an Egyptian loan followed.",
			"SUPPORT EGY>SDN; AID EGY>SDN"},
		{"the sentence pairs them (history)",
			"In 1998 the French president visited Moscow, and in June a visit by the French premier followed.",
			"CONSULT FRA>RUS; CONSULT FRA>RUS"},
	}, eventDyads)
}

// The document's earlier act of the same kind gives a verb of conflict
// its missing target only when this sentence or the one before names
// that target; aid's and cooperation's fills, and an event noun's, stay
// as they are (docs/events13.md, sections 1 and events16).
func TestConflictVerbFillNeedsNamedTarget(t *testing.T) {
	checkCases(t, []roleCase{
		{"a target from an earlier paragraph, not named since (history)",
			"In 1937 Japan attacked China.\n\nThe harvest failed in 1938 and prices rose.\n\nIn 1939 Japan attacked again.",
			"ASSAULT JPN>CHN"},
		{"a target from an earlier paragraph, named in the sentence before (history)",
			"In 1937 Japan attacked China.\n\nThe harvest failed in 1938 and prices rose.\n\nChinese cities were crowded in 1939. In 1939 Japan attacked again.",
			"ASSAULT JPN>CHN; ASSAULT JPN>CHN"},
		{"a target from an earlier paragraph, not named since (news)",
			"Ethiopia shelled Eritrea on Monday.\n\nThe rains came early this year.\n\nOn Friday Ethiopia shelled the border towns again.",
			"ASSAULT ETH>ERI"},
		{"a target from an earlier paragraph, named in the same sentence (news)",
			"Ethiopia shelled Eritrea on Monday.\n\nThe rains came early this year.\n\nOn Friday Ethiopia shelled the border towns again, Eritrean officials said.",
			"ASSAULT ETH>ERI; ASSAULT ETH>ERI"},
		{"aid keeps the earlier giver's recipient, not named since (history)",
			"In 1980 the United States provided aid to Pakistan.\n\nThe harvest failed in 1981 and prices rose.\n\nIn 1982 the United States provided more aid.",
			"AID USA>PAK; AID USA>PAK"},
		{"aid keeps the earlier giver's recipient, not named since (news)",
			"On Monday Japan donated food to Nepal.\n\nThe rains came early this year.\n\nOn Friday Japan donated more food.",
			"AID JPN>NPL; AID JPN>NPL"},
	}, eventDyads)
}
