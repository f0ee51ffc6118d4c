package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// A verb listed in lightverbs with one noun ("offered resistance") is light
// before that noun only (roles.go afterLightVerb): its subject is the
// noun's agent. "In 1940 Greece offered stubborn resistance to the Italian
// army" gave ASSAULT GBR>ITA after an earlier British attack on Italy in
// the same text (the document's fill, docSource, took the agent the
// sentence names itself), and nothing alone. The rows are in the shipped
// lightverbs.txt (this test reads the default vocabulary, so it fails
// without them). "offered aid" stays an offer,
// resistance to a plan names no fight, and a list entry of a verb and one
// noun leaves the verb's other objects alone. Cases of our own, from
// histories and news.
func TestLightBeforeOneNoun(t *testing.T) {
	v, err := extract.NewVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []roleCase{
		{"after another side's attack on the same target (history)", "In 1942 Britain mounted a counteroffensive against Italy in Libya.\n\nIn 1940 Greece offered stubborn resistance to the Italian army.", "ASSAULT GBR>ITA; ASSAULT GRC>ITA"},
		{"an invasion resisted (history)", "In 1939 Poland offered fierce resistance to the German invasion.", "ASSAULT POL>DEU"},
		{"a participle (news)", "In 1941 the Soviet troops offering resistance to the German army were encircled.", "ASSAULT SUN>DEU"},
		{"no resistance (history)", "In 1940 Denmark offered no resistance to the German army.", "ASSAULT DNK>DEU negated"},
		{"resistance to a plan (news)", "In 1991 France offered resistance to the plan.", ""},
		{"aid offered (news)", "In 1940 Britain offered aid to Greece.", "AGREE GBR>GRC"},
		{"support offered to another's resistance (history)", "In 1940 Britain offered support to the Greek resistance against the Italian army.", "AGREE GBR>GRC"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, e := range stagetest.Findings(t, v, c.text).Events {
				got = append(got, render45(e))
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("%q\n got  %s\n want %s", c.text, g, c.want)
			}
		})
	}
}

func render45(e event.Span) string {
	if e.Mode != "" {
		return stagetest.Dyad(e) + " " + e.Mode
	}
	return stagetest.Dyad(e)
}
