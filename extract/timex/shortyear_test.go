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
		// the signals checked (review24 finding 1): fire
		{"AD before two figures (the Romans)", []string{"The Romans invaded Britain in AD 43."}, []string{"43=0043"}},
		{"a capitalised name after a cue (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa.", "In 455 Gaiseric sacked Rome."}, []string{"429=0429", "455=0455"}},
		{"the year after a written year (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa.", "In the year 439 they took Carthage."}, []string{"429=0429", "the year 439=0439"}},
		{"until a year ending the sentence (the Franks)", []string{"Clovis ruled the Franks from AD 481.", "The Romans held Soissons until 486."}, []string{"481=0481", "486=0486"}},
		// AD before the number, three figures after "the year": no reference time asked (review25 finding 2)
		{"AD before after a citation (Rome)", []string{"Gibbon wrote in 1776 about the fall of Rome.", "In AD 410 the Visigoths sacked Rome, and in 455 the Vandals sacked Rome again."},
			[]string{"1776=1776", "410=0410", "455=0455"}},
		{"AD before after a find's date (Pompeii)", []string{"The excavation of 2003 found a villa.", "In AD 79 Vesuvius buried Herculaneum."}, []string{"2003=2003", "79=0079"}},
		{"the year of three figures after a citation (the Huns)", []string{"Historians writing in 1950 misdated the battle.", "In the year 451 Attila attacked Gaul."},
			[]string{"1950=1950", "the year 451=0451"}},
		{"the year of three figures after a date (the Franks)", []string{"A museum opened in 1998.", "In the year 732 Charles Martel stopped the Umayyads."},
			[]string{"1998=1998", "the year 732=0732"}},
		{"a cue after and (the Vandals)", []string{"In AD 406 the Vandals crossed the Rhine, and in 409 the Vandals entered Spain."}, []string{"406=0406", "409=0409"}},
		// must not
		{"a count after and (the Huns)", []string{"In AD 451 the Romans met Attila, and in 300 cases the Huns fled."}, []string{"451=0451"}},
		{"AD before a number in a modern name (a printer)", []string{"In 2010 the company launched the AD 500 printer."}, []string{"2010=2010"}},
		{"AD before a number in a modern name (an exhibition)", []string{"In 2015 the AD 410 exhibition opened."}, []string{"2015=2015"}},
		{"the year of two figures after a citation (the Huns)", []string{"Historians writing in 1950 misdated the battle.", "By the year 45, the town was rebuilt."}, []string{"1950=1950"}},
		{"divisions after a year (the Gulf)", []string{"In February 1991, 1 AD and 3 AD attacked Iraqi positions."}, []string{"February 1991=1991-02"}},
		{"AD in a text of later years (the Gulf)", []string{"In 1991 Iraq faced the 101 AD."}, []string{"1991=1991"}},
		{"the year of a republic's count (France)", []string{"In the year 3 of the Republic, France attacked Austria."}, nil},
		{"the year of a reign's count (the Goths)", []string{"In AD 410 the Goths sacked Rome.", "In the year 20 of his reign, Alaric died."}, []string{"410=0410"}},
		{"the year after a modern year (Afghanistan)", []string{"The Soviet Union invaded Afghanistan in 1979.", "By the year 5, Pakistan armed the mujahideen."}, []string{"1979=1979"}},
		{"a count of a people after a cue (the Franks)", []string{"In AD 260 the Franks raided Gaul.", "Until 300 Romans arrived, the Franks held the town."}, []string{"260=0260"}},
		{"a count of a people after a cue (the Vandals)", []string{"In AD 406 the Vandals crossed the Rhine.", "Since 300 Alans joined them, Rome lost Gaul."}, []string{"406=0406"}},
		{"a people's adjective after a cue (the Romans)", []string{"Emperor Hadrian built a wall in AD 122.", "From 200 Roman forts the legions watched Scotland."}, []string{"122=0122"}},
		{"by an amount ending the sentence (the Huns)", []string{"In AD 451 the Romans met Attila.", "The Hun casualties rose by 300."}, []string{"451=0451"}},
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
		// a count in tens and units, and a compound count (review24 finding 11)
		{"tens and units with a hyphen (Berlin)", []string{"In 1948 the Soviet Union blockaded Berlin.", "Twenty-five years later, West Germany recognized East Germany."},
			[]string{"1948=1948", "Twenty-five years later=1973 (narrative)"}},
		{"tens and units with a hyphen (Poland)", []string{"In 1939 Germany invaded Poland.", "Thirty-one years later, West Germany signed a treaty with Poland."},
			[]string{"1939=1939", "Thirty-one years later=1970 (narrative)"}},
		{"years and months (an armistice)", []string{"In July 1914 Austria attacked Serbia.", "Four years and four months later, Germany signed the armistice."},
			[]string{"July 1914=1914-07", "Four years and four months later=1918-11 (narrative)"}},
		{"weeks and days (a blockade)", []string{"On 1 June 1967 Egypt blockaded Israel.", "Two weeks and three days later, Israel attacked Syria."},
			[]string{"1 June 1967=1967-06-01", "Two weeks and three days later=1967-06-18 (narrative)"}},
		// must not
		{"tens and units before no unit (a coalition)", []string{"In 1990 Iraq invaded Kuwait.", "Twenty-five nations joined the coalition."}, []string{"1990=1990"}},
		{"years and weeks (a revolution)", []string{"In July 1914 Austria attacked Serbia.", "Three years and two weeks later, Russia signed an armistice."}, []string{"July 1914=1914-07"}},
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

