package event_test

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract"
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestPairSubjectParagraph: a subject "the two leaders", "the two states"
// that the actor stage leaves unread (a noun it does not know, a pair
// named more than two sentences back) stands for the pair the paragraph
// last named (pairSubjects). Not after a third state named since, not a
// countable noun of no pair ("the two divisions"), not one "of" follows,
// not a capital that is only a venue. Sentences of our own, from a
// history of the Camp David accords, a paper on India and Pakistan, news
// of the Horn of Africa and a history of the Middle East; "then" and "so"
// open such a subject as "and" does (syntax subjectopeners.txt); "both"
// opens the pair as "the two" does (syntax pairopeners.txt).
func TestPairSubjectParagraph(t *testing.T) {
	checkDyads(t, []string{"CONSULT", "AGREE", "SUPPORT"}, []stagetest.Case{
		{Name: "the two leaders met (history)", Text: "Israel and Egypt fought in 1973. The two leaders met at Camp David in September 1978.", Want: "CONSULT ISR,EGY>"},
		{Name: "the two leaders agreed (paper)", Text: "India and Pakistan fought in 1999. The two leaders agreed to resume talks in 2001.", Want: "AGREE IND,PAK>"},
		{Name: "a pair three sentences back (news)", Text: "Ethiopia and Eritrea fought a border war in 1998. Thousands died. The front moved twice. A final offensive began in May 2000. The two states signed a ceasefire on 18 June 2000.", Want: "SUPPORT ETH,ERI>"},
		{Name: "a venue is no side (news)", Text: "Ethiopia and Eritrea fought a border war in 1998. Fighting resumed in May 2000, after talks in Algiers had collapsed, and Ethiopian forces broke through. The two states signed a ceasefire on 18 June 2000.", Want: "SUPPORT ETH,ERI>"},
		{Name: "two named in the sentence (history)", Text: "Israel fought Syria in 1973. In 1974 Egypt wrote to Jordan, and the two leaders met in Cairo.", Want: "CONSULT EGY,JOR>"},
		{Name: "two named in the sentence, after then (news)", Text: "Israel fought Syria in 1973. In 1993 Israel wrote to Jordan, then the two leaders met in Washington.", Want: "CONSULT ISR,JOR>"},
		{Name: "two named in the sentence, after so (paper)", Text: "India fought China in 1962. In 1972 India wrote to Pakistan, so the two leaders met in Simla.", Want: "CONSULT IND,PAK>"},
		{Name: "both leaders met (history)", Text: "Israel and Egypt fought in 1973. Both leaders met at Camp David in September 1978.", Want: "CONSULT ISR,EGY>"},
		{Name: "both leaders agreed (paper)", Text: "India and Pakistan fought in 1999. Both leaders agreed to resume talks in 2001.", Want: "AGREE IND,PAK>"},
		{Name: "not: two persons in the sentence (history)", Text: "India and China fought in 1962. Nehru wrote to Kennedy, and the two countries met in 1963.", Want: "CONSULT IND>"},
		{Name: "not: a third state since (history)", Text: "Syria and Jordan met in Amman in 1970. Britain, France and Italy watched closely. The two states signed a pact in 1971.", Want: "CONSULT SYR,JOR>"},
		{Name: "not: three named with the pair (history)", Text: "Unlike France, Spain refused to recognize the United States in 1778. Both countries had quietly provided money to the rebels since 1776.", Want: ""},
		{Name: "not: of the opposition (paper)", Text: "India and Pakistan fought in 1965. The two leaders of the opposition met in 1966.", Want: ""},
		{Name: "not: another paragraph (news)", Text: "Israel and Egypt fought in 1973.\n\nThe two leaders met at Camp David in September 1978.", Want: ""},
	})
}

