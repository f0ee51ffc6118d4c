package extract

import (
	"testing"
)

// TestLaterClauseDate: a date that ends a clause joined after a comma by
// "and" or "but", with a subject and a verb of its own (timex's
// Context.Conjunct, conjunctEnd), dates that clause's act, not an act told
// before the comma (review32 finding 3); from a paper on the Middle East
// and a history of 1939 of my own writing. Must not: a verb's second
// conjunct without a subject, a first act with a date of its own, no comma.
func TestLaterClauseDate(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: the resupply is not of the later agreement's year",
			"Egypt lost the war in June 1967. Moscow resupplied Cairo with aircraft within weeks, and the two states signed a new arms agreement in 1968.", narrative,
			[]string{"war=1967-06/sentence", "resupplied=1967-06/context", "signed=1968/sentence"}},
		{"a history: the invasion is not of the declaration's day",
			"Germany invaded Poland, and Britain declared war on Germany on 3 September 1939.", narrative,
			[]string{"invaded=-", "war=1939-09-03/sentence"}},
		// must not
		{"a history: a second verb of the same subject",
			"Japan attacked China, and occupied Nanjing in December 1937.", narrative,
			[]string{"attacked=1937-12/sentence", "occupied=1937-12/sentence"}},
		{"a history: each act with its own date",
			"Italy attacked Greece in October 1940, and Britain sent troops to Crete in November 1940.", narrative,
			[]string{"attacked=1940-10/sentence", "sent=1940-11/sentence"}},
		{"a history: no comma before the joined clause",
			"Germany invaded Poland and Britain declared war on Germany on 3 September 1939.", narrative,
			[]string{"invaded=1939-09-03/sentence", "war=1939-09-03/sentence"}},
		{"a paper: a list of subjects",
			"Egypt, Syria, and Jordan attacked Israel in 1948.", narrative,
			[]string{"attacked=1948/sentence"}},
	}
	r.check(t, tests)
}

// TestBetweenSetAndLater: an act told before a clause that a later date
// ends takes what the time set before and that later date share (between):
// the month, else the year, not the day of the act told before it; from a
// history of 1812 and one of 1940 of my own writing. Must not: a date that
// opens the later clause leaves the carried day as it was, an act of
// another year keeps the time set.
func TestBetweenSetAndLater(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a history of 1812: the month both share", "On 7 September 1812 France attacked Russia at Borodino. The Russians evacuated Moscow, and the French occupied it on 14 September.", narrative,
			[]string{"attacked=1812-09-07/sentence", "evacuated=1812-09/context", "occupied=1812-09-14/sentence"}},
		{"a history of 1940: the year both share", "On 10 May 1940 Germany attacked France. The Belgian army retreated, and France asked Germany for an armistice on 17 June 1940.", narrative,
			[]string{"attacked=1940-05-10/sentence", "retreated=1940/context", "asked=1940-06-17/sentence"}},
		// must not
		{"a history of 1812: a date that opens the later clause", "On 7 September 1812 France attacked Russia at Borodino. The Russians evacuated Moscow, and on 14 September the French occupied it.", narrative,
			[]string{"attacked=1812-09-07/sentence", "evacuated=1812-09-07/context", "occupied=1812-09-14/sentence"}},
		{"a history of 1940: another year", "On 10 May 1940 Germany attacked France. The Belgian army retreated, and France asked Germany for an armistice in 1941.", narrative,
			[]string{"attacked=1940-05-10/sentence", "retreated=1940-05-10/context", "asked=1941/sentence"}},
	}
	r.check(t, tests)
}

// TestUntilEndsStance: an act before a date after "until" with no
// negation takes the sentence's date before it, else the time carried, not
// the end of its stance (review32 finding 5, the date side); from a paper on
// 1967 and a history of the Baltic of my own writing. Must not: "not ...
// until" keeps the date for what its clause says came then; "by" is no end.
func TestUntilEndsStance(t *testing.T) {
	r := newDatingRig(t)
	tests := []dateCase{
		{"a paper: the rejection is not of 1972",
			"Egypt accepted the resolution in 1967, whereas Syria rejected it until 1972.", narrative,
			[]string{"accepted=1967/sentence", "rejected=1967/sentence"}}, // accept + resolution is a row since triggers50
		{"a history: an occupation is not of the year it ended",
			"In 1940 the Soviet Union annexed Estonia. Germany occupied Estonia until 1944.", narrative,
			[]string{"annexed=1940/sentence", "occupied=1940/context"}},
		// must not
		{"a history: an occupation by a deadline",
			"In 1940 the Soviet Union annexed Estonia. Germany occupied Estonia by 1941.", narrative,
			[]string{"annexed=1940/sentence", "occupied=1941/sentence"}},
		// must not: "no" denies what came before the until-date (tense.tsv negation), so
		// the act is of that date (the event stage asserts it there)
		{"a history of the Gulf: no war until",
			"In 1975 Iran and Iraq signed the Algiers Accord. There was no war between Iran and Iraq until 1980.", narrative,
			[]string{"signed=1975/sentence", "war=1980/sentence"}},
		{"a history of the Arab-Israeli wars: no fighting until",
			"In 1949 Israel and Egypt signed an armistice. There was no war between Israel and Egypt until 1956.", narrative,
			[]string{"signed=1949/sentence", "war=1956/sentence"}},
	}
	r.check(t, tests)
}
