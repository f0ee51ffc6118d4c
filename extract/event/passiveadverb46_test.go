package event_test

import "testing"

// TestAdverbInsidePassive: an adverb of sequence or consequence between
// the auxiliary and the participle (auxiliaries.tsv's inside: "thereby",
// "thus", "later", "first") keeps the verb group a passive: its subject is
// acted on, not the actor, and its "by" names the agent. The active with
// the same adverb keeps its subject. Cases of our own, from histories and
// news.
func TestAdverbInsidePassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"were thereby denied: no denial by the subject (history)",
			"The Axis powers were thus denied a swift triumph.",
			""},
		{"was thus denied: no denial by the subject (news)",
			"In 1991 Iraq was thus denied access to the sea.",
			""},
		{"was later invaded by: the agent acts (history)",
			"In 1940 France was later invaded by Germany.",
			"ASSAULT DEU>FRA"},
		{"was first attacked by: the agent acts (history)",
			"In 1940 France was first attacked by Italy.",
			"ASSAULT ITA>FRA"},
		{"the active with the adverb (history)",
			"In 1940 Italy first attacked France.",
			"ASSAULT ITA>FRA"},
		{"an active denial (news)",
			"In 1991 Iraq denied access to UN inspectors.",
			"REJECT IRQ>UN"},
	}, eventDyads)
}
