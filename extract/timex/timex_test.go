package timex

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/text"
)

func testVocab(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// scan runs the scanner over s as one sentence.
func scan(t testing.TB, v *Vocabulary, s string, doc Document) []Span {
	t.Helper()
	xs, err := v.Scan(context.Background(), s, []text.Sentence{{Start: 0, End: len(s)}}, doc)
	if err != nil {
		t.Fatal(err)
	}
	return xs
}

// timexOf scans text as one sentence and returns "span=value" items, with
// "!cite" on citation years and "?" on ambiguous ones.
func timexOf(t *testing.T, text string, ctx Document) []string {
	t.Helper()
	v := testVocab(t)
	var out []string
	for _, x := range scan(t, v, text, ctx) {
		s := text[x.Start:x.End] + "=" + x.Value
		if x.Citation {
			s += "!cite"
		}
		if x.Ambiguous {
			s += "?"
		}
		out = append(out, s)
	}
	return out
}

func TestTimexForms(t *testing.T) {
	dayFirst := Document{DayFirst: true, OrderKnown: true}
	none := Document{}
	news := Document{Kind: News, Ref: "1998-08-20"} // a Thursday
	tests := []struct {
		name string
		text string
		ctx  Document
		want []string
	}{
		{"year in running text", "Consequently, in 1954, Pakistan signed an agreement.", none, []string{"1954=1954"}},
		{"year before a noun", "It started at the 1955 Bandung Conference.", none, []string{"1955=1955"}},
		{"year ending a clause", "after India's defeat in 1962 made the Soviets uneasy", none, []string{"1962=1962"}},
		{"month and year", "It took place in January 1965 in Moscow.", none, []string{"January 1965=1965-01"}},
		{"abbreviated month and year", "The Aug. 1985 decision stood.", none, []string{"Aug. 1985=1985-08"}},
		{"month and year after in", "In June 1966, there was news.", none, []string{"June 1966=1966-06"}},
		// A number that can be a day after a month name is the day; an apostrophe or a number past 31 makes it a year.
		{"month and day before a plural after a day cue", "By May 20 targets had been met.", none, []string{"May 20=XXXX-05-20"}},
		{"month and day before a plural after on", "On June 12 ministers met in Paris.", none, []string{"June 12=XXXX-06-12"}},
		{"month and a count with no day cue", "The plan set May 20 targets for the ministry.", none, nil},
		{"month and an apostrophe year", "By May '20 the plan was finished.", none, []string{"May '20=2020-05"}},
		{"month and an apostrophe year (another text)", "The talks of Sept. ’01 failed.", none, []string{"Sept. ’01=2001-09"}},
		{"month and a two-digit year past 31", "The army attacked Iraq in August 99.", none, []string{"August 99=1999-08"}},
		{"day month year", "It was signed on 7 August 1985.", none, []string{"7 August 1985=1985-08-07"}},
		{"month day, year", "It was signed on August 7, 1985.", none, []string{"August 7, 1985=1985-08-07"}},
		{"ISO date", "It was signed on 1985-08-07.", none, []string{"1985-08-07=1985-08-07"}},
		{"dotted date, day first known", "Signed 07.08.1985.", dayFirst, []string{"07.08.1985=1985-08-07"}},
		{"numeric date, order unknown, recorded as ambiguous", "Signed 07/08/1985.", none, []string{"07/08/1985=1985-07-08?"}},
		{"numeric date, order shown by the day", "Signed 13/08/2022.", none, []string{"13/08/2022=2022-08-13"}},
		{"interval from to", "from 1983 to 1990, Pakistan received aid", none, []string{"from 1983 to 1990=1983/1990"}},
		{"year before the common era", "In 216 BC Hannibal defeated the Romans at Cannae.", none, []string{"216 BC=BC0216"}},
		{"year before the common era, BCE after ca.", "such a peace was made (ca. 466 BCE).", none, []string{"466 BCE=BC0466"}},
		{"year before the common era, dotted", "Caesar crossed the Rubicon in 49 B.C. and marched on Rome.", none, []string{"49 B.C=BC0049"}},
		{"interval before the common era in a heading", "Ionian Revolt (499-493 BC)", none, []string{"499-493 BC=BC0499/BC0493"}},
		{"interval before the common era from to", "the First Punic War, lasting from 264 to 241 BC.", none, []string{"from 264 to 241 BC=BC0264/BC0241"}},
		{"interval before the common era between and", "between 490 and 480 BC the Greeks rearmed", none, []string{"between 490 and 480 BC=BC0490/BC0480"}},
		{"not an interval before the common era: the ends in the wrong order", "the temple stood in 480-490 BC at Athens", none, []string{"490 BC=BC0490"}},
		{"not a year before the common era: a province's name after a year", "the 2017 BC election was close", none, []string{"2017=2017"}},
		{"not a year before the common era: a name after a short number", "Canada deployed 300 BC Hydro engineers to Haiti in 2010.", none, []string{"2010=2010"}},
		{"not a year before the common era: a plural after a short number", "In 2011, 40 BC firefighters went to Australia.", none, []string{"2011=2011"}},
		{"not a year before the common era: a company's name", "Union members on 12 BC Ferries vessels struck in 2003.", none, []string{"2003=2003"}},
		{"not a year before the common era: the era word in lower case", "Sample 4 bc was discarded in 2019.", none, []string{"2019=2019"}},
		{"year before the common era before a name, after a year cue", "By 146 BC Rome had destroyed Carthage.", none, []string{"146 BC=BC0146"}},
		{"year before the common era before a plural, after a year cue", "In 480 BC ships of Athens won at Salamis.", none, []string{"480 BC=BC0480"}},
		{"year before the common era before a name, after an era cue", "Around 300 BC Greek cities fought Persia.", none, []string{"300 BC=BC0300"}},
		{"year before the common era before a plural, after an era cue after a year cue", "In about 689 BC armies of Assyria sacked Babylon.", none, []string{"689 BC=BC0689"}},
		{"not a year before the common era: a name after a count", "Canada sent about 300 BC Hydro engineers to Haiti in 2010.", none, []string{"2010=2010"}},
		{"not a year before the common era: a plural after a count", "In 2011, around 40 BC firefighters went to Australia.", none, []string{"2011=2011"}},
		{"not a year: a number in words after an era cue", "About two thousand soldiers left in 1990.", none, []string{"1990=1990"}},
		{"not a year before the common era: no era word", "The army of 490 men marched.", none, nil},
		{"interval between and (a history)", "Border raids between 1871 and 1875 drained the garrison.", none, []string{"between 1871 and 1875=1871/1875"}},
		{"interval between and (a news report)", "Output doubled between 2014 and 2018, the ministry said.", none, []string{"between 2014 and 2018=2014/2018"}},
		{"interval between to, the common slip (a history)", "Famine struck the province between 1846 to 1849, and many left.", none, []string{"between 1846 to 1849=1846/1849"}},
		{"interval between to, the common slip (a news report)", "The firm lost money between 2015 to 2019, its filing shows.", none, []string{"between 2015 to 2019=2015/2019"}},
		{"interval four digits both", "Strategic Proximity 1965-1975", none, []string{"1965-1975=1965/1975"}},
		{"interval short second year 1965-67", "aid stopped from 1965-67 owing to the war", none, []string{"from 1965-67=1965/1967"}},
		{"interval short second year, two of them (a history)", "Drought came in both 1883-87 and 1891-95, but the harvests recovered.", none, []string{"1883-87=1883/1887", "1891-95=1891/1895"}},
		{"interval short second year, two of them (a news report)", "The club won titles in 2013-15 and 2016-19, its chairman said.", none, []string{"2013-15=2013/2015", "2016-19=2016/2019"}},
		{"interval with en dash 1983–90", "during 1983–90 the aid grew", none, []string{"1983–90=1983/1990"}},
		{"interval from with hyphen", "from 2002-2014, Pakistan got aid", none, []string{"from 2002-2014=2002/2014"}},
		{"fiscal year 1986-87", "in the fiscal year 1986-87 the budget", none, []string{"fiscal year 1986-87=1986/1987"}},
		{"fiscal years FY 2002-FY 2014", "aid in FY 2002-FY 2014 rose", none, []string{"FY 2002-FY 2014=2002/2014"}},
		{"decade", "In the 1950s the US sold arms.", none, []string{"the 1950s=195X"}},
		{"mid decade", "by the mid-1970s relations improved", none, []string{"the mid-1970s=197X"}},
		{"decade interval", "From the 1950s to 1960s, The US sold arms", none, []string{"From the 1950s to 1960s=1950/1969"}},
		{"century", "since the 19th century the Great Game", none, []string{"the 19th century=18XX"}},
		{"named date 9/11 (a policy paper)", "After 9/11, the alliance rewrote its doctrine of defence.", none, []string{"9/11=2001-09-11"}},
		{"named date 9/11 (a news report)", "Airport checks have grown stricter since 9/11, officials say.", none, []string{"9/11=2001-09-11"}},
		{"month takes the paragraph's year", "in January 1965 when Bhutto visited Moscow and later in April when Ayub Khan's visit took place",
			none, []string{"January 1965=1965-01", "April=1965-04"}},
		{"month and day without any year stay unresolved (a news report)", "The ferry capsized on Feb. 12, drowning 41 passengers.", none, []string{"Feb. 12=XXXX-02-12"}},
		{"month and day without any year stay unresolved (a history)", "The garrison surrendered on Aug. 3, ending the siege.", none, []string{"Aug. 3=XXXX-08-03"}},
		{"news: month and day take the reference year (a wire report)", "The ferry capsized on Feb. 12, drowning 41 passengers.", news, []string{"Feb. 12=1998-02-12"}},
		{"news: month and day take the reference year (a business report)", "The maker recalled 3,000 cars on Aug. 3, a spokesman said.", news, []string{"Aug. 3=1998-08-03"}},
		{"news: a weekday in past tense is the last one", "U.S. forces Thursday launched strikes.", news, []string{"Thursday=1998-08-20"}},
		{"news: last year", "Revenues dropped to $300 million last year.", news, []string{"last year=1997"}},
		{"news: a weekday in future tense is the next one", "She will fly to Nairobi on Tuesday.", news, []string{"Tuesday=1998-08-25"}},
		{"news: an infinitive after a verb of intent looks ahead", "The team planned to leave Nairobi on Tuesday.", news, []string{"Tuesday=1998-08-25"}},
		{"a year with a footnote mark before the next sentence", "We use elections from 1950 to 2022.4 To measure the effect we use votes.", none, []string{"from 1950 to 2022.4=1950/2022"}},
		{"news: a weekday and a part of the day (a wire report)", "Gunmen attacked the depot Friday night.", news, []string{"Friday night=1998-08-14"}},
		{"news: a weekday and a part of the day (a business report)", "The board will meet on Tuesday morning to vote.", news, []string{"Tuesday morning=1998-08-25"}},
		{"news: this Friday is the Friday of the reference week", "We met this Friday.", news, []string{"this Friday=1998-08-21"}},
		{"news: since points back", "Police have searched for him since the Oct. 23 slaying.", news, []string{"Oct. 23=1997-10-23"}},
		{"news: would looks ahead", "He said the envoy would be travelling to the capital Tuesday.", news, []string{"Tuesday=1998-08-25"}},
		{"citation year with a letter", "America's most allied ally in Asia (Mahmood, 1994a).", none, []string{"1994a=1994!cite"}},
		{"citation years as cited in", "above all (Kissinger, 1955, as cited in Siddiqi, 1959. p. 47).", none, []string{"1955=1955!cite", "1959=1959!cite"}},
		{"citation years in a list", "bases in Lahore and Karachi. (Arif 1984 and Sattar 2007).", none, []string{"1984=1984!cite", "2007=2007!cite"}},
		{"citation year after a name (a paper)", "described by Keohane (1984) as follows:", Document{Kind: Scholarly}, []string{"1984=1984!cite"}},
		{"citation year after an author's possessive (IR theory)", "Following Waltz's (1979) account of structural realism, alliances balance power.", none, []string{"1979=1979!cite"}},
		{"citation year after authors' possessive (foreign policy)", "This follows Hill, Moreno, and Oduya’s (2021) reading of populist foreign policy.", none, []string{"2021=2021!cite"}},
		{"citation year with page range (an IR paper)", "alliances form against threats (Walt 1987, p.91-94).", none, []string{"1987=1987!cite"}},
		{"citation year with page range (an economics paper)", "common pools can be governed (Ostrom 1990, p.88-90).", none, []string{"1990=1990!cite"}},
		{"citation year with a page in a caption (a study's figure)", "Figure 3 Model of planned behaviour (Ajzen, 1991, p. 182)", none, []string{"1991=1991!cite"}},
		{"citation year with pages in a caption (a history's table)", "Table 2 Alliance ties by decade (Gibler, 2009, pp. 40-44)", none, []string{"2009=2009!cite"}},
		{"a year in parentheses in a heading is no citation", "The Suez Crisis (1956)", none, []string{"1956=1956"}},
		{"a year after the name of an accord dates it (history)", "Egypt made peace with Israel after the Camp David Accords (1978) were signed.", none, []string{"1978=1978"}},
		{"a year after the name of a declaration dates it (IR paper)", "The Tashkent Declaration (1966) restored the ceasefire line.", none, []string{"1966=1966"}},
		{"a year after the name of a war dates it (news)", "Veterans of the Gulf War (1991) marched in the capital.", none, []string{"1991=1991"}},
		{"not a date: the surname Noon", "Foreign Minister Firoz Khan Noon conceptualised it.", none, nil},
		{"not a date: model numbers", "the AL-31 engine of the Su-27 and four Mi-24 helicopters", none, nil},
		{"not a date: a percentage (a trade report)", "exports grew by 1150 per cent, the trade ministry said", none, nil},
		{"not a date: a percentage (a health study)", "cases rose by 1200 per cent over the decade", none, nil},
		{"not a date: a page", "in context of relations (p. 220)", none, nil},
		{"not a date: ISSN and registration numbers", "P: ISSN No. 2394-0344 RNI No. UPBIL/2016/67980", none, nil},
		{"not a date: a count", "in implementing 30 major development projects", none, nil},
		{"not a date: a product name with a year-like number", "a venture called Orion 1980, manufacturing parts", none, nil},
		{"not a date: fractions", "Intel eased 1/8 to 31 7/8.", news, nil},
		{"not a date: a phone number (a letterhead)", "Tel: +44 2011-2016-47", none, nil},
		{"not a date: a phone number (a leaflet)", "Call the hotline on 1998-2003-55 for help.", none, nil},
		// a number glued to letters is part of a code or a name
		{"not a date: a cultivar's code (crop paper)", "Line CB205 was derived from AGS2000 by selection.", none, nil},
		{"not a date: a product's name (software history)", "The firm shipped Windows2000 to offices.", none, nil},
		{"a fiscal year glued to FY stays a year", "Spending rose in FY2012 across the board.", none, []string{"FY2012=2012"}},
		{"a year after a space stays a year", "Spending rose in 2012 across the board.", none, []string{"2012=2012"}},
		// a count or a unit after the number (notyear.tsv)
		{"not a date: a span of years (climate paper)", "It was the warmest period in the last 1400 years of the record.", none, nil},
		{"not a date: a span of years (history)", "The dynasty ruled the valley for some 1200 years before the conquest.", none, nil},
		{"a year before a comma and years stays a year", "In 1999, years of drought ended.", none, []string{"1999=1999"}},
		{"not a date: a frequency (EEG study)", "Signals were sampled at 1000 Hz throughout.", none, nil},
		{"not a date: a frequency (radio history)", "The station broadcast at 1200 hz from the capital.", none, nil},
		{"not a date: a page after its label and full stop (a paper's citation)", "As Hart argued (Hart, 2008, p. 1006), the war changed policy.", none, []string{"2008=2008!cite"}},
		{"not a date: a number after No. (an archive)", "The decree appeared as No. 1954 of the series in 1990.", none, []string{"1990=1990"}},
		{"a year after another word's full stop stays a year (a history)", "The siege ended at Sedan. 1871 began with an armistice.", none, []string{"1871=1871"}},
		{"a year before the title Ms (a profile)", "In 1988 Ms Bhutto became prime minister.", none, []string{"1988=1988"}},
		{"not a date: milliseconds, lower case (EEG study)", "Epochs ran from 100 ms before until 1000 ms after each stimulus.", none, nil},
		{"not a date: milliseconds, lower case (compiler paper)", "The pause fell from 1500 ms to 90 ms with the new collector.", none, nil},
		{"a year before the title MS in capitals (a memoir)", "In 1992 MS Gill took over the force.", none, []string{"1992=1992"}},
		// a number glued to a sign of code or markup
		{"not a date: PDF noise between code signs (compiler paper)", "outer loops =<6>?J+B:F>*:#0(1923# =<6>?J+-?7", none, nil},
		{"not a date: an assignment in code (statistics paper)", "We ran the model with seed=2017 and 500 draws.", none, nil},
		{"not a date: a handle after @ (a media study)", "The account @1984 posted daily.", none, nil},
		{"a year in brackets stays a year (a history)", "The treaty (1923) settled the border.", none, []string{"1923=1923"}},
		{"a year before a footnote asterisk stays a year (a table)", "Turnout fell in 2016* and rose again.", none, []string{"2016=2016"}},
		{"a year after a tilde stays a year: circa (a survey paper)", "The method dates from ~1990 in the field.", none, []string{"1990=1990"}},
		{"a year before the title Ms. (a history)", "In 1990 Ms. Bhutto was dismissed.", none, []string{"1990=1990"}},
		{"not a date: patients (hospital study)", "The clinic recorded a total of 1015 patients last year.", none, nil},
		{"not a date: patients (trial report)", "Of the 1240 patients enrolled, half received the drug.", none, nil},
		{"a year before a comma and patients stays a year", "In 2003, patients waited longer for beds.", none, []string{"2003=2003"}},
		{"not a date: beds (hospital study)", "The hospital has over 1000 beds in total.", none, nil},
		{"not a date: beds (field report)", "The army set up 1200 beds near the front.", none, nil},
		{"not a date: admissions (hospital study)", "Of the 1077 admissions, most came at night.", none, nil},
		{"not a date: admissions (school report)", "The college counted 1150 admissions that term.", none, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, tt.ctx)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTimexInReferenceListIsCitation(t *testing.T) {
	v := testVocab(t)
	for _, tt := range []struct{ name, text, want string }{
		{"a book with an access date (IR paper)", "1. Okafor, N. (2017). Ports and Power. Polity. Retrieved 4 May 2021, pp. 1455–1462.", "2017 2021-05-04"},
		{"a journal article with an access date (medical paper)", "12. Lindqvist, K. (2009). Fever in the tropics. Lancet. Accessed 18 March 2014, pp. 1210–1218.", "2009 2014-03-18"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := scan(t, v, tt.text, Document{Zones: []string{"references"}})
			var vals []string
			for _, x := range got {
				if !x.Citation {
					t.Errorf("%q in the reference list is not a citation", tt.text[x.Start:x.End])
				}
				vals = append(vals, x.Value)
			}
			if strings.Join(vals, " ") != tt.want {
				t.Errorf("values %q, want %q: the year and the access date, no page numbers", vals, tt.want)
			}
		})
	}
}

func FuzzTimex(f *testing.F) {
	for _, s := range []string{"in January 1965 and later in April", "from 1983 to 1990", "(Mahmood, 1994a)", "5/1-5/7/2020",
		"Tel: +44 2011-2016-47", "the 19th century", "9/11", "nineteen eighty-two", "Q4 2016", "last Friday", "3 weeks after Christmas",
		"1956: Suez\nIn late October forces crossed. The following year they left.", "KARACHI, March 3 (Reuters) - Prices rose on the 20th.",
		"Published 3 March 2021\nTwo days later, that winter, the forties ended", "the morning of 31 January 1965. the 28 and 29 August"} {
		f.Add(s)
	}
	v := testVocab(f)
	f.Fuzz(func(t *testing.T, s string) {
		// lines are paragraphs, ". " ends a sentence, a line with none is a heading
		var sents []text.Sentence
		start := 0
		for li, line := range strings.SplitAfter(s, "\n") {
			end := start + len(line)
			head := !strings.Contains(line, ". ")
			for k := start; k < end; {
				e := strings.Index(s[k:end], ". ")
				if e < 0 {
					e = end - k
				} else {
					e += 2
				}
				sents = append(sents, text.Sentence{Start: k, End: k + e, Line: li, Heading: head})
				k += e
			}
			start = end
		}
		for _, kind := range []Kind{Narrative, News, Scholarly} {
			xs, ctxs, err := v.ScanContext(context.Background(), s, sents, Document{Kind: kind, Ref: "2000-02-29"})
			if err != nil {
				t.Fatal(err)
			}
			if len(ctxs) != len(sents) {
				t.Fatalf("%d contexts for %d sentences", len(ctxs), len(sents))
			}
			for _, x := range xs {
				if x.Start < 0 || x.End > len(s) || x.Start >= x.End || !utf8.ValidString(s[x.Start:x.End]) && utf8.ValidString(s) {
					t.Fatalf("bad span %d:%d in %q", x.Start, x.End, s)
				}
				if x.Value == "" {
					t.Fatalf("empty value for %q", s[x.Start:x.End])
				}
				if x.Sent < 0 || x.Sent >= len(sents) || x.Start < sents[x.Sent].Start || x.End > sents[x.Sent].End {
					t.Fatalf("span %d:%d outside its sentence %d", x.Start, x.End, x.Sent)
				}
			}
			for i, c := range ctxs {
				if c.ParaSent >= i || c.HeadSent >= i || c.ParaSent < -1 || c.HeadSent < -1 {
					t.Fatalf("context %+v of sentence %d points ahead", c, i)
				}
			}
			if d, ok := v.FindDCT(s, sents, xs); ok && (len(d.Value) < 7 || strings.Contains(strings.TrimPrefix(d.Value, "XXXX-"), "X") || strings.HasPrefix(d.Value, "XXXX") && len(d.Value) != 10 || d.Start < 0 || d.End > len(s)) {
				t.Fatalf("DCT %+v from %q", d, s)
			}
			v.DecideKind(s, sents, kind == Scholarly, "2000-02-29", false, xs)
		}
	})
}
