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
		{" Pacts", false},             // not the listed form
		{" AGREEMENT", false},         // first letter either case, the rest as written
		{" objected", false},          // the government acts
		{" State University", true},   // the rest of a name: "Moscow State University"
		{" Peace Accords", true},      // "the Paris Peace Accords"
		{" peace accords", false},     // only the capitals of a name are skipped
		{" Peace Talks", true},
		{" Policy Research Institute", false}, // three words: no venue word within two
		{" Peace", false},                     // "peace" makes a venue only before "of"
		{" officials held talks", false},      // the government acts
		{"", false},                           // nothing after
		{" university", true},                 // "Islamabad university"
		{"-based", false},                     // a compound
		{" format talks", true},               // "the Minsk format"
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

// A venue word before "of" and a capital's name makes it name a venue.
func TestVenueBefore(t *testing.T) {
	v := testVocab(t)
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"under the Treaty of ", true},      // "the Treaty of Paris" (a history of 1783)
		{"the crucial Battle of ", true},    // "the Battle of Warsaw" (a history of 1920)
		{"after the Congress of ", true},    // "the Congress of Vienna"
		{"the siege of ", true},             // "the siege of Sarajevo", lower case too
		{"the final communiqué of ", false}, // "communiqué" only after the name
		{"the government of ", false},       // the state's government
		{"the ambassador of ", false},       // its envoy
		{"the Treaty of Paris and ", false}, // nothing between "of" and the name
		{"Treaty of ", true},                // at the sentence's start
		{"(Peace of ", true},
		{"a retreaty of ", false}, // a whole word only
	} {
		if got := v.venueBefore(tt.before); got != tt.want {
			t.Errorf("venueBefore(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
