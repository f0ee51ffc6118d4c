package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// An event noun in the object of another verb whose definite phrase names
// its own agent and target is an act of its own that the verb takes as
// known (ownAct): "condemned the Iraqi invasion of Kuwait". One
// that is indefinite, planned, or the object of a verb that asks for or
// threatens it stays the verb's complement; one whose agent is the verb's
// subject completes the verb ("stopped its aid"). Sentences of our own.
func TestKnownActInObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"condemned a demonym's invasion (history)",
			"In August 1990 the Security Council of the UN condemned the Iraqi invasion of Kuwait.",
			"ACCUSE UN>IRQ; ASSAULT IRQ>KWT"},
		{"welcomed a demonym's invasion (essay)",
			"In 1939 Italy welcomed the German invasion of Poland.",
			"SUPPORT ITA>DEU; ASSAULT DEU>POL"},
		{"opposed a possessor's occupation (news)",
			"The Arab League opposed Israel's occupation of Lebanon in 1982.",
			"REJECT ARAB_LEAGUE>ISR; COERCE ISR>LBN"},
		{"protested a demonym's arms sales (news)",
			"China opposed the American arms sales to Taiwan in 1982.",
			"REJECT CHN>USA; COOPERATE USA>TWN"},
		{"not: an indefinite invasion (news)",
			"In 2003 Turkey opposed a U.S.-led invasion of Iraq.",
			"REJECT TUR>USA"},
		{"not: a planned invasion (history)",
			"Churchill opposed the planned Allied invasion of Norway in 1940.",
			"REJECT GBR>NOR"},
		{"not: an invasion asked for (history)",
			"The generals called for the Allied invasion of France in 1943.",
			""},
		{"not: plural offensives with no article (essay)",
			"Italy supported German offensives against Russia in 1941.",
			"SUPPORT ITA>DEU"},
		{"not: the verb's own agent (news)",
			"In 1965 Washington stopped its aid to Pakistan.",
			"SANCTION USA>PAK"},
	}, eventDyads)
}

// A known act is dated by its own words only: a date after the verb, in
// its clause, with no comma between; the verb's date before it is the
// telling's, not the act's. Sentences of our own.
func TestKnownActDate(t *testing.T) {
	checkCases(t, []roleCase{
		{"a date after the act (essay)",
			"Italy supported the German invasion of Poland in 1939.",
			"cooperate=1939 invasion=1939"},
		{"the verb's date before it (news)",
			"In 1991 the UN condemned the Iraqi invasion of Kuwait.",
			"criticize=1991 invasion="},
		{"the verb's date past a comma (history)",
			"Moscow condemned the American bombing of Cambodia, in a note of May 1970.",
			"criticize=1970-05 attack="},
	}, eventDates)
}

// "X-led" before an event noun names its agent; a backer ("X-backed")
// does not. A possessor right after a verb is the noun's own agent.
// Sentences of our own.
func TestLedAndPossessorAgents(t *testing.T) {
	checkCases(t, []roleCase{
		{"X-led invasion (news)",
			"The Saudi-led invasion of Yemen began in March 2015.",
			"ASSAULT SAU>YEM"},
		{"X-led offensive (history)",
			"The NATO-led offensive against Serbia began in March 1999.",
			"ASSAULT NATO>SRB"},
		{"not: X-backed (history)",
			"The Soviet-backed offensive against Pakistan began in 1989.",
			""},
		{"a possessor after an infinitive's verb (history)",
			"In 1914 Berlin chose to back Vienna's invasion of Serbia.",
			"ASSAULT AUT>SRB"},
		{"a possessor after a verb (news)",
			"In 1999 Moscow denounced NATO's bombing of Serbia.",
			"ACCUSE RUS>NATO; ASSAULT NATO>SRB"},
	}, eventDyads)
}

// An event noun with a nationality before it is still in reach of the
// words before that ("feared a German invasion", "the planned German
// invasion", "no Soviet attack"); an indefinite one that opens its
// clause, with "could", "might" or "would be" after it, may happen.
// Sentences of our own.
func TestSupposedEventNoun(t *testing.T) {
	checkCases(t, []roleCase{
		{"feared past a nationality (history)",
			"In 1940 the British feared a German invasion of Britain.",
			"ASSAULT DEU>GBR hypothetical"},
		{"planned past a nationality (history)",
			"The planned German invasion of Britain was cancelled in 1940.",
			"ASSAULT DEU>GBR hypothetical"},
		{"indefinite subject, would be (news)",
			"An American invasion of Iraq would be costly, Britain warned in 2002.",
			"ASSAULT USA>IRQ hypothetical"},
		{"indefinite subject, could (news)",
			"A Chinese invasion of Taiwan could follow, Tokyo said in 2022.",
			"ASSAULT CHN>TWN hypothetical"},
		{"not: a definite subject begins (history)",
			"The German invasion of Poland began in September 1939.",
			"ASSAULT DEU>POL"},
		{"not: an indefinite subject began (history)",
			"A Soviet offensive against Berlin began in April 1945.",
			"ASSAULT SUN>DEU"},
		{"not: a history's would of what followed (history)",
			"A German invasion of Russia would follow in June 1941.",
			"ASSAULT DEU>RUS"},
	}, modedDyads)
}

// nounOrVerb renders each asserted event as its dyad and whether the
// coder read its trigger as a noun or a verb.
func nounOrVerb(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) {
		kind := "verb"
		if strings.HasPrefix(e.Rule, "event:noun") {
			kind = "noun"
		}
		return dyad(e) + " " + kind, e.Mode == ""
	})
}

// A word that is verb and noun after an article and a nationality is the
// noun ("the Iranian attack on Kuwait", "a British attack on the port"),
// its phrase's own act, unless an object follows it ("the Americans
// attack Iraq"). Sentences of our own.
func TestNationalityBeforeVerbNoun(t *testing.T) {
	checkCases(t, []roleCase{
		{"the nationality's attack, in another verb's object (news)",
			"In 1987 Iraq condemned the Iranian attack on Kuwait.",
			"ACCUSE IRQ>IRN verb; ASSAULT IRN>KWT noun"},
		{"a nationality's attack as the subject (history)",
			"A British attack on Germany failed in 1940.",
			"ASSAULT GBR>DEU noun"},
		{"a nationality's attack after a preposition (history)",
			"After a Serbian attack on Austria-Hungary in 1914, the front stalled.",
			"ASSAULT SRB>AUT noun"},
		{"not: a people and its verb with an object (news)",
			"The Americans attack Iraq every night, Baghdad said in 1991.",
			"ASSAULT USA>IRQ verb"},
		{"not: a nationality as a subject before a determiner (history)",
			"The Iraqi attack the Iranian port of Bandar Abbas in 1987.",
			"ASSAULT IRQ>IRN verb"},
	}, nounOrVerb)
}
