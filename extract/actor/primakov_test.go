package actor

import "testing"

// TestPrimakovByDate checks Primakov's rows (people.tsv): the Soviet
// Union's to its end, Russia's from the next year (the Foreign
// Intelligence Service, then the foreign ministry and the government), so
// that no date after 1991 gives the Soviet Union; undated, Russia's.
func TestPrimakovByDate(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a paper on Russia and NATO enlargement and one on the Gulf crisis
		{[]string{"In 1993 Primakov warned NATO against enlargement."}, 0, "Primakov", "RUS/GOV"},
		{[]string{"In 1994 Yevgeny Primakov warned NATO against enlargement."}, 0, "Yevgeny Primakov", "RUS/GOV"},
		{[]string{"In 1998 Yevgeny Primakov became prime minister."}, 0, "Yevgeny Primakov", "RUS/GOV"},
		{[]string{"In 1990 Yevgeny Primakov flew to Baghdad."}, 0, "Yevgeny Primakov", "SUN/GOV"},
		{[]string{"In October 1991 Primakov met Saddam Hussein."}, 0, "Primakov", "SUN/GOV"},
		{[]string{"Yevgeny Primakov warned NATO against enlargement."}, 0, "Yevgeny Primakov", "RUS/GOV"},
	})
}
