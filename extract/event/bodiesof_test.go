package event_test

import "testing"

// Two body heads joined by "and" share the "of" after them in a
// passive's agent ("by the army and the navy of Russia"): the state
// after "of" is the agent, as with one head ("by the army of Prussia").
// (A thing joined to a body, "the troops and tanks of", is still no
// pair of heads: left.) Cases of our own, from histories and news.
func TestBodiesOfAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"the army and the navy of (history)",
			"France was defeated by the army and the navy of Russia.",
			"ASSAULT RUS>FRA"},
		{"the air force and the navy of (news)",
			"Iraq was attacked by the air force and the navy of Iran.",
			"ASSAULT IRN>IRQ"},
		{"one head (history)",
			"France was defeated by the army of Prussia.",
			"ASSAULT DEU>FRA"},
		{"one head, a list after of (news)",
			"Iraq was attacked by the army of Iran and Syria.",
			"ASSAULT IRN,SYR>IRQ"},
	}, eventDyads)
}
