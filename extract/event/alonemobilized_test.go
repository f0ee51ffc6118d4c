package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestAloneMobilizationTakesNoTopicTarget: forces gathered or mustered
// (a MOBILIZE row with the flag alone) have no target unless the
// sentence names one; the side the paragraph fights is not carried to
// them (triggers50). Sentences of our own, from histories of other wars
// and from news.
func TestAloneMobilizationTakesNoTopicTarget(t *testing.T) {
	v, err := extract.NewVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, text, want string }{
		{"1812 (Napoleonic wars)", "In 1812 the Russians attacked the French at Vyazma. Kutuzov clashed with Napoleon, refusing a pitched battle while gathering reinforcements.", "MOBILIZE RUS>"},
		{"2022 (news)", "In 2022 Ukraine attacked Russia near Kharkiv. The Russian commander fought the Ukrainians, refusing a pitched battle while gathering reinforcements.", "MOBILIZE RUS>"},
		{"not: a target named (Franco-Prussian war)", "In 1870 Prussia attacked France at Wörth. Moltke clashed with MacMahon, refusing a pitched battle while gathering reinforcements against France.", "MOBILIZE DEU>FRA"},
		{"not: an army mustered against another (Crimean war)", "In 1854 Britain attacked Russia in the Crimea. Britain mustered an army of 30,000 men against Russia.", "MOBILIZE GBR>RUS"},
	} {
		var got []string
		for _, e := range stagetest.Findings(t, v, c.text).Events {
			if e.Mode == "" && e.Category == "MOBILIZE" {
				got = append(got, stagetest.Dyad(e))
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: %q\n got  %s\n want %s", c.name, c.text, g, c.want)
		}
	}
}
