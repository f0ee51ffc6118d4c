package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestOpeningNounByAgent: a form in -s that opens its clause (the
// sentence's first word, or the first after a fronted phrase's comma)
// with "by" and an actor after it heads a noun phrase, no verb: there is
// no subject before it ("Attacks by Germany on France began"), so the
// agent after "by" acts on the target after "on". Not a verb with its
// subject before it ("France attacks by night"), nor one in a relative
// clause ("which attacks by surprise"). Sentences of our own, from a
// history of the First World War, news of Afghanistan and of the Iraq
// crisis.
func TestOpeningNounByAgent(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "REQUEST"}, []stagetest.Case{
		{Name: "opens the sentence (history)", Text: "Attacks by Germany on France began in 1916.", Want: "ASSAULT DEU>FRA"},
		{Name: "after a fronted date (news)", Text: "In 2008, attacks by the Taliban on Kabul increased.", Want: "ASSAULT TALIBAN>AFG"},
		{Name: "demands after a fronted date (news)", Text: "In 2003, demands by the United States on Iraq grew.", Want: "REQUEST USA>IRQ"},
		{Name: "not: a verb after its subject (history)", Text: "In 1916, France attacks by night.", Want: ""},
		{Name: "not: a relative clause's verb (history)", Text: "Germany, which attacks by surprise, invaded Belgium in 1914.", Want: "ASSAULT DEU>BEL"},
	})
}

// TestUndergoneAct: a hostile event noun in the object of a verb of
// undergoing (undergo.txt: "suffered", "faced", "endured") that names its
// agent ("by X", "from X", "NATO air strikes") and no target of its own
// acts on the verb's subject. Not a verb the subject acts with
// ("launched air attacks on Britain"), nor a noun with its own target
// ("German attacks on its convoys": the possessive's ground), nor an
// object that is no act. Sentences of our own, from news of Lebanon, Iraq
// and Serbia and histories of the Second World War and the Cuban crisis.
func TestUndergoneAct(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "SANCTION", "COERCE"}, []stagetest.Case{
		{Name: "suffered attacks by (news)", Text: "In 2006, Israel suffered attacks by Hezbollah.", Want: "ASSAULT HEZBOLLAH>ISR"},
		{Name: "endured raids by (history)", Text: "Britain endured nightly raids by German bombers in 1940.", Want: "ASSAULT DEU>GBR"},
		{Name: "faced sanctions from (news)", Text: "In 1991, Iraq faced sanctions from the United Nations.", Want: "SANCTION UN>IRQ"},
		{Name: "faced an agent's modifier (news)", Text: "In 1999, Serbia faced NATO air strikes.", Want: "ASSAULT NATO>SRB"},
		{Name: "faced an attack by two (history)", Text: "In 1973, Israel faced a surprise attack by Egypt and Syria.", Want: "ASSAULT EGY,SYR>ISR"},
		{Name: "faced a nationality's blockade (history)", Text: "In 1962, Cuba faced an American blockade.", Want: "COERCE USA>CUB"},
		{Name: "not: launched attacks on (history)", Text: "In 1940, Germany launched air attacks on Britain.", Want: "ASSAULT DEU>GBR"},
		{Name: "not: a noun with its own target (history)", Text: "In 1940, Britain faced German attacks on its convoys.", Want: "ASSAULT DEU>GBR"},
		{Name: "not: no act (history)", Text: "In 1940, Britain faced its gravest crisis.", Want: ""},
	})
}

// TestBareTwoSubject: "the two" with no noun after it, as the subject of
// a verb trigger right after it, is the pair the paragraph last named
// (pairSubjects, as "the two states"): the two sides of its last event
// with two ("Pakistan attacked India ... the two signed"), or the last
// pair that acted, not an earlier one. Not "the two of them" (an "of"
// after it), nor "the two" before a word that is no verb trigger ("had
// lost"), nor "the two" before a noun that is no pair's ("the two
// divisions"). Sentences of our own, from histories of the wars of India
// and Pakistan and of the Iran-Iraq war, and news of the Ethiopian-Eritrean
// ceasefire. "the two" is read from syntax's pairopeners.txt.
func TestBareTwoSubject(t *testing.T) {
	checkDyads(t, []string{"SUPPORT", "AGREE"}, []stagetest.Case{
		{Name: "the last event's two sides (history)", Text: "In 1962, China attacked India. In 1965, Pakistan attacked India. In 1966, the two signed an agreement.", Want: "SUPPORT PAK,IND>"},
		{Name: "the last pair, not an earlier one (history)", Text: "In 1979, Egypt and Israel signed a treaty. Iran and Iraq went to war in 1980. The two signed a ceasefire in 1988.", Want: "SUPPORT EGY,ISR>; SUPPORT IRN,IRQ>"},
		{Name: "after a fronted date (history)", Text: "Iran and Iraq went to war in 1980. In 1988, the two agreed to a ceasefire.", Want: "AGREE IRN,IRQ>"},
		{Name: "after a fronted date (news)", Text: "Ethiopia and Eritrea fought a border war in 1998. On 18 June 2000, the two signed a ceasefire.", Want: "SUPPORT ETH,ERI>"},
		{Name: "not: the two of them (history)", Text: "Iran and Iraq went to war in 1980. The two of them signed a ceasefire in 1988.", Want: ""},
		{Name: "not: no verb trigger after it (history)", Text: "Iran and Iraq went to war in 1980. The two had lost a million men by 1988.", Want: ""},
	})
	checkDyads(t, []string{"ASSAULT"}, []stagetest.Case{
		{Name: "not: a noun after it (history)", Text: "Iran and Iraq went to war in 1980. The two divisions attacked Basra in 1987.", Want: "ASSAULT IRN,IRQ>"},
	})
}

