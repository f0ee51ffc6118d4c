package event_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// checkDyads runs each case and compares the dyads of its asserted events
// of the categories only names (all when nil).
func checkDyads(t *testing.T, only []string, cases []stagetest.Case) {
	t.Helper()
	stagetest.Check(t, cases, func(t *testing.T, v *extract.Vocabulary, s string) string {
		var got []string
		for _, e := range stagetest.Findings(t, v, s).Events {
			if e.Mode == "" && (only == nil || slices.Contains(only, e.Category)) {
				got = append(got, stagetest.Dyad(e))
			}
		}
		return strings.Join(got, "; ")
	})
}

// TestCommanderOwnSideAct: a commander (a person the actor stage gives
// sector MIL) who requests, agrees or cooperates with no other party
// named acts within his own side: no event of his state's (events54,
// actors38's held-out reading). One who acts on another, or a state with
// no target, stays coded. Sentences of our own, from histories of the
// world wars and news of Afghanistan and Iraq.
func TestCommanderOwnSideAct(t *testing.T) {
	checkDyads(t, []string{"REQUEST", "AGREE", "COOPERATE"}, []stagetest.Case{
		{Name: "reinforcements from his leader (history)", Text: "In 1942 Rommel requested reinforcements from Hitler.", Want: ""},
		{Name: "more troops (news)", Text: "In 2009 General McChrystal requested 40,000 more troops.", Want: ""},
		{Name: "two commanders agreed (history)", Text: "In 1944 Zhukov and Konev agreed that the offensive should wait.", Want: ""},
		{Name: "not: another state asked (history)", Text: "In 1950 MacArthur asked Britain for more troops.", Want: "REQUEST USA>GBR"},
		{Name: "not: help from another state (news)", Text: "In 2009 McChrystal requested help from Pakistan.", Want: "REQUEST USA>PAK"},
		{Name: "not: a state's request (history)", Text: "In 1942 Germany requested reinforcements from Italy.", Want: "REQUEST DEU>ITA"},
	})
}

// TestCommanderTopicNoAct: a mutual event noun that is neither a predicate
// nor a light verb's object is a commander's topic, no act of his state's
// ("wrote on the fighting", "outlined a plan to win the war"); a light
// verb's object stays his act.
func TestCommanderTopicNoAct(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "THREATEN"}, []stagetest.Case{
		{Name: "wrote on the fighting (history)", Text: "In 1917 Ludendorff wrote on the fighting in Flanders.", Want: ""},
		{Name: "a plan to win the war (news)", Text: "In 2003 General Franks outlined a plan to win the war.", Want: ""},
		{Name: "not: launched an offensive (history)", Text: "In 1918 Ludendorff launched an offensive against France.", Want: "ASSAULT DEU>FRA"},
	})
}

// TestModifierParticipleNoObject: a participle after a determiner, or glued
// by a hyphen to a word after one, modifies the actor after it ("the
// nearly-surrounded Italians", "the encircled Ukrainian troops"): that actor is
// the subject of the verb that follows, no object of the participle; a
// hyphenated verb with no determiner ("out-numbered the Italians") keeps its
// object. Sentences of our own, from histories and news.
func TestModifierParticipleNoObject(t *testing.T) {
	checkDyads(t, []string{"RETREAT", "ASSAULT"}, []stagetest.Case{
		{Name: "the nearly-surrounded (history)", Text: "In 1941 British forces recaptured Bardia; and the nearly-surrounded Italians rapidly retreated west.", Want: "RETREAT ITA>"},
		{Name: "the encircled (news)", Text: "In 2014 Russian forces surrounded Ilovaisk and the encircled Ukrainian troops withdrew.", Want: "RETREAT UKR>"},
		{Name: "not: out-numbered (history)", Text: "In 1941 British forces out-numbered the Italians and then counterattacked.", Want: "ASSAULT GBR>ITA"},
		{Name: "not: a verb with no determiner (history)", Text: "In 1942 the Germans encircled Soviet troops and destroyed them.", Want: "ASSAULT DEU>SUN"},
	})
}

