package event_test

import "testing"

// TestOutlookPredicate: an indefinite event noun that opens its clause,
// with a predicate of what is expected after "seemed" or a form of "be"
// (modality.tsv's class outlook: "likely", "imminent"), is what may
// happen; the same noun with an act of its own, or with the word in
// another clause, is told. Also a verb trigger used as a noun ("a Soviet
// attack"). Cases of our own, from a history and from news.
func TestOutlookPredicate(t *testing.T) {
	checkCases(t, []roleCase{
		{"an attack that seemed likely is no act (history)",
			"By 1980, a Soviet attack on Pakistan seemed likely.",
			""},
		{"an invasion that was imminent is no act (news)",
			"In 2022, a Russian invasion of Ukraine was imminent.",
			""},
		{"an attack with an act of its own is told, the word after a comma (history)",
			"A Soviet attack on Pakistan killed 40 people in 1987, likely the worst raid of the war.",
			"ASSAULT SUN>PAK"},
		{"an attack that happened, as seemed likely, is told (news)",
			"In 1987, a Soviet attack on Pakistan was launched, as had seemed likely.",
			"ASSAULT SUN>PAK"},
	}, eventDyads)
}

// TestOutlookPredicateLeadingDate: the predicate rule also holds when a
// date phrase opens the sentence without a comma ("In 1979 a Soviet
// attack ..."); a date-led sentence whose noun has an act of its own, or
// a date phrase that is no opening, stays told. Cases of our own, from a
// history and from news.
func TestOutlookPredicateLeadingDate(t *testing.T) {
	checkCases(t, []roleCase{
		{"a date-led attack that seemed likely is no act (history)",
			"In 1979 a Soviet attack on Pakistan seemed likely.",
			""},
		{"a date-led invasion that was imminent is no act (news)",
			"By 1990 an Iraqi invasion of Kuwait was imminent, the CIA warned.",
			""},
		{"a date-led attack with an act of its own is told (history)",
			"In 1987 a Soviet attack on Pakistan killed 40 people.",
			"ASSAULT SUN>PAK"},
		{"a date-led invasion that began is told (news)",
			"In August 1990 an Iraqi invasion of Kuwait began.",
			"ASSAULT IRQ>KWT"},
	}, eventDyads)
}

// TestOutlookModifier: an adjective of what is expected (class outlook)
// between an event noun and its determiner makes the noun an act yet to
// come (hypothetical); the word elsewhere, or a phrase with no
// determiner, leaves it told. Cases of our own, from a history and from
// news.
func TestOutlookModifier(t *testing.T) {
	checkCases(t, []roleCase{
		{"the prospective invasion, averted (history)",
			"The prospective Turkish invasion of Cyprus was averted in 1967.",
			"ASSAULT TUR>CYP hypothetical"},
		{"the imminent withdrawal (history)",
			"The imminent American withdrawal from Saigon in 1975 alarmed Thailand.",
			"RETREAT USA>RVN hypothetical"},
		{"the invasion was possible: the word is no modifier (news)",
			"The Soviet invasion of Afghanistan was possible because of the weakness of Kabul.",
			"ASSAULT SUN>AFG"},
		{"the attack, no outlook word (history)",
			"In 1973 the Egyptian attack on Israel surprised Washington.",
			"ASSAULT EGY>ISR"},
	}, modedDyads)
}

// TestOutlookAfterCopula: an outlook word counts only right after a
// verb like "seemed" (modality.tsv's class copula) or a form of "be"; an
// event noun whose own verb made something else likely ("made war
// likely") is told, with a leading date or none. Cases of our own, from
// a history and from news.
func TestOutlookAfterCopula(t *testing.T) {
	checkCases(t, []roleCase{
		{"made war likely, date-led: told (history)",
			"In 1914 an Austrian attack on Serbia made a European crisis likely.",
			"ASSAULT AUT>SRB"},
		{"made a defeat possible: told (history)",
			"In 1940 a German invasion of Norway made a British defeat possible.",
			"ASSAULT DEU>NOR"},
		{"rendered talks likely: told (news)",
			"In 2008 a Russian attack on Georgia rendered new talks likely.",
			"ASSAULT RUS>GEO"},
		{"appeared imminent: no act (news)",
			"In 2008 a Russian attack on Georgia appeared imminent.",
			""},
		{"became likely: no act (history)",
			"By 1938 a German invasion of Czechoslovakia became likely.",
			""},
	}, eventDyads)
}