// TestCopulaModifier: a verb trigger's base form right after a form of
// "be" and right before a common noun modifies that noun ("was welcome
// news for Pakistan"): no verb's base form follows "be" bare, so it names
// no act (it was SUPPORT by the state named before it of the one after
// "for"). A verb after "to" ("was to welcome") stays an act, and so does
// one after a modal ("would welcome"). Sentences of our own, from
// histories of the Afghan war, the Iranian revolution and the Egyptian-
// Israeli peace, and news of the Iraq war and the Gulf crisis.
func TestCopulaModifier(t *testing.T) {
	checkDyads(t, []string{"SUPPORT", "RETREAT"}, []stagetest.Case{
		{Name: "welcome news after a withdrawal (history)", Text: "In 1989, the Soviet withdrawal from Afghanistan was welcome news for Pakistan.", Want: "RETREAT SUN>AFG"},
		{Name: "welcome news after a fall (history)", Text: "In 1979, the fall of the Shah was welcome news for Moscow.", Want: ""},
		{Name: "welcome news after a capital fell (news)", Text: "In 2003, the fall of Baghdad was welcome news for Kuwait.", Want: ""},
		{Name: "not: was to welcome (history)", Text: "In 1977, Egypt was to welcome Israel's prime minister.", Want: "SUPPORT EGY>ISR"},
		{Name: "not: would welcome (news)", Text: "In 1990, Egypt would welcome talks with Iraq.", Want: "SUPPORT EGY>IRQ"},
	})
	// a participle after "be" is a passive, no base form: "was given
	// loans by Saudi Arabia" stays an act
	checkDyads(t, []string{"AID"}, []stagetest.Case{
		{Name: "not: a participle, was given loans (news)", Text: "In 2016 Egypt was given loans by Saudi Arabia.", Want: "AID SAU>EGY"},
		{Name: "not: a participle, was given arms (history)", Text: "In 1948, Greece was given arms by the United States.", Want: "AID USA>GRC"},
	})
}

// TestGiverObject: a people's word or a state's name right after the verb
// that modifies a noun of giving or backing ("requested American
// military assistance", "sought Soviet support") names who would give:
// the uncoded subject ("the rebels", "the Kurdish opposition") is no
// people of that state acting at home (+domestic: it was USA>USA). A
// people's word on another object ("Zimbabwean government reforms", "the
// resignation of the cabinet") keeps the act at home. Sentences of
// our own, from histories of the Afghan and Kosovo wars and news of Iraq,
// Zimbabwe and Kenya.
func TestGiverObject(t *testing.T) {
	checkDyads(t, []string{"REQUEST"}, []stagetest.Case{
		{Name: "requested Soviet support (history)", Text: "In 1980, the rebels requested Soviet support.", Want: ""},
		{Name: "sought American military aid (history)", Text: "In 1999, Kosovar rebels sought American military aid.", Want: ""},
		{Name: "requested American military assistance (news)", Text: "In 1990, the Kurdish opposition requested American military assistance.", Want: ""},
		{Name: "not: a state asks another (news)", Text: "In 1990, Kuwait requested American military assistance.", Want: "REQUEST KWT>USA"},
		{Name: "not: reforms at home (news)", Text: "Zimbabwean opposition parties demanded Zimbabwean government reforms in 2000.", Want: "REQUEST ZWE>ZWE"},
		{Name: "not: a resignation at home (news)", Text: "Opposition parties in Kenya are demanding the resignation of the cabinet.", Want: "REQUEST KEN>KEN"},
	})
}
