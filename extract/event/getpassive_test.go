package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestGetPassiveParticiple: a form that is only a participle ("thrown",
// "taken") after a form of "get" (syntax's auxiliaries.tsv, class get) is
// the verb of a passive, so its trigger fires; with no "get" before it
// ("the figures shown") it is an adjective (BareParticiple). Only the
// categories are checked: who did the act of a get-passive is not read
// yet (the agent after "by" comes out as the target). Sentences of our
// own, a news report of an expelled ambassador, a paper on Israeli-Turkish
// relations and a history of the 2006 Lebanon war.
func TestGetPassiveParticiple(t *testing.T) {
	stagetest.Check(t, []stagetest.Case{
		{Name: "got thrown out (news)", Text: "Israel's ambassador got thrown out of Turkey in September 2011.", Want: "SANCTION"},
		{Name: "get thrown out (paper)", Text: "Envoys of Israel may get thrown out of Turkey after a raid.", Want: "SANCTION"},
		{Name: "got taken prisoner (history)", Text: "Two Israeli soldiers got taken prisoner by Hezbollah in July 2006.", Want: "ASSAULT"},
	}, func(t *testing.T, v *extract.Vocabulary, s string) string {
		var got []string
		for _, e := range stagetest.Findings(t, v, s).Events {
			got = append(got, e.Category)
		}
		return strings.Join(got, "; ")
	})
}
