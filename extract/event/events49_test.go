package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// A word of a time expression is no trigger ("on 24 March 1999"); the verb
// "march" outside one still is. Sentences of our own.
func TestTimexWordNoTrigger(t *testing.T) {
	checkCases(t, []roleCase{
		{"a month in a full date (news)",
			"NATO bombed Serbia on 24 March 1999 against the wishes of Russia.",
			"ASSAULT NATO>SRB"},
		{"a month in a full date (history)",
			"Iraq attacked Iran on 22 September 1980, and on 5 March 1981 Iran attacked Iraq.",
			"ASSAULT IRQ>IRN; ASSAULT IRN>IRQ"},
		{"not: another month in a full date (history)",
			"Germany invaded Poland on 1 September 1939 from the west.",
			"ASSAULT DEU>POL"},
		{"not: the verb march (news)",
			"Taliban troops march on Kabul.",
			"ASSAULT TALIBAN>AFG"},
		{"not: a date before the verb (history)",
			"On 15 May 1948 Egypt attacked Israel.",
			"ASSAULT EGY>ISR"},
	}, eventDyads)
}

// An actor that labels the noun of a definite time phrase ("after the
// Bangladesh war") is no party of the verb; "and" with a subject, an aside
// and a verb of its own opens a new clause, and so does "and X sided with"
// or "and X responded by ...". Sentences of our own.
func TestOtherClauseSides(t *testing.T) {
	checkCases(t, []roleCase{
		{"a time phrase's label (paper)",
			"India and Pakistan signed the accord in 1972, a year after the Bangladesh war.",
			"SUPPORT IND,PAK>"},
		{"a time phrase's label (history)",
			"The Security Council met after the Iraqi invasion of Kuwait and condemned Iraq.",
			"CONSULT UN>; ACCUSE UN>IRQ"},
		{"an aside after the new subject (history)",
			"Britain dispatched a naval task force, and the United States, after Haig's shuttle diplomacy failed, sided with London.",
			"MOBILIZE GBR>; SUPPORT USA>GBR"},
		{"a new subject and a verb before 'by' and a gerund (paper)",
			"The United States deployed missiles in June 2002, and Russia responded by abandoning START II.",
			"MOBILIZE USA>"},
		{"a new subject and a verb before 'by' and a gerund (history)",
			"Germany occupied the Rhineland in 1936, and France responded by mobilising its reserves.",
			"MOBILIZE FRA>"},
		{"not: a clause before the addressee (news)",
			"Syria demanded talks before Israel attacks Lebanon.",
			"REQUEST SYR>ISR"},
		{"a new subject and a verb before 'with' (news)",
			"Britain dispatched a naval task force in April, and the United States sided with London.",
			"MOBILIZE GBR>; SUPPORT USA>GBR"},
		{"not: a new clause is found as before (news)",
			"Egypt mobilised its reserves, and Israel attacked Syria.",
			"MOBILIZE EGY>; ASSAULT ISR>SYR"},
		{"not: an object before the time phrase (history)",
			"The United States imposed sanctions on Iraq after the invasion of Kuwait.",
			"SANCTION USA>IRQ"},
	}, eventDyads)
}

// An object that a possessive pronoun opens belongs to the pronoun's
// actor: an act of force on it acts on that owner, other than the source
// ("bombed its embassy"); another act on it ("lifted its sanctions") is on
// the source's own thing, and neither a place after it nor the source's
// home is the target. Sentences of our own.
func TestPossessedObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"an owner other than the source (news)",
			"China protested after NATO bombed its embassy in Belgrade.",
			"ACCUSE CHN>; ASSAULT NATO>CHN"},
		{"an owner other than the source (history)",
			"The United States imposed sanctions on Iran, and Iran attacked its tankers in the Gulf.",
			"SANCTION USA>IRN; ASSAULT IRN>USA"},
		{"the source's own thing (paper)",
			"Washington lifted its sanctions in July 1991.",
			"CONCEDE USA>"},
		{"not: a named target (news)",
			"Israel withdrew its troops from Lebanon in 2000.",
			"RETREAT ISR>LBN"},
		{"not: a person's thing (news)",
			"The exiled poet moved to France after Chilean censors banned his book.",
			"COERCE CHL>CHL"},
		{"not: a domestic act with no possessive (news)",
			"Police in Egypt arrested protesters in Cairo.",
			"COERCE EGY>EGY"},
	}, eventDyads)
}

