package lexicon_test

import "testing"

// TestFinancialRescue: a bail-out, a rescue package or a credit line
// (triggers.tsv) is aid; the verb "bail out" only with an actor or a
// bailed-out body for its object, so that a pilot who bailed out gives
// nothing. Only AID events are shown. Cases of our own, from news and
// histories.
func TestFinancialRescue(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"a state bailed out (news)", "In 2010 the European Union bailed out Greece.", "AID EU>GRC"},
		{"a state bailed out (history)", "In 1995 the United States bailed out Mexico.", "AID USA>MEX"},
		{"a bail-out (news)", "In 2010 the EU's bail-out of Greece angered German voters.", "AID EU>GRC"},
		{"a rescue package (history)", "In 1995 the American rescue package for Mexico stopped the panic.", "AID USA>MEX"},
		{"a credit line (news)", "In 2008 the IMF credit line to Mexico calmed markets.", "AID IMF>MEX"},
		{"a pilot bailed out (history)", "In 1944 the American pilot bailed out over France.", ""},
		{"a pilot bailed out (news)", "In 2015 a Russian pilot bailed out over Syria.", ""},
	})
}
