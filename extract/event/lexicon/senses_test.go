package lexicon_test

// Trigger senses read through the whole coder: each case is a sentence and
// the asserted events it must give, so that a row of data/triggers.tsv or
// of the generated CAMEO file is checked by what it codes, not by its
// flags. The package itself imports no stage (doc.go); this external test
// does, as a user of the lexicon.

import (
	"slices"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// senseCase is a sentence and its asserted events as "CATEGORY SRC>TGT",
// joined by "; " ("" for none).
type senseCase struct{ name, text, want string }

// checkSenses codes each case and compares its asserted events, those of
// the categories in only when it is not empty.
func checkSenses(t *testing.T, only []string, cases []senseCase) {
	t.Helper()
	cs := make([]stagetest.Case, len(cases))
	for i, c := range cases {
		cs[i] = stagetest.Case{Name: c.name, Text: c.text, Want: c.want}
	}
	stagetest.Check(t, cs, func(t *testing.T, v *extract.Vocabulary, s string) string {
		var got []string
		for _, e := range stagetest.Findings(t, v, s).Events {
			if e.Mode == "" && (len(only) == 0 || slices.Contains(only, e.Category)) {
				got = append(got, stagetest.Dyad(e))
			}
		}
		return strings.Join(got, "; ")
	})
}

// TestBreakOffIsNoThreat: the dictionary's "- * OFF" of the DESTROY block
// (written for BREAK, code 130) is left out by cmd/vocabgen because
// triggers.tsv lists "break off": a siege or an offensive broken off is no
// threat; relations or talks broken off stay a sanction by the project's
// row. Only THREATEN and SANCTION events are shown. Cases of our own, from
// histories and news.
func TestBreakOffIsNoThreat(t *testing.T) {
	checkSenses(t, []string{"THREATEN", "SANCTION"}, []senseCase{
		{"an offensive broken off (history)", "In 1916 the German army broke off the offensive against France.", ""},
		{"an offensive broken off (news)", "Turkish forces broke off the offensive against Kurdish militias in Syria on Thursday.", ""},
		{"talks broken off (history)", "In 1965 India broke off the talks with Pakistan.", "SANCTION IND>PAK"},
		{"relations broken off (news)", "Morocco broke off relations with Iran in 2018.", "SANCTION MAR>IRN"},
	})
}

// TestWarningSenses: "warn" (triggers.tsv) is a threat when its object is
// an actor (the ACTOR object: "warned the Soviet Union"), when it warns of
// or against an act ("warn of", "warn against") or announces one ("warn
// that" with "would", "if", ...); a warning that states a fact is none.
// Cases of our own, from news and histories.
func TestWarningSenses(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a fact warned of (news)", "In 2001 Pakistan warned that the Taliban controlled most of the country.", ""},
		{"a limit warned of (history)", "In 1870 France warned that it could only keep fighting until the spring.", ""},
		{"an act announced (news)", "In 1991 Iran warned that it would close the Strait of Hormuz.", "THREATEN IRN>"},
		{"an act announced on a condition (history)", "In 1950 China warned that it would intervene if UN troops crossed the parallel.", "THREATEN CHN>UN"},
		{"an actor warned (history)", "In 1961 Kennedy warned the Soviet Union.", "THREATEN USA>SUN"},
		{"an actor warned against an act (history)", "In 1940 Britain warned Germany against an invasion of Norway.", "THREATEN GBR>DEU"},
		{"an actor warned of consequences (history)", "In 1962 the United States warned the Soviet Union of grave consequences.", "THREATEN USA>SUN"},
		{"an actor warned to stop (news)", "In 2006 the United Nations warned Iran to stop enriching uranium.", "THREATEN UN>IRN"},
		{"consequences warned of (news)", "In 1995 Greece warned of grave consequences.", "THREATEN GRC>"},
		{"an act warned against (news)", "In 2011 Turkey warned against an attack on Syria.", "THREATEN TUR>SYR"},
	})
}

