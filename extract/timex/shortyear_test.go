package timex

import (
	"context"
	"strings"
	"testing"
)

// scanTexts scans the sentences of one paragraph of a narrative and gives
// each date as text=value (anchor).
func scanTexts(t *testing.T, sents ...string) []string {
	t.Helper()
	v := testVocab(t)
	txt, ss := buildDoc([]para{p(sents...)})
	xs, _, err := v.ScanContext(context.Background(), txt, ss, Document{Kind: Narrative})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range xs {
		s := txt[x.Start:x.End] + "=" + x.Value
		if x.Anchor != "" {
			s += " (" + x.Anchor + ")"
		}
		got = append(got, s)
	}
	return got
}

// TestShortYears: years of the first millennium of the common era, read
// only with a strong signal (a common-era word, "the year", or a year cue
// in a text that has written such a year), from histories of the Vandals,
// the Franks and the Huns; never a count of things, an ordinal, a page,
// nor in a text of later years.
func TestShortYears(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sents []string
		want  []string
	}{
		{"AD before (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa."}, []string{"429=0429"}},
		{"CE after (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE."}, []string{"507 CE=0507"}},
		{"AD after (the Huns)", []string{"Attila died in 453 AD."}, []string{"453 AD=0453"}},
		{"the year (the Goths)", []string{"The Visigoths sacked Rome in the year 410."}, []string{"the year 410=0410"}},
		{"a cue after a written year (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa.", "In 439 the Vandals took Carthage.", "In 455, the Vandals sacked Rome."},
			[]string{"429=0429", "439=0439", "455=0455"}},
		{"a cue after a written year (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE.", "By 732 Charles Martel had stopped the Umayyads."},
			[]string{"507 CE=0507", "732=0732"}},
		{"a cue before the sentence's end (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa.", "Belisarius landed with 500 ships in 533."},
			[]string{"429=0429", "533=0533"}},
		// must not
		{"a cue inside its clause (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa.", "The fleet grew by 300, the chronicle says."}, []string{"429=0429"}},
		{"CE before a noun (a ship)", []string{"The ship carried 455 CE marines."}, nil},
		{"no signal (the Vandals)", []string{"In 455 the Vandals sacked Rome."}, nil},
		{"a count of cases after a written year (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE.", "In 451 cases the fighting was local."}, []string{"507 CE=0507"}},
		{"a count of votes after a written year (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE.", "The council chose him by 300 votes."}, []string{"507 CE=0507"}},
		{"an ordinal and a page (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE.", "See the 101st chapter, on page 455."}, []string{"507 CE=0507"}},
		{"a text of later years (the Gulf)", []string{"In 1990 Iraq invaded Kuwait.", "In 455 the committee voted."}, []string{"1990=1990"}},
		{"a lower-case ad (an advert)", []string{"The firm ran 455 ad campaigns."}, nil},
		{"a year before the era (the Persians)", []string{"In 490 BC Persia invaded Greece.", "In 480 Xerxes invaded Greece."}, []string{"490 BC=BC0490"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := scanTexts(t, tt.sents...)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

// TestCountedOffsets: a count of units that ends its clause after a
// postunit other than later/after ("six months afterwards", "two years
// thereafter") counts from the reference time, from histories of the
// Anglo-Dutch wars and of Ethiopia; not a count with none, nor one before
// "prior to".
func TestCountedOffsets(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sents []string
		want  []string
	}{
		{"months afterwards (a naval war)", []string{"In June 1665 the English defeated the Dutch.", "Six months afterwards, Spain declared war on France."},
			[]string{"June 1665=1665-06", "Six months afterwards=1665-12 (narrative)"}},
		{"years thereafter (an empire)", []string{"Italy invaded Ethiopia in October 1935.", "The empire collapsed two years thereafter."},
			[]string{"October 1935=1935-10", "two years thereafter=1937 (narrative)"}},
		{"the year afterwards (an empire)", []string{"Italy invaded Ethiopia in 1935.", "The year afterwards, Italy annexed it."},
			[]string{"1935=1935", "The year afterwards=1936 (narrative)"}},
		// must not
		{"no count (a naval war)", []string{"In June 1665 the English defeated the Dutch.", "Days afterwards, Spain declared war on France."}, []string{"June 1665=1665-06"}},
		{"prior to an event (an empire)", []string{"Italy invaded Ethiopia in October 1935.", "Two weeks prior to the vote, Italy bombed Adwa."}, []string{"October 1935=1935-10"}},
		{"a count of months from a year (a peace)", []string{"In 1904 Japan attacked Russia.", "Eighteen months afterwards, Russia signed a treaty."}, []string{"1904=1904"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := scanTexts(t, tt.sents...)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}
