package pair_test

import "testing"

// TestNamedBodyPlace: a place right after the name of a body ("the Polish
// Second Army in Lithuania", "the International Red Cross in
// Switzerland") gives the body's seat: the mention rule pairs it, by the
// document's relation, only with the actor that opens the name, and with
// no other actor the document has related it to. A name the actor stage
// codes in part keeps its own place ("the Japanese Legation in Korea"),
// and a sentence's first word is capitalised by its place, no name
// ("Shortages in Lithuania"). A history of the Polish-Soviet war, a
// history of relief work, a history of Korea's opening.
func TestNamedBodyPlace(t *testing.T) {
	checkPairs(t, []pairCase{
		{"an army's seat is no party to its enemy (a history of the Polish-Soviet war)",
			"Lithuania signed a treaty with the Soviet Union in July. The Polish Second Army in Lithuania was short of shells, and the Soviet cavalry pressed on.",
			"LTU-SUN sign_agreement pair:event; POL-SUN mention pair:sentence"},
		{"a relief body's seat is no party to its donors (a history of relief work)",
			"Italy signed a trade treaty with Switzerland in 1935. The International Red Cross in Switzerland was short of funds, and Italian donors were few.",
			"ITA-CHE sign_agreement pair:event; ICRC-ITA mention pair:sentence"},
		{"the actor that opens the name keeps the place (a history of Korea's opening)",
			"Japan signed a treaty with Korea in 1876. The Japanese Legation in Korea was small, and the Chinese garrison was large.",
			"JPN-KOR sign_agreement pair:event; JPN-KOR mention pair:sentence; JPN-CHN mention pair:sentence"},
		{"the same with an ordinal in the name (a history of the War of the Pacific)",
			"Chile fought Peru and Bolivia in 1880. The Chilean 2nd Division in Bolivia was short of water, and the Peruvian cavalry pressed on.",
			"CHL-PER war pair:event; CHL-BOL war pair:event; CHL-BOL mention pair:sentence; CHL-PER mention pair:sentence"},
		{"the sentence's first word is no name (a history of the Polish-Soviet war)",
			"Lithuania signed a treaty with the Soviet Union in July. Shortages in Lithuania were severe, and Soviet leaders were worried.",
			"LTU-SUN sign_agreement pair:event; LTU-SUN mention pair:sentence"},
	})
}

// TestTwoScenesNoPair: two places where things happen are no sides of
// one act, whatever the document said of them before ("the port lay in
// Peru but now lies in Chile"); one scene with an actor that acts keeps
// its relation. A history of the War of the Pacific, one of the
// Franco-Prussian war.
func TestTwoScenesNoPair(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a town's two states (a history of the War of the Pacific)",
			"Chile fought Peru and Bolivia in 1879. The port lay in Peru in 1870 but now lies in Chile.",
			"CHL-PER war pair:event; CHL-BOL war pair:event"},
		{"a town's two states (a history of the Franco-Prussian war)",
			"Germany fought France in 1870. The town lay in France in 1860 and then in Germany in 1871.",
			"DEU-FRA war pair:event"},
		{"one scene and a related side keep their pair (a history of the Franco-Prussian war)",
			"Germany fought France in 1870. Hunger in France worried German officers.",
			"DEU-FRA war pair:event; FRA-DEU mention pair:sentence"},
	})
}
