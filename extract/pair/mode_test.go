package pair_test

import (
	"fmt"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/pair"
)

// pairModes renders a text's pairs as "A-B mode", "asserted" for a pair
// with no mode.
func pairModes(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderPairs(t, v, s, func(p pair.Span) string {
		return fmt.Sprintf("%s-%s %s", p.A, p.B, modeOf(p))
	})
}

// modeOf is a pair's mode, "asserted" for none.
func modeOf(p pair.Span) string {
	if p.Mode == "" {
		return "asserted"
	}
	return p.Mode
}

// TestPairTakesItsStatementsMode: a pair that only a negated or
// hypothetical event states carries that event's mode, and so does a
// relation word in the clause of such a verb; the asserted twin, and a
// sentence that also states the pair as asserted, give an asserted pair.
func TestPairTakesItsStatementsMode(t *testing.T) {
	cases := []pairCase{
		{"a conditional attack (a news analysis)",
			"Turkey would invade Syria if the talks failed.", "TUR-SYR hypothetical"},
		{"its asserted twin", "Turkey invaded Syria in 2019.", "TUR-SYR asserted"},
		{"a possible attack in reported speech (a wire story)",
			"The minister warned that Iran could attack Iraq again.", "IRN-IRQ hypothetical"},
		{"a negated attack (a history of South America)",
			"Argentina did not attack Chile in 1978.", "ARG-CHL negated"},
		{"its asserted twin", "Argentina attacked Chile in 1978.", "ARG-CHL asserted"},
		{"a negated recognition (a history of Africa)",
			"Norway never recognised Rhodesia.", "NOR-ZWE negated"},
		{"an agreement in a hypothetical clause (a trade report)",
			"Brazil could sign a trade agreement with Peru next year.", "BRA-PER hypothetical"},
		{"its asserted twin", "Brazil signed a trade agreement with Peru last year.", "BRA-PER asserted"},
		{"a negated act and an asserted one of the same pair (a history of South Asia)",
			"India, which would never attack Pakistan, signed a treaty with Pakistan in 1972.", "IND-PAK asserted"},
	}
	checkPairModes(t, cases)
}
