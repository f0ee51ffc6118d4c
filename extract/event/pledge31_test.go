package event_test

import "testing"

// A stated send of warships (triggers.tsv's pledge rows) is an offer of
// aid (AGREE) unless the words after it send the ships against someone or
// to force, blockade or intimidate (lexicon data hostile.txt): then the
// stated send of force is a threat, THREATEN (events34; it was MOBILIZE,
// an asserted deployment that never happened). Words of help before
// those (helpsend.txt: "to protect", "to defend", "at the request")
// keep the pledge. Cases of our own, from histories and the news.
func TestHostileSendIsNoPledge(t *testing.T) {
	checkCases(t, []roleCase{
		{"to force a passage against a state (history)",
			"In 1914 Britain said it would send a fleet to the Dardanelles to force the straits against Turkey.",
			"THREATEN GBR>TUR"},
		{"against a state (news)",
			"In 1990 Britain said it would send warships to the Gulf against Iraq.",
			"THREATEN GBR>IRQ"},
		{"to intimidate (news)",
			"In 2014 Russia said it would send warships to the Black Sea to intimidate Ukraine.",
			"THREATEN RUS>UKR"},
		{"to a state (news)",
			"In 1990 Britain said it would send warships to Kuwait.",
			"AGREE GBR>KWT"},
		{"to protect a state against another (news)",
			"In 1990 Britain said it would send warships to Kuwait to protect it against Iraq.",
			"AGREE GBR>KWT"},
		{"to defend a state against another (history)",
			"In 1950 the United States said it would send the Seventh Fleet to defend Taiwan against China.",
			"AGREE USA>TWN; SUPPORT USA>TWN"},
		{"at a state's request (history)",
			"In 1973 the Soviet Union said it would send warships to Egypt at the request of Sadat.",
			"AGREE SUN>EGY"},
	}, eventDyads)
}

// "hoped to" or "hoping to" before an act is a wish (modality.tsv's
// class hope, events34; it was an intent of intent.txt): the act hoped
// for is hypothetical, neither done nor a stated threat or pledge. An act
// done by a state "hoping to" gain something stays. Only asserted events
// are shown.
func TestHopedToIsAWish(t *testing.T) {
	checkCases(t, []roleCase{
		{"hoped to conquer (history)",
			"In 1914 Germany hoped to conquer France within six weeks, but the plan failed at the Marne.",
			""},
		{"hoped to defeat (history)",
			"In 1941 Hitler hoped to defeat the Soviet Union before the winter.",
			""},
		{"invaded, hoping to (history)",
			"In 1979 the Soviet Union invaded Afghanistan, hoping to stabilise the communist government.",
			"ASSAULT SUN>AFG"},
		{"attacked, hoping for (news)",
			"In 1950 North Korea attacked South Korea, hoping for a quick victory.",
			"ASSAULT PRK>KOR"},
	}, eventDyads)
}

// A hope and what it is for: the act hoped for is hypothetical, whether
// "to" or a "that ... would" clause follows (whose subject states no
// intent of its own), and an intent word's "would" is never handed across
// "that" to another actor. Cases of our own, from histories and the news.
func TestHopeIsHypothetical(t *testing.T) {
	checkCases(t, []roleCase{
		{"hoped to negotiate (history)",
			"In 1972 Nixon hoped to negotiate with China.",
			"CONSULT USA>CHN hypothetical"},
		{"hoping to reduce (news)",
			"In 1979 Washington was hoping to reduce aid to Pakistan.",
			"SANCTION USA>PAK hypothetical"},
		{"hoped that another would send (history)",
			"In 1940 Britain hoped that the United States would send destroyers to Britain.",
			"MOBILIZE USA>GBR hypothetical"},
		{"planned that another would send: no intent of the other's (history)",
			"In 1940 Britain planned that the United States would send destroyers to Britain.",
			"MOBILIZE USA>GBR hypothetical"},
		{"planned that its forces would: its own intent (history)",
			"In 1914 Germany planned that German armies would attack France through Belgium.",
			"THREATEN DEU>FRA"},
		{"an intent noun with no actor before it keeps the intent (news)",
			"In 1936 the two states signed a treaty with the aim that Britain would defend Egypt.",
			"AGREE GBR>EGY"},
		{"said it would negotiate: a stated intent stays (history)",
			"In 1972 Nixon said he would negotiate with China.",
			"AGREE USA>CHN"},
		{"negotiated, hoping for a deal: done (news)",
			"In 1972 Nixon negotiated with China, hoping for a deal.",
			"CONSULT USA>CHN"},
	}, modedDyads)
}

// A stated send against someone is a threat, and what the send is for is
// no more done than the send ("to defend Saudi Arabia").
func TestHostileSendIsAThreat(t *testing.T) {
	checkCases(t, []roleCase{
		{"to close a sea to a state (history)",
			"In 1914 Britain said it would send the fleet to the North Sea to close it to Germany.",
			"THREATEN GBR>DEU"},
		{"to a state (news)",
			"In 1990 the United States said it would send warships to Saudi Arabia.",
			"AGREE USA>SAU"},
		{"sent against a state: done (history)",
			"In 1914 Britain sent the fleet to the North Sea against Germany.",
			"MOBILIZE GBR>DEU"},
	}, modedDyads)
}
