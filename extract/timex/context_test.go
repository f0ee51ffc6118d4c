package timex

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stratex/stratex/extract/text"
)

// para is one paragraph (or heading) of a test document, its sentences
// as written.
type para struct {
	heading bool
	sents   []string
}

// buildDoc lays paragraphs out as text scans them: one line each,
// sentences separated by a space.
func buildDoc(paras []para) (string, []text.Sentence) {
	var b strings.Builder
	var sents []text.Sentence
	for li, p := range paras {
		if li > 0 {
			b.WriteByte('\n')
		}
		for k, s := range p.sents {
			if k > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(s)
			sents = append(sents, text.Sentence{Start: start, End: b.Len(), Line: li, Heading: p.heading})
		}
	}
	return b.String(), sents
}

// wantDocTimex runs a subtest that docTimex gives want, item for item.
func wantDocTimex(t *testing.T, name string, paras []para, doc Document, want []string) {
	t.Run(name, func(t *testing.T) {
		if got := docTimex(t, paras, doc); strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("\n got  %q\n want %q", got, want)
		}
	})
}

// docTimex scans a built document and returns "span=value" items, with
// "!cite" on citation years, "@anchor" and "^mod" when set.
func docTimex(t *testing.T, paras []para, doc Document) []string {
	t.Helper()
	v := testVocab(t)
	txt, sents := buildDoc(paras)
	xs, err := v.Scan(context.Background(), txt, sents, doc)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range xs {
		s := txt[x.Start:x.End] + "=" + x.Value
		if x.Citation {
			s += "!cite"
		}
		if x.Anchor != "" {
			s += "@" + x.Anchor
		}
		if x.Mod != "" {
			s += "^" + x.Mod
		}
		out = append(out, s)
	}
	return out
}

func p(sents ...string) para { return para{sents: sents} }
func h(s string) para        { return para{heading: true, sents: []string{s}} }

