package pair_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
	"github.com/stratex/stratex/extract/pair"
)

// renderPairs runs every stage over s and renders each of its pairs with
// one, in order, joined by "; ".
func renderPairs(t *testing.T, v *extract.Vocabulary, s string, one func(pair.Span) string) string {
	t.Helper()
	var out []string
	for _, p := range stagetest.Findings(t, v, s).Pairs {
		out = append(out, one(p))
	}
	return strings.Join(out, "; ")
}

// pairsOf renders a text's pairs as "A-B relation rule".
func pairsOf(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderPairs(t, v, s, func(p pair.Span) string { return fmt.Sprintf("%s-%s %s %s", p.A, p.B, p.Relation, p.Rule) })
}

type pairCase struct{ name, text, want string }

func checkPairs(t *testing.T, cases []pairCase) {
	t.Helper()
	cs := make([]stagetest.Case, len(cases))
	for i, c := range cases {
		cs[i] = stagetest.Case{Name: c.name, Text: c.text, Want: c.want}
	}
	stagetest.Check(t, cs, pairsOf)
}

// TestListOfNamesStatesNoPair: a run of names and affiliations (an
// editorial board, a line of a programme committee) names many actors
// with few words of prose between them; it relates none of them. A
// sentence of prose that names as many still does, and so does a terse
// sentence that names two.
func TestListOfNamesStatesNoPair(t *testing.T) {
	checkPairs(t, []pairCase{
		{"an editorial board (a journal's back page)",
			"Editorial board Ama Mensah, University of Ghana, Ghana Pieter de Vries, Leiden University, Netherlands Kenji Sato, Kyoto University, Japan",
			""},
		{"a programme committee (a conference's front matter)",
			"Programme committee Ana Silva, University of Lisbon, Portugal Lars Berg, Uppsala University, Sweden Omar Haddad, Cairo University, Egypt",
			""},
		{"a sentence of prose naming three sides (a history)",
			"The harbours of Portugal were deeper than those of Sweden, though shallower than those of Egypt.",
			"PRT-SWE mention pair:sentence; PRT-EGY mention pair:sentence; SWE-EGY mention pair:sentence"},
		{"three sides with words of their own (a news report)",
			"The fishing quotas of Japan were larger than those of Ghana, but smaller than those of the Netherlands.",
			"JPN-GHA mention pair:sentence; JPN-NLD mention pair:sentence; GHA-NLD mention pair:sentence"},
		{"a terse sentence naming two sides (a history)",
			"Most Ghanaians backed Nigeria.",
			"GHA-NGA mention pair:sentence"},
	})
}

// TestTableRowStatesNoPair: a row of a table run into one sentence names
// countries among more figures than words; it relates none of them. A
// sentence with figures and words of its own still does.
func TestTableRowStatesNoPair(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a table of studies (a medical review)",
			"Study Country Cases Controls Mean age Lee 12 Korea 31 40 54 Wu 7 China 58 61 49 Rao 3 India 22 25 38 Ali 9 Pakistan 40 44 51 *Only adults were enrolled.",
			""},
		{"a table of trade (an economics paper)",
			"Partner Exports Imports Share Germany 412 388 12.5 France 301 276 9.1 Italy 198 210 6.4 Spain 150 133 4.8 Figures are rounded to the nearest million and exclude services trade.",
			""},
		{"a sentence of a history with figures",
			"The Italians lost 800 men and the Ethiopians lost 6,000 men in the fighting near the river.",
			"ITA-ETH mention pair:sentence"},
		{"a sentence of a news report with figures",
			"Chile shipped 40,000 tonnes of copper ore while Peru held 12 cargo ships at the port.",
			"CHL-PER mention pair:sentence"},
	})
}

// TestNamedWarIsNoParty: an actor in the name of a war ("the Korean
// War", "the Vietnam War") names the war, not a party to what the
// sentence's other actors do; a war named after no actor leaves the
// sentence's actors as they were.
func TestNamedWarIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"veterans of a named war (a local history)",
			"Many veterans of the Korean War later settled in Canada with their families.",
			""},
		{"a named war as a date (an economic history)",
			"After the Vietnam War, Australia cut its defence budget.",
			""},
		{"a bloc keeps its leader (a history of Eastern Europe)",
			"In the Soviet Bloc, Poland was the largest state.",
			"SUN-POL mention pair:sentence"},
		{"a bloc keeps its leader (a history of the 1956 rising)",
			"In the Soviet Bloc of the 1950s, Hungary was the most restive member.",
			"SUN-HUN mention pair:sentence"},
		{"a pact named after a city is an organisation, not the city's state (a history of the Warsaw Pact)",
			"Within the Warsaw Pact, Romania kept a line of its own.",
			"WARSAW_PACT-ROU mention pair:sentence"},
		{"a named conflict (a history of the Middle East)",
			"Veterans of the Arab-Israeli Conflict later settled in Canada.",
			""},
		{"named wars in the plural (a history of South Asia)",
			"Veterans of the Indo-Pakistani Wars later settled in Canada.",
			"IND-PAK war pair:compound"},
		{"a war named after no actor (a history)",
			"During the Cold War, Cuba hosted Soviet missiles and advisers.",
			"CUB-SUN host pair:event"},
	})
}

