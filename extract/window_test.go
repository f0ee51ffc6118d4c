package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

// render lists what Run found, one finding a line, with sentence numbers.
func render(tx *text.Text, f *Findings) string {
	var b strings.Builder
	for i, s := range f.Sentences {
		fmt.Fprintf(&b, "S %d %q %s\n", i, tx.Text[s.Start:s.End], f.Zones[i])
	}
	for _, e := range f.Entities {
		fmt.Fprintf(&b, "E %d %q %s %s\n", e.Sent, tx.Text[e.Start:e.End], e.Actor, e.Rule)
	}
	for _, m := range f.Money {
		fmt.Fprintf(&b, "M %d %q %v %s %s\n", m.Sent, tx.Text[m.Start:m.End], m.Amount, m.Currency, m.Basis)
	}
	for _, x := range f.Timex {
		fmt.Fprintf(&b, "T %d %q %s\n", x.Sent, tx.Text[x.Start:x.End], x.Value)
	}
	for _, e := range f.Events {
		fmt.Fprintf(&b, "V %d %s %s %v %v %s %s\n", e.Sent, e.Category, e.Subtype, e.Source, e.Target, e.Date, e.Rule)
	}
	for _, p := range f.Pairs {
		fmt.Fprintf(&b, "P %d %s %s %s\n", p.Sent, p.A, p.B, p.Relation)
	}
	return b.String()
}

// What a stage knows beyond a window is computed over the whole document
// or carried from window to window: run one paragraph at a time, a
// document gives what it gives whole, and the finding that needs the
// other paragraphs is there.
func TestWindowsCarryWhatCrossesThem(t *testing.T) {
	v := testVocab(t)
	tg := actor.NewTagger()
	for _, c := range []struct {
		name, doc, want string
	}{
		{"a subdivision read as such for subdivisions named in later paragraphs",
			"Elections in the South\n\nTurnout fell in Georgia in 2020.\n\nTurnout rose in North Carolina and in Wisconsin.",
			`E 1 "Georgia"  vocab:province+context`},
		{"a subdivision read as such for subdivisions named in earlier paragraphs",
			"Polls closed early in North Carolina and in Wisconsin on election day.\n\nThe count in Georgia went on for a week.",
			`E 1 "Georgia"  vocab:province+context`},
		{"a bare rupee's currency from the state a later paragraph names most",
			"The budget was 500 rupees in 1990.\n\nPakistan's army grew.\n\nPakistan signed the treaty.",
			`M 0 "500 rupees" 500 PKR context:PAK`},
		{"a bare rupee's currency from the state earlier paragraphs name most",
			"India's economy grew in the 1990s.\n\nIndia opened its markets to trade.\n\nThe scheme cost 40 million rupees a year.",
			`M 2 "40 million rupees" 4e+07 INR context:IND`},
		{"an event's source from the document's earlier event of its kind, paragraphs back",
			"Aid\n\nIn 1954 the United States granted economic aid to Pakistan.\n\nIn 1962 the talks on Kashmir broke down.\n\nLater Pakistan got economic aid worth $2 billion.",
			"V 3 AID aid [USA] [PAK]  event:verb+topic"},
		{"an event's source from the document's earlier event of its kind, past an unrelated paragraph",
			"Loans\n\nIn 2001 China gave economic aid to Nepal.\n\nThe king fell in 2006.\n\nNepal got economic aid worth $50 million in 2008.",
			"V 3 AID aid [CHN] [NPL] 2008 event:verb+topic"},
		{"the fill-in's counts of the document's parties reach back past the events a window carries (more than lookBack)",
			paragraphs("In 1914 Germany attacked France. ", 10, 60) + paragraphs("In 1915 Germany attacked Belgium. ", 10, 100) +
				"In 1916 Germany attacked France. In 1917 Germany threatened reprisals.",
			"THREATEN threaten [DEU] [FRA] 1917 event:verb+topic"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var whole string
			for _, w := range []int{-1, 1} {
				tx := text.Compose(text.TextBlocks(c.doc, false))
				f := &Findings{}
				if err := v.RunWith(context.Background(), tg, tx, f, Options{Window: w}); err != nil {
					t.Fatal(err)
				}
				got := render(tx, f)
				if !strings.Contains(got, c.want+"\n") {
					t.Errorf("window %d: no %q in\n%s", w, c.want, got)
				}
				if w < 0 {
					whole = got
				} else if got != whole {
					t.Errorf("one paragraph at a time:\n%s\nwhole:\n%s", got, whole)
				}
			}
		})
	}
}

// paragraphs returns n paragraphs of the sentence s said k times each.
func paragraphs(s string, k, n int) string {
	return strings.Repeat(strings.TrimSpace(strings.Repeat(s, k))+"\n\n", n)
}
