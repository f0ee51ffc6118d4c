package event_test

import "testing"

// A verb of appeal.txt in an infinitive of purpose ("sailed to Lisbon to
// pressure the regime to declare war") still asks for the act of its
// own "to" complement when an object stands between the two "to"s: the
// act is no event, and the sentence's subject fills no side of it. A noun
// of appeal.txt after "to" with nothing before its own "to" ("bowed to
// pressure to withdraw") keeps the act told as done. Cases of our own,
// from histories and news.
func TestAppealAfterInfinitiveTo(t *testing.T) {
	checkCases(t, []roleCase{
		{"to pressure X to declare war (history)",
			"In 1941 a British squadron sailed to Lisbon to pressure the regime to declare war on Germany.",
			""},
		{"to pressure X to join the war (history, two)",
			"In 1866 Prussia massed troops on the border to pressure the Saxon court to join the war against Austria.",
			"MOBILIZE DEU>AUT"},
		{"bowed to pressure to withdraw: a noun (news)",
			"Britain bowed to pressure to withdraw its troops from Egypt.",
			"RETREAT GBR>EGY"},
		{"a purpose infinitive with no appeal verb (history)",
			"France moved its fleet to the coast to blockade Algeria.",
			"COERCE FRA>DZA"},
	}, eventDyads)
}