// TestFirstMillenniumDecades: a decade written in three figures ("the
// 450s") where the reference time is a year of the first millennium
// after a setting cue (histories of the Huns and the Franks); not after
// another word, not in a text of later years or of years before the era,
// not without a year of the first millennium before it, not a round
// hundred ("the 400s": a decade or a century), not a number glued to
// another word.
func TestFirstMillenniumDecades(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sents []string
		want  []string
	}{
		{"a decade after a year of the era (the Huns)", []string{"In AD 429 the Vandals crossed into Africa.", "In the 450s the Huns invaded Gaul."},
			[]string{"429=0429", "the 450s=45X"}},
		{"a decade after a year of the era (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE.", "During the 530s the Franks conquered Burgundy."},
			[]string{"507 CE=0507", "the 530s=53X"}},
		// must not
		{"no setting cue before it (the Vandals)", []string{"In AD 429 the Vandals crossed into Africa.", "Temperatures in Carthage reached the 450s that summer."}, []string{"429=0429", "that summer=0429-SU (narrative)"}},
		{"a year before the era (the Persians)", []string{"In 490 BC Persia invaded Greece.", "In the 480s Athens built a fleet."}, []string{"490 BC=BC0490"}},
		{"no year of the first millennium before it (the Huns)", []string{"In the 450s the Huns invaded Gaul."}, nil},
		{"a text of later years (aircraft)", []string{"In 1990 the airline bought new jets.", "By then the 320s flew to Paris."}, []string{"1990=1990"}},
		{"a round hundred (the Goths)", []string{"In AD 376 the Goths crossed the Danube.", "In the 400s Rome lost its western provinces."}, []string{"376=0376"}},
		{"a number glued to letters (the Franks)", []string{"Clovis defeated the Visigoths in 507 CE.", "The 530th legion held the 450sx line."}, []string{"507 CE=0507"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := scanTexts(t, tt.sents...)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

// TestCountFromPeriod: after a date that sets the paragraph at a decade
// ("A decade later": 46X, "the 1950s") a count reads no date from the
// year the text set before it (histories of the Vandals and of the Middle
// East), nor in the paragraph after, which goes on from it; a date that
// sets a year again counts as before, as does a count after a heading, and
// a decade beside a sentence's own year, or in a past perfect, leaves the
// paragraph at that year.
func TestCountFromPeriod(t *testing.T) {
	for _, tt := range []struct {
		name  string
		paras []para
		want  []string
	}{
		{"after a counted decade (the Vandals)", []para{p("In AD 455 the Vandals sacked Rome.", "A decade later, the Vandals raided Sicily.", "Two years later, the Romans attacked Carthage.")},
			[]string{"455=0455", "A decade later=46X (narrative)"}},
		{"after a decade named (the Middle East)", []para{p("In 1948 Israel fought Egypt.", "In the 1950s Britain left Egypt.", "Two years later, Egypt closed the canal.")},
			[]string{"1948=1948", "the 1950s=195X"}},
		{"a paragraph after the decade's (the Middle East)", []para{p("In 1948 Israel fought Egypt.", "In the 1950s Britain left Egypt."), p("Two years later, Egypt attacked Israel.")},
			[]string{"1948=1948", "the 1950s=195X"}},
		{"a paragraph after the counted decade's (the Vandals)", []para{p("In AD 455 the Vandals sacked Rome.", "A decade later, the Vandals raided Sicily."), p("Two years later, the Romans attacked Carthage.")},
			[]string{"455=0455", "A decade later=46X (narrative)"}},
		// must not
		{"a heading after the decade's paragraph (the Middle East)", []para{p("In 1948 Israel fought Egypt.", "In the 1950s Britain left Egypt."), h("The canal"), p("Two years later, Egypt attacked Israel.")},
			[]string{"1948=1948", "the 1950s=195X", "Two years later=1950 (narrative)"}},
		{"a year set again after the decade (the Vandals)", []para{p("In AD 455 the Vandals sacked Rome.", "A decade later, the Vandals raided Sicily.", "In 468 the Romans attacked Carthage.", "Two years later, the Vandals raided Greece.")},
			[]string{"455=0455", "A decade later=46X (narrative)", "468=0468", "Two years later=0470 (narrative)"}},
		{"a year set again after the decade (the Middle East)", []para{p("In 1948 Israel fought Egypt.", "In the 1950s Britain left Egypt.", "In 1967 Israel attacked Egypt.", "Two years later, Egypt shelled Israel.")},
			[]string{"1948=1948", "the 1950s=195X", "1967=1967", "Two years later=1969 (narrative)"}},
		{"a decade beside the sentence's year (Algeria)", []para{p("In 1955, as in the 1940s, France attacked Algeria.", "Two years later, Egypt attacked Israel.")},
			[]string{"1955=1955", "the 1940s=194X", "Two years later=1957 (narrative)"}},
		{"a decade in a past perfect (the Middle East)", []para{p("In 1948 Israel fought Egypt.", "Britain had left Egypt in the 1930s.", "Two years later, Egypt attacked Israel.")},
			[]string{"1948=1948", "the 1930s=193X", "Two years later=1950 (narrative)"}},
		{"a new paragraph's year (the Middle East)", []para{p("In 1948 Israel fought Egypt.", "In the 1950s Britain left Egypt."), p("In 1967 Israel attacked Egypt.", "Two years later, Egypt shelled Israel.")},
			[]string{"1948=1948", "the 1950s=195X", "1967=1967", "Two years later=1969 (narrative)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := testVocab(t)
			txt, ss := buildDoc(tt.paras)
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
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}
