package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// A form in -ed between a number that counts and the noun it modifies is an
// adjective ("1,550 deployed warheads"); a year before a verb is a time, and
// a verb with a count for its object still acts. Sentences of our own.
func TestCountedParticiple(t *testing.T) {
	checkCases(t, []roleCase{
		{"a count before a participle (paper)",
			"Russia and the United States cut their 700 deployed launchers by 2018.",
			""},
		{"a count before a participle (news)",
			"NATO counted 40,000 mobilised reservists in Estonia.",
			""},
		{"not: a year before the verb (history)",
			"NATO in 1999 bombed targets in Serbia.",
			"ASSAULT NATO>SRB"},
		{"not: a count after the verb (news)",
			"In 1990 Iraq deployed 100,000 troops to the border with Kuwait.",
			"MOBILIZE IRQ>KWT"},
		{"not: a count in the subject (history)",
			"In 1973 Egypt and 2 allied states attacked Israel.",
			"ASSAULT EGY>ISR"},
	}, eventDyads)
}

// An actor in a contrast that commas set off ("Germany, unlike Japan,")
// is no subject: "unlike" is a preposition (prepositions.txt), as "like"
// is. Sentences of our own.
func TestUnlikeNoSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a contrast between subject and verb (history)",
			"Germany, unlike Japan, attacked the Soviet Union in 1941.",
			"ASSAULT DEU>SUN"},
		{"a contrast between subject and verb (news)",
			"Russia, unlike Georgia, invaded Ukraine in 2014.",
			"ASSAULT RUS>UKR"},
		{"a contrast after a list (paper)",
			"Britain and France, unlike the United States, declared war on Germany in 1939.",
			"ASSAULT GBR,FRA>DEU"},
		{"not: a fronted contrast (paper)",
			"Unlike Britain, France recognized China.",
			"SUPPORT FRA>CHN"},
		{"not: a likeness (history)",
			"Syria, like Egypt, attacked Israel in 1973.",
			"ASSAULT SYR>ISR"},
		{"not: a contrast after the object (history)",
			"Egypt attacked Israel in 1973, unlike Jordan, which stayed out.",
			"ASSAULT EGY>ISR"},
	}, eventDyads)
}

// A negated act after a contrast set off by commas ("unlike Japan")
// keeps the sentence's subject for its source and stays negated; the same
// contrast before an act that is not negated leaves it asserted. Sentences
// of our own, from a history of the Second World War and news of the war
// in Ukraine.
func TestUnlikeNegated(t *testing.T) {
	checkCases(t, []roleCase{
		{"a negated act after a contrast (history)",
			"Germany, unlike Japan, did not attack the Soviet Union in 1941.",
			"ASSAULT DEU>SUN negated"},
		{"a negated act after a contrast (news)",
			"Hungary, unlike Poland, did not send weapons to Ukraine in 2022.",
			"AID HUN>UKR negated"},
		{"not: no negation after the contrast (news)",
			"Poland, unlike Hungary, sent weapons to Ukraine in 2022.",
			"AID POL>UKR "},
	}, func(t *testing.T, v *extract.Vocabulary, s string) string {
		return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) { return dyad(e) + " " + e.Mode, true })
	})
}

// An armed actor's strikes (an army, an air force, a military alliance)
// are attacks, not a labour protest; workers' and miners' strikes stay
// protests. Sentences of our own.
func TestArmedStrikes(t *testing.T) {
	checkCases(t, []roleCase{
		{"an alliance's strikes (news)",
			"NATO began strikes against Serbia in March 1999.",
			"ASSAULT NATO>SRB"},
		{"an air force's strikes (history)",
			"In 1982 the Israeli air force began strikes against Syria.",
			"ASSAULT ISR>SYR"},
		{"an alliance's strikes, no target: no labour strike (news)",
			"NATO began strikes in March 1999.",
			""},
		{"not: workers' strikes (history)",
			"Workers in Poland began strikes in 1980.",
			"PROTEST POL>POL"},
		{"not: miners' strikes (news)",
			"Miners in Britain began strikes in 1984.",
			"PROTEST GBR>GBR"},
		{"not: an alliance that condemns strikes (paper)",
			"NATO condemned the strikes by Polish workers in 1980.",
			"ACCUSE NATO>POL"},
	}, eventDyads)
}

// An act told in the phrase of a refusal or threat that "during" opens is
// at the verb's own time: with no date in its phrase it takes the date
// before the verb (circumstance.txt, marked time). "for" and "after" may
// name an act of years before: no date. Sentences of our own.
func TestToldActTakesVerbTime(t *testing.T) {
	dated := func(t *testing.T, v *extract.Vocabulary, s string) string {
		return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) { return dyad(e) + " " + e.Date, e.Mode == "" })
	}
	checkCases(t, []roleCase{
		{"a refusal during a bombing (news)",
			"In 1999 Serbia refused talks during the NATO bombing of Serbia.",
			"REJECT SRB> 1999; ASSAULT NATO>SRB 1999"},
		{"a threat during an invasion (history)",
			"In 1980 Iran threatened retaliation during the Iraqi invasion of Iran.",
			"THREATEN IRN>IRQ 1980; ASSAULT IRQ>IRN 1980"},
		{"not: a threat for an invasion (history)",
			"In 1980 Iran threatened retaliation for the Iraqi invasion of Iran.",
			"THREATEN IRN>IRQ 1980; ASSAULT IRQ>IRN "},
		{"not: a refusal for a bombing (news)",
			"In 1999 Serbia refused talks for the NATO bombing of Serbia.",
			"REJECT SRB> 1999; ASSAULT NATO>SRB "},
		{"not: the phrase's own date (news)",
			"In 1999 Serbia refused talks during the NATO bombing of Serbia in March.",
			"REJECT SRB> 1999; ASSAULT NATO>SRB 1999-03"},
	}, dated)
}