// TestPersonsRequestNoTarget: a request that a person's pronoun owns ("his
// request for more troops") and that names no one asked is made within
// his own side; one that names the state asked stays REQUEST.
func TestPersonsRequestNoTarget(t *testing.T) {
	checkDyads(t, []string{"REQUEST"}, []stagetest.Case{
		{Name: "his request for tanks (history)", Text: "In 1942 Rommel was in trouble because his request for more tanks had been leaked.", Want: ""},
		{Name: "his request for troops (news)", Text: "In 1968 the general was criticised because his request for 20,000 more troops had reached the press.", Want: ""},
		{Name: "not: his request to a state (history)", Text: "In 1973 Sadat repeated his request to the Soviet Union for arms.", Want: "REQUEST EGY>SUN"},
		{Name: "not: a state's own request (news)", Text: "In 1990 Kuwait said that their request for help had been sent.", Want: "REQUEST KWT>"},
	})
}

// TestDateEndsPrepositionList: a preposition's list of names ("south of
// Batum and Baku") ends at a date's name: the actor after "until December
// and" opens a clause of its own and is its verb's subject, not the
// subject of the clause before ("hold the line until March and
// Kitchener proposed"). Sentences of our own, from histories and news.
func TestDateEndsPrepositionList(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "AGREE"}, []stagetest.Case{
		{Name: "until a month (history)", Text: "In 1941 Britain held out alone until June and Germany attacked the Soviet Union.", Want: "ASSAULT DEU>SUN"},
		{Name: "until a month (news)", Text: "In 2020 the ceasefire held until September and Azerbaijan attacked Armenia.", Want: "ASSAULT AZE>ARM"},
		{Name: "not: a list of places (history)", Text: "In 1918 Turkish troops advanced south of Batum and Baku and attacked Armenia.", Want: "ASSAULT TUR>AZE; ASSAULT TUR>ARM"},
	})
}

// TestResearchObjectNoEvent: an event noun in the object of a verb whose
// subject is the paper or its authors, naming no one acted on, is a kind
// of act the paper studies, no event (review30 finding 10); one that names
// its target, a "that" clause, and an actor's own comparing stay events.
// Sentences of our own, from a journal article's abstract and a book's
// introduction.
func TestResearchObjectNoEvent(t *testing.T) {
	checkDyads(t, []string{"ASSAULT"}, []stagetest.Case{
		{Name: "this article compares (article)", Text: "This article compares French and British interventions in Africa.", Want: ""},
		{Name: "we survey (book)", Text: "In this chapter we survey Soviet and Cuban interventions in the 1970s.", Want: ""},
		{Name: "not: a target named (article)", Text: "This paper examines the Soviet invasion of Afghanistan in 1979.", Want: "ASSAULT SUN>AFG"},
		{Name: "not: a that clause (book)", Text: "This book argues that the Soviet invasion of Afghanistan in 1979 failed.", Want: "ASSAULT SUN>AFG"},
		{Name: "not: a subject that is no paper (news)", Text: "In 2013 France and Britain stepped up their interventions in Africa.", Want: "ASSAULT FRA,GBR>"},
	})
}

// TestQuantifiedLightNoun: a preposition before a number that counts the
// event noun after a light verb ("carried out more than 200 airstrikes",
// "conducted over 100 air strikes") is part of the noun's phrase: the noun
// stays the light verb's object and the act the subject's (review30
// finding 11); a preposition before a noun that is no count still ends the
// light verb's reach. Sentences of our own, from news and a history.
func TestQuantifiedLightNoun(t *testing.T) {
	checkDyads(t, []string{"ASSAULT"}, []stagetest.Case{
		{Name: "more than (news)", Text: "In 2017 the United States carried out more than 200 airstrikes against al-Shabaab.", Want: "ASSAULT USA>ALSHABAAB"},
		{Name: "over (history)", Text: "In 1944 Britain carried out over 300 raids against Germany.", Want: "ASSAULT GBR>DEU"},
		{Name: "not: a count after the noun (news)", Text: "In 2016 Russia conducted exercises with over 100 aircraft near Syria.", Want: ""},
		{Name: "not: reports of the strikes (news)", Text: "The reports of more than 200 airstrikes surprised Britain.", Want: ""},
	})
}