// TestThingSubjectEndsTopic: a sentence with no actor whose subject is
// "The" and a common noun ("The resolution was adopted", "The conference
// collapsed") ends the paragraph's topic: an "It" after it is that thing,
// no actor (openingThing). A sentence that names an actor, or opens
// otherwise, keeps it. Sentences of our own, from a paper on Resolution
// 242 and a history of the Ruhr crisis.
func TestThingSubjectEndsTopic(t *testing.T) {
	checkDyads(t, []string{"REQUEST", "ACCUSE"}, []stagetest.Case{
		{Name: "the resolution (paper)", Text: "Britain proposed a draft resolution to the Council in November 1967. The resolution was adopted unanimously on 22 November 1967. It called for the withdrawal of Israeli forces.", Want: ""},
		{Name: "the conference (history)", Text: "France demanded reparations from Germany in 1921. The conference collapsed in 1922. It condemned Germany in 1922.", Want: "REQUEST FRA>DEU"},
		{Name: "finite 'is' before no -ed form (paper)", Text: "Britain proposed a draft resolution to the Council in November 1967. The resolution is now law. It called for the withdrawal of Israeli forces.", Want: ""},
		{Name: "finite 'have' before no -ed form (history)", Text: "France demanded reparations from Germany in 1921. The talks have no future. It condemned Germany in 1922.", Want: "REQUEST FRA>DEU"},
		{Name: "not: no 'The' (history)", Text: "Britain protested to Israel in 1967. Later the talks failed. It condemned Israel in 1968.", Want: "ACCUSE GBR>ISR; ACCUSE GBR>ISR"},
		{Name: "not: an actor's noun (paper)", Text: "Britain protested to Israel in 1967. The British government was angry. It condemned Israel in 1968.", Want: "ACCUSE GBR>ISR; ACCUSE GBR>ISR"},
		{Name: "not: a preposition after the noun (paper)", Text: "Britain protested to Israel in 1967. The situation in the region worsened. It condemned Israel in 1968.", Want: "ACCUSE GBR>ISR; ACCUSE GBR>ISR"},
	})
}

// checkModes is checkDyads with every event's date and mode: "CAT
// SRC>TGT DATE [mode]".
func checkModes(t *testing.T, only []string, cases []stagetest.Case) {
	t.Helper()
	stagetest.Check(t, cases, func(t *testing.T, v *extract.Vocabulary, s string) string {
		var got []string
		for _, e := range stagetest.Findings(t, v, s).Events {
			if only == nil || slices.Contains(only, e.Category) {
				g := stagetest.Dyad(e) + " " + e.Date
				if e.Mode != "" {
					g += " " + e.Mode
				}
				got = append(got, g)
			}
		}
		return strings.Join(got, "; ")
	})
}

// TestNotUntilDate: "not VERB ... until DATE" says the act was done at
// DATE (untilDate): asserted, dated DATE. "until" before no date keeps the
// negation (an act "until DATE" not negated is a stance the date ends:
// dating's TestUntilEndsStance). "till" is read as "until" (syntax
// deadlines.txt). Sentences of our own, from a paper on the Sino-Soviet
// border, a history of the Arab-Israeli wars and news of Cambodia.
func TestNotUntilDate(t *testing.T) {
	checkModes(t, []string{"RETREAT", "SUPPORT", "REJECT"}, []stagetest.Case{
		{Name: "did not withdraw until (history)", Text: "Israel did not withdraw from Sinai until 1982.", Want: "RETREAT ISR> 1982"},
		{Name: "did not sign until (paper)", Text: "China did not sign a border agreement with the Soviet Union until May 1991.", Want: "SUPPORT CHN>SUN 1991-05"},
		{Name: "not: until a clause (history)", Text: "Israel did not withdraw until it was forced to in 1957.", Want: "RETREAT ISR> 1957 negated"},
		{Name: "not: no until (paper)", Text: "China did not sign a border agreement with the Soviet Union in 1969.", Want: "SUPPORT CHN>SUN 1969 negated"},
		{Name: "not: until past a comma (paper)", Text: "China did not sign the agreement in 1969, and talks went on until 1991.", Want: "SUPPORT CHN> 1969 negated"},
		{Name: "did not withdraw till (news)", Text: "Vietnam did not withdraw its troops from Cambodia till September 1989.", Want: "RETREAT VNM>KHM 1989-09"},
		{Name: "not: till a clause (news)", Text: "Vietnam did not withdraw its troops from Cambodia till it was forced to in 1989.", Want: "RETREAT VNM>KHM 1989 negated"},
	})
}

