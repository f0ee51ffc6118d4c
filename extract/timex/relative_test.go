package timex

import (
	"strings"
	"testing"
)

// TestNewsForms: expressions read from a news document's date, each rule
// on two texts.
func TestNewsForms(t *testing.T) {
	news := Document{Kind: News, Ref: "1998-08-20"} // a Thursday
	tests := []struct {
		name string
		text string
		want []string
	}{
		// "July last year" is one expression: its year's words are not read again
		{"a month and last year (a party)", "The party split in June last year.", []string{"June last year=1997-06"}},
		{"a month and this year after a modifier (exports)", "Exports rose in early October this year.", []string{"early October this year=1998-10"}},
		// the tense of a weekday is its clause's before its sentence's
		{"a weekday's clause is past though a later clause is future (shares)",
			"Shares closed at their lowest levels in over a decade on Monday, amid worries that the bank will fail.", []string{"Monday=1998-08-17"}},
		{"a weekday's clause is past though a later clause is future (protests)",
			"Protesters gathered outside the parliament building in large numbers on Sunday, because the assembly will vote on the budget.", []string{"Sunday=1998-08-16"}},
		{"a weekday in a future clause after a past one",
			"The union said nothing at its rally, but its leaders will strike on Monday.", []string{"Monday=1998-08-24"}},
		// a passive after a present form of "be" is no past
		{"a passive is no past (a sale)", "The sale, which is expected in December, needs the approval of the regulator.", []string{"December=1998-12"}},
		{"a passive is no past (a verdict)", "In the trial of the former mayor the verdict is expected on Monday.", []string{"Monday=1998-08-24"}},
		{"is expected looks ahead (a merger)", "A decision on the merger is expected Tuesday.", []string{"Tuesday=1998-08-25"}},
		{"a passive after will be is no past (a dividend)", "The increased dividend will be paid Nov. 2 to holders of record.", []string{"Nov. 2=1998-11-02"}},
		// a unit before its anaphoric word
		{"the year previous, from the paragraph's year (a carmaker)", "The company cut its costs to $118 billion in 1996, $19.8 billion less than the year previous.",
			[]string{"1996=1996", "the year previous=1995"}},
		// an infinitive passive looks ahead
		{"to be and a participle look ahead (a placement)", "The firm said it planned a share placement, to be completed around Aug. 1.", []string{"Aug. 1=1999-08-01"}},
		{"to be and a participle look ahead (a bridge)", "Officials said the bridge, to be opened on Monday, had cost $40 million.", []string{"Monday=1998-08-24"}},
		// a month that qualifies a noun after "the"
		{"a month before a noun (a slaying)", "Police gathered new evidence in the October slaying of the doctor.", []string{"October=1997-10"}},
		{"a month before a noun, an adjective between (battles)", "The costly August battles drained the reserves.", []string{"August=1998-08"}},
		{"no month before a short word", "The March on the capital was banned.", nil},
		// quarters and halves in words: TIMEX's YYYY-Qn and YYYY-Hn
		{"the final quarter of a year (a carmaker)", "For the final quarter of 2009, the carmaker posted a profit.", []string{"the final quarter of 2009=2009-Q4"}},
		{"the second half of a year (attacks)", "Attacks fell sharply in the second half of 2008.", []string{"the second half of 2008=2008-H2"}},
		{"a quarter without its year is the nearest to the date (plants)", "Ten plants will close during the fourth quarter.", []string{"the fourth quarter=1998-Q4"}},
		{"a quarter without its year is the nearest to the date (profits)", "Profits doubled in the first quarter, the bank said.", []string{"the first quarter=1998-Q1"}},
		{"the last quarter of a year", "Sales peaked in the last quarter of 1997.", []string{"the last quarter of 1997=1997-Q4"}},
		{"a quarter before a noun is no date", "The company expects to release third-quarter results soon.", nil},
		{"the half of a century is no year's", "The first half of the century was calm.", nil},
		// a word in -ed after a comma opens a participle's phrase: no past of the sentence's
		{"a participle's phrase is no past (a plan)", "The plan, announced Tuesday, takes effect in November.", []string{"Tuesday=1998-08-18", "November=1998-11"}},
		{"a participle's phrase is no past (a truce)", "The truce, signed Monday, expires in October.", []string{"Monday=1998-08-17", "October=1998-10"}},
		{"a past verb after a participle's phrase is past", "The truce, signed Monday, expired in March.", []string{"Monday=1998-08-17", "March=1998-03"}},
		// a deictic phrase: the document's day, or the day before
		{"last night is the day before (a raid)", "Rebels raided a police post near the border last night, officials said.", []string{"last night=1998-08-19"}},
		{"last night is the day before (a vote)", "The senate voted last night to extend the curfew.", []string{"last night=1998-08-19"}},
		{"this morning is the document's day (a minister)", "The foreign minister flew to Geneva this morning.", []string{"this morning=1998-08-20"}},
		{"this evening is the document's day (a speech)", "The president will address the nation this evening.", []string{"this evening=1998-08-20"}},
		{"this morning is the document's day (a market report)", "Shares in Tokyo fell sharply this morning.", []string{"this morning=1998-08-20"}},
		{"this evening is the document's day (a match)", "The two sides meet in Lagos this evening.", []string{"this evening=1998-08-20"}},
		{"this afternoon is the document's day (a court)", "The court will rule on the appeal this afternoon.", []string{"this afternoon=1998-08-20"}},
		{"this afternoon is the document's day (a storm)", "The storm reached the coast this afternoon, forecasters said.", []string{"this afternoon=1998-08-20"}},
		// a holiday without its year after a holiday cue: the nearest in the tense
		{"a holiday after on, past (a truce)", "The truce collapsed on Christmas Eve when shelling resumed.", []string{"Christmas Eve=1997-12-24"}},
		{"a holiday after on, future (a vote)", "The assembly will vote on New Year's Day.", []string{"New Year's Day=1999-01-01"}},
		{"a holiday after over, past (a strike)", "The dockers stayed at work over Easter, the union said.", []string{"Easter=1998-04-12"}},
		{"a holiday after at, past (a border)", "The border crossing reopened at Easter after a week of talks.", []string{"Easter=1998-04-12"}},
		{"a holiday after at, future (a parliament)", "Parliament will sit again at Christmas.", []string{"Christmas=1998-12-25"}},
		{"a holiday after no cue is no date (shopping)", "Retailers expect weak Christmas sales.", nil},
		{"a holiday counted from is no date of its own (a report)", "The report is due three months after Easter.", nil},
		// an idiom (timewords.tsv kind idiom, untold): no date where its clause tells no past or future
		{"the end of the day, an idiom before a present (diplomacy)", "At the end of the day, diplomacy is about interests.", nil},
		{"the end of the day, an idiom in a quotation (a union)", "\"At the end of the day, it's about jobs,\" the union leader said.", nil},
		{"the end of the day, an idiom inside a present (allies)", "What matters at the end of the day is trust between the allies.", nil},
		{"the end of the day in the past is a day (shares)", "Shares closed higher at the end of the day.", []string{"the end of the day=1998-08-20"}},
		{"the end of the day in the future is a day (a council)", "The council will vote at the end of the day.", []string{"the end of the day=1998-08-20"}},
		{"the end of the day before a past is a day (rebels)", "At the end of the day, the rebels held the ridge.", []string{"the end of the day=1998-08-20"}},
		// "the last week of the ...": a part of what follows, not last week
		{"the last week of a noun phrase is no last week (a campaign)", "The last week of the campaign was quiet.", nil},
		{"the last year of a noun phrase is no last year (a general)", "The general resigned in the last year of the war.", nil},
		{"the last week alone is last week (prices)", "Prices fell over the last week.", []string{"last week=1998-08"}},
		{"the last year of an amount is last year (a bank)", "The bank's profit for the last year of $40 million beat forecasts.", []string{"last year=1997"}},
		// a possessive after "of" opens the noun phrase too (timewords.tsv partof)
		{"the last year of his presidency is no last year (a president)", "During the last year of his presidency, he vetoed twelve bills.", nil},
		{"the last week of its mandate is no last week (a cabinet)", "The cabinet passed the budget in the last week of its mandate.", nil},
		{"the last month of our talks is no last month (negotiators)", "\"We made progress in the last month of our talks,\" the envoy said.", nil},
		{"a possessive before the last year is no part (a ministry)", "His ministry cut spending over the last year.", []string{"last year=1997"}},
		{"a possessive after the last year's comma is no part (exports)", "Over the last year, their exports rose.", []string{"last year=1997"}},
		{"the last year of a number is last year (a fund)", "The fund posted its best return in the last year of 12 percent.", []string{"last year=1997"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, news)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestIdiomAlways: an idiom of kind always is never a date, in narrative
// either; the same words outside it are.
func TestIdiomAlways(t *testing.T) {
	nar := Document{Kind: Narrative}
	for _, tt := range []struct{ text, want string }{
		{"The line drawn on 4 May 1916 still shapes the map in this day and age.", "4 May 1916=1916-05-04"},
		{"Signed in Paris on 2 June 1920, the treaty looks strange in this day and age.", "2 June 1920=1920-06-02"},
		{"On 4 May 1916 the guns fell silent, and this day is still remembered.", "4 May 1916=1916-05-04 | this day=1916-05-04"},
		{"On 1 July 1916 the attack began, and at the end of the day the British held the ridge.", "1 July 1916=1916-07-01 | the end of the day=1916-07-01"},
	} {
		if got := strings.Join(timexOf(t, tt.text, nar), " | "); got != tt.want {
			t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestQuarterForms: a quarter counted from the document's date ("last
// quarter", "the current quarter"), a quarter of last, this or next year,
// and a quarter with no year in the tense of its sentence when the nearest
// one lies in another year.
func TestQuarterForms(t *testing.T) {
	aug := Document{Kind: News, Ref: "1998-08-20"}
	nov := Document{Kind: News, Ref: "1998-11-20"}
	jan := Document{Kind: News, Ref: "1998-01-15"}
	for _, tt := range []struct {
		name string
		doc  Document
		text string
		want []string
	}{
		{"last quarter (a bank)", aug, "Profit fell 5 percent last quarter, the bank said.", []string{"last quarter=1998-Q2"}},
		{"the current quarter (an airline)", aug, "The airline expects a loss in the current quarter.", []string{"the current quarter=1998-Q3"}},
		{"next quarter (a minister)", aug, "Exports will recover next quarter, the minister said.", []string{"next quarter=1998-Q4"}},
		{"the past quarter (a retailer)", aug, "Sales rose over the past quarter.", []string{"the past quarter=1998-Q2"}},
		{"the current fiscal year (a government)", aug, "The deficit will narrow in the current fiscal year.", []string{"the current fiscal year=1998"}},
		{"a quarter of last year (output)", aug, "Output fell in the fourth quarter of last year.", []string{"the fourth quarter of last year=1997-Q4"}},
		{"a half of next year (a recovery)", aug, "Economists see a recovery in the second half of next year.", []string{"the second half of next year=1999-H2"}},
		{"a past first quarter in November is this year's (profit)", nov, "Profit rose 8 percent in the first quarter.", []string{"the first quarter=1998-Q1"}},
		{"a future first quarter in November is next year's (a launch)", nov, "The company will launch the jet in the first quarter.", []string{"the first quarter=1999-Q1"}},
		{"a future fourth quarter in January is this year's (a plant)", jan, "The plant will open in the fourth quarter.", []string{"the fourth quarter=1998-Q4"}},
		{"a past fourth quarter in January is last year's (earnings)", jan, "Earnings fell in the fourth quarter.", []string{"the fourth quarter=1997-Q4"}},
		{"a present fourth quarter in August is this year's (plants)", aug, "Ford has announced cuts, closing ten plants during the fourth quarter.", []string{"the fourth quarter=1998-Q4"}},
		// must not
		{"a quarter century is no quarter (a treaty)", aug, "Trade doubled over the past quarter century.", nil},
		{"a quarter-century is no quarter (an alliance)", aug, "The alliance held for the last quarter-century.", nil},
		{"a quarter of a city is no quarter (a riot)", aug, "Riots spread to this quarter of the city.", nil},
		{"a quarter of last year's game is no quarter of a year (a final)", aug, "He scored in the fourth quarter of last year's final.", []string{"last year=1997"}},
		{"a quarter after from this is a side (an envoy)", aug, "The envoy said support came from this quarter as well.", nil},
		{"the current account is no date (a deficit)", aug, "The current account deficit widened.", nil},
		{"the last quarter of a century is no quarter (a historian)", aug, "The city grew in the last quarter of the century.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, tt.doc)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