// TestWithArmedIsMeans: "with" + an actor that modifies an armed noun
// ("with Turkish drones", "with Soviet tanks") names the means of a
// one-sided act, never its target (review30 finding 2); after a mutual
// act ("clashed with Armenian troops", "fought a war with Saudi troops")
// or a cooperation the "with" names the other side. Sentences of our own,
// from news of the Caucasus and a history of the Korean War.
func TestWithArmedIsMeans(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "COOPERATE"}, []stagetest.Case{
		{Name: "an offensive with drones (news)", Text: "In 2020 Azerbaijan launched an offensive with Turkish drones.", Want: ""},
		{Name: "attacked with tanks (history)", Text: "In 1950 North Korea attacked with Soviet tanks.", Want: ""},
		{Name: "a noun's with (news)", Text: "The Azerbaijani offensive with Turkish drones began in 2020.", Want: ""},
		{Name: "not: a named target (history)", Text: "In 1950 North Korea attacked South Korea with Soviet tanks.", Want: "ASSAULT PRK>KOR"},
		{Name: "not: clashed with troops (news)", Text: "In 2020 Azerbaijan clashed with Armenian troops.", Want: "ASSAULT AZE>ARM"},
		{Name: "not: a war with troops (history)", Text: "In 1991 Iraq fought a war with Saudi troops.", Want: "ASSAULT IRQ>SAU"},
		{Name: "not: cooperated with forces (news)", Text: "In 2003 Britain cooperated with American forces in Iraq.", Want: "COOPERATE GBR>USA"},
	})
}

// TestAskingRecipientIsNoAsker: a participle of asking right after the
// state it is addressed to ("reported to the French
// garrison, asking for water") is no act of that state's, even when the
// paragraph's topic is that state; with no sender coded no one asks. A
// sender named keeps the request ("Kuwait sent envoys to Washington
// requesting aid"). Sentences of our own, from a history of the French
// conquest of Algeria, a history of the Persian wars and news.
func TestAskingRecipientIsNoAsker(t *testing.T) {
	checkDyads(t, []string{"REQUEST"}, []stagetest.Case{
		{Name: "captives to the garrison (history)", Text: "France invaded Algeria in 1830. Many of the captives, the moment they were released, reported to the French garrison, asking for water.", Want: ""},
		{Name: "refugees to the authorities (news)", Text: "In 2015 Germany opened its borders. They went to the German authorities, requesting asylum.", Want: ""},
		{Name: "emissaries of an uncoded city (history)", Text: "In 479 BC Athens, along with Megara, sent emissaries to Sparta demanding assistance.", Want: ""},
		{Name: "not: envoys of a state (news)", Text: "In 1990 Kuwait sent envoys to Washington requesting aid.", Want: "REQUEST KWT>USA"},
		{Name: "not: a delegation (history)", Text: "In 1979 the Afghan government sent a delegation to Moscow, requesting troops.", Want: "REQUEST AFG>RUS"},
	})
}

// TestOwnActPassiveNotDomestic: a passive whose subject is a state's own
// act ("the Soviet counter-offensive", "the Serbian offensive") and whose
// agent is of that state acts on no one at home: no X>X. An uprising or a
// protest crushed by its own state's forces stays domestic, and an act
// condemned by another state stays on the actor.
// Sentences of our own, from histories and news.
func TestOwnActPassiveNotDomestic(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "ACCUSE"}, []stagetest.Case{
		{Name: "a counter-offensive boosted (history)", Text: "In 1941 the Soviet counter-offensive was boosted by Georgy Zhukov's arrival.", Want: ""},
		{Name: "an offensive joined (news)", Text: "In 1999 the Serbian offensive was joined by Serbian police.", Want: ""},
		{Name: "not: an uprising crushed (news)", Text: "In 2011 the Syrian uprising was crushed by Syrian troops.", Want: "ASSAULT SYR>SYR"},
		{Name: "not: a revolt crushed by another (history)", Text: "In 1956 the Hungarian revolt was crushed by Soviet troops.", Want: "ASSAULT SUN>HUN"},
		{Name: "not: an invasion condemned (history)", Text: "In 1979 the Soviet invasion was condemned by the United States.", Want: "ACCUSE USA>SUN"},
	})
}
