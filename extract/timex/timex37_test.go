package timex

import "testing"

// TestSuperlativeStretch: in news, "in" and a count of units after a
// superlative in its noun phrase ("its lowest level in five years") is the
// stretch back to now the superlative is measured over, no day ahead of
// the document's date; "in two weeks" after no superlative, or after one
// that a verb or another "in" parts from it, stays a day ahead.
func TestSuperlativeStretch(t *testing.T) {
	news := Document{Kind: News, Ref: "2008-10-09"}
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"lowest level in five years (wire, markets)", "Tokyo's Nikkei index now stands at its lowest level in five years.", nil},
		{"first profit in two years (business, carmaker)", "The carmaker posts its first quarterly profit in two years, analysts expect.", nil},
		{"deadliest in a decade (wire, Pakistan)", "The clash is the deadliest for the army in a decade.", nil},
		// must not
		{"a verb between: a day ahead", "The lowest bidder will be chosen in two weeks.", []string{"in two weeks=2008-10-23@dct"}},
		{"another in between: a day ahead", "The plant will be the largest in the region in two years.", []string{"in two years=2010-10-09@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, news, tt.want)
	}
}
