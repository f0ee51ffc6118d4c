package event_test

import "testing"

// The possessor of a gerund is the one who acts: before an event noun
// ("Greece's declaring war on the Axis powers") it is the noun's
// source, before any source the paragraph carries; a gerund that is
// itself the trigger ("Russia's waging war on Georgia") takes it as its
// subject, not the subject of the verb whose object the gerund is. A
// gerund with no possessor gives no source of its own. Cases of our own,
// from histories and news.
func TestPossessorOfGerundActs(t *testing.T) {
	checkCases(t, []roleCase{
		{"a possessor of a gerund, a source carried before (history)",
			"Britain and France asked Greece to join the war. Greece's declaring war on the Axis powers followed.",
			"REQUEST GBR,FRA>GRC; ASSAULT GRC>AXIS"},
		{"a possessor of a gerund after a verb's subject (history)",
			"The Entente welcomed Italy's declaring war on Austria-Hungary in May 1915.",
			"SUPPORT ENTENTE>ITA; ASSAULT ITA>AUT"},
		{"a gerund with no possessor (history)",
			"Britain and France asked Romania to join the war. The declaring of war on the Central Powers followed.",
			"REQUEST GBR,FRA>ROU"},
		{"a gerund trigger after a verb's subject (news)",
			"Washington condemned Russia's waging war on Georgia.",
			"ACCUSE USA>RUS; ASSAULT RUS>GEO"},
		{"a gerund trigger after a verb's subject, agreement (news)",
			"The UN welcomed Ethiopia's signing a peace agreement with Eritrea.",
			"SUPPORT UN>ETH; SUPPORT ETH>ERI"},
	}, eventDyads)
}