// TestProhibitNeedsAnExchange: "prohibit" is a sanction (triggers.tsv
// object flag) when it stops an exchange with another (arms sales,
// exports, aid); a law that prohibits an act ("such intervention", "such
// abuses") is no act on another. Cases of our own, from a history, a
// constitution's news and trade news.
func TestProhibitNeedsAnExchange(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a law against intervention (history)", "In 1973 the U.S. Congress passed a law to prohibit such intervention.", ""},
		{"a law against attacks (news)", "In 2003 the Indian government passed a law to prohibit such attacks on Pakistani pilgrims.", ""},
		{"a constitution against abuses (news)", "The new Kenyan constitution was adopted in 2010 to prohibit such abuses by the police.", ""},
		{"arms sales prohibited (news)", "In 1996 the United States prohibited arms sales to Sudan.", "SANCTION USA>SDN"},
		{"aid prohibited (history)", "In 1975 the United States prohibited aid to Turkey after the invasion of Cyprus.", "SANCTION USA>TUR"},
	})
}

// TestJoinAMovement: joining a movement (triggers.tsv, NONE) is no
// alliance; joining an alliance stays one. Only COOPERATE events are shown.
// Cases of our own, from a history of protest and a labour history.
func TestJoinAMovement(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"the movement (history)", "Back from Vietnam, many veterans went on in 1971 to join the movement against the war.", ""},
		{"a movement (history)", "In 1989 Polish workers joined a movement for free elections.", ""},
		{"an alliance (news)", "In 1999 Poland joined NATO.", "COOPERATE POL>NATO"},
	})
}

// TestForcesMoveIn: armed forces crossing, marching or moving into
// another's country invade it; forces landing somewhere are deployed
// there (triggers.tsv rows with by=MIL: the subject must be an actor of the
// military sector). Refugees crossing into a country are no invasion, nor
// is a premier's plane landing a deployment. Cases of our own, from
// histories and news.
func TestForcesMoveIn(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"refugees crossed into (news)", "In 2015 Syrian refugees crossed into Jordan.", ""},
		{"troops crossed into (history)", "In 1979 Vietnamese troops crossed into Cambodia.", "ASSAULT VNM>KHM"},
		{"troops crossed into (news)", "In 1950 Chinese troops crossed into North Korea.", "ASSAULT CHN>PRK"},
		{"forces crossed into, a phrase between (history)", "In 1979 Vietnamese forces, under the command of General Van Tien Dung, crossed into Cambodia.", "ASSAULT VNM>KHM"},
		{"troops marched into (history)", "In 1940 Soviet troops marched into Lithuania.", "ASSAULT SUN>LTU"},
		{"troops marched into (news)", "In 2008 Russian troops marched into Georgia.", "ASSAULT RUS>GEO"},
		{"forces moved into (history)", "In 1979 Soviet forces moved into Afghanistan.", "ASSAULT SUN>AFG"},
		{"forces moved into (news)", "In 2022 Russian forces moved into Ukraine from Belarus.", "ASSAULT RUS>UKR"},
		{"troops landed (history)", "In 1918 American troops landed in France.", "MOBILIZE USA>FRA"},
		{"marines landed (news)", "In 1965 American marines landed at Da Nang.", "MOBILIZE USA>"},
		{"astronauts landed (news)", "In 1969 American astronauts landed on the Moon.", ""},
		{"a premier landed (news)", "In 1972 the Chinese premier landed in Washington.", ""},
	})
}

