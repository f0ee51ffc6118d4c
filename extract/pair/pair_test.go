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
	checkPairsWith(t, cases, pairsOf)
}

// checkPairModes checks each case's pairs with their modes (pairModes).
func checkPairModes(t *testing.T, cases []pairCase) {
	t.Helper()
	checkPairsWith(t, cases, pairModes)
}

func checkPairsWith(t *testing.T, cases []pairCase, render func(*testing.T, *extract.Vocabulary, string) string) {
	t.Helper()
	cs := make([]stagetest.Case, len(cases))
	for i, c := range cases {
		cs[i] = stagetest.Case{Name: c.name, Text: c.text, Want: c.want}
	}
	stagetest.Check(t, cs, render)
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
// War", "the Vietnam War", "the Russian Civil War", "the Greco-Persian
// Wars") names the war, not a party to what the
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
		{"a war's name of several words (a history of the Siberian intervention)",
			"Japanese marines held Vladivostok during the Russian Civil War, and American units guarded the railway.",
			"JPN-USA mention pair:sentence"},
		{"not: capitalised words that name no war (a history of the Siberian intervention)",
			"Japanese marines held Vladivostok during the Russian Civil Service strike, and American units guarded the railway.",
			"JPN-RUS mention pair:sentence; JPN-USA mention pair:sentence"},
		{"a hyphen inside a war's name (a history of the ancient Near East)",
			"Egypt bought grain from Persia after the Greco-Persian Wars.",
			"EGY-IRN mention pair:sentence"},
		{"not: a hyphenated name of a treaty (a history of the ancient Near East)",
			"Egypt bought grain from Persia after the Greco-Persian Treaty talks.",
			"EGY-IRN mention pair:sentence; EGY-GRC mention pair:sentence; IRN-GRC mention pair:sentence"},
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
			"NOR-SWE mention pair:sentence; SWE-DEU mention pair:sentence"},
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
			"Spain began talks to win Dutch support, offering the Portuguese envoy to Angola a seat.",
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
// or "along with" ("Chad and Niger, as well as Sudan") stands as several phrases; its
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
		// the other joiners of several words (joiners.txt of the syntax)
		{"recruits from a list, along with (a report on the Sahel)",
			"Reports said the rebels drew recruits from Chad and Niger, along with Sudan, before the war with Libya.",
			"TCD-LBY mention pair:sentence; NER-LBY mention pair:sentence; SDN-LBY mention pair:sentence"},
		{"units and volunteers, along with (a report on East Africa)",
			"Observers expected Kenyan units, along with Rwandan volunteers, to face the militias from Somalia.",
			"KEN-SOM mention pair:sentence; RWA-SOM mention pair:sentence"},
		{"along with after a verb and its object (a report on East Africa)",
			"Kenyan troops patrolled the coast, along with the Somali border.",
			"KEN-SOM mention pair:sentence"},
		{"along with in a clause of its own (a naval history)",
			"The Chilean navy grew, along with its budget, while Peru bought cruisers.",
			"CHL-PER mention pair:sentence"},
	})
}

