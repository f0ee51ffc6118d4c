package event_test

import "testing"

// TestSenderRequests: a request participle right after the recipient of
// the thing the main clause sent ("sent envoys to Washington requesting
// aid") is the sender's request to the recipient, not the recipient's;
// with a comma it was so before; a participle whose recipient request
// names its own target keeps it. Cases of our own, from a history and
// from news.
func TestSenderRequests(t *testing.T) {
	checkCases(t, []roleCase{
		{"sent emissaries to London requesting (history)",
			"In 1915 Serbia sent emissaries to London requesting arms.",
			"REQUEST SRB>GBR"},
		{"sent envoys to Washington requesting (news)",
			"In 1990 Kuwait sent envoys to Washington requesting military aid.",
			"REQUEST KWT>USA"},
		{"sent cables to Stalin, requesting (history)",
			"In 1950 Mao sent cables to Stalin, requesting military assistance.",
			"REQUEST CHN>SUN"},
		{"listened to Washington requesting talks with Iraq (news)",
			"In 1990 Kuwait listened to Washington requesting talks with Iraq.",
			"REQUEST USA>IRQ"},
	}, eventDyads)
}