// TestPreventedAct: an act a verb of prevention stops ("prevented Iraq
// from seizing", "kept the Turks from crossing") was not done (prevented,
// modality.tsv's class prevention). A denied prevention, and "from" with
// no such verb, keep it. Sentences of our own, from a history of the
// Polish-Soviet war and news of the Gulf.
func TestPreventedAct(t *testing.T) {
	checkModes(t, []string{"COERCE", "ASSAULT"}, []stagetest.Case{
		{Name: "prevented from seizing (history)", Text: "In 1920 a Polish force prevented the Soviet cavalry from seizing Lwów.", Want: "COERCE POL>SUN 1920 negated"},
		{Name: "stopped from seizing (news)", Text: "In 1961 Britain stopped Iraq from seizing Kuwait.", Want: "COERCE GBR>KWT 1961 negated"},
		{Name: "not: seized (news)", Text: "Iraq seized Kuwait in 1990.", Want: "COERCE IRQ>KWT 1990"},
		{Name: "not: from as a source (history)", Text: "In 1920 the Soviet cavalry retreated from Lwów after seizing Kiev.", Want: "COERCE SUN>UKR 1920"},
	})
}

// TestAgainstNoPartner: an actor after "against" that follows a
// cooperative act's object ("assembled a coalition against Iraq") is no
// partner: the act readies force against it, MOBILIZE (opposedAfter).
// "against" right after the verb ("defend against"), a possessive
// ("credit against Iraq's revenues") and a partner named before it keep
// the act. Sentences of our own, from a paper on the Gulf war and a
// history of the Afghan war.
func TestAgainstNoPartner(t *testing.T) {
	checkDyads(t, []string{"SUPPORT", "COOPERATE", "MOBILIZE", "AGREE"}, []stagetest.Case{
		{Name: "a coalition against (paper)", Text: "In August 1990 the United States assembled a coalition against Iraq.", Want: "MOBILIZE USA>IRQ"},
		{Name: "operations against (history)", Text: "In May 1985 the mujahideen began to coordinate their operations against the Soviet army.", Want: "MOBILIZE MUJAHIDEEN>SUN"},
		{Name: "not: a partner before (history)", Text: "In 1939 Britain signed an alliance with Poland against Germany.", Want: "SUPPORT GBR>POL"},
		{Name: "not: a possessive (paper)", Text: "In 1991 Japan promised $5 billion in loans against Egypt's future gas revenues.", Want: "AGREE JPN>EGY"},
	})
}

// TestTitledObjectPlace: a place after an object a title opens ("killed
// General Qassem Soleimani in Baghdad") is where the act was done, not the
// state acted on (titledObject). Sentences of our own, from news of Iraq
// and a history of the Second World War.
func TestTitledObjectPlace(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "COERCE"}, []stagetest.Case{
		{Name: "a general killed in a capital (news)", Text: "In January 2020 an American drone strike killed General Qassem Soleimani in Baghdad.", Want: "ASSAULT USA>IRN"}, // the general is Iran's (actors42), the capital no target
		{Name: "a general killed in a city (history)", Text: "In 1942 British agents killed General Reinhard Heydrich in Prague.", Want: ""},
		{Name: "not: a coded president (news)", Text: "In 2003 American troops captured President Saddam Hussein in Tikrit.", Want: "COERCE USA>IRQ"},
		{Name: "not: a city bombed (news)", Text: "In 1999 NATO bombed Belgrade.", Want: "ASSAULT NATO>SRB"},
	})
}