// TestCoordinatedSourcesActTogether: the sides one coordination names as
// an event's source act together, so they are a pair as well as each of
// them with the target; two events of two single sources relate no
// source to the other, and the targets one coordination names are no
// joint actors.
func TestCoordinatedSourcesActTogether(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a joint invasion (a history of Suez)",
			"In 1956 British and French forces invaded Egypt.",
			"GBR-EGY invasion pair:event; FRA-EGY invasion pair:event; GBR-FRA joint_invasion pair:joint"},
		{"joint sanctions (a regional history)",
			"Argentina and Brazil imposed sanctions on Paraguay.",
			"ARG-PRY sanction pair:event; BRA-PRY sanction pair:event; ARG-BRA joint_sanction pair:joint"},
		{"two events, one source each (a history of the 1930s)",
			"Italy invaded Ethiopia while Japan invaded China.",
			"ITA-ETH invasion pair:event; JPN-CHN invasion pair:event"},
		{"a coordinated target (a history of 1940)",
			"In May 1940 Germany invaded Belgium and the Netherlands.",
			"DEU-BEL invasion pair:event; DEU-NLD invasion pair:event"},
	})
}

// TestHedgedListIsOneList: a list whose last member follows "and" or "or"
// and an adverb ("Norway and possibly Sweden") stands as several phrases;
// its members are still one list, which relates them to the sentence's
// other actors but not to each other. An adverb in a clause of its own
// joins no list.
func TestHedgedListIsOneList(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a list of three with a hedge (a farm report)",
			"Farmers in Kenya, Uganda and probably Tanzania had been losing their herds for years to cattle raiders who came over the border from Somalia.",
			"KEN-SOM mention pair:sentence; UGA-SOM mention pair:sentence; TZA-SOM mention pair:sentence"},
		{"a list of two with a hedge (a diplomatic history)",
			"The envoy feared that Norway and possibly Sweden would follow the line of Germany.",
			"NOR-DEU mention pair:sentence; SWE-DEU mention pair:sentence"},
		{"a serial comma before the hedge (a diplomatic history)",
			"The envoy feared that Norway, Denmark, and presumably Sweden would follow the line of Germany.",
			"NOR-DEU mention pair:sentence; DNK-DEU mention pair:sentence; SWE-DEU mention pair:sentence"},
		{"an adverb in a clause of its own (a history of the 1940s)",
			"Norway was neutral and Sweden was officially neutral, but the iron ore of Germany came from the north.",
			"NOR-SWE mention pair:sentence; NOR-DEU mention pair:sentence; SWE-DEU mention pair:sentence"},
		{"an adverb after a verb (a diplomatic history)",
			"The envoy wrote that Norway had wavered and secretly Sweden had followed the line of Germany.",
			"NOR-SWE mention pair:sentence; NOR-DEU mention pair:sentence; SWE-DEU mention pair:sentence"},
	})
}

// TestTerritoryIsNoParty: an actor after a territory noun and "of" ("the
// Portuguese colony of Angola", "about 15% of Chile") is a place, and the
// actor that owns it ("Portuguese") is no party either; the sentence's
// other actors stay paired. Without a territory noun before "of" the
// actor keeps its pair.
func TestTerritoryIsNoParty(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a colony offered in a negotiation (a diplomatic history)",
			"Spain began talks to win Dutch support, offering the Portuguese colony of Angola in return.",
			"ESP-NLD mention pair:sentence"},
		{"a share of a country held (a war report)",
			"By June the Peruvian rebels held only a narrow strip, about 15% of Chile, with Bolivian help.",
			"PER-BOL mention pair:sentence"},
		{"an envoy, no territory (a diplomatic history)",
			"Spain began talks to win Dutch support, offering the Portuguese envoy in Angola a seat.",
			"ESP-NLD mention pair:sentence; ESP-PRT mention pair:sentence; ESP-AGO mention pair:sentence; NLD-PRT mention pair:sentence; NLD-AGO mention pair:sentence; PRT-AGO mention pair:sentence"},
		{"a coast, no territory noun (a war report)",
			"By June the Peruvian rebels held the coast of Chile.",
			"PER-CHL mention pair:sentence"},
		// the actor after the phrase owns what follows it: a party
		{"a share of a state's trade (an economic history)",
			"By 1989, 80% of Cuba's trade was with the Soviet Union.",
			"CUB-SUN mention pair:sentence"},
		{"a share of a colony's exports (a colonial history)",
			"In 1970, 40% of Angola's exports went to Portugal.",
			"AGO-PRT mention pair:sentence"},
	})
}

// TestAsWellAsIsOneList: a list whose last member follows "as well as"
// ("Chad and Niger, as well as Sudan") stands as several phrases; its
// members are one list, related to the sentence's other actors but not to
// each other, with the words of their noun phrases around it ("units, as
// well as Rwandan volunteers"). "As well as" after a verb or in a clause
// of its own joins no list.
func TestAsWellAsIsOneList(t *testing.T) {
	checkPairs(t, []pairCase{
		{"recruits from a list (a report on the Sahel)",
			"Reports said the rebels drew recruits from Chad and Niger, as well as Sudan, before the war with Libya.",
			"TCD-LBY mention pair:sentence; NER-LBY mention pair:sentence; SDN-LBY mention pair:sentence"},
		{"units and volunteers (a report on East Africa)",
			"Observers expected Kenyan and Ugandan units, as well as Rwandan volunteers, to face the militias from Somalia.",
			"KEN-SOM mention pair:sentence; UGA-SOM mention pair:sentence; RWA-SOM mention pair:sentence"},
		{"a list joined by commas before it (a diplomatic history)",
			"The envoy feared that Norway, Denmark, as well as the Netherlands would follow the line of Germany.",
			"NOR-DEU mention pair:sentence; DNK-DEU mention pair:sentence; NLD-DEU mention pair:sentence"},
		{"after a verb and its object (a report on East Africa)",
			"Kenyan troops patrolled the coast, as well as the Somali border.",
			"KEN-SOM mention pair:sentence"},
		{"in a clause of its own (a naval history)",
			"The Chilean navy grew fast, as well as it could, while Peru bought cruisers.",
			"CHL-PER mention pair:sentence"},
	})
}
