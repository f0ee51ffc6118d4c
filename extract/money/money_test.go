package money

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

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
func scan(t testing.TB, v *Vocabulary, s string, c Countries) []Span {
	t.Helper()
	ms, err := v.Scan(context.Background(), s, []text.Sentence{{Start: 0, End: len(s)}}, c)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// item renders a figure of s as "text=amount CUR" ("text=min-max CUR" for
// a range).
func item(s string, m Span) string {
	a := strconv.FormatFloat(m.Amount, 'f', -1, 64)
	if m.Max != nil {
		a += "-" + strconv.FormatFloat(*m.Max, 'f', -1, 64)
	}
	return fmt.Sprintf("%s=%s %s", s[m.Start:m.End], a, m.Currency)
}

// moneyOf scans text as one sentence and returns its figures as items.
func moneyOf(t *testing.T, text string, ctx Countries) []string {
	t.Helper()
	var out []string
	for _, m := range scan(t, testVocab(t), text, ctx) {
		out = append(out, item(text, m))
	}
	return out
}

func TestMoneyForms(t *testing.T) {
	none := Countries{}
	tests := []struct {
		name string
		text string
		want string
	}{
		{"dollar sign and scale", "allocated $50 million for oil", "$50 million=50000000 USD"},
		{"scale and dollars after", "a package worth 4.02 billion dollars, was cut off", "4.02 billion dollars=4020000000 USD"},
		{"capitalized scale and dollars", "military aid of 3.73 Billion Dollars owing to", "3.73 Billion Dollars=3730000000 USD"},
		{"Dollar before a number in words", "sold arms worth Dollar One Billion, out of which", "Dollar One Billion=1000000000 USD"},
		{"US Dollar before a number", "out of which US Dollar 53 Million was in 1954", "US Dollar 53 Million=53000000 USD"},
		{"ISO code before", "a loan of USD 5.4 billion to Pakistan", "USD 5.4 billion=5400000000 USD"},
		{"US$ and bn", "a credit line of US$ 1.2bn from China", "US$ 1.2bn=1200000000 USD"},
		{"dollar sign, decimals and billion", "a $1.62 billion deal", "$1.62 billion=1620000000 USD"},
		{"million dollars", "worth 200 million dollars in arms", "200 million dollars=200000000 USD"},
		{"dollar sign and grouped digits", "a contract of $6,200,000 for", "$6,200,000=6200000 USD"},
		{"half a billion dollars", "spent half a billion dollars on jets", "half a billion dollars=500000000 USD"},
		{"bn glued", "exports of $8.7bn last year", "$8.7bn=8700000000 USD"},
		{"euro sign", "a €7.8bn package", "€7.8bn=7800000000 EUR"},
		{"pound sign", "a £6.7bn order", "£6.7bn=6700000000 GBP"},
		{"million roubles", "steel mills worth 160 million Roubles, which", "160 million Roubles=160000000 RUB"},
		{"roubles before the number", "credits of Roubles 9966.60 million were", "Roubles 9966.60 million=9966600000 RUB"},
		{"rupees with no country: the default", "a budget of 60 billion rupees was set", "60 billion rupees=60000000000 INR"},
		{"crore", "Rs 2,300 crore for roads", "Rs 2,300 crore=23000000000 INR"},
		{"lakh", "a grant of Rs. 5 lakh to each", "Rs. 5 lakh=500000 INR"},
		{"trillion yuan", "a plan of 1.5 trillion yuan for railways", "1.5 trillion yuan=1500000000000 CNY"},
		{"range with shared scale: $160-200 million", "a deal worth $160-200 million for", "$160-200 million=160000000-200000000 USD"},
		{"range in pounds", "costs of £11-12 million a year", "£11-12 million=11000000-12000000 GBP"},
		{"cents after dollars", "it cost 20 dollars 43 cents", "20 dollars 43 cents=20.43 USD"},
		{"not money: a percentage", "exports fell by 12 per cent over the decade, the census showed", ""},
		// a count of arms named by letters and figures: two invented texts
		// of two kinds (a history, a news report)
		{"not money: a count of things", "The navy bought six frigates and two M-60 tanks for the coast guard.", ""},
		{"not money: a count of things (2)", "Madrid ordered 24 F-18 fighters and 3 A-400 transports on Monday.", ""},
		{"not money: a year", "in 1954, Pakistan signed", ""},
		{"not money: pounds of weight", "It weighs no more than 2,000.45 pounds", ""},
		{"not money: a decimal and a count after dollars", "the cost is $4.25 and 32 is the quantity", "$4.25=4.25 USD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(moneyOf(t, tt.text, none), " | ")
			if got != tt.want {
				t.Errorf("Money(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// A shared name ("rupees") takes its currency from the countries of the
// sentence, else of the document, else its default: the same contexts for
// two texts of two kinds (a news report, a paper's sentence on wages).
func TestMoneyRupeeContext(t *testing.T) {
	for _, text := range []string{"Islamabad announced 60 billion rupees for dams.", "Wages in the province rose by 300 rupees a month."} {
		testRupeeContext(t, text)
	}
}

func testRupeeContext(t *testing.T, text string) {
	t.Helper()
	v := testVocab(t)
	for _, tt := range []struct {
		name       string
		c          Countries
		cur, basis string
	}{
		{"the sentence names the country", Countries{Sentence: [][]string{{"PAK"}}}, "PKR", "context:PAK"},
		{"the document names one country most", Countries{Sentence: [][]string{nil}, Document: map[string]int{"IND": 2, "PAK": 9}}, "PKR", "context:PAK"},
		{"no clear document context: the default", Countries{Sentence: [][]string{nil}, Document: map[string]int{"IND": 3, "PAK": 2}}, "INR", "default"},
		{"the default's country in the sentence wins", Countries{Sentence: [][]string{{"PAK", "IND"}}}, "INR", "context:IND"},
		{"no context at all: the default", Countries{}, "INR", "default"},
	} {
		ms := scan(t, v, text, tt.c)
		if len(ms) != 1 || ms[0].Currency != tt.cur || ms[0].Basis != tt.basis {
			t.Errorf("%q: %s: got %+v, want %s %s", text, tt.name, ms, tt.cur, tt.basis)
		}
	}
}

// The words that join a range's two amounts (ranges.tsv): "to" alone,
// "and" only after "between". Two kinds of text (a paper's figures, a news
// report), with their negative twins: "and" without "between" joins two
// figures or a figure and a count, not a range.
func TestRangeWords(t *testing.T) {
	runFigures(t, []figureCase{
		{"paper: between and", "Annual aid ranged between 2 and 3 billion dollars in the decade.",
			"2 and 3 billion dollars=2000000000-3000000000 USD default"},
		{"news: between and, a currency on each", "Officials said repairs would cost between $4 million and $6 million.",
			"$4 million and $6 million=4000000-6000000 USD default"},
		{"news: to", "Bids ran from $3 to $5 million for the contract.", "$3 to $5 million=3000000-5000000 USD default"},
		{"paper: to", "Grants of 20 to 40 million pounds went to the universities.", "20 to 40 million pounds=20000000-40000000 GBP default"},
		{"not a range: and with no between", "Repairs would cost $4 million and $6 million more for the port.",
			"$4 million=4000000 USD default | $6 million=6000000 USD default"},
		{"not a range: between two years, and a count", "Between 1980 and 1990 the budget was $5 million and 7 aircraft were bought.",
			"$5 million=5000000 USD default"},
	})
}

// An article ("a", "an": english's articles.tsv) reads as one only before
// a scale or a currency ("a dollar"): after a currency it is no amount
// ("in USD a year"), nor after a figure the minor units of it ("5 dollars
// a pound"). Two kinds of text (a news or business report, a history),
// with the twins where the article is the amount.
func TestArticleIsNoAmount(t *testing.T) {
	runFigures(t, []figureCase{
		{"after a code", "Rent is paid in USD a year in advance.", ""},
		{"after a currency name", "Prices in Rs a kilo were listed in the 1951 census.", ""},
		{"no minor units", "Beef sold at 5 dollars a pound in the market.", "5 dollars=5 USD default"},
		{"no minor units (2)", "In 1917 bread cost 2 pounds a loaf and milk a pound.", "2 pounds=2 GBP default"},
		{"twin: the article before a currency is one", "He paid a dollar for it.", "a dollar=1 USD default"},
		{"twin: the article before a currency is one (2)", "Porters earned 2 dollars a week and a dollar a day in the season.",
			"2 dollars=2 USD default | a dollar=1 USD default"},
	})
}

func FuzzMoney(f *testing.F) {
	for _, s := range []string{"$160-200 million", "Rs 2,300 crore", "one kuai and five mao five", "US$3 and fourteen", "1 $ 10 dollars bill",
		"half a billion dollars", "10 000 dollars", "£11-12 million", "a US$4.7 billion", "net: ($2.1 million)", "-€5bn", "MUSD 12",
		"EURbn 1.2", "AUD$ 20", "5,000 won", "the 5000 mark", "Re 1", "#3$4,56#"} {
		f.Add(s)
	}
	v := testVocab(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range scan(t, v, s, Countries{}) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %d:%d in %q", m.Start, m.End, s)
			}
			if m.Amount < 0 && m.Rule != "money:negative" || m.Currency == "" || m.Max != nil && *m.Max <= m.Amount {
				t.Fatalf("bad figure %+v in %q", m, s)
			}
		}
	})
}

// The bit filter before the start look-up passes every currency form's
// first token and every number word: each key of starts is found.
func TestStartFilterPassesKeys(t *testing.T) {
	v := testVocab(t)
	for w, want := range v.starts {
		if got, ok := v.startOf(w); !ok || len(got.forms) != len(want.forms) || got.number != want.number {
			t.Errorf("startOf(%q) = %v, %v", w, got, ok)
		}
	}
	for _, w := range []string{"USD", "$", "rupees", "Pakistani", "seven"} {
		if _, ok := v.startOf(w); !ok {
			t.Errorf("startOf(%q) not found", w)
		}
	}
	for _, w := range []string{"the", "Karachi", "troops", "#"} {
		if s, ok := v.startOf(w); ok {
			t.Errorf("startOf(%q) = %v", w, s)
		}
	}
	if len(v.starts) < 1000 {
		t.Errorf("%d starts", len(v.starts))
	}
}

// A name form whose first word has capitals in its list ("Pakistani
// rupees", "Russian roubles") matches that word as the lexer keeps it,
// written so, and in lower case, its other words in any case; the word
// alone or before another noun is no currency.
func TestNameFormFirstWord(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ in, want string }{
		{"The loan came to 40 billion Pakistani rupees in 2019.", "40 billion Pakistani rupees=40000000000 PKR"},
		{"It cost 3 million Russian roubles.", "3 million Russian roubles=3000000 RUB"},
		{"It cost 3 million russian Roubles.", "3 million russian Roubles=3000000 RUB"},
		{"It cost 3 million RUSSIAN ROUBLES.", ""}, // no form is filed under "RUSSIAN"
		{"They paid 12 million pakistani rupees.", "12 million pakistani rupees=12000000 PKR"},
		{"Some 40,000 Pakistani troops crossed the border.", ""},
		{"Russian officials met 3 Pakistani diplomats.", ""},
	} {
		var got []string
		for _, m := range scan(t, v, c.in, Countries{}) {
			got = append(got, item(c.in, m))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.in, g, c.want)
		}
	}
}

// A year between two amounts ("from X in 1965 to Y") is no money and
// borrows nothing from the second amount, while a real range still reads.
// Two kinds of text: a paper's budget figures written as prose, a news
// story.
func TestYearBetweenAmounts(t *testing.T) {
	none := Countries{}
	tests := []struct {
		name string
		text string
		want string
	}{
		// a paper's budget table in prose
		{"crore, year cue in", "Soviet credits to India rose from Rs 130 crore in 1965 to Rs 400 crore in 1970.",
			"Rs 130 crore=1300000000 INR | Rs 400 crore=4000000000 INR"},
		{"crore, year cue by", "The defence budget grew from Rs 90 crore in 1958 to Rs 200 crore by 1966.",
			"Rs 90 crore=900000000 INR | Rs 200 crore=2000000000 INR"},
		{"roubles after the number", "Credits to Cuba grew from 300 million roubles in 1962 to 1 billion roubles in 1970.",
			"300 million roubles=300000000 RUB | 1 billion roubles=1000000000 RUB"},
		{"the second amount larger than the year times its scale", "Outlays rose from $900 million in 1975 to $2,100 million in 1979.",
			"$900 million=900000000 USD | $2,100 million=2100000000 USD"},
		{"no scale: a year cue keeps the year a year", "Tuition rose from 500 dollars in 1990 to 2500 dollars in 2000.",
			"500 dollars=500 USD | 2500 dollars=2500 USD"},
		{"real range: shared scale", "The refit will cost from $2 to $3 billion over a decade.",
			"$2 to $3 billion=2000000000-3000000000 USD"},
		{"real range: between and", "Tokyo pledged between 5 and 7 million dollars to the fund.",
			"5 and 7 million dollars=5000000-7000000 USD"},
		{"real range: crore with a hyphen", "The state spent Rs 10-12 crore on the bridge.",
			"Rs 10-12 crore=100000000-120000000 INR"},
		// a news story
		{"news: aid with a year", "Aid to Egypt rose from $50 million in 1975 to $900 million in 1979, officials said.",
			"$50 million=50000000 USD | $900 million=900000000 USD"},
		{"news: yen", "The loan grew from 5 billion yen in 1990 to 2,500 billion yen in 2000.",
			"5 billion yen=5000000000 JPY | 2,500 billion yen=2500000000000 JPY"},
		{"news: a rejected range borrows no currency", "Shares fell 3 to $2 million in value.", "$2 million=2000000 USD"},
		{"news: real range after a cue word that is no year", "Fares were raised by 1,500 to 2,000 dollars a seat.",
			"1,500 to 2,000 dollars=1500-2000 USD"},
		{"news: real range of two plain numbers", "The ministry sought 5 to 10 million dollars for the port.",
			"5 to 10 million dollars=5000000-10000000 USD"},
		{"news: a four-figure low end with no cue", "Tickets sold for 1500 to 2000 dollars each.",
			"1500 to 2000 dollars=1500-2000 USD"},
		// a cue after a verb, not after an amount, opens a change by a range
		// (review27 finding 4)
		{"news: a cue after a verb is no year", "Fares were raised by 1500 to 2000 dollars a seat.",
			"1500 to 2000 dollars=1500-2000 USD"},
		{"paper: a cue after a verb is no year", "Wages in the mills went up by 1200 to 1800 rupees a month after the strike.",
			"1200 to 1800 rupees=1200-1800 INR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(moneyOf(t, tt.text, none), " | ")
			if got != tt.want {
				t.Errorf("Money(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