// TestThingsThatThreaten: "threaten" (triggers.tsv, actsubject) is a threat
// only when an actor makes it; a subject that names a thing, an offensive
// or a mobilisation that a demonym modifies, endangers ("the German
// advance threatened Paris"). Only THREATEN events are shown. Cases of our
// own, from histories and news.
func TestThingsThatThreaten(t *testing.T) {
	checkSenses(t, []string{"THREATEN"}, []senseCase{
		{"an advance endangers (history)", "In 1916 the German advance threatened Paris.", ""},
		{"a mobilisation endangers (history)", "In 1914 the Russian mobilisation threatened Germany.", ""},
		{"an offensive endangers (news)", "In 2019 the Turkish offensive threatened Kurdish towns in Syria.", ""},
		{"a state threatens (news)", "In 1990 Iraq threatened to attack unless Kuwait cut its oil output.", "THREATEN IRQ>KWT"},
		{"armed men threaten (news)", "Hamas gunmen threatened Israeli settlers.", "THREATEN HAMAS>ISR"},
	})
}

// TestWarnAgainstAnAct: "warn against" (triggers.tsv, object list) is a
// threat when it warns against an act ("an attack", "any military action",
// "interference"); advice against a policy ("appeasement", "complacency")
// is none. Cases of our own, from histories and news.
func TestWarnAgainstAnAct(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"against appeasement (history)", "In 1938 Churchill warned against appeasement of Germany.", ""},
		{"against complacency (news)", "In 1999 the Indian prime minister warned against complacency about Pakistan.", ""},
		// the target is the would-be actor, not the act's place: "warned
		// against any military action in Iraq" still gives FRA>IRQ, a known
		// miss of the roles (the place of the act is taken for the target)
		{"against military action (news)", "In 2003 France warned against any military action.", "THREATEN FRA>"},
		{"against intervention (news)", "In 1999 Russia warned against any NATO intervention.", "THREATEN RUS>NATO"},
		{"against an invasion (history)", "In 1962 the Soviet Union warned against an American invasion of Cuba.", "THREATEN SUN>USA"},
	})
}

// TestOpeningNegotiations: opening or entering negotiations (triggers.tsv
// "open", "enter" with a negotiation for object) is negotiating, CONSULT,
// not the dictionary's intent to negotiate (AGREE). Cases of our own, from
// histories and news.
func TestOpeningNegotiations(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"opened negotiations (history)", "In 1905 Russia opened negotiations with Japan.", "CONSULT RUS>JPN"},
		{"opened armistice negotiations (history)", "In 1951 the United Nations opened armistice negotiations with North Korea.", "CONSULT UN>PRK"},
		{"entered into negotiations (news)", "In 1993 Israel entered into negotiations with the PLO.", "CONSULT ISR>PLO"},
		{"entered talks (news)", "In 2015 Cuba entered talks with the United States.", "CONSULT CUB>USA"},
		{"opened a dialogue (news)", "In 2018 North Korea opened a dialogue with South Korea.", "CONSULT PRK>KOR"},
		{"opened a dialogue (history)", "In 1985 Britain opened a dialogue with Argentina over the islands.", "CONSULT GBR>ARG"},
		{"opened fire stays an attack (news)", "In 1990 Iraq opened fire on Kuwaiti positions.", "ASSAULT IRQ>KWT"},
	})
}

// TestForcesIsANoun: "forces" (triggers.tsv, NONE) is the plural noun, not
// the dictionary's verb "force" (COERCE), so "naval forces attacked" is one
// attack, not a coercion too. Cases of our own, from histories and news.
func TestForcesIsANoun(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"naval forces defeated (history)", "In 1805 the British naval forces defeated a French fleet at Trafalgar.", "ASSAULT GBR>FRA"},
		{"command forces followed (history)", "In 1950 UN Command forces moved north behind the South Korean army.", ""},
		{"naval forces attacked (news)", "In 2023 the Russian naval forces attacked a Ukrainian port.", "ASSAULT RUS>UKR"},
		{"naval forces seized (news)", "In 2019 the Iranian naval forces seized a British tanker in the Gulf.", "COERCE IRN>GBR"},
	})
}

