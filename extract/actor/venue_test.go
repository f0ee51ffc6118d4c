package actor

import "testing"

// A venue word after a capital makes it name a venue, not its government.
func TestVenueAfter(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		rest string
		want bool
	}{
		{" agreement marked", true},   // "the Tashkent agreement"
		{" Conference of 1955", true}, // "the Bandung Conference"
		{"’s talks", true},            // "Moscow’s talks"
		{"'s summit", true},           // "Minsk's summit"
		{" accords", true},            // "the Oslo accords"
		{" communiqué said", true},    // "the Shanghai communiqué"
		{" Agreements", false},        // not the listed form
		{" AGREEMENT", false},         // first letter either case, the rest as written
		{" objected", false},          // the government acts
		{" State University", false},  // "State" comes first
		{"", false},                   // nothing after
		{" university", true},         // "Islamabad university"
		{"-based", false},             // a compound
		{" format talks", true},       // "the Minsk format"
		{" agreementx", false},
		{" talks2", false},             // a longer word
		{" and Beijing agreed", false}, // another actor
		{" s process", true},           // spaces before the possessive s are skipped
		{"s process", true},            // "...s" right after the name, then a space
	}
	for _, tt := range tests {
		if got := v.venueAfter(tt.rest); got != tt.want {
			t.Errorf("venueAfter(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}