// A past condition contrary to fact, "Had X (not) V-ed" or "If X had
// (not) V-ed" before a consequent with "would/might have", states the
// opposite of what it says: a negated act was done, an affirmed one was
// not; the consequent is supposed. A present condition and a past one
// with no such consequent keep their modes. Sentences of our own.
func TestPastCounterfactual(t *testing.T) {
	checkCases(t, []roleCase{
		{"a negated inverted condition (paper)",
			"Had Russia not pressed Belgrade to yield, the alliance might have launched a ground invasion.",
			"REQUEST RUS>SRB"},
		{"a negated inverted condition (history)",
			"Had Israel not attacked Egypt in 1967, Egypt would have attacked Israel.",
			"ASSAULT ISR>EGY; ASSAULT EGY>ISR hypothetical"},
		{"an affirmed if-condition (history)",
			"If Germany had invaded Britain in 1940, the United States would have entered the war.",
			"ASSAULT DEU>GBR negated; ASSAULT USA> hypothetical"},
		{"an affirmed inverted condition (paper)",
			"Had Britain recognised Croatia earlier, the war might have ended.",
			"SUPPORT GBR>HRV negated"},
		{"not: a present condition (news)",
			"If Iraq invades Kuwait, the United States will attack Iraq.",
			"ASSAULT IRQ>KWT hypothetical; ASSAULT USA>IRQ hypothetical"},
		{"not: a past perfect after a time word (history)",
			"After Germany had invaded Poland, Britain declared war on Germany.",
			"ASSAULT DEU>POL; ASSAULT GBR>DEU"},
		{"not: no consequent of supposition (paper)",
			"If Iraq had invaded Kuwait, it was because Kuwait had stolen its oil.",
			"ASSAULT IRQ>KWT hypothetical"},
	}, modedDyads)
}

// "commit", "oblige" and "bind" an actor to act (appeal.txt) ask for the
// act of their infinitive; it is not done. Their other senses ("committed
// troops to the front") are no appeal. Sentences of our own.
func TestObligationAppeal(t *testing.T) {
	checkCases(t, []roleCase{
		{"commit X to (paper)",
			"The treaty did not commit Moscow to fight, but it deterred China.",
			""},
		{"oblige X to (history)",
			"In 1954 the treaty obliged the United States to defend Taiwan.",
			""},
		{"commit oneself to (history)",
			"The United States committed itself to defend South Korea in 1953.",
			""},
		{"not: a negated act after bound (news)",
			"Egypt was bound by the treaty and did not attack Israel.",
			"ASSAULT EGY>ISR negated"},
	}, modedDyads)
}

// A date before a comma yields to the verb's own date after it, before
// any "and" or comma, however long the object between ("signed arms
// contracts worth $4 billion with Moscow in 2007"); with none after it,
// the date before the comma still dates the verb. Sentences of our own.
func TestOwnDateAfterLongObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a long object before the date (news)",
			"Venezuela purchased Su-30 aircraft from Russia in 2006, and Caracas signed arms contracts worth $4 billion with Moscow in 2007.",
			"military_cooperation=2006 sign_agreement=2007"},
		{"a long object before the date (history)",
			"Iraq invaded Iran in 1980, and France sold arms worth $5 billion to Baghdad in 1983.",
			"invasion=1980 arms_sale=1983"},
		{"not: no date of its own (history)",
			"In 1939, Germany invaded Poland, and Britain declared war on Germany.",
			"invasion=1939 war=1939"},
		// dating33 (review30 finding 5): "and" or "but" before a verb with a
		// date of its own after it counts as the comma does
		{"and: the joined verb's own date (paper)",
			"Finland applied for NATO membership in May 2022 and joined the alliance on 4 April 2023.",
			"join_alliance=2023-04-04"},
		{"and: the joined verb's own date (history)",
			"Sweden applied for membership in 2022 and joined NATO in 2024.",
			"join_alliance=2024"},
		{"but: the joined verb's own date, as before (history)",
			"Greece protested to Turkey in 1955 but signed a treaty with Ankara in 1959.",
			"protest=1955 sign_agreement=1959"},
		{"not: and with no date after the verb (history)",
			"Japan attacked China in July 1937 and occupied Nanjing.",
			"attack=1937-07 occupy=1937-07"},
		{"not: and joins the subjects (news)",
			"In May 2022 Finland and Sweden applied to join NATO.",
			"join_alliance=2022-05"},
	}, eventDates)
}

