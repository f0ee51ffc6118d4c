package event_test

import "testing"

// A stated send of warships (triggers.tsv's pledge rows) is an offer of
// aid (AGREE) unless the words after it send the ships against someone or
// to force, blockade or intimidate (lexicon data hostile.txt): then the
// intent keeps the row's own category, MOBILIZE. Words of help before
// those (helpsend.txt: "to protect", "to defend", "at the request")
// keep the pledge. Cases of our own, from histories and the news.
func TestHostileSendIsNoPledge(t *testing.T) {
	checkCases(t, []roleCase{
		{"to force a passage against a state (history)",
			"In 1914 Britain said it would send a fleet to the Dardanelles to force the straits against Turkey.",
			"MOBILIZE GBR>TUR"},
		{"against a state (news)",
			"In 1990 Britain said it would send warships to the Gulf against Iraq.",
			"MOBILIZE GBR>IRQ"},
		{"to intimidate (news)",
			"In 2014 Russia said it would send warships to the Black Sea to intimidate Ukraine.",
			"MOBILIZE RUS>UKR"},
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

// "hoped to" or "hoping to" before an act states an intent, as "hopes to"
// does (intent.txt): no act done. Coded as PLOVER codes an intent, a
// threat of force. An act done by a state "hoping to" gain something
// stays. Only asserted events are shown.
func TestHopedToIsIntent(t *testing.T) {
	checkCases(t, []roleCase{
		{"hoped to conquer (history)",
			"In 1914 Germany hoped to conquer France within six weeks, but the plan failed at the Marne.",
			"THREATEN DEU>FRA"},
		{"hoped to defeat (history)",
			"In 1941 Hitler hoped to defeat the Soviet Union before the winter.",
			"THREATEN DEU>SUN"},
		{"invaded, hoping to (history)",
			"In 1979 the Soviet Union invaded Afghanistan, hoping to stabilise the communist government.",
			"ASSAULT SUN>AFG"},
		{"attacked, hoping for (news)",
			"In 1950 North Korea attacked South Korea, hoping for a quick victory.",
			"ASSAULT PRK>KOR"},
	}, eventDyads)
}
