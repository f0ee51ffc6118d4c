package money

import (
	"context"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/models"
)

// figures scans s as one sentence and returns its figures as items with
// their basis ("text=amount CUR basis"), joined by " | ".
func figures(t *testing.T, s string, c Countries) string {
	t.Helper()
	var out []string
	for _, m := range scan(t, testVocab(t), s, c) {
		out = append(out, item(s, m)+" "+m.Basis)
	}
	return strings.Join(out, " | ")
}

type figureCase struct {
	name string
	text string
	want string
}

func runFigures(t *testing.T, tests []figureCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(t, tt.text, Countries{}); got != tt.want {
				t.Errorf("%q\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// Each form of a currency, from two different texts.
func TestCurrencyForms(t *testing.T) {
	runFigures(t, []figureCase{
		{"ISO code glued before the number", "Tickets cost GBP45.50 at the gate.", "GBP45.50=45.5 GBP code"},
		{"ISO code glued before the number (2)", "The visa fee is EUR80 per person.", "EUR80=80 EUR code"},
		{"ISO code after the number", "The ministry paid 42 MYR for each form.", "42 MYR=42 MYR code"},
		{"ISO code after the number (2)", "A barrel sold for 310 SAR in Riyadh.", "310 SAR=310 SAR code"},
		{"scale letter before a code", "The fund received MUSD 12 from the donors.", "MUSD 12=12000000 USD code"},
		{"scale letter before a code (2)", "Costs rose to KEUR 450 in the second year.", "KEUR 450=450000 EUR code"},
		{"scale after a code", "Revenue reached USDm 340 last year.", "USDm 340=340000000 USD code"},
		{"scale after a code (2)", "The bank booked EURbn 1.2 in provisions.", "EURbn 1.2=1200000000 EUR code"},
		{"code before a dollar sign", "The airline paid AUD$ 4.5 million for the slots.", "AUD$ 4.5 million=4500000 AUD code"},
		{"code before a dollar sign (2)", "He wired CAD$200 to his sister.", "CAD$200=200 CAD code"},
		{"C$", "A deal worth C$1.2 billion was signed in Ottawa.", "C$1.2 billion=1200000000 CAD symbol"},
		{"A$", "Canberra ordered submarines for A$90 billion.", "A$90 billion=90000000000 AUD symbol"},
		{"NZ$", "The tunnel cost NZ$ 2 billion.", "NZ$ 2 billion=2000000000 NZD symbol"},
		{"HK$", "Rents reach HK$50,000 a month in Central.", "HK$50,000=50000 HKD symbol"},
		{"S$", "The port cost S$1.5bn to build.", "S$1.5bn=1500000000 SGD symbol"},
		{"sign of the Unicode block: rupee", "The state spent ₹5,000 crore on roads.", "₹5,000 crore=50000000000 INR symbol"},
		{"sign of the Unicode block: won", "Seoul set aside ₩3 trillion for the fund.", "₩3 trillion=3000000000000 KRW symbol"},
		{"sign of the Unicode block: ruble", "Moscow allocated ₽1.2 trillion for defence.", "₽1.2 trillion=1200000000000 RUB symbol"},
		{"sign of the Unicode block: sheqel", "The cabinet approved ₪4 billion for the program.", "₪4 billion=4000000000 ILS symbol"},
		{"sign of the Unicode block: hryvnia", "Kyiv received ₴20 billion in aid.", "₴20 billion=20000000000 UAH symbol"},
		{"sign of the Unicode block: naira", "Lagos state spent ₦200 billion on roads.", "₦200 billion=200000000000 NGN symbol"},
		{"sign of the Unicode block: peseta", "A ticket was ₧500 in 1980.", "₧500=500 ESP symbol"},
		{"sign of the Unicode block: French franc", "The meal cost ₣120 in Lyon.", "₣120=120 FRF symbol"},
		{"cent sign", "A stamp cost 50¢ then.", "50¢=0.5 USD symbol"},
		{"cent sign (2)", "Coffee was 25¢ a cup in 1960.", "25¢=0.25 USD symbol"},
		{"Soviet roubles", "Moscow granted 500 million Soviet roubles in credits.", "500 million Soviet roubles=500000000 SUR name"},
		{"Soviet roubles (2)", "The dam cost 2.5 billion Soviet rubles to build.", "2.5 billion Soviet rubles=2500000000 SUR name"},
		{"Deutsche Mark", "Bonn paid 3 billion Deutsche Marks to Israel.", "3 billion Deutsche Marks=3000000000 DEM name"},
		{"Deutsche Mark (2)", "The plant was sold for DM 400 million.", "DM 400 million=400000000 DEM name"},
		{"French franc", "Paris spent 12 billion French francs on the program.", "12 billion French francs=12000000000 FRF name"},
		{"French franc (2)", "The frigates cost FRF 15 billion.", "FRF 15 billion=15000000000 FRF code"},
		{"Dutch guilder", "The Hague pledged 40 million Dutch guilders.", "40 million Dutch guilders=40000000 NLG name"},
		{"Dutch guilder (2)", "NLG 300 million went to the navy.", "NLG 300 million=300000000 NLG code"},
		{"Finnish markka", "Helsinki paid 2 billion Finnish markkaa for the jets.", "2 billion Finnish markkaa=2000000000 FIM name"},
		{"Finnish markka (2)", "FIM 1.2 billion was budgeted for the border.", "FIM 1.2 billion=1200000000 FIM code"},
		{"Italian lira", "Rome approved 3,000 billion Italian lire.", "3,000 billion Italian lire=3000000000000 ITL name"},
		{"Italian lira (2)", "ITL 500 billion was approved for the fleet.", "ITL 500 billion=500000000000 ITL code"},
		{"peseta", "Madrid paid 80,000 million pesetas for the tanks.", "80,000 million pesetas=80000000000 ESP default"},
		{"peseta (2)", "ESP 100 billion was spent on the fleet.", "ESP 100 billion=100000000000 ESP code"},
		{"escudo", "Lisbon spent 10 billion escudos on the war.", "10 billion escudos=10000000000 PTE default"},
		{"escudo (2)", "PTE 30 billion went to the army.", "PTE 30 billion=30000000000 PTE code"},
		{"drachma", "Athens spent 500 billion drachmas on jets.", "500 billion drachmas=500000000000 GRD name"},
		{"drachma (2)", "GRD 80 billion was spent on the navy.", "GRD 80 billion=80000000000 GRD code"},
		{"pound sterling", "London lent 50 million pounds sterling.", "50 million pounds sterling=50000000 GBP name"},
		{"pound sterling, old abbreviation", "The loan of 5 million stg. was repaid.", "5 million stg.=5000000 GBP name"},
		{"SUR", "The treaty cost SUR 200 million.", "SUR 200 million=200000000 SUR code"},
		{"SUR (2)", "Arms worth 1.5 billion SUR were shipped.", "1.5 billion SUR=1500000000 SUR code"},
		{"adjective form", "Karachi raised 50 billion Pakistani rupees.", "50 billion Pakistani rupees=50000000000 PKR name"},
		{"adjective form (2)", "The grant was 3 million Sri Lankan rupees.", "3 million Sri Lankan rupees=3000000 LKR name"},
		{"scale letter T", "Apple is worth $3T now.", "$3T=3000000000000 USD default"},
		{"scale letter T (2)", "A €1.2T plan was tabled.", "€1.2T=1200000000000 EUR symbol"},
		{"scale letter k", "The startup raised $500k in seed money.", "$500k=500000 USD default"},
		{"scale letter k (2)", "He earns £45k a year.", "£45k=45000 GBP symbol"},
		{"scale word mn", "Analysts expect $2.5mn in sales.", "$2.5mn=2500000 USD default"},
		{"scale word mn (2)", "Donors gave €40 mn to the fund.", "€40 mn=40000000 EUR symbol"},
		{"scale word cr", "The budget is Rs 500 Cr for the scheme.", "Rs 500 Cr=5000000000 INR default"},
		{"scale word cr (2)", "The project got ₹1,200 cr last year.", "₹1,200 cr=12000000000 INR symbol"},
		{"scale word lakh", "Each family got Rs 1 lakh in compensation.", "Rs 1 lakh=100000 INR default"},
		{"scale word lakh (2)", "Fines of ₹10 lakh were imposed.", "₹10 lakh=1000000 INR symbol"},
		{"accounting negative: minus", "The trade balance was -$5 billion in 2019.", "-$5 billion=-5000000000 USD default"},
		{"accounting negative: minus sign", "The deficit reached −€2bn last year.", "−€2bn=-2000000000 EUR symbol"},
		{"accounting negative: minus after the sign", "Operating result was $-3.4 million.", "$-3.4 million=-3400000 USD default"},
		{"accounting negative: parentheses after a colon", "Net income: ($2.1 million) for the quarter.", "($2.1 million)=-2100000 USD default"},
		{"accounting negative: parentheses after equals", "Change in reserves = (€450 million)", "(€450 million)=-450000000 EUR symbol"},
		{"not negative: a conversion in parentheses", "a fine of €4 billion ($4.5 billion) was set", "€4 billion=4000000000 EUR symbol | $4.5 billion=4500000000 USD default"},
		{"not negative: a range", "prices of $3-$5 a unit", "$3-$5=3-5 USD default"},
		{"a share", "The bid valued the firm at $98 a share.", "$98=98 USD default"},
		{"a share (2)", "Holders get a $70-a-share price.", "$70=70 USD default"},
		{"a share (3)", "The stock closed at 1,250 yen a share.", "1,250 yen=1250 JPY name"},
		{"yen sign, no country", "The set sold for ¥30,000.", "¥30,000=30000 JPY default"},
		{"Re for one", "A coin of Re 1 was issued.", "Re 1=1 INR default"},
		{"Re for one (2)", "Tea cost Re. 1 in the village.", "Re. 1=1 INR default"},
		{"won after its number", "The ticket cost 5,000 won.", "5,000 won=5000 KRW default"},
		{"won with a scale", "Seoul paid 5 trillion won for the jets.", "5 trillion won=5000000000000 KRW default"},
		{"marks after their number", "He paid 5,000 marks for the car in 1950.", "5,000 marks=5000 DEM default"},
		{"Bulgarian lev after its number", "The fee is 12 leva per day.", "12 leva=12 BGN name"},
		{"pound after its number", "The prize was 100 pounds.", "100 pounds=100 GBP default"},
		{"pound after its number (2)", "Tickets cost 40 pounds at the door.", "40 pounds=40 GBP default"},
		{"marks after their number (2)", "Bonn paid 2 billion marks for the troops' upkeep.", "2 billion marks=2000000000 DEM default"},
		{"Bulgarian lev after its number (2)", "Sofia set aside 500 million leva for pensions.", "500 million leva=500000000 BGN name"},
		{"a pound for one", "A loaf cost one pound then.", "one pound=1 GBP default"},
		{"a code that is a word, with decimals or a scale", "The fee was TRY 2.5 million.", "TRY 2.5 million=2500000 TRY code"},
		{"a code that is a word, with decimals or a scale (2)", "Tonga spent TOP 14.5 on each.", "TOP 14.5=14.5 TOP code"},
		{"LE after its number", "The fare was 42 LE in Cairo.", "42 LE=42 EGP name"},
		{"LE after its number (2)", "A kilo of rice cost 12 le last year.", "12 le=12 EGP name"},
	})
}

// Each class of false money, from two different texts.
func TestNotMoney(t *testing.T) {
	runFigures(t, []figureCase{
		{"won: a verb before a number", "Republicans won 63 of the 99 seats in the assembly.", ""},
		{"won: a verb after a year", "In 2018 won 30 seats in the upper house.", ""},
		{"won: a verb before a number (2)", "The team won 3 games in a row.", ""},
		{"Lev: a name glued to a number", "AER on the Lev12 corpus shows the results.", ""},
		{"Lev: a name before a number", "Lev 12 was the last sample.", ""},
		{"Re: not one", "J Clin Re 2006;11:1805 (in chinese).", ""},
		{"Re: not one (2)", "See Re 45 for the ruling.", ""},
		{"mark: a name before a number", "Prototype Mark 2 flew in 1944.", ""},
		{"mark: glued to a number", "The Mark2 board was used.", ""},
		{"mark: the singular after a number", "The FTSE fell below the 5000 mark at noon.", ""},
		{"mark: the singular after a number (2)", "The index held the 10,000 mark for a week.", ""},
		{"mark: the singular after a scaled number", "Deaths passed the one million mark in May.", ""},
		{"Lev: a name after a number", "As Table 3 Lev and Cohen show, the effect is small.", ""},
		{"pounds of", "They shipped 50 pounds of rice.", ""},
		{"pounds of (2)", "A 500 pounds of TNT charge was found.", ""},
		{"pounds in a sentence about weight", "It weighs 2,000 pounds.", ""},
		{"a counter after a name before a number", "leaving the rupee 2 per cent weaker", ""},
		{"a counter after a name before a number (2)", "with the dollar 3 percent higher on Friday", ""},
		{"a compound with a currency name", "The firm sold 5 dollar-denominated bonds.", ""},
		{"a compound with a currency name (2)", "It issued 40 euro-area bonds.", ""},
		{"a code that is a word, no decimals nor scale", "TOP 10 RESULTS OF THE YEAR", ""},
		{"a code that is a word, no decimals nor scale (2)", "ALL 3 MEMBERS AGREED", ""},
		{"the code of a fund that names an index", "The BEL 20 index fell 2% on Monday.", ""},
		{"the code of a fund that names an index (2)", "In Brussels the BEL 20 closed lower.", ""},
		{"LE: the French article", "Le traité fut signé le 5 mai 1955.", ""},
		{"LE: the French article (2)", "the parade of le 14 juillet", ""},
		{"glyph soup", "handling of type-unstable ?>9@AJ.D<F@-<>2.@A:0>#3$4,56# ?>9@AJ.0A:</C./8-2#3$4%56#", ""},
		{"glyph soup (2)", "=<6>?J+-?7:,A+,5*/#0(1$23# =<6>?J+<:J,F5-*#0(1(23#", ""},
		{"glyph soup (3)", "/#0(1!23# .><57=+?=>/B/+.><=#0$1D23#", ""},
	})
}

// A figure in a stretch of text that reads as language stays, whatever
// numbers and punctuation surround it.
func TestProseKeepsFiguresAmongNumbers(t *testing.T) {
	runFigures(t, []figureCase{
		{"figures in a list", "Alabama at $37,000, California at $15,000, and Nevada at $20,000.",
			"$37,000=37000 USD default | $15,000=15000 USD default | $20,000=20000 USD default"},
		{"a market report", "The index closed at 10,365.45, down $12.34 (1.2%) on the day.", "$12.34=12.34 USD default"},
		{"a figure alone", "$20", "$20=20 USD default"},
		// another kind of text: a paper's sentence that reads a table's row
		{"a paper's figures among bare numbers", "Table 2 lists outlays of 12.5, 14.2 and 9.8 in 1998, and a grant of $3.5 million in 2001.",
			"$3.5 million=3500000 USD default"},
	})
}

// A shared name is decided by the country of its sentence, else of the
// document, else the default; basis says which.
func TestSharedNames(t *testing.T) {
	sent := func(a ...string) Countries { return Countries{Sentence: [][]string{a}} }
	doc := func(m map[string]int) Countries { return Countries{Sentence: [][]string{nil}, Document: m} }
	for _, tt := range []struct {
		name string
		text string
		c    Countries
		want string
	}{
		{"rupees in Nepal", "Kathmandu set aside 2 billion rupees for roads.", sent("NPL"), "2 billion rupees=2000000000 NPR context:NPL"},
		{"rupee sign in Pakistan", "Lahore paid ₨500 million to the contractor.", sent("PAK"), "₨500 million=500000000 PKR context:PAK"},
		{"Bengali rupee mark, no country", "The ledger shows ৲25 for rice.", Countries{}, "৲25=25 INR default"},
		{"Rs in Sri Lanka", "Colombo paid Rs 500 million to the contractors.", sent("LKA"), "Rs 500 million=500000000 LKR context:LKA"},
		{"dollars in Canada", "Ottawa pledged 500 million dollars.", sent("CAN"), "500 million dollars=500000000 CAD context:CAN"},
		{"dollars in Australia, from the document", "The submarines will cost 90 billion dollars.", doc(map[string]int{"AUS": 12, "FRA": 3}), "90 billion dollars=90000000000 AUD context:AUS"},
		{"dollars with the United States named", "Washington and Ottawa split 2 billion dollars.", sent("USA", "CAN"), "2 billion dollars=2000000000 USD context:USA"},
		{"pesos in Argentina", "Buenos Aires printed 900 billion pesos.", sent("ARG"), "900 billion pesos=900000000000 ARS context:ARG"},
		{"pesos in the Philippines, from the document", "The program costs 20 billion pesos.", doc(map[string]int{"PHL": 5}), "20 billion pesos=20000000000 PHP context:PHL"},
		{"francs in France", "Paris spent 5 billion francs on the Rafale.", sent("FRA"), "5 billion francs=5000000000 FRF context:FRA"},
		{"francs in Switzerland", "Bern paid 6 billion francs for the jets.", sent("CHE"), "6 billion francs=6000000000 CHF context:CHE"},
		{"dinars in Iraq", "Baghdad allocated 10 trillion dinars to the army.", sent("IRQ"), "10 trillion dinars=10000000000000 IQD context:IRQ"},
		{"dinars in Kuwait", "Kuwait City paid 300 million dinars.", sent("KWT"), "300 million dinars=300000000 KWD context:KWT"},
		{"dinars with no country: undecided", "The budget was 5 million dinars.", Countries{}, "5 million dinars=5000000 XXX undecided"},
		{"kronor in Sweden", "Stockholm bought jets for 20 billion kronor.", sent("SWE"), "20 billion kronor=20000000000 SEK context:SWE"},
		{"krona in Iceland", "Reykjavik lent 30 billion krona.", sent("ISL"), "30 billion krona=30000000000 ISK context:ISL"},
		{"roubles in the Soviet Union", "The Soviet Union spent 20 billion roubles on the dam.", sent("SUN"), "20 billion roubles=20000000000 SUR context:SUN"},
		{"roubles with Russia named", "Moscow and the Soviet Union spent 20 billion roubles.", sent("RUS", "SUN"), "20 billion roubles=20000000000 RUB context:RUS"},
		{"yen sign in China", "Beijing paid ¥2 billion.", sent("CHN"), "¥2 billion=2000000000 CNY context:CHN"},
		{"two countries, neither the default: the document decides", "Iraq and Kuwait settled 2 billion dinars.", Countries{Sentence: [][]string{{"IRQ", "KWT"}}, Document: map[string]int{"KWT": 8, "IRQ": 1}}, "2 billion dinars=2000000000 KWD context:KWT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(t, tt.text, tt.c); got != tt.want {
				t.Errorf("%q\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// No money comes from the reference list.
func TestNoMoneyInReferences(t *testing.T) {
	v := testVocab(t)
	doc := "The fund paid $5 million. Smith, J. (2001). Costs of $4 billion wars. J Policy 3:12."
	sents := []text.Sentence{{Start: 0, End: 25}, {Start: 26, End: len(doc)}}
	ms, err := v.Scan(context.Background(), doc, sents, Countries{Zones: []string{models.ZoneBody, models.ZoneReferences}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || doc[ms[0].Start:ms[0].End] != "$5 million" {
		t.Errorf("got %+v, want only the body's $5 million", ms)
	}
	doc2 := "Aid reached £2bn. Brown, G. (1999) The £1bn question. London: Penguin."
	sents2 := []text.Sentence{{Start: 0, End: 17}, {Start: 18, End: len(doc2)}}
	ms, _ = v.Scan(context.Background(), doc2, sents2, Countries{Zones: []string{models.ZoneBody, models.ZoneReferences}})
	if len(ms) != 1 || doc2[ms[0].Start:ms[0].End] != "£2bn" {
		t.Errorf("got %+v, want only the body's £2bn", ms)
	}
}

// The currency table holds every ISO 4217 code the generator wrote, current
// and historical, and the historical ones a strategic-studies corpus meets.
func TestCurrencyTable(t *testing.T) {
	v := testVocab(t)
	if len(v.byCode) < 280 {
		t.Errorf("%d codes, want every ISO 4217 code (280 or more)", len(v.byCode))
	}
	for _, c := range []string{"SUR", "DEM", "FRF", "NLG", "FIM", "ITL", "ESP", "PTE", "GRD", "DDM", "YUM", "CSK", "XEU", "USD", "KPW", "ZWG"} {
		if f := v.byCode[c]; f == nil || f.code != c || f.kind != "code" {
			t.Errorf("code %s: %+v", c, f)
		}
	}
}
