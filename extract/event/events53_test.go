package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// A NONE row yields to a project's row of the same word whose match, its
// words and the object it fills, is longer (longest match wins, NONE on a
// tie), events53: with a user's rows "storm" + market|markets|charts
// (NONE) and "storm" + "market town|market square" (ASSAULT), a market
// town stormed is an attack, a market or the charts stormed none.
// Sentences of our own, from histories and news.
func TestNoneYieldsToLongerMatch(t *testing.T) {
	v, err := extract.NewVocabulary(extract.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte(
		"storm\tNONE\t-\tverb\tobject=market|markets|charts\n" +
			"storm\tASSAULT\tattack\tverb\tby=MIL|STATE,object=market town|market towns|market square\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, text, want string }{
		{"a market town (history)", "In 1940 German troops stormed the Belgian market town of Dinant.", "ASSAULT DEU>BEL"},
		{"a market square (history)", "In 1944 Soviet troops stormed the market square of Budapest, held by Germany.", "ASSAULT SUN>HUN"},
		{"not: markets (news)", "Japanese exporters stormed the American markets in the 1980s.", ""},
		{"not: the charts (news)", "In 1998 British bands stormed the American charts.", ""},
		{"not: a tie keeps the NONE row (history)", "In 1917 British troops stormed the market of Jerusalem held by Turkey.", ""},
	} {
		var got []string
		for _, e := range stagetest.Findings(t, v, c.text).Events {
			if e.Mode == "" && e.Category == "ASSAULT" {
				got = append(got, stagetest.Dyad(e))
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: %q\n got  %s\n want %s", c.name, c.text, g, c.want)
		}
	}
}
