package eval

import (
	"bytes"
	"testing"

	"github.com/stratex/stratex/models"
)

// TestScoreDocs checks the counting rules of score_docs.py on a small set:
// a gold item nested in another with its value counts once, a non-DATE or
// non-date-shaped item is not scored, an interval counts both ends, a
// citation counts nothing, a money range counts both ends.
func TestScoreDocs(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	gold := []goldDoc{
		{Doc: "b.txt", Timex: []goldTimex{
			{0, 20, "1965", "DATE"}, {5, 9, "1965", "DATE"}, // nested: once
			{30, 35, "1966-01", "DATE"},
			{40, 45, "P3Y", "DURATION"}, {50, 55, "1918-08-XX", "DATE"},
		}, Money: []struct {
			Amount    *float64 `json:"amount"`
			AmountMax *float64 `json:"amount_max"`
			Currency  string   `json:"currency"`
		}{{Amount: f(2.5e6), Currency: "usd"}}},
		{Doc: "a.txt"},
	}
	res := []*models.Result{{
		Document: &models.Document{Source: "dir/b.txt"},
		Timex: []models.Timex{
			{Value: "1965/1966-01"}, {Value: "1994", Citation: true}, {Value: "XXXX-08-07"}, {Value: "1967"},
		},
		Money: []models.Money{{Amount: 2500000.4, Currency: "USD", AmountMax: f(3e6)}},
	}, {Document: &models.Document{Source: "dir/c.txt"}}}
	r := scoreDocs("set", gold, res)
	if r.Timex != (Score{TP: 2, Pred: 3, Gold: 2}) || r.Money != (Score{TP: 1, Pred: 2, Gold: 1}) {
		t.Errorf("timex %+v money %+v", r.Timex, r.Money)
	}
	var b bytes.Buffer
	r.Write(&b, true)
	want := `set: 2 documents, 1 in the output
  timex  P 0.667  R 1.000  F1 0.800   (tp 2, pred 3, gold 2)
  money  P 0.500  R 1.000  F1 0.667   (tp 1, pred 2, gold 1)
  not in the output (1): a.txt
  in the output but not in gold, ignored (1): c.txt
per document (missed / extra):
  b.txt timex: missed 0 []; extra 1 [1967]
  b.txt money: missed 0 []; extra 1 [3000000 USD]
`
	if b.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), want)
	}
}
