package lexicon_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// checkSubtypes is checkSenses with the subtype after the category
// ("COOPERATE/military_cooperation USA>GBR"): the rows below change a
// subtype as well as a category.
func checkSubtypes(t *testing.T, only string, cases []senseCase) {
	t.Helper()
	cs := make([]stagetest.Case, len(cases))
	for i, c := range cases {
		cs[i] = stagetest.Case{Name: c.name, Text: c.text, Want: c.want}
	}
	stagetest.Check(t, cs, func(t *testing.T, v *extract.Vocabulary, s string) string {
		var got []string
		for _, e := range stagetest.Findings(t, v, s).Events {
			if e.Mode == "" && e.Category == only {
				d := stagetest.Dyad(e)
				got = append(got, strings.Replace(d, e.Category, e.Category+"/"+e.Subtype, 1))
			}
		}
		return strings.Join(got, "; ")
	})
}

// TestJoinedForces: joining another state's forces (the row "join" with
// object=@forces|...) is military cooperation, not an alliance joined;
// joining "the troops", "the army" named as no one's (the NONE rows "join
// the troops" ... unless=of) is a link-up or an enlistment, no event;
// joining a state or an alliance stays join_alliance; joining forces (the
// row "join forces", mutual) is acting together. Only COOPERATE
// events are shown. Cases of our own, from histories and news.
func TestJoinedForces(t *testing.T) {
	checkSubtypes(t, "COOPERATE", []senseCase{
		{"another's forces joined (history)", "In 1950 Turkish troops joined the American forces in Korea.", "COOPERATE/military_cooperation TUR>USA"},
		{"another's army joined (history)", "In 1942 the American division joined the British Eighth Army in Tunisia.", "COOPERATE/military_cooperation USA>GBR"},
		{"another's forces joined (news)", "In 1991 Syrian troops joined the coalition forces in Saudi Arabia.", "COOPERATE/military_cooperation SYR>SAU"},
		{"unnamed troops joined (news)", "In 2003 British reinforcements joined the troops stationed in Basra.", ""},
		{"the army joined (history)", "In 1812 he joined the army as a private.", ""},
		{"an alliance joined (history)", "In 1949 Italy joined NATO.", "COOPERATE/join_alliance ITA>NATO"},
		{"a side joined (history)", "In 1917 the United States joined the Allies.", "COOPERATE/join_alliance USA>ENTENTE"},
		{"forces joined with another (news)", "In 1999 Albania joined forces with NATO against Serbia.", "COOPERATE/cooperate ALB>NATO"},
		{"forces joined together (news)", "In 2014 Iran and Syria joined forces with Russia.", "COOPERATE/cooperate IRN,SYR>RUS"},
	})
}

// TestRowSenses26: "rally to" a ruler or a cause is support, no protest
// (NONE rows with object=king|cause|...); delivering the coup de grace is no
// supply; a revolt by MPs is no rising; armed forces crossing a river
// "into" a country invade it (the cross row's object "into"). Cases of
// our own, from histories and news.
func TestRowSenses26(t *testing.T) {
	checkSenses(t, []string{"PROTEST", "AID", "ASSAULT", "COERCE"}, []senseCase{
		{"rally to the king (history)", "In 1642 most northern nobles chose to rally to the crown.", ""},
		{"rally to the cause (news)", "In 1991 the Kurdish parties would rally to the cause.", ""},
		{"rally against (news)", "In 1991 Serbs rallied against the government in Belgrade.", "PROTEST SRB>SRB"},
		{"coup de grace delivered (history)", "In 1918 the Allies delivered the coup de grace to Germany.", ""},
		{"arms delivered (news)", "In 1945 the United States delivered arms to China.", "AID USA>CHN"},
		{"a revolt by MPs (news)", "In 1992 there was a revolt by deputies against Yeltsin.", ""},
		{"a revolt by soldiers (history)", "In 1857 Indian soldiers staged a revolt against Britain.", "ASSAULT IND>GBR"},
		{"crossed a river into a country (history)", "In 1950 Chinese forces crossed the Yalu into Korea.", "ASSAULT CHN>KOR"},
		{"crossed a river into a country (history 2)", "In 1945 American troops crossed the Rhine into Germany.", "ASSAULT USA>DEU"},
		{"refugees crossed a river (news)", "In 1990 refugees crossed the river into Jordan.", ""},
	})
}
