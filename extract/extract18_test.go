package extract

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/vocab"
)

// A paper is dated by the front matter's date of the first label of the
// header order (text's headerorder.txt), whatever order the front matter
// writes them in; a label the order leaves out (revised) dates none. Two
// kinds of front matter: a journal article's, a magazine issue's; and a
// user's order (-vocab) that puts the date of receipt first.
func TestHeaderOrder(t *testing.T) {
	tv, err := text.Default()
	if err != nil {
		t.Fatal(err)
	}
	journal := []text.HeaderDate{{Label: "received", Value: "2021-03-12", Start: 200}, {Label: "revised", Value: "2021-06-01", Start: 230},
		{Label: "acceptance", Value: "2021-07-14", Start: 260}, {Label: "publication", Value: "2021-09-03", Start: 290}}
	magazine := []text.HeaderDate{{Label: "submission", Value: "2018-11-02", Start: 90}, {Label: "issue", Value: "2019-01", Start: 30}}
	for _, c := range []struct {
		name  string
		dates []text.HeaderDate
		want  string
	}{
		{"journal: published beats accepted and received", journal, "2021-09-03"},
		{"journal: accepted beats received when no publication date", journal[:3], "2021-07-14"},
		{"journal: the received date alone", journal[:1], "2021-03-12"},
		{"journal: revised dates no paper", journal[1:2], ""},
		{"magazine: the issue beats a later-written submission date", magazine, "2019-01"},
		{"magazine: the submission date alone", magazine[:1], "2018-11-02"},
	} {
		if got := headerDateIn(text.Header{Dates: c.dates}, tv); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	en, err := english.Default()
	if err != nil {
		t.Fatal(err)
	}
	user, err := text.New(en, vocab.Source{Kind: "headerorder", Origin: "user", Data: []byte("revised\n")})
	if err != nil {
		t.Fatal(err)
	}
	if got := headerDateIn(text.Header{Dates: journal[1:2]}, user); got != "2021-06-01" {
		t.Errorf("a user's label: %q, want the revised date", got)
	}
}

// inWindow hands a window the records of its sentences, numbered from the
// window's first sentence, and moves past them: windows of sentences [0,2)
// and [2,5), and one past the last record.
func TestInWindow(t *testing.T) {
	type rec struct{ Sent, ID int }
	recs := []rec{{0, 1}, {1, 2}, {1, 3}, {3, 4}, {4, 5}}
	sent := func(r *rec) *int { return &r.Sent }
	i := 0
	if got := inWindow(recs, &i, 2, 0, sent); len(got) != 3 || got[2] != (rec{1, 3}) || i != 3 {
		t.Errorf("first window: %v, i=%d", got, i)
	}
	if got := inWindow(recs, &i, 5, 2, sent); len(got) != 2 || got[0] != (rec{1, 4}) || got[1] != (rec{2, 5}) || i != 5 {
		t.Errorf("second window: %v, i=%d", got, i)
	}
	if recs[3].Sent != 3 {
		t.Error("inWindow changed the records it copied")
	}
	if got := inWindow(recs, &i, 9, 5, sent); got != nil {
		t.Errorf("past the end: %v", got)
	}
}
