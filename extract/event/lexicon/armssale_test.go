package lexicon_test

import "testing"

// TestSaleOfArmsOnly: "sell" and "sale(s)" (triggers.tsv, with an
// object list of arms) are an arms sale only when arms are what is sold
// ("sold tanks", "the sale of fighter jets", "arms sales"); a company's or
// a market's car sales are no act between states. Only COOPERATE events
// are shown. Cases of our own, from news and histories.
func TestSaleOfArmsOnly(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"fighters sold (history)", "In 1970 France sold Mirage fighters to Libya.", "COOPERATE FRA>LBY"},
		{"arms sales (history)", "In 1986 Israel's arms sales to Iran grew.", "COOPERATE ISR>IRN"},
		{"weapon sales (news)", "In 2008 American weapon sales to Saudi Arabia rose.", "COOPERATE USA>SAU"},
		{"car sales in a country (news)", "In March German car sales fell by a fifth.", ""},
		{"cars sold (history)", "In 1960 Italy sold more cars than France.", ""},
	})
}

// TestSaleToABuyer: the noun "sale(s)" with a buyer after "to" is an arms
// sale even when its arms word is read as part of the seller ("the Czech
// military sales to Egypt": "Czech military" is an actor); with no buyer
// and no arms, a sale is no act. Only COOPERATE events are shown. Cases of
// our own, from histories and news.
func TestSaleToABuyer(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"military sales to a state (history)", "After 1955 the Czech military sales to Egypt grew.", "COOPERATE CZE>EGY"},
		{"military sales to a state (news)", "In 2015 the American military sales to Qatar doubled.", "COOPERATE USA>QAT"},
		{"a loss in sales (news)", "In 2005 Ford posted a loss in North American sales.", ""},
	})
}

// TestExportOfArmsOnly: "export" (triggers.tsv, with the object list of
// "sell") is an arms sale only when arms are exported; a region's copper or
// a maker's cars exported are trade, no arms sale. Only COOPERATE events
// are shown. Cases of our own, from histories and news.
func TestExportOfArmsOnly(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"fighters exported (history)", "In 1973 France exported Mirage fighters to Libya.", "COOPERATE FRA>LBY"},
		{"missiles exported (news)", "In 2019 Russia exported air defence missiles to Turkey.", "COOPERATE RUS>TUR"},
		{"copper exported (history)", "In 1975 Zambia exported most of its copper.", ""},
		{"cars exported (news)", "In 2021 Japan exported fewer cars than Germany.", ""},
	})
}
