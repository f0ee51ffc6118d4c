package actor

import "testing"

// A company's name set off by "a"/"an" and a firm's noun loses the
// definite article that opens it ("The Skoda Corporation, a Czech arms
// firm": Skoda): english's articles. Two kinds of text, a history and a
// news report.
func TestFirmNameWithoutArticle(t *testing.T) {
	for _, c := range []struct{ text, form string }{
		{"The Skoda Corporation, a Czech arms firm, armed the Romanian army in 1935.", "Skoda"},
		{"The Nokia Corporation, a Finnish firm, sold phones.", "Nokia"},
	} {
		checkCompany(t, c.text, c.form, ruleCompany)
	}
}