// TestTerritoryRows: each territory row of pairwords.tsv, from two texts,
// makes the actor after it (and its owner before it) a place, not a party;
// a twin with a noun that names no territory ("the south of", "the coast
// of", "the town of") keeps the actor paired.
func TestTerritoryRows(t *testing.T) {
	checkPairs(t, []pairCase{
		{"border of (a report on the Horn of Africa)",
			"Along the border of Kenya, Somali herders waited for Ethiopian merchants.",
			"SOM-ETH mention pair:sentence"},
		{"border of (a history of the Pacific war)",
			"The Chilean army waited along the border of Bolivia, within sight of Peruvian units.",
			"CHL-PER mention pair:sentence"},
		{"no territory: the coast of (a report on the Horn of Africa)",
			"Along the coast of Kenya, Somali herders waited for Ethiopian merchants.",
			"KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence; SOM-ETH mention pair:sentence"},
		{"borders of (a report on the Sahel)",
			"Along the borders of Chad, Libyan patrols waited for Sudanese militias.",
			"LBY-SDN mention pair:sentence"},
		{"borders of (a history of the mandates)",
			"In the 1920s French envoys stayed near the borders of Syria with British officials.",
			"FRA-GBR mention pair:sentence"},
		{"no territory: the coast of (a history of the mandates)",
			"In the 1920s French envoys stayed near the coast of Syria with British officials.",
			"FRA-SYR mention pair:sentence; FRA-GBR mention pair:sentence; SYR-GBR mention pair:sentence"},
		{"colony of, a second text (a history of East Africa)",
			"Italian settlers lived in the British colony of Kenya with Indian traders.",
			"ITA-IND mention pair:sentence"},
		{"colonies of (a history of Iberia)",
			"Dutch merchants stayed in the colonies of Portugal with Spanish partners.",
			"NLD-ESP mention pair:sentence"},
		{"colonies of (a history of the Pacific)",
			"British firms stayed in the colonies of Germany in the Pacific, to the anger of Japan.",
			"GBR-JPN mention pair:sentence"},
		{"no territory: the south of (a history of Iberia)",
			"Dutch merchants stayed in the south of Portugal with Spanish partners.",
			"NLD-PRT mention pair:sentence; NLD-ESP mention pair:sentence; PRT-ESP mention pair:sentence"},
		{"province of (a report on the Gulf)",
			"Many Kuwaiti traders lived in the Iraqi province of Basra with Saudi partners.",
			"KWT-SAU mention pair:sentence"},
		{"province of (a history of the Levant)",
			"Greek merchants stayed in the Ottoman province of Egypt with British partners.",
			"GRC-GBR mention pair:sentence"},
		{"no territory: the town of (a report on the Gulf)",
			"Many Kuwaiti traders lived near the Iraqi town of Basra with Saudi partners.",
			"KWT-IRQ mention pair:sentence; KWT-SAU mention pair:sentence"},
		{"provinces of (a history of southern Africa)",
			"Cuban advisers stayed in the provinces of Angola within reach of South African units.",
			"CUB-ZAF mention pair:sentence"},
		{"provinces of (a history of the Baltic)",
			"Polish officers lived in the eastern provinces of Lithuania with Latvian guards.",
			"POL-LVA mention pair:sentence"},
		{"no territory: the south of (a history of southern Africa)",
			"Cuban advisers stayed in the south of Angola within reach of South African units.",
			"CUB-AGO mention pair:sentence; CUB-ZAF mention pair:sentence; AGO-ZAF mention pair:sentence"},
		{"port of (a history of the Aegean)",
			"The Greek port of Piraeus was full of Italian ships, to the anger of Turkey.",
			"ITA-TUR mention pair:sentence"},
		{"port of (a report on the Great Lakes)",
			"Rwandan traders lived in the Congolese port of Goma with Ugandan partners.",
			"RWA-UGA mention pair:sentence"},
		{"no territory: the town of (a report on the Great Lakes)",
			"Rwandan traders lived near the Congolese town of Goma with Ugandan partners.",
			"RWA-COD mention pair:sentence; RWA-UGA mention pair:sentence"},
		{"city of (a history of banking)",
			"German bankers lived in the Belgian city of Antwerp with British partners.",
			"DEU-GBR mention pair:sentence"},
		{"city of (a history of East Asian trade)",
			"Chinese merchants lived in the Korean city of Pusan with Japanese partners.",
			"CHN-JPN mention pair:sentence"},
		{"no territory: the coast (a history of banking)",
			"German bankers lived on the Belgian coast with British partners.",
			"DEU-BEL mention pair:sentence; DEU-GBR mention pair:sentence"},
		{"capital of (a history of the Chaco)",
			"Bolivian exiles lived in the capital of Paraguay with Argentine help.",
			"BOL-ARG mention pair:sentence"},
		{"capital of (a diplomatic history of the Middle East)",
			"Egyptian diplomats stayed in the capital of Israel with American guards.",
			"EGY-USA mention pair:sentence"},
		{"no territory: the south of (a history of the Chaco)",
			"Bolivian exiles lived in the south of Paraguay with Argentine help.",
			"BOL-PRY mention pair:sentence; BOL-ARG mention pair:sentence; PRY-ARG mention pair:sentence"},
		{"territory of (a history of the Himalaya)",
			"Indian units stayed in the territory of Bhutan, within sight of Chinese posts.",
			"IND-CHN mention pair:sentence"},
		{"territory of (a history of Korea)",
			"Japanese settlers lived in the territory of Korea with Russian neighbours.",
			"JPN-RUS mention pair:sentence"},
		{"no territory: the north of (a history of Korea)",
			"Japanese settlers lived in the north of Korea with Russian neighbours.",
			"JPN-KOR mention pair:sentence; JPN-RUS mention pair:sentence; KOR-RUS mention pair:sentence"},
		{"territories of (a history of the Balkans)",
			"Serbian settlers lived in the territories of Bosnia with Croatian neighbours.",
			"SRB-HRV mention pair:sentence"},
		{"territories of (a report on the Gulf)",
			"Iraqi tribes lived in the territories of Kuwait with Saudi kin.",
			"IRQ-SAU mention pair:sentence"},
		{"no territory: the north of (a report on the Gulf)",
			"Iraqi tribes lived in the north of Kuwait with Saudi kin.",
			"IRQ-KWT mention pair:sentence; IRQ-SAU mention pair:sentence; KWT-SAU mention pair:sentence"},
		{"region of (a history of the Caucasus)",
			"Russian troops stayed in the region of Georgia, within sight of Turkish ships.",
			"RUS-TUR mention pair:sentence"},
		{"region of (a history of the Horn of Africa)",
			"Ethiopian forces stayed in the southern region of Somalia, within reach of Kenyan units.",
			"ETH-KEN mention pair:sentence"},
		{"no territory: the south of (a history of the Horn of Africa)",
			"Ethiopian forces stayed in the south of Somalia, within reach of Kenyan units.",
			"ETH-SOM mention pair:sentence; ETH-KEN mention pair:sentence; SOM-KEN mention pair:sentence"},
		{"regions of (a report on Syria)",
			"Kurdish fighters stayed in the northern regions of Syria, with Iraqi help.",
			""},
		{"regions of (a history of Gulf trade)",
			"Omani traders reached the coastal regions of Iran with Indian partners.",
			"OMN-IND mention pair:sentence"},
		{"no territory: the north of (a report on Syria)",
			"Kurdish fighters stayed in the north of Syria, with Iraqi help.",
			"SYR-IRQ mention pair:sentence"},
		{"% of, a second text (a history of Cyprus)",
			"Turkish troops held about 37% of Cyprus, to the anger of Greece.",
			"TUR-GRC mention pair:sentence"},
		{"no territory: the north of (a history of Cyprus)",
			"Turkish troops held the north of Cyprus, to the anger of Greece.",
			"TUR-CYP mention pair:sentence; TUR-GRC mention pair:sentence; CYP-GRC mention pair:sentence"},
	})
}