// A negated act takes no date that a clause preposition opens ("did not
// attack until 1973"): the bound of a time in which it was not done. A
// negated act's other date stays, and so does a date a "bound" preposition
// opens ("has not fought a war since 1870"): the dating stage decides what a
// since-date dates (extract's DateEvents leaves this one undated; tested
// there). Sentences of our own.
func TestBoundDateOfNegation(t *testing.T) {
	checkCases(t, []roleCase{
		{"since, left to dating (paper)",
			"Brazil has not fought an interstate war since 1870.",
			"war=1870"},
		{"since, left to dating (news)",
			"Britain has not imposed sanctions on Israel since 1982.",
			"sanction=1982"},
		{"until (history): done then (events58, untilDate)",
			"Egypt did not attack Israel until 1973.",
			"attack=1973"},
		{"not: a date in (news)",
			"In 1990 Iraq did not attack Saudi Arabia.",
			"attack=1990"},
		{"not: an act asserted (history)",
			"Since 1991 the United States has imposed sanctions on Cuba.",
			"sanction=1991"},
	}, func(t *testing.T, v *extract.Vocabulary, s string) string {
		return renderEvents(t, v, s, " ", func(e event.Span) (string, bool) { return e.Subtype + "=" + e.Date, true })
	})
}

// "Neither A nor B" names two subjects, both negated (joiners.txt "nor";
// a determiner may stand after "neither"). Sentences of our own.
func TestNeitherNor(t *testing.T) {
	checkCases(t, []roleCase{
		{"two capitals (paper)",
			"Neither Washington nor Beijing sent troops to Pakistan in 1971.",
			"AID USA>PAK negated; AID CHN>PAK negated"},
		{"a determiner after neither (history)",
			"In 1971 neither the United States nor China attacked India.",
			"ASSAULT USA,CHN>IND negated"},
		{"two objects (news)",
			"India did not recognise Israel nor Taiwan.",
			"SUPPORT IND>ISR,TWN negated"},
		{"not: a clause after nor (history)",
			"Egypt did not attack Israel, nor did Syria.",
			"ASSAULT EGY>ISR negated"},
	}, modedDyads)
}

// Gapping: after a thing for the object, "and" with an actor and a date
// and no verb, up to the end of the clause, is a second subject of the
// verb left out, not its object. After an actor for the object the
// remnant is a second object, and a remnant with more than a date is not
// read as one. Sentences of our own.
func TestGappedSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"a thing object (news)",
			"Finland joined the alliance in April 2023 and Sweden in March 2024.",
			"COOPERATE FIN>"},
		{"a thing object, a comma after (history)",
			"Egypt signed the treaty in March 1979 and Jordan in October 1994, and peace held.",
			"SUPPORT EGY>"},
		{"not: an actor object (history)",
			"Hungary joined NATO in 1999 and Romania in 2004.",
			"COOPERATE HUN>NATO"},
		{"not: an actor object, a second object (history)",
			"Germany invaded Poland in 1939 and the Soviet Union in 1941.",
			"ASSAULT DEU>POL"},
	}, eventDyads)
}

// An act in the phrase of a noun of ending or curbing and its preposition
// (modality.tsv's termination: "a cutoff of", "an end to", "restrictions
// on") is cut off or held back: no record (PLOVER). "The end of" names a
// time. Sentences of our own.
func TestTerminatedAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"an end to aid (history)",
			"President de Gaulle declared an end to the Algerian War and all French aid to the settlers of Algeria.",
			""},
		{"a cutoff of aid (news)",
			"In 1965 Washington announced a total cutoff of military aid to Pakistan and India.",
			""},
		{"not: the end of a time (history)",
			"At the end of the war, Britain sent aid to Greece.",
			"AID GBR>GRC"},
		{"not: aid given (news)",
			"The United States gave military aid to Pakistan in 1965.",
			"AID USA>PAK"},
	}, eventDyads)
}