func TestReferenceTime(t *testing.T) {
	narrative := Document{Kind: Narrative}
	scholarly := Document{Kind: Scholarly}
	news := Document{Kind: News, Ref: "2021-03-04"}
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  []string
	}{
		// A date without its year takes the paragraph's.
		{"day and month take the paragraph's year (a treaty)",
			[]para{p("On 3 March 1921 the treaty was signed.", "On 18 March the fleet sailed.")}, narrative,
			[]string{"3 March 1921=1921-03-03", "18 March=1921-03-18@narrative"}},
		{"day and month take the paragraph's year (a siege)",
			[]para{p("The siege began in June 1863.", "By 4 July the garrison had surrendered.")}, narrative,
			[]string{"June 1863=1863-06", "4 July=1863-07-04@narrative"}},
		// "the Nth of that month": a day of the month the anaphora names
		{"the day of that month (a blockade)",
			[]para{p("The blockade began in May 1949.", "On the 12th of that month the first convoy got through.")}, narrative,
			[]string{"May 1949=1949-05", "the 12th of that month=1949-05-12@narrative"}},
		{"the day of the following month (a rising)",
			[]para{p("The rising broke out in March 1921.", "By the 18th of the following month it had been crushed.")}, narrative,
			[]string{"March 1921=1921-03", "the 18th of the following month=1921-04-18@narrative"}},
		{"no 29th of February in a common year (a siege)",
			[]para{p("The siege began in February 1949.", "On the 29th of that month the garrison sallied.")}, narrative,
			[]string{"February 1949=1949-02", "that month=1949-02@narrative"}},
		{"the 29th of February in a leap year (a strike)",
			[]para{p("The strike began in February 1952.", "On the 29th of that month the miners marched.")}, narrative,
			[]string{"February 1952=1952-02", "the 29th of that month=1952-02-29@narrative"}},
		{"the day of next month in news (an envoy)",
			[]para{p("The envoy will arrive on the 3rd of next month.")}, news,
			[]string{"the 3rd of next month=2021-04-03@dct"}},
		{"the day of this month in news (a ruling)",
			[]para{p("The court issued its ruling on the 2nd of this month.")}, news,
			[]string{"the 2nd of this month=2021-03-02@dct"}},
		// "from the Nth to the Mth of MONTH": the first day is of the
		// second end's month, not of the reference time's
		{"a range of ordinal days takes the month written after it (a conference)",
			[]para{p("The delegates gathered in May 1862.", "The assembly sat from the 4th to the 11th of June 1862.")}, narrative,
			[]string{"May 1862=1862-05", "from the 4th to the 11th of June 1862=1862-06-04/1862-06-11"}},
		{"a range of ordinal days, its year from the paragraph (a truce)",
			[]para{p("The fighting died down in April 1921.", "From the 2nd to the 5th of May, the two sides observed a truce.")}, narrative,
			[]string{"April 1921=1921-04", "From the 2nd to the 5th of May=1921-05-02/1921-05-05@narrative"}},
		{"between the Nth and the Mth of a month (a strike)",
			[]para{p("Between the 2nd and the 5th of March 1921, the dockers struck.")}, narrative,
			[]string{"Between the 2nd and the 5th of March 1921=1921-03-02/1921-03-05"}},
		{"from a bare day until an ordinal day of a month (a siege)",
			[]para{p("The Ottomans besieged Rhodes in 1480.", "The last assault lasted from 6 until the 9th of May 1481.")}, narrative,
			[]string{"1480=1480", "from 6 until the 9th of May 1481=1481-05-06/1481-05-09"}},
		{"ordinal days with no month after them are read as before (talks)",
			[]para{p("Talks opened in June 1871.", "They ran from the 4th to the 11th.")}, narrative,
			[]string{"June 1871=1871-06", "the 4th=1871-06-04@narrative"}},
		{"a bare number before a range of percent is no day",
			[]para{p("In 1950 prices rose from 6 to 9 percent.")}, narrative,
			[]string{"1950=1950"}},
		// a month after "that" or "the following" is a month only when
		// capitalized: "may" and "march" in lower case are a verb and a noun
		{"that May, capitalized, is the month (an offensive)",
			[]para{p("The offensive began in 1943.", "The fighting slowed that May.")}, narrative,
			[]string{"1943=1943", "that May=1943-05@narrative"}},
		{"that may, a modal verb, is no month (a survey)",
			[]para{p("The survey of 2011 found delays.", "Some argue that may be expected.")}, narrative,
			[]string{"2011=2011"}},
		{"the following march, a noun, is no month (a column)",
			[]para{p("In 1812 the column crossed the river.", "The following march took them to the city.")}, narrative,
			[]string{"1812=1812"}},
		// a month right after a possessive, before a noun, qualifies it
		{"a month after a possessive qualifies the noun (a summit)",
			[]para{p("In 1961 the two leaders met twice.", "Kennedy's June summit with Khrushchev went badly.")}, narrative,
			[]string{"1961=1961", "June=1961-06@narrative"}},
		{"a month after a possessive qualifies the noun (an offensive)",
			[]para{p("The war turned in 1943.", "The Red Army's August offensive retook Kharkov.")}, narrative,
			[]string{"1943=1943", "August=1943-08@narrative"}},
		{"a month after a possessive with no noun after it is no date",
			[]para{p("The war turned in 1943.", "The plan was Stalin's, not August's.")}, narrative,
			[]string{"1943=1943"}},
		// Narrative: the last date of the text, across paragraphs and sections.
		{"narrative: a new section takes the text's last date",
			[]para{p("The war began on 1 September 1939."), h("The northern front"), p("On 17 September the Red Army crossed the border.")}, narrative,
			[]string{"1 September 1939=1939-09-01", "17 September=1939-09-17@narrative"}},
		{"narrative: a new paragraph takes the text's last date",
			[]para{p("Riots broke out in Paris in February 1848."), p("In June the assembly closed the national workshops.")}, narrative,
			[]string{"February 1848=1848-02", "June=1848-06@narrative"}},
		// Scholarly: the section's date, never an earlier section's.
		{"scholarly: a month in a new section stays unresolved",
			[]para{p("The first talks took place in January 1965."), h("Economic ties"), p("In April a trade agreement followed.")}, scholarly,
			[]string{"January 1965=1965-01", "April=XXXX-04"}},
		{"scholarly: a month in a later paragraph of the section takes its date",
			[]para{h("Arms transfers"), p("The first deliveries came in March 1972."), p("In October a second contract was signed.")}, scholarly,
			[]string{"March 1972=1972-03", "October=1972-10@narrative"}},
		// A heading's single date covers its section.
		{"a heading's year covers the section (a wall)",
			[]para{p("Tension had grown since 1958."), h("1961: The Wall"), p("On 13 August the border was closed.")}, narrative,
			[]string{"1958=1958", "1961=1961", "13 August=1961-08-13@narrative"}},
		{"a heading's year covers the section (a canal)",
			[]para{h("1956: Suez"), p("Nasser nationalised the company in July."), p("In late October Israeli forces crossed into Sinai.")}, scholarly,
			[]string{"1956=1956", "July=1956-07@narrative", "late October=1956-10@narrative^END"}},
		{"a short line with no closing punctuation stands as a heading",
			[]para{p("1945: Victory"), p("The archives were opened in 1990."), p("In May the garrison surrendered.")}, narrative,
			[]string{"1945=1945", "1990=1990", "May=1945-05@narrative"}},
		{"a heading's month and year in parentheses",
			[]para{p("The Battle of the River (August 1920)"), p("Historians argued about it until 1960."), p("On 16 August the counter-attack began.")}, narrative,
			[]string{"August 1920=1920-08", "1960=1960", "16 August=1920-08-16@narrative"}},
		// News: the paragraph's year, else the document's date.
		{"news: a weekday from the document's date",
			[]para{p("The minister resigned on Tuesday.")}, news,
			[]string{"Tuesday=2021-03-02@dct"}},
		{"news: a month takes the paragraph's year before the document's",
			[]para{p("The plant opened in 2019.", "In May it hired 300 workers.")}, news,
			[]string{"2019=2019", "May=2019-05@narrative"}},
		// What does not move the story's time.
		{"a date ahead of the story does not move it (would)",
			[]para{p("On 10 March 1975 the offensive began.", "The road would then be open for a campaign in 1976.", "On 20 March the city fell.")}, narrative,
			[]string{"10 March 1975=1975-03-10", "1976=1976", "20 March=1975-03-20@narrative"}},
		{"a date ahead of the story does not move it (a planned election)",
			[]para{p("The junta seized power in May 1967.", "It promised a planned election in 1970.", "In June it banned the parties.")}, narrative,
			[]string{"May 1967=1967-05", "1970=1970", "June=1967-06@narrative"}},
		{"a year that labels a treaty does not move the story",
			[]para{p("Troops crossed the border in December 1979.", "Moscow cited the 1978 Treaty of Friendship.", "On 27 December the palace was stormed.")}, narrative,
			[]string{"December 1979=1979-12", "1978=1978", "27 December=1979-12-27@narrative"}},
		{"a year that labels a conference does not move the story",
			[]para{p("The delegates met again in April 1961.", "They recalled the 1955 conference at Bandung.", "On 12 April the talks ended.")}, narrative,
			[]string{"April 1961=1961-04", "1955=1955", "12 April=1961-04-12@narrative"}},
		{"a month and year that label a peak do not move the story",
			[]para{p("Attacks rose again in April 2008.", "They passed the May 2007 high within weeks.", "On 12 May the army entered the city.")}, narrative,
			[]string{"April 2008=2008-04", "May 2007=2007-05", "12 May=2008-05-12@narrative"}},
		{"a month and year that label an offensive do not move the story",
			[]para{p("The thaw came in March 1943.", "Critics compared it to the February 1942 offensive.", "On 2 April the front was quiet.")}, narrative,
			[]string{"March 1943=1943-03", "February 1942=1942-02", "2 April=1943-04-02@narrative"}},
		{"a label date that opens its section sets the story's time (an offensive)",
			[]para{p("The front held through 1915."), h("Revolution"), p("Despite the June 1916 offensive, unrest grew.", "On 27 August Romania entered the war.")}, narrative,
			[]string{"1915=1915", "June 1916=1916-06", "27 August=1916-08-27@narrative"}},
		{"a label year that opens its section sets the story's time (a treaty)",
			[]para{p("Talks began in 1946."), h("The alliance"), p("The 1949 treaty bound twelve states.", "On 24 August it entered into force.")}, narrative,
			[]string{"1946=1946", "1949=1949", "24 August=1949-08-24@narrative"}},
		{"a bare year far ahead of the story does not move it (a declassified report)",
			[]para{p("On 2 August 1964 the destroyer was fired upon.", "A report declassified in 2005 showed there was no attack on 4 August.")}, narrative,
			[]string{"2 August 1964=1964-08-02", "2005=2005", "4 August=1964-08-04@narrative"}},
		{"a bare year far ahead of the story does not move it (a later study)",
			[]para{p("The fleet sailed on 12 June 1898.", "A study published in 1962 doubted the account.", "On 19 June the fleet reached the island.")}, narrative,
			[]string{"12 June 1898=1898-06-12", "1962=1962", "19 June=1898-06-19@narrative"}},
		{"a year a few years on moves the story",
			[]para{p("The truce was signed in May 1953.", "Fighting resumed in 1958.", "On 4 August the border was closed.")}, narrative,
			[]string{"May 1953=1953-05", "1958=1958", "4 August=1958-08-04@narrative"}},
		{"a since-date does not move the story",
			[]para{p("The army crossed the river in May 2008.", "It was the largest incursion since 1995.", "The troops withdrew on 29 June.")}, narrative,
			[]string{"May 2008=2008-05", "1995=1995", "29 June=2008-06-29@narrative"}},
		{"a since-date does not move the story (a strike)",
			[]para{p("The dockers struck in August 1980.", "No strike had been so large since 1956.", "On 31 August the government gave in.")}, narrative,
			[]string{"August 1980=1980-08", "1956=1956", "31 August=1980-08-31@narrative"}},
		{"a year that labels an agreement after an adjective does not move the story",
			[]para{p("Troops crossed the border in March 1939.", "Critics recalled the disputed 1938 agreement.", "On 15 March the city was occupied.")}, narrative,
			[]string{"March 1939=1939-03", "1938=1938", "15 March=1939-03-15@narrative"}},
		{"a year that labels a treaty after an adjective does not move the story",
			[]para{p("The army marched in May 1866.", "Observers cited the secret 1864 treaty.", "On 3 July the armies met.")}, narrative,
			[]string{"May 1866=1866-05", "1864=1864", "3 July=1866-07-03@narrative"}},
		{"next in narrative is reported speech: counted from the story, not moving it",
			[]para{p("In September 2007 the general promised withdrawals by next summer.", "On 14 September he met the president.")}, narrative,
			[]string{"September 2007=2007-09", "next summer=2008-SU@narrative", "14 September=2007-09-14@narrative"}},
		// a capitalized unit after a lower-case anaphor heads a table or a column
		{"not a date: a table's Year column after that (an elections paper)",
			[]para{p("Counts rose in 2020.", "Totals differ since in this example it is likely that Year Race type Candidate States")}, scholarly,
			[]string{"2020=2020"}},
		{"not a date: a Year column after the following (a trade report)",
			[]para{p("Exports fell in 2015.", "Values for the following Year Total Change are estimates.")}, scholarly,
			[]string{"2015=2015"}},
		{"that year in lower case stays a date (a history)",
			[]para{p("The army marched in 1866.", "Later that year it reached the coast.")}, narrative,
			[]string{"1866=1866", "Later that year=1866@narrative"}},
		{"That Year in title case stays a date (a headline)",
			[]para{p("The war ended in 1918.", "That Year the Treaties Were Signed")}, narrative,
			[]string{"1918=1918", "That Year=1918@narrative"}},
		// A date inside a verb in the past perfect (Context.Earlier) tells
		// a time before the story's: the sentences after go on from the
		// time set before it; its own sentence still resolves against it.
		{"a past perfect's year sets no time for the next sentence (a truce)",
			[]para{p("In December 1916 Germany offered talks.", "Russia had signed a truce in January 1915.", "In March Britain attacked Germany.")}, narrative,
			[]string{"December 1916=1916-12", "January 1915=1915-01", "March=1916-03@narrative"}},
		{"a past perfect's year sets no time for the next sentence (a war of independence)",
			[]para{p("In May 1948 Israel declared independence.", "Egypt had massed troops in Sinai in 1947.", "In June Egypt attacked Israel.")}, narrative,
			[]string{"May 1948=1948-05", "1947=1947", "June=1948-06@narrative"}},
		{"not: a simple past's year does (a truce)",
			[]para{p("In December 1916 Germany offered talks.", "Russia signed a truce in January 1915.", "In March Britain attacked Germany.")}, narrative,
			[]string{"December 1916=1916-12", "January 1915=1915-01", "March=1915-03@narrative"}},
		{"not: within its own sentence a past perfect's year holds (a truce broken)",
			[]para{p("In December 1916 Germany offered talks.", "Russia had signed a truce in January 1915 and broken it in March.")}, narrative,
			[]string{"December 1916=1916-12", "January 1915=1915-01", "March=1915-03@narrative"}},
		{"a past perfect's year when no time was set before it holds for the next sentence (an invasion)",
			[]para{p("Germany had invaded Belgium in August 1914.", "In September France attacked Germany.")}, narrative,
			[]string{"August 1914=1914-08", "September=1914-09@narrative"}},
		{"a past perfect's year when no time was set before it holds for the next sentence (a coup, news-like history)",
			[]para{p("The army had seized power in Lagos in 1966.", "In July a second coup followed.")}, narrative,
			[]string{"1966=1966", "July=1966-07@narrative"}},
		{"not: a year before the past perfect's auxiliary (an insurgency)",
			[]para{p("In 1956 the insurgency began.", "By 1958 the insurgents had killed many village chiefs.", "In March the army struck back.")}, narrative,
			[]string{"1956=1956", "1958=1958", "March=1958-03@narrative"}},
		{"next in narrative: next year",
			[]para{p("In March 1990 the party said it would hold elections next year.", "In April it named its candidates.")}, narrative,
			[]string{"March 1990=1990-03", "next year=1991@narrative", "April=1990-04@narrative"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, tt.doc, tt.want)
	}
}

