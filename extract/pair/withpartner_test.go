package pair_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestPartnerOfTheAnsweringSubject: in a sentence with no event, where a
// clause that "and" opens answers one whose subject acts with no other
// side named, the actor named after "with" right after the second
// subject's past verb acts along with that subject and pairs with the
// first clause's subject as the second subject does ("Egypt nationalized
// the canal, and Britain and France plotted with Israel": Egypt-Israel).
// Not when the first clause names another side ("relied on Somalia"),
// when a word stands between the subject, its verb and "with" (a
// negation, "never plotted"; a phrase, "plotted in secret with"), or
// when the sentence holds an event. Cases from a history of the Suez
// crisis and one of the Falklands war; the negative cases from these, a
// report on East Africa, a history of 1914 and one of the Italo-
// Ethiopian war.
func TestPartnerOfTheAnsweringSubject(t *testing.T) {
	cases := []stagetest.Case{
		{Name: "a partner of the answering subjects (Suez)",
			Text: "Egypt nationalized the canal in 1956, and Britain and France plotted with Israel.",
			Want: "EGY-GBR mention pair:sentence asserted; EGY-FRA mention pair:sentence asserted; EGY-ISR mention pair:sentence hypothetical; GBR-ISR mention pair:sentence hypothetical; FRA-ISR mention pair:sentence hypothetical"},
		{Name: "a partner of the answering subject (Falklands)",
			Text: "Argentina seized the Falklands in 1982, and Chile colluded with Britain.",
			Want: "ARG-CHL mention pair:sentence asserted; ARG-GBR mention pair:sentence asserted; CHL-GBR mention pair:sentence asserted"},
		// not
		{Name: "not: the first clause names another side (East Africa)",
			Text: "Kenya relied on Somalia for fish, and Uganda conspired with Sudan.",
			Want: "KEN-SOM mention pair:sentence asserted; KEN-UGA mention pair:sentence asserted; UGA-SDN mention pair:sentence asserted"},
		{Name: "not: a negation before with (Suez)",
			Text: "Egypt nationalized the canal in 1956, and Britain and France never plotted with Israel.",
			Want: "EGY-GBR mention pair:sentence asserted; EGY-FRA mention pair:sentence asserted; GBR-ISR mention pair:sentence negated; FRA-ISR mention pair:sentence negated"},
		{Name: "not: words before with (1914)",
			Text: "Austria wrote to the neutrals in 1914, and Germany plotted in secret with Belgium.",
			Want: "AUT-DEU mention pair:sentence asserted; DEU-BEL mention pair:sentence hypothetical"},
		{Name: "not: a sentence with an event (Ethiopia)",
			Text: "Italy invaded Ethiopia in 1935, and Britain dealt with France.",
			Want: "ITA-ETH invasion pair:event asserted"},
	}
	stagetest.Check(t, cases, pairFull)
}
