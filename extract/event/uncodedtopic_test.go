package event_test

import "testing"

// TestUncodedNameEndsTopic: a sentence whose subject is a name with no
// code ("Hutier used artillery") ends the paragraph's topic: a
// subject pronoun after it stands for no actor named before it. A
// sentence with a coded subject, or a name set off by a comma, keeps it.
// Cases of our own, from a history and from news.
func TestUncodedNameEndsTopic(t *testing.T) {
	checkCases(t, []roleCase{
		{"an uncoded commander's sentence ends the topic (history)",
			"In 1918 Britain and France attacked Germany. However, in the spring of 1918, Hutier used artillery only briefly. They attacked command areas of France.", // (Ludendorff has a row since actors38)
			"ASSAULT GBR,FRA>DEU"},
		{"an uncoded leader's sentence ends the topic (news)",
			"In 2014 Russia and Belarus held talks with Ukraine. In 2015, Zakharchenko rejected the deal. They attacked Debaltseve in February.",
			"CONSULT RUS,BLR>UKR"},
		{"a coded subject keeps the topic (history)",
			"In 1918 Britain and France attacked Germany. In 1918, the Germans used artillery only briefly. They attacked command areas of France.",
			"ASSAULT GBR,FRA>DEU; ASSAULT DEU>FRA"},
		{"a name set off by a comma keeps the topic (news)",
			"In 1918 Britain attacked Germany. Haig, however, waited. It attacked France in June.",
			"ASSAULT GBR>DEU; ASSAULT GBR>FRA"},
	}, eventDyads)
}
