package timex

import (
	"context"
	"testing"

	"github.com/stratex/stratex/extract/text"
)

func TestFindDCT(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		name     string
		paras    []para
		want     string // value and rule, "" for none
		dateline bool
	}{
		{"a published line", []para{p("Rail strike called off"), p("Published 3 March 2021"), p("The union said the strike was off.")},
			"2021-03-03 dct:published", false},
		{"a published line with a colon and a weekday", []para{p("Published: Monday, March 1, 2021"), p("Talks resumed in Vienna.")},
			"2021-03-01 dct:published", false},
		{"an updated line only", []para{p("Floods hit the delta"), p("Updated: March 4, 2021 10:32 AM"), p("Rivers rose overnight.")},
			"2021-03-04 dct:updated", false},
		{"published beats updated", []para{p("Updated 5 June 2019"), p("Published 2 June 2019"), p("The port reopened.")},
			"2019-06-02 dct:published", false},
		{"a dateline with its date", []para{p("LONDON, 3 March 2021 (Reuters) - The Bank of England held rates.")},
			"2021-03-03 dct:dateline", true},
		{"a dateline without a year takes the year of a date line", []para{p("Monday, 1 March 2021"), p("KARACHI, March 1 (Reuters) - Pakistan raised fuel prices.")},
			"2021-03-01 dct:dateline-year", true},
		{"a date line at the top", []para{p("Tuesday, 9 November 1999"), p("Crowds gathered at the border.")},
			"1999-11-09 dct:date-line", false},
		{"a date line with a time", []para{p("June 12, 2008 14:05 GMT"), p("Markets fell across Asia.")},
			"2008-06-12 dct:date-line", false},
		{"a dateline without a date: no document date", []para{p("WASHINGTON (AP) — The Senate passed the bill on Friday.")},
			"", true},
		{"a history: no document date", []para{p("On 3 March 1921 the treaty was signed in Riga."), p("It ended the war.")}, "", false},
		{"not a dateline: a name and a dash", []para{p("Mr Smith - the minister - resigned on 3 May 2001.")}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt, sents, xs := scanNarrative(t, v, tt.paras)
			d, ok := v.FindDCT(txt, sents, xs)
			got := ""
			if ok {
				got = d.Value + " " + d.Rule
				if txt[d.Start:d.End] == "" {
					t.Errorf("empty span for %q", got)
				}
			}
			if got != tt.want || d.Dateline != tt.dateline {
				t.Errorf("FindDCT = %q dateline=%v, want %q dateline=%v", got, d.Dateline, tt.want, tt.dateline)
			}
		})
	}
}

func TestDecideKind(t *testing.T) {
	v := testVocab(t)
	history := []para{p("The war began in 1914.", "In 1915 Italy joined.", "In 1916 the Somme offensive failed.", "In 1917 Russia left the war.", "It ended in 1918.")}
	tests := []struct {
		name      string
		paras     []para
		scholarly bool
		dct       string
		fromText  bool
		want      Kind
	}{
		{"a paper is scholarly", history, true, "2022-08-20", false, Scholarly},
		{"no date of its own: narrative", []para{p("The minister resigned on Tuesday.")}, false, "", false, Narrative},
		{"a dateline makes news", history, false, "2021-03-03", true, News},
		{"a text with no year of its own, dated by the user, is news", []para{p("Shares fell sharply today.")}, false, "2008-10-06", false, News},
		{"years around its date: news", []para{p("Sales fell in 2008.", "In 2009 they recovered.")}, false, "2009-06-01", false, News},
		{"a war history, dated long after: narrative", history, false, "2009-12-19", false, Narrative},
		{"a chronicle of revolts, dated long after: narrative", []para{p("Revolts broke out in 1830, 1848 and 1871.", "Another came in 1905.")}, false, "2010-01-01", false, Narrative},
		{"far years, but speaking from its date: news", []para{p("Today the museum marked the wars of 1914, 1939 and 1950.", "On Monday veterans met, and yesterday the mayor spoke.")}, false, "2014-08-04", false, News},
		{"a history whose days take their year from it: narrative", []para{p("The invasion began in 1935.", "On 3 October the army crossed the river.", "On 6 October it took the town.", "On 8 November the second town fell.")}, false, "2009-12-19", false, Narrative},
		{"a campaign told by its days: narrative", []para{p("In March 1812 the army gathered.", "On 24 June it crossed the Niemen.", "On 7 September it fought at Borodino.")}, false, "2010-01-01", false, Narrative},
		{"one or two far years do not make a narrative", []para{p("Indexes fell on Monday to their lowest since 1997.")}, false, "2009-02-24", false, News},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt, sents, xs := scanNarrative(t, v, tt.paras)
			if got := v.DecideKind(txt, sents, tt.scholarly, tt.dct, tt.fromText, xs); got != tt.want {
				t.Errorf("DecideKind = %v, want %v", got, tt.want)
			}
		})
	}
}

// scanNarrative builds a document and scans it as narrative, as extract
// does before it knows the document's date and kind.
func scanNarrative(t *testing.T, v *Vocabulary, paras []para) (string, []text.Sentence, []Span) {
	t.Helper()
	txt, sents := buildDoc(paras)
	xs, err := v.Scan(context.Background(), txt, sents, Document{})
	if err != nil {
		t.Fatal(err)
	}
	return txt, sents, xs
}