// TestGatheringForces: amassing, assembling, concentrating or
// dispatching forces is a deployment (triggers.tsv, MOBILIZE deploy, each
// with an object list of forces); with another object the verb is no
// deployment ("assembled his council", "concentrated on its economy",
// "dispatched a diplomat"). Cases of our own, from histories and news.
func TestGatheringForces(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"forces amassed (history)", "Iraq amassed forces near the Kuwaiti border in 1994.", "MOBILIZE IRQ>KWT"},
		{"troops amassed (news)", "In 2021 Russia amassed troops near the border with Ukraine.", "MOBILIZE RUS>UKR"},
		{"a council assembled (history)", "The king assembled his council in 1640.", ""},
		{"divisions concentrated (history)", "In 1941 Germany concentrated divisions along the Soviet frontier.", "MOBILIZE DEU>SUN"},
		{"troops concentrated (history)", "In 1962 China concentrated troops near the Indian border.", "MOBILIZE CHN>IND"},
		{"concentrated on the economy (history)", "The Soviet Union concentrated on its economy after 1985.", ""},
		{"troops assembling (history)", "In 1914 British troops were assembling at Southampton for France.", "MOBILIZE GBR>FRA"},
		{"troops dispatched (history)", "In 1979 the Soviet Union dispatched troops to Afghanistan.", "MOBILIZE SUN>AFG"},
		{"soldiers dispatched (news)", "In 2014 Russia dispatched soldiers to Crimea.", "MOBILIZE RUS>UKR"},
		{"a diplomat dispatched (news)", "Brazil dispatched a diplomat to Lisbon.", ""},
		{"troops massed (news)", "In 2021 Russia massed troops near the Ukrainian border.", "MOBILIZE RUS>UKR"},
		{"armies massed (history)", "In 1914 Germany massed its armies on the Belgian frontier.", "MOBILIZE DEU>BEL"},
		{"supporters massed (news)", "In 2010 the party massed its supporters in the square.", ""},
	})
}

// TestGatheringForcesForAnAct: an army or a fleet assembled to invade is
// the deployment, asserted, and the invasion, hypothetical (the event
// package's infinitive of purpose after a military move). Cases of our
// own, from two histories.
func TestGatheringForcesForAnAct(t *testing.T) {
	cs := []stagetest.Case{
		{Name: "an armada to invade", Text: "In 1588 Spain assembled a fleet of 130 ships to invade England.", Want: "MOBILIZE ESP>GBR; ASSAULT ESP>GBR hypothetical"},
		{Name: "an army to invade", Text: "In 1805 France assembled an army at Boulogne to invade Britain.", Want: "MOBILIZE FRA>GBR; ASSAULT FRA>GBR hypothetical"},
	}
	stagetest.Check(t, cs, func(t *testing.T, v *extract.Vocabulary, s string) string {
		var got []string
		for _, e := range stagetest.Findings(t, v, s).Events {
			got = append(got, strings.TrimSpace(stagetest.Dyad(e)+" "+e.Mode))
		}
		return strings.Join(got, "; ")
	})
}

// TestWarThatBreaksOut: "break out" joins the dictionary's ERUPT block
// (cmd/vocabgen/data/cameo-verbs-added.tsv), so a war that breaks out is
// an attack by the block's subject pattern "&FIGHT *", as one that erupts
// is, its name's actors the parties; riots and tanks breaking out are
// none. Cases of our own, from a history and a news line.
func TestWarThatBreaksOut(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"a war's name breaks out (history)", "The Iran-Iraq War broke out in 1980.", "ASSAULT IRN,IRQ>"},
		{"a war's name breaks out (news)", "In 1995 the Peru-Ecuador War broke out in the Cenepa valley.", "ASSAULT PER,ECU>"},
		{"riots break out (history)", "Riots broke out in Paris in February 1848.", ""},
		{"tanks break out (news)", "The tanks tried to break out of the encirclement.", ""},
	})
}