func TestAnaphoraSeasonsMods(t *testing.T) {
	narrative := Document{Kind: Narrative}
	tests := []struct {
		name  string
		paras []para
		want  []string
	}{
		{"the following year", []para{p("The rising began in 1863.", "The following year it was crushed.")},
			[]string{"1863=1863", "The following year=1864@narrative"}},
		{"the following year after a day", []para{p("The king died on 4 May 1715.", "His heir was crowned the following year.")},
			[]string{"4 May 1715=1715-05-04", "the following year=1716@narrative"}},
		{"a month before a noun takes the story's year (a revolution)", []para{p("Riots spread through the capital in 1917.", "The February Revolution ended the monarchy.")},
			[]string{"1917=1917", "February=1917-02@narrative"}},
		{"the latter half of the year (a blockade)", []para{p("The blockade began in June 1948.", "Flights doubled in the latter half of the year.")},
			[]string{"June 1948=1948-06", "the latter half of the year=1948-H2@narrative"}},
		{"the first quarter without its year (a famine)", []para{p("Grain ran short in 1921.", "Prices rose fivefold in the first quarter.")},
			[]string{"1921=1921", "the first quarter=1921-Q1@narrative"}},
		{"the year before, ending its clause (a famine)", []para{p("The harvest failed in 1921.", "Prices had doubled in the year before.")},
			[]string{"1921=1921", "the year before=1920@narrative"}},
		{"the day after, ending its clause (an arrest)", []para{p("He was arrested on 3 May 1920 and released the day after.")},
			[]string{"3 May 1920=1920-05-03", "the day after=1920-05-04@narrative"}},
		{"the year before an event counts from the event", []para{p("The harvest failed in 1921.", "Prices had doubled in the year before the war.")},
			[]string{"1921=1921"}},
		{"that month", []para{p("The blockade began in June 1948.", "Over 1,000 flights landed that month.")},
			[]string{"June 1948=1948-06", "that month=1948-06@narrative"}},
		{"the same month", []para{p("Fighting resumed in October 1973.", "An embargo followed the same month.")},
			[]string{"October 1973=1973-10", "the same month=1973-10@narrative"}},
		{"the next day", []para{p("The ultimatum expired on 3 September 1939.", "The next day the first convoy sailed.")},
			[]string{"3 September 1939=1939-09-03", "The next day=1939-09-04@narrative"}},
		{"that same day", []para{p("The ceasefire was signed on 27 July 1953.", "That same day the guns fell silent.")},
			[]string{"27 July 1953=1953-07-27", "That same day=1953-07-27@narrative"}},
		{"later that year", []para{p("The party split in 1903.", "Later that year its leaders went into exile.")},
			[]string{"1903=1903", "Later that year=1903@narrative"}},
		{"a plural unit is a stretch, not a date", []para{p("The city fell on 9 April 2003.", "Looting went on in the following days.")},
			[]string{"9 April 2003=2003-04-09"}},
		{"the following month name", []para{p("The envoy arrived in November 1919.", "The following March he was recalled.")},
			[]string{"November 1919=1919-11", "The following March=1920-03@narrative"}},
		{"a month of that year", []para{p("The offensive stalled in 1916.", "It resumed in July of that year.")},
			[]string{"1916=1916", "July of that year=1916-07@narrative"}},
		{"that winter", []para{p("The army reached Moscow in October 1812.", "Most of it perished that winter.")},
			[]string{"October 1812=1812-10", "that winter=1812-WI@narrative"}},
		{"the following spring", []para{p("The rebels were scattered in August 1746.", "The following spring the clans were disarmed.")},
			[]string{"August 1746=1746-08", "The following spring=1747-SP@narrative"}},
		// Seasons with their year.
		{"the autumn of a year", []para{p("Lee invaded Maryland in the autumn of 1862.")}, []string{"the autumn of 1862=1862-FA"}},
		{"a season and a year", []para{p("The offensive stalled in winter 1941.")}, []string{"winter 1941=1941-WI"}},
		{"a winter across two years is its first year's", []para{p("Leningrad starved through the winter of 1941-42.")}, []string{"the winter of 1941-42=1941-WI"}},
		{"two seasons share the second's year", []para{p("Heavy raids came in spring and summer 1944.")}, []string{"spring=1944-SP", "summer 1944=1944-SU"}},
		{"two seasons share the year after of", []para{p("They asked for troops in the spring and summer of 1979.")}, []string{"the spring=1979-SP", "summer of 1979=1979-SU"}},
		{"a season with no year takes the story's", []para{p("Talks opened in February 1921.", "In the summer the delegates signed.")},
			[]string{"February 1921=1921-02", "the summer=1921-SU@narrative"}},
		{"not a season: the fall of a city", []para{p("The fall of Constantinople shocked Europe.")}, nil},
		{"not a season: a named spring", []para{p("The Prague Spring ended in 1968.")}, []string{"1968=1968"}},
		// Mods.
		{"mid-year", []para{p("Production peaked in mid-1942.")}, []string{"mid-1942=1942^MID"}},
		{"early in a year", []para{p("The plans were replaced early in 1914.")}, []string{"early in 1914=1914^START"}},
		{"early year", []para{p("Rationing ended in early 1954.")}, []string{"early 1954=1954^START"}},
		{"the end of a year", []para{p("The troops were home by the end of 1965.")}, []string{"the end of 1965=1965^END"}},
		{"the beginning of a month", []para{p("Snow fell at the beginning of March 1888.")}, []string{"the beginning of March 1888=1888-03^START"}},
		{"late month with the story's year", []para{p("The front held in 1917.", "In late April the mutinies began.")},
			[]string{"1917=1917", "late April=1917-04@narrative^END"}},
		{"late in the year", []para{p("The envoys met in 1935.", "Late in the year the talks failed.")},
			[]string{"1935=1935", "Late in the year=1935@narrative^END"}},
		{"the early decade", []para{p("Unrest grew in the early 1960s.")}, []string{"the early 1960s=196X^START"}},
		{"the late century", []para{p("Railways spread in the late 19th century.")}, []string{"the late 19th century=18XX^END"}},
		// Decades and centuries in every spelling.
		{"decade in words", []para{p("Jazz thrived in the forties.")}, []string{"the forties=194X"}},
		{"decade in figures", []para{p("Jazz thrived in the 1940s.")}, []string{"the 1940s=194X"}},
		{"decade with an apostrophe", []para{p("Jazz thrived in the '40s.")}, []string{"the '40s=194X"}},
		{"decade with its century in words", []para{p("Cities grew in the nineteen-twenties.")}, []string{"the nineteen-twenties=192X"}},
		{"decade of another century in words", []para{p("Strikes spread in the eighteen-nineties.")}, []string{"the eighteen-nineties=189X"}},
		{"century in words", []para{p("Two wars marked the twentieth century.")}, []string{"the twentieth century=19XX"}},
		{"century as hundreds", []para{p("Canals were dug in the 1800s.")}, []string{"the 1800s=18XX"}},
		// Offsets from the story's time.
		{"days later", []para{p("The first attack came on 2 August 1964.", "A second was reported two days later.")},
			[]string{"2 August 1964=1964-08-02", "two days later=1964-08-04@narrative"}},
		{"months later, to the month", []para{p("The duchy joined the war on May 23, 1915.", "Fifteen months later it declared war on Germany.")},
			[]string{"May 23, 1915=1915-05-23", "Fifteen months later=1916-08@narrative"}},
		{"years earlier", []para{p("The republic fell in 1799.", "Two years earlier the army had marched on Italy.")},
			[]string{"1799=1799", "Two years earlier=1797@narrative"}},
		{"decades earlier, as a decade", []para{p("The doctrine was restated in 1965.", "It echoed a pledge made almost two decades earlier.")},
			[]string{"1965=1965", "two decades earlier=194X@narrative"}},
		{"days later after a year only: no day", []para{p("The revolt began in 1857.", "Two days later the city fell.")},
			[]string{"1857=1857"}},
		{"weeks after an event: not from the story's time", []para{p("Fighting ended in November 1918.", "The last unit surrendered two weeks after the armistice.")},
			[]string{"November 1918=1918-11"}},
		// Years written so.
		{"a possessive year", []para{p("He was named 1965's man of the year.")}, []string{"1965=1965"}},
		{"a year that labels a heading", []para{h("1968: The offensive"), p("Fighting spread in February.")},
			[]string{"1968=1968", "February=1968-02@narrative"}},
		{"a month after week of is no month", []para{p("The army advanced in 1918.", "It took 30,000 prisoners in the last week of September.")},
			[]string{"1918=1918"}},
		{"months coordinated with a dated one", []para{p("Diem moved against the sects in April and June 1955.")},
			[]string{"April=1955-04", "June 1955=1955-06"}},
		{"months coordinated with a dated one (or)", []para{p("The vote was held in March or April 1848.")},
			[]string{"March=1848-03", "April 1848=1848-04"}},
		// Days.
		{"a day coordinated with a dated one", []para{p("The bridges were blown on the 14 and 15 May 1940.")},
			[]string{"14=1940-05-14", "15 May 1940=1940-05-15"}},
		{"a day range before its month", []para{p("The congress sat on 6-7 January 1916.")},
			[]string{"6-7 January 1916=1916-01-06/1916-01-07"}},
		{"the day and month without a suffix", []para{p("In 1917 a heavy assault came on the 20 September.")},
			[]string{"1917=1917", "the 20 September=1917-09-20@narrative"}},
		{"the day alone takes the reference's month", []para{p("The siege began on 2 May 1917.", "The town fell on the 20th.")},
			[]string{"2 May 1917=1917-05-02", "the 20th=1917-05-20@narrative"}},
		{"the day alone after until", []para{p("The talks opened on 3 June 1815.", "They lasted until the 9th.")},
			[]string{"3 June 1815=1815-06-03", "the 9th=1815-06-09@narrative"}},
		{"not a day: the 20th century", []para{p("The talks opened on 3 June 1915.", "They shaped the 20th century.")},
			[]string{"3 June 1915=1915-06-03", "the 20th century=19XX"}},
		// Parts of a day make a time.
		{"the morning of a date", []para{p("The offensive began on the morning of 31 January 1968.")},
			[]string{"the morning of 31 January 1968=1968-01-31TMO"}},
		{"the early morning hours of a date", []para{p("Troops landed in June 1944.", "In the early morning hours of 6 June the gliders came down.")},
			[]string{"June 1944=1944-06", "the early morning hours of 6 June=1944-06-06TMO@narrative"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, narrative, tt.want)
	}
}

func TestScanContext(t *testing.T) {
	v := testVocab(t)
	paras := []para{
		h("The Tashkent talks (January 1966)"),
		p("The leaders met at the conference.", "In 1967 relations improved (Smith, 1990).", "Further, trade grew.", "Both sides signed a pact."),
		p("A new paragraph begins."),
		p("Another follows."),
		h("Aftermath"),
		p("The talks ended."),
	}
	txt, sents := buildDoc(paras)
	_, ctxs, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Scholarly})
	if err != nil {
		t.Fatal(err)
	}
	want := []Context{
		{ParaSent: -1, HeadSent: -1},                                              // the heading itself
		{ParaSent: -1, Heading: "1966-01", HeadSent: 0},                           // first sentence: no date of the paragraph yet
		{ParaSent: -1, Heading: "1966-01", HeadSent: 0},                           // still none
		{Para: "1967", ParaSent: 2, Heading: "1966-01", HeadSent: 0, Shift: true}, // the citation year is no context
		{Para: "1967", ParaSent: 2, Heading: "1966-01", HeadSent: 0},
		{ParaSent: -1, Heading: "1966-01", HeadSent: 0, Prev: "1967"}, // a paragraph break resets the paragraph's, keeps it as the one before
		{ParaSent: -1, Heading: "1966-01", HeadSent: 0},               // not across a paragraph that set none
		{ParaSent: -1, HeadSent: -1},                                  // a new heading leaves the section's behind
		{ParaSent: -1, HeadSent: -1},                                  // and the heading's line is no paragraph before
	}
	for i, w := range want {
		if !reflect.DeepEqual(ctxs[i], w) {
			t.Errorf("sentence %d %q: context %+v, want %+v", i, txt[sents[i].Start:sents[i].End], ctxs[i], w)
		}
	}
}

