package event_test

import "testing"

// TestFloatingDeterminerLeavesVerb: a floating determiner (determiners.txt's
// "all", "both") right after the actors that open the clause leaves the
// form in -ed after it their verb, no adjective: "all agreed to send
// troops" is the agreement (AGREE, the act agreed to an intent), not the
// sending. After a verb's object ("paid France all agreed sums") the form
// stays an adjective. Cases of our own, from histories and news.
func TestFloatingDeterminerLeavesVerb(t *testing.T) {
	checkCases(t, []roleCase{
		{"all agreed to send troops (history)", "Australia, New Zealand and Britain all agreed to send troops to Malaya in 1955.", "AGREE AUS,NZL,GBR>"},
		{"both attacked (news)", "Egypt and Syria both attacked Israel in 1973.", "ASSAULT EGY,SYR>ISR"},
		{"after an opening date (history)", "In 1955 Australia, New Zealand and Britain all agreed to send troops to Malaya.", "AGREE AUS,NZL,GBR>"},
		{"all agreed sums after an object (history)", "Britain paid France all agreed sums in 1920.", ""},
		{"an opening date, then an object (news)", "In 1920 Britain paid France all agreed sums.", ""},
	}, eventDyads)
}