// TestBoundedWork: a sentence as long as the stages get (text.MaxSentence)
// made of one form repeated scans in time linear in its length, not in
// its square (it once took seconds for stacked modifiers).
func TestBoundedWork(t *testing.T) {
	v := testVocab(t)
	for _, unit := range []string{"early ", "mid-", "the end of ", "the morning of ", "the following ", "spring and ", "6-", "the 28 and ",
		"from 1914 to ", "two days later ", "late in ", "the end of the early "} {
		s := strings.Repeat(unit, (text.MaxSentence-20)/len(unit)) + "7 August 1914"
		t0 := time.Now()
		scan(t, v, s, Document{Kind: Narrative})
		if d := time.Since(t0); d > 500*time.Millisecond {
			t.Errorf("%q repeated to %d bytes: %v", unit, len(s), d)
		}
	}
}

// TestEarlier: the spans of a sentence's verbs in the past perfect
// (Context.Earlier), from a history and a news report each.
func TestEarlier(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"South Vietnam had rejected the agreement from the beginning, he said.", "had rejected the agreement from the beginning"},
		{"Both empires had quietly sold rifles to the insurgents since 1821.", "had quietly sold rifles to the insurgents since 1821"},
		{"Romania had itself declared war on Hungary, because it was promised land.", "had itself declared war on Hungary"},
		{"The minister said the police had not taken the suspects to the border.", "had not taken the suspects to the border"},
		{"The bank had been sold when the crisis began.", "had been sold"},
		{"Polish forces had been fighting the Ukrainians.", ""},     // a perfect in -ing goes on
		{"The Bolivian army had 60,000 soldiers and few guns.", ""}, // "have", no perfect
		{"The company had a loss in the third quarter.", ""},        // the same in a report
		{"The regime had prepared to fight a war.", "had prepared"}, // the infinitive is no earlier
		{"Officials said the firm had agreed to pay the fine.", "had agreed"},
		// "to" before a noun phrase or a name is a preposition: a history, a news report
		{"Venice sent a fleet to Crete, which it had lost to the Ottomans in 1669.", "had lost to the Ottomans in 1669"},
		{"The club said it had sold the striker to Madrid in May for a record fee.", "had sold the striker to Madrid in May for a record fee"},
		// irregular participles: a history, a news report
		{"By then the river had become the front line.", "had become the front line"},
		{"The ministry said the army had found the bodies near the border.", "had found the bodies near the border"},
		{"The spokesman had said the talks would resume.", "had said the talks would resume"},
	}
	for _, tt := range tests {
		if got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Earlier }); got != tt.want {
			t.Errorf("%q: earlier %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// lastSpans scans paragraphs as a narrative and returns the text of the
// spans pick takes from the last sentence's Context, joined by " | ".
func lastSpans(t *testing.T, v *Vocabulary, paras []para, pick func(Context) [][2]int) string {
	t.Helper()
	txt, sents := buildDoc(paras)
	_, ctxs, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range pick(ctxs[len(ctxs)-1]) {
		got = append(got, txt[s[0]:s[1]])
	}
	return strings.Join(got, " | ")
}

// TestApart: the dates of a sentence that date nothing it reports, the
// start of a comparison (Context.Apart), from a history and a news report.
func TestApart(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"It was the largest cavalry battle in Europe since 1860.", "1860"},
		{"The storm was the worst to hit the coast since March.", "March"},
		{"It was the deadliest attack on the capital since 1983.", "1983"},
		{"It was the bloodiest day of the war since the spring of 1916.", "the spring of 1916"},
		{"Oil prices rose to their highest level since 2008.", "2008"},
		{"The currency fell to its lowest point since January.", "January"},
		{"It was the biggest protest in the city since 1989.", "1989"},
		{"It was the greatest naval defeat since 1805.", "1805"},
		{"The region saw its longest drought since 1950.", "1950"},
		{"It was the strongest earthquake since 1999.", "1999"},
		{"Shares saw their sharpest fall since October.", "October"},
		{"It was the steepest decline since 2009.", "2009"},
		{"It was the fiercest fighting in the valley since 1986.", "1986"},
		// the time of the thing compared (comparisons.txt), up to a comma
		{"In a speech similar to one given two decades earlier, the king warned the barons.", "two decades earlier"},
		{"Raids rose in the north compared to the lull of January.", "January"},
		{"Unlike in 1990, the army stayed in its barracks.", "1990"},
		{"Attacks fell in 2005, compared to a total of 900 for the previous year.", "the previous year"},
		{"Compared to the ministers, the army acted in 1990.", ""}, // a comma ends the comparison
		{"The strike was comparable to the stoppage of 1926 in its reach.", "1926"},
		{"The purge was reminiscent of the trials of 1937 and 1938.", "1937 | 1938"},
		{"Prices climbed, paralleling the inflation of the 1970s.", "the 1970s"},
		{"Raids on the border rose, paralleling the surge of 2006.", "2006"},
		{"The treaty was comparable to the accord of 1921 in its scope.", "1921"},
		{"The blockade was reminiscent of the siege of 1948.", "1948"},
		{"Exports fell in the north compared with the boom of 1999.", "1999"},
		{"Casualties were light compared with the offensive of March.", "March"},
		// "like the" opens one too: the thing compared is another's
		{"The truce, like the armistice of 1953, left the border where it was.", "1953"},
		{"Unrest spread to the ports, like the strikes of May, and the fleet sailed.", "May"},
		// at the start of a sentence it needs no comma
		{"Like the treaty of 1966, the accord that India signed with Pakistan was brief.", "1966"},
		{"Like the strikes of May, the mutiny spread to the ports.", "May"},
		// "like the" with no comma before it is the verb
		{"Islamabad did not like the deal that Kabul signed in March 2006.", ""},
		{"The ministers like the plan the generals drew up in 1961.", ""},
		// "like" with no "the" after it is the verb or a looser likeness
		{"The envoys would like to meet again in March.", ""},
		{"Leaders like Nasser visited Moscow in 1958.", ""},
		// a lone comparative adjective opens no comparison: the date is the act's
		{"Pakistan signed a similar agreement with China in 1995.", ""},
		{"The unions held comparable strikes in March.", ""},
		{"The two navies staged similar exercises in 2011.", ""},
		// "only" and "most" make no comparison by themselves
		{"Only since 1995 has Russia sold arms to Pakistan.", ""},
		{"Russia has sold most of its arms to India since 1995.", ""},
		{"Troops had held the town since 1995.", ""},                        // no comparison: the holding began then
		{"It was the first incursion, since 1995 the army had stayed.", ""}, // a comma ends the comparison's clause
	}
	for _, tt := range tests {
		paras := []para{p("On 12 May 2003 the offensive began."), p(tt.sent)}
		if got := lastSpans(t, v, paras, func(c Context) [][2]int { return c.Apart }); got != tt.want {
			t.Errorf("%q: apart %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestLabels: the dates of a sentence used as a label before a noun outside
// a setting phrase (Context.Labels), and the dates that are no labels, from
// two histories and a news report.
func TestLabels(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"German forces occupied Belgium, which contributed to the failure of the 1914 Schlieffen Plan.", "1914"},
		{"Britain protested to Germany, recalling Hitler's 1930s aggressions.", "1930s"},
		{"Riots broke out, and the 1968 \"Prague Spring\" ended in August.", "1968"},
		{"The army mutinied after a secret 1917 order.", ""},                               // "after": a setting cue
		{"The envoy protested against a secret 1902 pact with Paris.", "1902"},             // one adjective between
		{"French troops attacked Germany during the 1918 Spring Offensive.", ""},           // a setting cue
		{"In a January 10, 2007 televised address, Bush proposed more troops.", ""},        // a setting cue
		{"The 1916 Battle of Jutland was the only clash of the two fleets.", "1916"},       // a label, the sentence's first words
		{"Ministers met on 12 March 2021 in Brussels.", ""},                                // no noun after it
		{"Shares fell in 2008, the worst year since 1931.", ""},                            // no determiner before it
		{"Prices rose after the Fed's March 2022 decision, and traders sold.", ""},         // a possessive after a setting cue
		{"Traders sold, fearing a repeat of the Fed's March 2022 decision.", "March 2022"}, // a possessive
		{"Critics of the withdrawal used a name dating back to the War of 1812.", "1812"},  // a name and "of"
		{"The riots recalled the Revolution of 1848 to many.", "1848"},                     // a name and "of"
		{"Britain fought the United States during the War of 1812.", ""},                   // a setting cue
		{"The siege ended in the May of 1453.", ""},                                        // a month is no name
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Labels })
		if got != tt.want {
			t.Errorf("%q: labels %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestOwn: the clauses opened after a comma by a word of subclauses.txt
// that hold a date (Context.Own), from two histories and a news report.
func TestOwn(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"Poland, which was reborn in 1918, attacked Lithuania.", "which was reborn in 1918"},
		{"Iraq asked the United Nations to extend the mandate, which expires at the end of 2008.", "which expires at the end of 2008"},
		{"Austria attacked Serbia, but in May 1915 Italy joined the war.", "but in May 1915 Italy joined the war"},
		{"Germany protested, because Britain mined the North Sea in November 1914.", "because Britain mined the North Sea in November 1914"},
		{"In 1916, when Romania joined the war, Russia attacked Austria-Hungary.", ""},              // a clause of time
		{"Britain sold tanks worth two billion dollars, out of which half was in 1967 itself.", ""}, // a share, after a preposition
		{"The bank lent Greece 40 billion euros, of which a quarter came in 2012.", ""},             // the same in news
		{"The rebels who seized the town in 1921 were routed.", ""},                                 // no comma before it
		{"The envoy, who arrived on 3 May, met the king, who had ruled since 1910.", "who arrived on 3 May | who had ruled since 1910"},
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Own })
		if got != tt.want {
			t.Errorf("%q: own %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestConjunct: the dates that open a clause joined by a word of
// subclauses.txt joins and a setting cue, before its subject (Context.Conjunct),
// from two histories of my own writing, and joined dates that make none.
func TestConjunct(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"On 14 September 1918 Austria suggested a meeting and on 15 September Germany made a peace offer.", "and on 15 September"},
		{"In March 1864 Prussia attacked Jutland, and in April, an Austrian force invaded Holstein.", "and in April"},
		{"Britain fought France in the spring and in the summer of 1916.", ""},     // no subject after the date
		{"Britain attacked France in May 1916 and on 5 June invaded Belgium.", ""}, // a verb after the date
		{"Talks were held between 1919 and 1921 in Riga.", ""},                     // no setting cue after "and"
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Conjunct })
		if got != tt.want {
			t.Errorf("%q: conjunct %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestOpening: the dated clauses that a word of subclauses.txt marked
// "start" opens at the start of a sentence (Context.Opening), from two
// histories and a news report, and openers that must not make one.
func TestOpening(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"Although a treaty was signed following talks between March 5-9, 1918 on the withdrawal of troops within two months, on March 27, 1918 Romania annexed Bessarabia.", "Although a treaty was signed following talks between March 5-9, 1918 on the withdrawal of troops within two months"},
		{"Though Finland sued for peace in February 1940, the Soviet Union bombed Viipuri.", "Though Finland sued for peace in February 1940"},
		{"Whereas the bank cut rates in March, on Tuesday it raised them.", "Whereas the bank cut rates in March"},
		{"But in May 1915 Italy joined the war, and Austria attacked it.", ""},               // "but" opens a main clause
		{"Because the rains came in March 1916, the offensive stalled.", ""},                 // a cause shares the main clause's time
		{"Although Russia's advance succeeded, Germany attacked Russia in August 1914.", ""}, // no date in the opening clause
		{"Poland, although reborn in 1918, attacked Lithuania.", "although reborn in 1918"},  // after a comma: Own, not Opening
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return append(c.Opening, c.Own...) })
		if got != tt.want {
			t.Errorf("%q: opening %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestAhead: the dates an auxiliary before them puts ahead of the time
// their sentence tells (Context.Ahead), from the auxiliary to the date's
// end: a future or conditional auxiliary, a modal or an infinitive of
// intent (ahead.txt) before a deadline; from
// a history of the Soviet withdrawal, one of the Winter War and a news
// report; and dates no auxiliary puts ahead.
func TestAhead(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"In April 1988 Moscow announced that its troops would be out of Afghanistan by 15 February 1989.", "would be out of Afghanistan by 15 February 1989"},
		{"The accord establishes that Soviet forces will withdraw from the cities by May 15, 1988, and that all of them will leave by February 15, 1989.", "will withdraw from the cities by May 15, 1988 | will leave by February 15, 1989"},
		{"A garrison of 5,000 men may remain in Hanko until the end of 1941, the minister added.", "may remain in Hanko until the end of 1941"},
		{"The bank said rates would stay low until March.", "would stay low until March"},
		{"In 1988 Moscow agreed to withdraw its troops by 15 February 1989.", "to withdraw its troops by 15 February 1989"}, // an infinitive of intent before a deadline
		{"Britain and France pledged to leave Egypt until the end of 1956.", "to leave Egypt until the end of 1956"},
		{"Britain and France agreed to meet Egypt on 5 December 1956.", ""},                                                  // no deadline
		{"The French fought to hold Verdun until December 1916.", ""},                                                        // "to" after no verb of intent
		{"By 12 September 1914 the French had halted the German advance.", ""},                                               // "by" with a past: no deadline
		{"Finland may have hoped for aid, but the Soviet Union attacked it on 30 November 1939.", ""},                        // the modal's stretch ends at the comma
		{"The country that would become Turkey signed the treaty, at Lausanne on 24 July 1923.", ""},                         // the same
		{"Russia could only fight on in the spring of 1917.", ""},                                                            // a modal without a deadline
		{"The will of the assembly in May 1789 was to reform the tax.", ""},                                                  // "will" after an article is a noun
		{"The alliance that would later contain the Soviet Union was founded in April 1949 when the treaty was signed.", ""}, // a past between the auxiliary and the date
		{"The treaty that would end the Korean War was signed at Panmunjom in July 1953.", ""},
		{"Germany would invade Belgium on 4 August 1914.", ""}, // a history's future in the past
		{"Japan would attack the American fleet at Pearl Harbor on 7 December 1941.", ""},
		{"China would later test a bomb of its own in October 1964.", ""}, // "later": what did happen
		{"The state that would later lead the bloc invaded Hungary in November 1956.", ""},
		{"The party that would eventually rule China captured Beijing in January 1949.", ""},
		{"The minister will open the dam that Chinese engineers finished in May 2009.", ""}, // the date is the relative clause's
		{"The envoys will meet the general who seized power in March 1990.", ""},
		{"Fearing that it would lose influence in Eastern Europe the Soviet Union invaded Hungary in November 1956.", ""}, // a past in -ed after the auxiliary's verb group
		{"Hoping that Britain would stay out of the war the Kaiser ordered the attack on 2 August 1914.", ""},
		{"Officials said the treaty will be signed in Vienna in June 2025.", "will be signed in Vienna in June 2025"}, // a passive of the auxiliary's own verb
		{"Berlin said that Moscow would not have invaded Finland in 1941.", "would not have invaded Finland in 1941"},
		{"Berlin warned that the Soviet Union would attack Finland in 1941.", "would attack Finland in 1941"}, // a would of what is said
		{"Washington feared that Hanoi would launch an offensive in the spring of 1972.", "would launch an offensive in the spring of 1972"},
		{"Iraqis will insist that the differences cannot be settled even after the withdrawal in 2011.", "will insist that the differences cannot be settled even after the withdrawal in 2011"}, // the verb's own "that"
		{"The president will say that the mission is over in August 2010.", "will say that the mission is over in August 2010"},
		{"French aid would not bring results until the arrival of the fleet in July 1780.", "would not bring results until the arrival of the fleet in July 1780"}, // a deadline inside the clause
		{"The embargo would not hurt the West until the winter of 1974.", "would not hurt the West until the winter of 1974"},
		{"The treaty, which would expire in 1996, was signed by the United States and the Soviet Union in 1972.", "would expire in 1996"}, // a relative clause's own date (review12 #3)
		{"Nasser, who would nationalise the canal in 1956, overthrew the king in 1952.", "would nationalise the canal in 1956"},
	}
	for _, tt := range tests {
		got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Ahead })
		if got != tt.want {
			t.Errorf("%q: ahead %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestAheadSetsNoTime: a date ahead of the time told is no reference time
// for the sentences after it (Context.Para), in a history and in news.
func TestAheadSetsNoTime(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		text []string
		want string
	}{
		{[]string{"On 14 April 1988 Gorbachev announced that the withdrawal would end by 15 February 1989.", "The Soviet army had left Kabul."}, "1988-04-14"},
		{[]string{"On March 12, 1940, the minister said that the fighting would end by March 13, 1940.", "He thanked the troops."}, "1940-03-12"},
		{[]string{"On 14 April 1988 the accords were signed and the withdrawal ended on 15 February 1989.", "The army left."}, "1989-02-15"}, // no auxiliary: the story moves on
		{[]string{"Fearing that it would lose influence the Soviet Union invaded Hungary in November 1956.", "Moscow installed a government."}, "1956-11"},
		{[]string{"Hoping that Britain would stay out the Kaiser ordered the attack on 2 August 1914.", "Belgium refused."}, "1914-08-02"},
		{[]string{"The treaty that would end the Korean War was signed at Panmunjom in July 1953.", "The talks began."}, "1953-07"}, // the would governs no date
		{[]string{"In July 1914 Austria declared war on Serbia.", "Germany would invade Belgium on 4 August 1914.", "Britain declared war."}, "1914-08-04"},
	}
	for _, tt := range tests {
		txt, sents := buildDoc([]para{p(tt.text...)})
		_, ctxs, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
		if err != nil {
			t.Fatal(err)
		}
		if got := ctxs[len(ctxs)-1].Para; got != tt.want {
			t.Errorf("%q: para %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestBCCount: a count of years from a year before the common era counts
// down ("490 BC" and "the following year": BC0489), in the Persian wars and
// the Punic wars; not from a date "since" puts aside, nor across the era's
// start.
func TestBCCount(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		text []string
		want string
	}{
		{[]string{"In 490 BC Persia invaded Greece.", "The following year Persia attacked Athens."}, "The following year=BC0489"},
		{[]string{"Rome took Syracuse in 212 BC.", "Ten years later Scipio defeated Hannibal at Zama."}, "Ten years later=BC0202"},
		{[]string{"Sparta and Athens made a truce in 445 BC.", "The previous year Athens had lost Boeotia."}, "The previous year=BC0446"},
		{[]string{"Thrace had been Persian since 513 BC.", "The following year Darius sent envoys."}, "513 BC=BC0513"}, // an aside sets no time
		{[]string{"Augustus ruled Rome in 2 BC.", "Five years later his grandson died."}, "2 BC=BC0002"},               // across the era's start: no value
	}
	for _, tt := range tests {
		txt, sents := buildDoc([]para{p(tt.text...)})
		xs, _, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(xs) > 0 {
			x := xs[len(xs)-1]
			got = txt[x.Start:x.End] + "=" + x.Value
		}
		if got != tt.want {
			t.Errorf("%q: last timex %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCourse: the clauses that name a time of the story by its own course
// (Context.Course, storytimes.tsv), from two histories each way: from the
// clause's start (an infinitive's "to", an auxiliary, a clause opener,
// else the sentence's) to the sentence's end, or an inserted clause's
// closing comma.
func TestCourse(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"German forces in East Africa fought Britain for the duration of World War I.", "German forces in East Africa fought Britain for the duration of World War I."},
		{"The Soviet Union supplied North Vietnam with arms throughout the war.", "The Soviet Union supplied North Vietnam with arms throughout the war."},
		{"Britain promised to supply Russia for the duration of the war.", "to supply Russia for the duration of the war."},
		{"Britain aided Russia, which fought Germany for the rest of the conflict.", "which fought Germany for the rest of the conflict."},
		{"Only at the end of the conflict were the Entente powers able to break through.", "Only at the end of the conflict were the Entente powers able to break through."},
		{"Towards the end of the Peloponnesian War, Sparta besieged Athens.", "Towards the end of the Peloponnesian War, Sparta besieged Athens."},
		// an inserted clause after a comma ends at its closing comma (subclauses.txt)
		{"The Soviet Union, which had stayed neutral throughout the war, then declared war on Japan.", "which had stayed neutral throughout the war"},
		{"Brazil, who had traded with Germany for the rest of the war, then attacked German ships.", "who had traded with Germany for the rest of the war"},
		// not: the war's start, an episode, a noun phrase with no frame, a frame with another noun
		{"At the outbreak of the war, Italy stayed neutral.", ""},
		{"After the siege, Austria attacked Italy.", ""},
		{"Britain feared the end of the war.", ""},
		{"Britain attacked at the end of the month.", ""},
		{"Russia fought for the rest of the year.", ""},
		// "until the end of the war" is an end point, no time of the act
		{"German troops occupied Norway until the end of the war.", ""},
		{"Israel occupied the Sinai until the end of the conflict.", ""},
	}
	for _, tt := range tests {
		if got := lastSpans(t, v, []para{p(tt.sent)}, func(c Context) [][2]int { return c.Course }); got != tt.want {
			t.Errorf("%q: course %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestEnded: a sentence that tells the war's end (storytimes.tsv kinds end
// and ended) leaves the paragraph's date in Context.Ended for the sentences
// after it; other ends, the war's start and a new paragraph leave none.
// Two wars each way.
func TestEnded(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		paras []para
		want  string
	}{
		{[]para{p("In 1918 Germany signed the armistice.", "France occupied the Rhineland.")}, "1918"},
		{[]para{p("In June 1945 the war in Europe ended.", "The Soviet Union attacked Japan.")}, "1945-06"},
		{[]para{p("In 1953 the two sides agreed to a cease-fire.", "China withdrew.")}, "1953"},
		{[]para{p("In May 1945 Germany surrendered.", "The Allies occupied Berlin.")}, "1945-05"},
		// not: the war's start, the end of talks, a peace that is only talked of, a new paragraph
		{[]para{p("In September 1939 Germany invaded Poland.", "The Soviet Union annexed eastern Poland.")}, ""},
		{[]para{p("In 1950 North Korea invaded South Korea.", "The talks ended.", "China withdrew.")}, ""},
		{[]para{p("In 1950 North Korea rejected peace talks.", "China withdrew.")}, ""},
		{[]para{p("In 1918 Germany signed the armistice."), p("France occupied the Rhineland.")}, ""},
		// an end only asked for or refused, a war that ends something else
		{[]para{p("In 1950 North Korea invaded South Korea, and the UN demanded its surrender.", "China withdrew.")}, ""},
		{[]para{p("In 1944 Japan refused to surrender.", "The United States attacked Japan.")}, ""},
		{[]para{p("In 1914 Germany attacked Belgium and the war ended the long peace in Europe.", "Britain seized German colonies.")}, ""},
		// an end told before the paragraph has a date is no end in a year
		{[]para{p("Germany surrendered.", "In 1919 France occupied the Rhineland.", "Britain withdrew.")}, ""},
	}
	for _, tt := range tests {
		txt, sents := buildDoc(tt.paras)
		_, ctxs, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
		if err != nil {
			t.Fatal(err)
		}
		if got := ctxs[len(ctxs)-1].Ended; got != tt.want {
			t.Errorf("%q: ended %q, want %q", txt, got, tt.want)
		}
	}
}

// TestMoved: a sentence that opens with a time of the story's own course
// moves its paragraph to a time the text does not name (Context.Moved, no
// Para) until a date sets one, and leaves no Prev for the next paragraph;
// one that names it inside does not. Two histories.
func TestMoved(t *testing.T) {
	v := testVocab(t)
	paras := []para{
		p("Serbia recaptured Bitola on 19 November 1916.", "Only at the end of the conflict did the Entente break through.", "Days later Bulgaria defeated Britain.", "Bulgaria signed an armistice on 29 September 1918.", "Bulgaria left the war."),
		p("In March 1780 France signed a treaty.", "By the end of the war, France attacked Britain."),
		p("Britain surrendered."),
		p("In May 1965 the Viet Cong attacked.", "The Soviet Union supplied arms throughout the war.", "China sent troops."),
	}
	txt, sents := buildDoc(paras)
	_, ctxs, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		para  string
		moved bool
		prev  string
	}
	want := []got{
		{"", false, ""},
		{"1916-11-19", false, ""}, // the sentence that opens at the war's end: its own clause tells it (Course)
		{"", true, ""},            // the story stands at a time the text does not name
		{"", true, ""},            // a date in the sentence sets the time after it
		{"1918-09-29", false, ""}, // ... so
		{"", false, "1918-09-29"}, // a new paragraph
		{"1780-03", false, "1918-09-29"},
		{"", false, ""}, // the paragraph before moved: no date to go on from
		{"", false, ""},
		{"1965-05", false, ""}, // the war's course inside a sentence does not move the paragraph
		{"1965-05", false, ""},
	}
	for i, w := range want {
		c := ctxs[i]
		if g := (got{c.Para, c.Moved, c.Prev}); g != w {
			t.Errorf("sentence %d %q: %+v, want %+v", i, txt[sents[i].Start:sents[i].End], g, w)
		}
	}
}

// TestSequels: the words that put what a sentence tells after the time
// the text has set (Context.Sequels), from a history of Ethiopia, one of
// Poland and one of Iraq, with the granularity of that time each leaves;
// none in an adjective, a comparison, a bare "after" or a date.
func TestSequels(t *testing.T) {
	v := testVocab(t)
	tests := []struct{ sent, want string }{
		{"Two days after his arrival in Jerusalem, Haile Selassie sent a telegram.", "days after/2"},
		{"A few weeks later, the League sent observers to Vilnius.", "weeks later/1"},
		{"Later, France recognized the new border.", "Later/1"},
		{"The team was subsequently joined by special forces.", "subsequently/1"},
		{"Italy afterwards annexed Ethiopia.", "afterwards/1"},
		{"Two years after the treaty, Germany rearmed.", "years after/0"}, // the treaty is no act of "sailed" (setAct)
		{"Several months later the army left Basra.", "months later/1"},
		// not: an adjective, a comparison, a bare "after", a date
		{"The Ottoman army won a later battle.", ""},
		{"In the later stages, Poland attacked Kiev.", ""},
		{"The troops must leave no later than March.", ""},
		{"After the capture, Russia protested to Poland.", ""},
		{"Later that year Germany attacked Belgium.", ""},
	}
	for _, tt := range tests {
		if g := sequelsAfter(t, v, "On 4 May 1936 the emperor sailed.", tt.sent); g != tt.want {
			t.Errorf("%q: sequels %q, want %q", tt.sent, g, tt.want)
		}
	}
}

// sequelsAfter is the sequels (Context.Sequels, "phrase/Holds", joined by
// " | ") of sentence sent read in a narrative right after sentence set of
// its paragraph.
func sequelsAfter(t *testing.T, v *Vocabulary, set, sent string) string {
	t.Helper()
	txt, sents := buildDoc([]para{p(set, sent)})
	_, ctxs, err := v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range ctxs[len(ctxs)-1].Sequels {
		got = append(got, fmt.Sprintf("%s/%d", txt[s.Start:s.End], s.Holds))
	}
	return strings.Join(got, " | ")
}
